"""A report that calls another state's act a deed of courage or a lawful one: the teller's praise (051) or its
defence in words (052) of that state.

"Bolivia said Chile's decision to free the fishermen was courageous", "the minister said Kenya's mediation was an
example of wisdom for the region", "Armenia said Russia's deployment was a legitimate response to the threat",
"the spokesman said Turkey's strikes were justified": no verb of praise, yet the teller praises or defends the other
state by saying what its act is. Read alone, the report stayed a bare statement (010) aimed at no one. The lexicon
reads the same words after "called" and "described ... as" (``coding/dictionaries/verbs.txt``); a good step or a
welcome development told so is an optimistic comment (013, :mod:`detente.coding._approvals`), read first.

:func:`praise_of` finds the state so praised or defended and the code: in the first clause of the reported words,
a copula ("is", "was", "were", "represents", "constitutes"; not after a modal, a condition or a negation, not
negated) followed within a few words by a word of praise (:data:`_PRAISE`: "courageous", "wise", "an example of
courage", "a just decision") or of lawful conduct (:data:`_LAWFUL`: "legitimate", "justified", "lawful",
"self-defence"), and before the copula in the same clause a state named as the doer, not the teller's own and not
after a preposition of place or aim.

The same words after "called" or "described ... as" praise or defend the owner of the act the lexicon's patterns
read; when that act is the speaker's own ("Turkey described Ankara's operation in Syria as self-defence", "called
its strikes legitimate"), :func:`own_act_called` tells the coder it is a statement (010) aimed at no one, not a
praise of the place the act was done in.

Left alone: the teller's own act ("said its decision was justified"), praise advised or denied ("said a pardon
would be a wise step", "said Chile's decision was not justified"), a target called legitimate ("said the bridges
are legitimate targets": a threat, not a defence), and "just" as an adverb ("was just a ploy").

>>> from detente.coding.mentions import Mention
>>> low = "bolivia said chile 's decision was courageous .".split()
>>> found = praise_of(low, 2, len(low), [Mention(0, 1, "BOL"), Mention(2, 3, "CHL")], Mention(0, 1, "BOL"))
>>> found[0].code, found[1]
('CHL', '051')
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._harm_told import NOT_DOER
from detente.coding._words import BOUNDARIES, NEGATORS
from detente.coding.mentions import Mention

__all__ = ["own_act_called", "praise_of"]

#: verbs that join an act to what it is called ("was courageous", "represents an example of courage")
_LINKS = frozenset(["is", "are", "was", "were", "represents", "represented", "constitutes", "constituted"])
#: words before a link that make the praise advice, a guess or a denial ("would be", "could be", "never was")
_UNREAL = frozenset(["would", "could", "might", "may", "should", "will", "can", "must", "if", "unless", "whether",
                     "not", "never", "to"])
#: words of praise of an act or its doer
_PRAISE = frozenset(["courageous", "brave", "heroic", "admirable", "exemplary", "visionary", "statesmanlike", "wise",
                     "courage", "wisdom", "bravery", "heroism", "statesmanship", "inspiring", "inspiration"])
#: words of lawful or defensible conduct
_LAWFUL = frozenset(["legitimate", "justified", "justifiable", "lawful", "self-defense", "self-defence",
                     "self-defensive"])
#: words after a word of lawful conduct that make it no defence of the act ("legitimate targets")
_NOT_DEFENCE = frozenset(["target", "targets", "concern", "concerns", "question", "questions"])
#: how many words after the link the praise may take ("was an example of courage for the whole region")
_AFTER = 6
#: how far into what is told the link may stand
_REACH = 14


def _praised(words: Sequence[str]) -> str | None:
    """The code of the praise the words after a link hold: 051 for praise, 052 for lawful conduct, else None."""
    for j, w in enumerate(words):
        if w in NEGATORS:
            return None  # "was no example of courage", "was not justified"
        if w in _PRAISE or (w == "just" and j > 0 and words[j - 1] in ("a", "an")):
            return "051"
        if w in _LAWFUL and _NOT_DEFENCE.isdisjoint(words[j + 1:j + 3]):
            return "052"
    return None


def praise_of(low: Sequence[str], start: int, stop: int, mentions: Sequence[Mention],
              teller: Mention) -> tuple[Mention, str] | None:
    """The state whose act the words reported from ``start`` to ``stop`` praise or defend, named before the link
    and not the teller's own, and the code (051 praise, 052 defence); None when they praise no act of another."""
    if low[start:start + 1] in (["to"], ["if"], ["whether"]) or not teller.has_country:
        return None
    end = next((k for k in range(start, stop) if low[k] in BOUNDARIES), stop)
    for link in range(start + 1, min(end, start + _REACH)):
        if low[link] not in _LINKS:
            continue
        if low[link - 1] in _UNREAL or any(w in ("if", "unless", "whether") for w in low[start:link]):
            return None
        code = _praised(low[link + 1:min(end, link + 1 + _AFTER)])
        if code is None:
            return None
        own = teller.code[:3]
        doers = [m for m in mentions if start <= m.start < link and m.has_country
                 and not (m.start > 0 and low[m.start - 1] in NOT_DOER)]
        doer = next((m for m in doers if m.code[:3] != own), None)
        return None if doer is None else (doer, code)
    return None


#: verbs of calling and describing whose object is the act praised
_CALLING = frozenset(["call", "calls", "called", "calling", "describe", "describes", "described", "describing"])
#: possessives that make the act called the speaker's own ("called its strikes legitimate")
_OWN = frozenset(["its", "their", "our", "his", "her", "my"])


def own_act_called(low: Sequence[str], verb: int, mentions: Sequence[Mention], sources: Sequence[Mention]) -> bool:
    """Whether the verb of calling at ``verb`` praises or defends the speaker's own act: its object opens with a
    possessive of its own ("its", "their") or with a state of the speaker's own and "'s" ("Ankara's operation")."""
    if low[verb] not in _CALLING or verb + 1 >= len(low):
        return False
    if low[verb + 1] in _OWN:
        return True
    own = {m.code[:3] for m in sources if m.has_country}
    return any(verb < m.start <= verb + 2 and m.code[:3] in own and low[m.end:m.end + 1] == ["'s"]
               for m in mentions if m.has_country)
