"""Targets an article gives to acts told with none: the two sides of a dispute a third party speaks to, and the
other side of talks.

A story of a war, a border dispute or talks between two states tells acts that name no one: "Moscow called for
a halt to the fighting" (in a story of the war between Armenia and Azerbaijan), "The United Nations stands ready
to help settle the border dispute" (between Kyrgyzstan and Tajikistan), "North Korea is requesting fertilizer"
(at talks with the South). Such an act is aimed at someone, and the article says whom:

- a third party's appeal (02) or offer (03) whose sentence speaks of ending or settling a conflict (fighting, a
  ceasefire, a truce, hostilities, a dispute, normalisation, reconciliation, a settlement, peace talks) is aimed at
  both sides of it: the two states the article tells acting on each other most often (without the speaker; one
  pair, no tie), else the two states, and only two, the speaker is told addressing;
- a request (02, told with "ask" or "request") of one side of talks is aimed at the other side, when the
  article tells its doer dealing with one state only and meeting it (a CAMEO 04 event) in the same sentence or
  the three before;
- an answer to force (a condemnation, a rejection, a threat, sanctions: roots 11, 12, 13, 16) of a state the
  force was not used on is aimed at the one state the article tells using force (15, 17-20), anywhere in it: a
  statement on Iran's attack on Israel that closes "we will not hesitate to take all necessary action to protect
  our people", a release on Russia's invasion of Ukraine headed "U.S. Ready to Impose Additional Major Costs".
  Two states told using force, or the answer's own state the one force was used on (its words may be its own
  threat, read from a noun: "aimed at deterring future Iranian attack plans"), leave it without a target;
- an act of force of one side of a conflict (a show of force, an assault, fighting: roots 15, 18-20) or its
  ceasefire (087) is aimed at the other side: the one state the article tells it fighting or assaulting (18-20)
  or suffering that from ("Cambodia has also deployed troops in the area" after Thai troops shelled Cambodian
  posts; "both countries are reinforcing their troops"), when the sentence names no third state and tells the
  act done (not "will put Korea under its control", "we will see more civilians killed"). Troops told
  as the object of a show of force ("deployed troops") are the doer's own, no target.
  A ceasefire of a doer the article tells fighting no one is aimed at the one state it tells the doer in any
  hostile act with (roots 11-20, either way: "Peru accused Ecuador of ..." before "Ecuador declared a ceasefire").

Neither fills a target when the sentence names a state other than the doer and the sides (a state named there
and left out by the reading of the sentence is no target to replace), nor when it names a target without a
country ("urged the government"), nor for what is told to the world ("the international community"), nor for
acts that did not happen. Read after every sentence of a text is coded (:func:`exchange_targets`), from the
events with both parties known.

>>> import datetime as dt
>>> from detente.model import Event
>>> day = dt.date(2020, 10, 9)
>>> told = [[Event(day, "ARM", "AZE", "190", sentence="Armenia shelled Azerbaijani towns."),
...          Event(day, "AZE", "ARM", "190", sentence="Azerbaijan shelled Armenian towns.")],
...         [Event(day, "RUS", "---", "020", sentence="Russia called for a halt to the fighting.")]]
>>> [(e.source, e.target, e.code) for e in exchange_targets(told, [{"ARM", "AZE"}, {"RUS"}])[1]]
[('RUS', 'ARM', '020'), ('RUS', 'AZE', '020')]
>>> told = [[Event(day, "IRN", "ISR", "195", sentence="Iran launched drones at Israel.")],
...         [Event(day, "USA", "---", "130", modality="intended", sentence="We will take all necessary action.")]]
>>> [(e.source, e.target, e.code) for e in exchange_targets(told, [{"IRN", "ISR"}, {"USA"}])[1]]
[('USA', 'IRN', '130')]
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence, Set

from detente.model import Event

__all__ = ["at_home", "exchange_targets", "parties_named", "party", "unowned_force"]

#: what a third party speaks of when it speaks to both sides of a conflict: its end or its settlement
_SETTLING = re.compile(r"\b(?:fighting|ceasefire|cease-fire|truce|hostilities|disputes?|normali[sz]ation|"
                       r"reconciliation|settlement|peace (?:talks|process|deal|agreement|plan|negotiations))\b")
#: roots of a third party's act toward both sides: an appeal (02), an offer of help (03)
_THIRD = frozenset({"02", "03"})
#: code prefixes of the acts of one side of talks aimed at the other: a request (02) ...
_TALKS = ("02",)
#: ... told as one ("is requesting fertilizer", "asked for a broad proposal"), not an appeal to others ("called
#: on the overseas Koreans", "encouraging them")
_ASKING = re.compile(r"\b(?:ask|asks|asked|asking|request|requests|requested|requesting)\b")
#: roots of the acts of one side of talks aimed at the other however told: an offer or a promise (03) ("South
#: Korea has said it will provide fertilizer")
_TALKS_OFFERS = frozenset({"03"})
#: words of a statement to the world, not to the other side ("defied the will of the international community")
_WORLD = re.compile(r"\b(?:international community|world community|the world)\b")
#: how many sentences before an act its doer must be told acting on the other side of the talks
_NEAR = 3


def party(code: str) -> str | None:
    """The country of an actor code, the organisation of an international body ("IGOUNO"), None for none."""
    if len(code) < 3 or not code[:3].isalpha():
        return None
    return code[:6] if code[:3] in ("IGO", "NGO") else code[:3]


def parties_named(codes: Iterable[str]) -> set[str]:
    """The parties (:func:`party`) of the actor codes a sentence names."""
    return {p for p in map(party, codes) if p is not None}


def _told(event: Event) -> bool:
    return event.modality in ("occurred", "intended") and event.code != "010"


def exchange_targets(coded: Sequence[Sequence[Event]], named: Sequence[Set[str]]) -> list[list[Event]]:
    """The events of each sentence of one text (``coded``), with targets given to acts that name none (see the
    module); ``named``: the parties (:func:`party`) each sentence names."""
    pairs: Counter[frozenset[str]] = Counter()
    directed: set[tuple[str, str]] = set()
    met: dict[frozenset[str], list[int]] = {}
    for k, found in enumerate(coded):
        for event in found:
            s, t = party(event.source), party(event.target)
            if s is None or t is None or s == t or not _told(event):
                continue
            pair = frozenset((s, t))
            pairs[pair] += 1
            directed.add((s, t))
            if (event.root or event.code[:2]) == "04":
                met.setdefault(pair, []).append(k)
    aggressor, victims = _aggressor(coded)
    foes = _foes(coded)
    adversaries = _foes(coded, _HOSTILE)
    if not pairs and aggressor is None:
        return [list(found) for found in coded]
    partners: dict[str, set[str]] = {}
    for pair in pairs:
        a, b = tuple(pair)
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    out: list[list[Event]] = []
    for k, found in enumerate(coded):
        kept: list[Event] = []
        # a state that does an act of its own in the sentence is no target the reading left out
        doers = {party(e.source) for e in found}
        for event in found:
            source = party(event.source)
            low = (event.sentence or "").lower()
            foe = _foe(event, source, foes, adversaries)
            if foe is not None and (named[k] if k < len(named) else set()) <= {source, foe}:
                kept.append(_aimed(event, foe))  # "Cambodia has also deployed troops in the area"
                continue
            if source is None or event.target != "---" or not _told(event) or _WORLD.search(low):
                kept.append(event)
                continue
            others = (named[k] if k < len(named) else set()) - doers
            root = event.root or event.code[:2]
            sides = _sides(source, pairs, partners, directed) if root in _THIRD and _SETTLING.search(low) else []
            if sides and others <= set(sides):
                kept.extend(_aimed(event, side) for side in sides)
                continue
            side = (_other_side(source, k, partners, met)
                    if (event.code.startswith(_TALKS) and _ASKING.search(low)) or root in _TALKS_OFFERS else None)
            if side is not None and others <= {side} and side not in doers:  # "they encouraged": both sides
                kept.append(_aimed(event, side))
                continue
            # a victim's condemnation is aimed at the aggressor too ("Russian missiles struck Kharkiv ... Ukraine's
            # ombudsman condemned the attack"); its other answers may be aimed at anyone
            side = (aggressor if root in _ANSWERS and event.code != "128" and (source not in victims or root == "11")
                    and aggressor not in (None, source) and source[:3] not in ("IGO", "NGO") else None)
            if side is not None and others <= {side} and side not in doers:
                kept.append(_aimed(event, side))  # "will take all necessary action" after Iran's attack on Israel
                continue
            kept.append(event)
        out.append(kept)
    return out


#: roots of an answer to another's act of force: disapproval, rejection, a threat, reduced relations
_ANSWERS = frozenset({"11", "12", "13", "16"})
#: roots of acts of force: a show of force (15), coercion (17), assault (18), fighting (19), mass violence (20)
_FORCE = frozenset({"15", "17", "18", "19", "20"})


def _aggressor(coded: Sequence[Sequence[Event]]) -> tuple[str | None, set[str]]:
    """The one state the text tells using or showing force (anywhere in it), and the parties it used force on;
    None when the text tells no state, or several, using force. Force used at home (:func:`at_home`) counts only
    when no state is told using it abroad: a nuclear test and another state's ban on its citizens' travel tell one
    state using force, the test's."""
    force = [e for found in coded for e in found if (e.root or e.code[:2]) in _FORCE and e.modality == "occurred"]
    states = {p for e in force if (p := party(e.source)) is not None and p[:3] not in ("IGO", "NGO")}
    abroad = {p for e in force if (p := party(e.source)) is not None and p[:3] not in ("IGO", "NGO")
              and not at_home(e)}
    if len(states) != 1 and len(abroad) == 1:
        states = abroad
    if len(states) != 1:
        return None, set()
    doer = states.pop()
    return doer, {p for e in force if party(e.source) == doer and (p := party(e.target)) is not None}


