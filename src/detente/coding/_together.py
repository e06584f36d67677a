"""Several parties acting together on a party of the act's own, not on each other.

Several sources of a cooperative act with no target the lexicon knows are read as acting on each other
("Chile and Peru signed an agreement": each with the other; :meth:`detente.coding.roles.RoleFinder.triples`). Not
when the act has a party of its own that is none of them:

- the sources are the agents of a passive ("Kim Il Sung Praised by Romanian Party, Brazilian Organization", "the
  policy was supported by the parties of Peru and Chile"): they did it to the passive's subject, whoever that is;
- the act is one party's to another by its nature: praise, verbal defence, rallying support, an apology or
  forgiveness (CAMEO 051-053, 055, 056: "Peru and Chile praised the policy", "Cuban and Italian figures paid
  tribute to ..."; not recognition, 054: "established diplomatic relations" is each with the other), told by a
  verb: a noun names a bond ("the friendship between China and the DPRK"). Acts on each other are said so
  ("praised each other") and read before;
- the act names whom it is aimed at, in a "to" or "with" phrase right after it: a person the lexicon has no code
  for ("... to the chairman of the Association"; not "between the armies of the two countries", the parties' own,
  nor a person further on, in another phrase), or a capitalised name there
  ("Poland, Finland and Britain sent letters to Kim Jong Il", "Chile and Peru held talks with Ivan Petrov"). A
  headline's capitals name nothing: there the name is not read;
- the act is support told by the verb (CAMEO 050: "Chile and Peru supported the Bolivian people's cause",
  "organizations supporting Korea's reunification in Chile, Peru and Bolivia"): one party backs another's cause,
  unless the clause says they support each other ("have supported and closely cooperated with each other"). The
  noun "support" may name a bond ("support and cooperation between the two countries"): read as before.

A third party named in a phrase of time after such an act is not its target either (:func:`timed_party_dropped`):
"Iran and Saudi Arabia signed an agreement after the meeting with the Chinese foreign minister", "Kenya and Uganda
agreed to reopen the border after talks with the Tanzanian president": the phrase ("after", "before", "during",
"following", "ahead of" + a meeting, talks or a visit + "with"/"by" + the party) tells when the parties acted, and
they acted on each other. Only a target the phrase alone names is dropped ("signed an accord with Peru after talks
with Chile": Peru stays), and only for two or more states acting together on a cooperative act.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._conflict_parties import conflict_phrase
from detente.coding._dated_meetings import signing_agents
from detente.coding._shared_aims import pledged_to_aim
from detente.coding._words import BOUNDARIES, CLAUSE_WORDS, SYMMETRIC_ROOTS
from detente.coding.roles import Candidate

__all__ = ["acting_apart", "timed_party_dropped"]

#: acts one party does to another, never several parties to each other unless said so
_DIRECTED = frozenset(["051", "052", "053", "055", "056"])
#: what says the parties act on each other
_EACH_OTHER = (["each", "other"], ["one", "another"])
#: how many words after the act its "to" or "with" may stand ("sent warm letters to ...")
_REACH = 3
#: prepositions naming the party an act is addressed to or done with
_ADDRESSED = frozenset(["to", "with"])
#: what may stand between the preposition and the name ("to the Ruritanian president Ivan Petrov")
_BEFORE_NAME = frozenset(["the", "his", "her", "their"])
#: the longest function words a headline in title case leaves in lower case ("of", "and", "for", "with")
_SHORT = 4
#: how far before a passive's agents "by" may stand ("by the parties of Peru and Chile")
_AGENT_REACH = 6
#: the verb of support (CAMEO 050), its gerund standing for it as a noun may ("organizations for supporting ...")
_SUPPORTING = frozenset(["support", "supports", "supported", "supporting"])
#: how far on the clause of a support may say it is mutual ("supported and closely cooperated with each other")
_CLAUSE_REACH = 10
#: words opening a phrase of time ("after the meeting with ...", "ahead of talks with ...")
_TIMED_OPENERS = frozenset(["after", "before", "during", "following", "ahead"])
#: the meetings such a phrase names
_TIMED_MEETINGS = frozenset(["meeting", "meetings", "talks", "visit", "visits", "trip", "consultations", "discussions",
                       "negotiations", "summit", "conversation", "call", "audience"])
#: how many words the phrase may hold before the party ("after the first round of talks with")
_TIMED_REACH = 7


def _title_case(tokens: Sequence[str]) -> bool:
    """A headline in title case: every word longer than a short function word opens with a capital."""
    return all(t[:1].isupper() for t in tokens if len(t) > _SHORT and t.isalpha())


def _agents(cand: Candidate, low: Sequence[str]) -> bool:
    """The sources stand after the act, "by" right before them: a passive's agents."""
    first = min(cand.sources, key=lambda m: m.start)
    if first.start < cand.end:
        return False
    between = low[max(cand.end, first.start - _AGENT_REACH):first.start]
    return "by" in between and not any(w in BOUNDARIES or w in CLAUSE_WORDS for w in between)


