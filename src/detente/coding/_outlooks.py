"""What a state says of its own relations with another: a comment on them, addressed to that other.

"Chile's foreign minister says tensions with Peru have eased" is Chile's optimistic comment (013) on Peru, "said the
Chile and Peru relationship is in a very serious situation" its pessimistic one (012), "emphasized that Chile and
Peru will always enjoy a close relationship" optimistic again: the state a report names beside the teller's own in
its relations ("relations with Peru", "Chile and Peru ... relationship", "ties between Chile and Peru") is the one
the comment is on. Relations of two others ("said Peru and Bolivia enjoy close ties", "Peru's relations with
Bolivia") are no comment on either.

A story of talks often names the other party only where it tells the meeting: "The foreign ministers of Chile and
Peru met in Lima. ... The Chilean minister says, as a result, tensions have eased considerably." Relations told
with no other state named in the clause and a word of their state (eased, good, strained; not a bare "relations") are
those of the teller's last meeting told before in the story (``met``: its parties), the comment on its other party.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention
from detente.model import Event

#: the nouns of a pair's dealings
_RELATIONS = frozenset(["relations", "relationship", "ties", "tension", "tensions"])
_STRAINS = frozenset(["tension", "tensions"])
#: words that say strains lessen ("tensions have eased")
_EASING = frozenset(["eased", "ease", "easing", "eases", "reduced", "lowered", "subsided", "defused", "calmed",
                     "diminished", "declined", "lessened", "abated"])
#: words that say strains grow
_MOUNTING = frozenset(["risen", "rose", "rising", "rise", "increased", "increasing", "heightened", "escalated",
                       "escalating", "mounting", "mounted", "grown", "growing", "soared", "high", "higher"])
#: words of a good or a bad state of relations
_GOOD = frozenset(["good", "better", "best", "close", "closer", "warm", "warmer", "excellent", "terrific", "great",
                   "strong", "stronger", "friendly", "improved", "improving", "improve", "positive", "special",
                   "unshakeable", "unbreakable", "solid", "healthy", "productive", "progress", "cordial"])
_BAD = frozenset(["serious", "grave", "tense", "worse", "worst", "worsened", "worsening", "deteriorated",
                  "deteriorating", "strained", "lowest", "low", "bad", "crisis", "soured", "frozen", "hostile",
                  "difficult", "dangerous", "damaged", "poisoned", "stalemate", "critical", "troubled"])
_NEGATORS = frozenset(["not", "no", "never", "n't"])
#: comparatives that a negation does not turn ("have never been better", "could not be closer")
_COMPARED = frozenset(["better", "closer", "stronger", "warmer", "worse"])
#: words before the relations noun that make it a topic ("talks on relations with Peru")
_TOPICAL = frozenset(["on", "about", "over", "regarding", "concerning", "of"])
#: words that end the reported clause
_ENDS = frozenset([".", ";", ":", "?", "!", "but", "while", "whereas", "although", "though"])
#: words that may join the two parties named before the noun
_JOINS = frozenset(["and", "-", "the", "'s", "between"])
#: words that join two parties named together ("Chile and Peru", "Chile-Peru", "Chile and the United States")
_PAIR_JOINS = frozenset(["and", "-", "the"])
#: words a pair may stand before the noun of its relations ("will always enjoy a uniquely close relationship")
_PAIR_REACH = 6
#: words right after the relations noun that make them another pair's or the teller's own at home ("tensions
#: within the coalition", "relations with the press", "tensions among the parties")
_OTHER_PAIRS = frozenset(["with", "among", "within", "inside", "at", "in", "of", "between"])
#: words before the noun that make the relations another's ("his relationship with", "their ties" stays the pair's)
_NOT_THE_PAIR = frozenset(["his", "her", "my", "its"])


def _country(m: Mention) -> str:
    return m.code[:3]


def _polarity(words: Sequence[str], strain: bool) -> str:
    """012, 013 or 010 for the words of the clause; a negation counts within three words before a word of the
    state of relations ("are not good", "have not eased"), not elsewhere in the clause ("a close relationship ...
    is no impediment")."""
    marked = _EASING | _MOUNTING | _GOOD | _BAD
    negated = any(w in marked and not _NEGATORS.isdisjoint(words[max(0, k - 3):k]) for k, w in enumerate(words))
    if strain:
        if not _EASING.isdisjoint(words):
            return "012" if negated else "013"
        return "012" if not _MOUNTING.isdisjoint(words) and not negated else "010"
    good, bad = not _GOOD.isdisjoint(words), not _BAD.isdisjoint(words)
    if good == bad:
        return "010"
    if not _COMPARED.isdisjoint(words):
        negated = False  # "have never been better": the best they have been
    return "013" if good != negated else "012"


def relations_told(low: Sequence[str], start: int, source: Mention, mentions: Sequence[Mention],
                   met: Sequence[Mention] = ()) -> tuple[Mention, str] | None:
    """The other party and the comment's code (012, 013 or 010) when the words reported from ``start`` on speak of
    the relations of ``source``'s state with another, else None. ``met``: the parties of the last meeting the story
    told before, the other party of relations the clause names no state for (see the module)."""
    end = next((k for k in range(start, len(low)) if low[k] in _ENDS), len(low))
    noun = next((k for k in range(start, end) if low[k] in _RELATIONS), None)
    if noun is None:
        return None
    own = _country(source)
    within = [m for m in mentions if start <= m.start < end and m.has_country]
    before = [m for m in within if m.end <= noun]
    owners = _owners(low, before, noun)
    after = [m for m in within if noun < m.start <= noun + 3 and low[m.start - 1] in ("with", "and", "between")]
    if noun > 0 and low[noun - 1] in _TOPICAL:
        return None  # "the talks on relations with Peru": a topic, no comment
    code = _polarity(low[start:end], low[noun] in _STRAINS)
    if owners:
        if own not in {_country(m) for m in owners}:
            return None  # "said Peru and Bolivia enjoy close ties": relations of two others
        party = next((m for m in owners + after if _country(m) != own), None)
    elif before and (code == "010" or _country(before[-1]) != own):
        return None  # "said Peru has ties with Bolivia", "said it would cut ties with Peru": no comment
    else:
        party = next((m for m in after if _country(m) != own), None)
    if party is None and all(_country(m) == own for m in within) and code != "010" and _unowned(low, noun):
        party = _met_other(met, own)  # "says, as a result, tensions have eased": with the party of the talks
    if party is None:
        return None
    return party, code


def _unowned(low: Sequence[str], noun: int) -> bool:
    """Whether the relations noun at ``noun`` names no owner in its own words: nothing after it that names another
    pair or a home ("tensions within the coalition", "relations with the press"), no "his", "her" before it."""
    after = low[noun + 1:noun + 4]
    pair = after[:1] == ["between"] and (after[1:] in (["the", "two"], ["our", "two"]) or after[1:2] == ["both"])
    return (not after or after[0] not in _OTHER_PAIRS or pair) and low[noun - 1] not in _NOT_THE_PAIR


def last_met(earlier: Sequence[Sequence[Event]], teller: Mention) -> list[Mention]:
    """The two parties of the last meeting (a CAMEO 04 act between two countries) told in ``earlier`` (the events
    of the story's sentences before) that the teller's state was a party of; none when there is no such meeting."""
    own = _country(teller)
    for found in reversed(earlier):
        for event in reversed(found):
            pair = (event.source[:3], event.target[:3])
            if (event.root or event.code[:2]) == "04" and own in pair and all(c.isalpha() for c in pair) \
                    and pair[0] != pair[1]:
                return [Mention(0, 0, event.source, event.source_name, True),
                        Mention(0, 0, event.target, event.target_name, True)]
    return []


def _met_other(met: Sequence[Mention], own: str) -> Mention | None:
    """The party of a meeting (``met``, its two parties) other than ``own``, when ``own`` is one of them."""
    if own not in {_country(m) for m in met}:
        return None
    return next((m for m in met if _country(m) != own), None)


def _owners(low: Sequence[str], before: Sequence[Mention], noun: int) -> list[Mention]:
    """The parties named before the relations noun as their owners: right before it ("Chile's relations",
    "Chile-Peru relations", "Chile and Peru relations"), or a pair joined by "and" as the subject of a verb of a few
    words leading to it ("Chile and Peru will always enjoy a uniquely close relationship")."""
    if not before:
        return []
    chain = [before[-1]]
    for m in reversed(before[:-1]):
        joint = low[m.end:chain[-1].start]
        if not joint or not set(joint) <= _PAIR_JOINS or joint[0] == "the":
            break
        chain.append(m)
    gap = low[chain[0].end:noun]
    if all(w in _JOINS or not w.isalpha() for w in gap) or (len(chain) > 1 and len(gap) <= _PAIR_REACH):
        return chain
    return []