#: a ceasefire, a truce, a withdrawal: ending one's force on the other side
_EASING = "087"
#: what tells two states fighting: an assault (18), fighting (19), mass violence (20); not a show of force, which
#: may be held with an ally ("staged joint exercises with Japan"), nor coercion, which a state's police use at home
_FIGHTING = frozenset({"18", "19", "20"})
#: acts of force aimed at the foe when told with no target: those and a show of force
_AIMED = _FIGHTING | {"15"}


def unowned_force(event: Event, told: Iterable[Event]) -> bool:
    """Whether ``event`` is an assault or fighting (roots 18-20) that the text tells done, by no state, on a state
    ("A suicide bomber killed 40 Indian policemen"), its sentence naming no other party than the victim's in its
    events (``told``: the events of it and others): a state named there as well may be the doer the reading missed
    ("denounced drone strikes of the U.S. forces")."""
    if (event.root or event.code[:2]) not in _FIGHTING or event.modality != "occurred" \
            or party(event.source) is not None or party(event.target) is None:
        return False
    victim = party(event.target)
    return all(p in (None, victim) for e in told if e.sentence == event.sentence
               for p in (party(e.source), party(e.target)))


#: roots of hostile acts between two states: disapproval (11) through force (20)
_HOSTILE = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
#: the words of a ceasefire, the easing told of a conflict as a whole
_TRUCE = re.compile(r"\b(?:ceasefire|cease-fire|truce|armistice)s?\b")


