"""Results of sporting contests: a team that "beats", "defeats" or "routs" another is no use of force.

Wire services and state media report matches between national teams in the words of force ("DPRK Women's Football
Team Beats Its Ghanaian Rival 3:0", "Brazil routed Japan in the World Cup final"); CAMEO codes no sporting result.
A verb of defeat that the lexicon reads as force (18, 19) is a contest's result when its sentence names a contest
or its sides as such: a team, a rival, a match, a cup, a league, a sport or its players.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.roles import Candidate

__all__ = ["contest_result"]

#: the verbs of defeat, by the start of their forms ("beat", "beaten", "defeated", "routed", "edged")
_DEFEATS = ("beat", "defeat", "rout", "thrash", "trounc", "edg", "outplay", "overpower", "overwhelm", "crush")
#: words that make a sentence a contest's: its sides, its kinds, its events and its players
_CONTEST_WORDS = frozenset([
    "team", "teams", "rival", "rivals", "squad", "side's", "match", "matches", "championship", "championships",
    "cup", "league", "tournament", "tournaments", "olympics", "olympic", "final", "finals", "semifinal",
    "semifinals", "semi-final", "semi-finals", "quarterfinal", "quarterfinals", "quarter-final", "quarter-finals",
    "qualifier", "qualifiers", "preliminaries", "football", "soccer", "volleyball", "basketball", "handball",
    "hockey", "tennis", "cricket", "rugby", "baseball", "goal", "goals", "player", "players", "footballers",
    "paddlers", "judoists", "wrestlers", "boxers", "weightlifters", "athletes", "fifa", "uefa", "afc",
])


def contest_result(low: Sequence[str], cand: Candidate) -> bool:
    """Whether ``cand`` (a verb of defeat coded as force) tells a sporting contest's result: its sentence names a
    contest, its sides or its players ("the DPRK team beat its Japanese rival 3:1", "Peru defeated Chile in the
    Copa America final"). "The army defeated the rebels", "troops routed the militia" stay force."""
    if cand.code[:2] not in ("18", "19") or not low[cand.verb].startswith(_DEFEATS):
        return False
    return not _CONTEST_WORDS.isdisjoint(low)