def _addressed(cand: Candidate, low: Sequence[str], start: int) -> bool:
    """"to" or "with" opens the phrase at ``start``, right after the act ("paid tribute to the Ruritanian
    president"; not a person named further on, in another phrase)."""
    between = low[cand.end:start]
    return len(between) <= _REACH + 2 and not _ADDRESSED.isdisjoint(between) \
        and not any(w in BOUNDARIES or w in (",", ".") or w in CLAUSE_WORDS for w in between)


def _named_party(cand: Candidate, low: Sequence[str], tokens: Sequence[str]) -> bool:
    """A name after "to" or "with" right after the act, no source's: the party the act is aimed at."""
    starts = {m.start for m in cand.sources}
    for q in range(cand.end, min(len(low) - 1, cand.end + _REACH)):
        if low[q] in BOUNDARIES or low[q] in (",", ".") or low[q] in CLAUSE_WORDS:
            return False
        if low[q] in _ADDRESSED and not conflict_phrase(cand, low, q):  # "the standoff with Russia": its side
            k = q + 1
            while k < len(low) - 1 and low[k] in _BEFORE_NAME:
                k += 1
            return tokens[k][:1].isupper() and k not in starts and not _title_case(tokens)
    return False


def _supporting(cand: Candidate, low: Sequence[str]) -> bool:
    """The act is support told by the verb, its clause saying nothing of the parties supporting each other."""
    word = low[cand.verb]
    if cand.code != "050" or word not in _SUPPORTING or (cand.nominal and word != "supporting"):
        return False
    for q in range(cand.end, min(len(low) - 1, cand.end + _CLAUSE_REACH)):
        if low[q] in BOUNDARIES or low[q] in (".", ";") or low[q] in CLAUSE_WORDS:
            return True  # a comma may part the verbs of one clause ("supported, understood and helped each other")
        if low[q:q + 2] in _EACH_OTHER:
            return False
    return True


def acting_apart(cand: Candidate, low: Sequence[str], tokens: Sequence[str]) -> bool:
    """Whether ``cand``'s several sources act together on a party of the act's own rather than on each other."""
    if len({m.code[:3] for m in cand.sources if m.has_country}) < 2 or cand.compound:
        return False  # "the army and people of the DPRK": one state, never read as acting on itself
    if any(t is not None and t.person and _addressed(cand, low, t.start) for t in cand.targets):
        return True
    if any(low[q:q + 2] in _EACH_OTHER for q in range(cand.verb, min(len(low), cand.end + _REACH))):
        return False  # "have supported each other"
    return (cand.code in _DIRECTED and not cand.nominal) or (_agents(cand, low) and not signing_agents(cand, low)) \
        or _named_party(cand, low, tokens) \
        or _supporting(cand, low) or pledged_to_aim(cand, low)  # "we reaffirm our commitment to an open region"


def _in_time_phrase(low: Sequence[str], end: int, start: int) -> bool:
    """The party at ``start`` is named in a phrase of time after the act ending at ``end``: "after the meeting
    with ...", "during a visit by ..."."""
    between = low[end:start]
    opener = max((q for q, w in enumerate(between) if w in _TIMED_OPENERS), default=-1)
    if opener < 0:
        return False
    phrase = between[opener + 1:]
    while phrase and phrase[-1] in _BEFORE_NAME | {"a", "an"}:
        phrase = phrase[:-1]  # "with the Tanzanian president"
    return (len(phrase) <= _TIMED_REACH and bool(phrase) and phrase[-1] in ("with", "by")
            and not _TIMED_MEETINGS.isdisjoint(phrase)
            and not any(w in BOUNDARIES or w in (",", ".") or w in CLAUSE_WORDS for w in phrase))


def timed_party_dropped(cand: Candidate, low: Sequence[str]) -> Candidate:
    """``cand`` without the targets named only in a phrase of time after its cooperative act when two or more
    states do it together: "Iran and Saudi Arabia signed an agreement after the meeting with the Chinese foreign
    minister" is the two states' act on each other."""
    if (cand.compound or cand.code[:2] not in SYMMETRIC_ROOTS or not cand.targets
            or len({m.code[:3] for m in cand.sources if m.has_country}) < 2):
        return cand
    if all(t.start > cand.end and _in_time_phrase(low, cand.end, t.start) for t in cand.targets):
        cand.targets = []
    return cand