def _foes(coded: Sequence[Sequence[Event]], roots: Set[str] = _FIGHTING) -> dict[str, set[str]]:
    """The states each state is told using force on or suffering force from (events with both parties known), or
    acting on with any of ``roots``."""
    foes: dict[str, set[str]] = {}
    for found in coded:
        for e in found:
            s, t = party(e.source), party(e.target)
            if (e.root or e.code[:2]) not in roots or not _told(e) or s is None or t is None or s[:3] == t[:3] \
                    or "IGO" in (s[:3], t[:3]) or "NGO" in (s[:3], t[:3]):
                continue
            foes.setdefault(s, set()).add(t)
            foes.setdefault(t, set()).add(s)
    return foes


def _foe(event: Event, source: str | None, foes: dict[str, set[str]],
         adversaries: dict[str, set[str]]) -> str | None:
    """The other side of a conflict an act of force (or its easing) with no target is aimed at: the one state the
    article tells its doer fighting; for a ceasefire, when the article tells no fight, the one state it tells the
    doer in any hostile act with (roots 11-20, either way: "India accuses Pakistan of ..." before "Pakistan's Prime
    Minister announced a unilateral ceasefire")."""
    root = event.root or event.code[:2]
    if source is None or event.modality != "occurred" or not (root in _AIMED or event.code.startswith(_EASING)):
        return None
    if event.target != "---" and not (root == "15" and event.target == "---MIL"):  # "deployed troops": its own
        return None
    if event.source[3:6] == "CVL":  # "we will see more Ukrainian civilians killed": the ones force is used on
        return None
    sides = foes.get(source, set())
    if not sides and event.code.startswith(_EASING) and _TRUCE.search((event.sentence or "").lower()):
        sides = adversaries.get(source, set())
    return next(iter(sides)) if len(sides) == 1 else None


def at_home(event: Event) -> bool:
    """Force a state uses on its own: on itself ("Peru's army arrested Peruvian smugglers"), or coercion of no other
    state ("banned its citizens from entering North Korea", "police arrested protesters")."""
    s, t = party(event.source), party(event.target)
    if s is not None and t is not None and s[:3] == t[:3]:
        return True
    return (event.root or event.code[:2]) == "17" and (t is None or t[:3] in ("IGO", "NGO"))


def _sides(source: str, pairs: Counter[frozenset[str]], partners: dict[str, set[str]],
           directed: set[tuple[str, str]]) -> list[str]:
    """The two sides of the conflict a third party speaks of: the pair of states the article tells acting on
    each other most often, without the speaker; else the two states the speaker alone is told addressing."""
    top = [(pair, n) for pair, n in pairs.most_common() if source not in pair and _mutual(pair, directed)
           and all(p[:3] not in ("IGO", "NGO") for p in pair)]
    if top:
        if len(top) > 1 and top[1][1] == top[0][1]:
            return []
        return sorted(top[0][0])
    addressed = partners.get(source, set())
    if len(addressed) == 2 and all(p[:3] not in ("IGO", "NGO") and (source, p) in directed
                                   and (p, source) not in directed for p in addressed):
        return sorted(addressed)
    return []


def _mutual(pair: frozenset[str], directed: set[tuple[str, str]]) -> bool:
    a, b = tuple(pair)
    return (a, b) in directed and (b, a) in directed


def _other_side(source: str, number: int, partners: dict[str, set[str]],
                met: dict[frozenset[str], list[int]]) -> str | None:
    """The other side of the talks the source holds: its one partner in the article, met (a CAMEO 04 event)
    in the sentence or the three before."""
    others = partners.get(source, set())
    if len(others) != 1:
        return None
    other = next(iter(others))
    if not any(number - _NEAR <= q <= number for q in met.get(frozenset((source, other)), [])):
        return None
    return other


def _aimed(event: Event, side: str) -> Event:
    """The act aimed at a side: the state (or the organisation) as a whole, no role or person of it."""
    return dataclasses.replace(event, target=side, target_name=None)
