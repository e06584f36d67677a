"""Shapes of sentences that say who acts on whom beyond a verb and its arguments.

The coder (:mod:`detente.coding.coder`) asks these readings about a sentence once its verbs and actors are found:
a fate foretold to the other side ("Peru will pay a heavy price, Chile warned": a threat to Peru), a letter whose
act the sentence codes, the topic of talks, whom an act's object is aimed at ("sanctions that target the Iranian
oil sector"), attendees named after the verb ("Also present at the meeting was ..."), and the day a story goes on
telling ("... met on Saturday. It rejected the report."), and who suffers an attack told as a noun ("Ukraine is
suffering an attack by Russian forces").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence

from detente.coding._letters import called_off_by_letter
from detente.coding._modality import clause_before
from detente.coding._sponsors import charged_plots, charged_support
from detente.coding._statement_acts import statement_told
from detente.coding._words import (
    AUX,
    BE,
    BOUNDARIES,
    CLAUSE_WORDS,
    CONTRAST_WORDS,
    DATE_WORDS,
    DETERMINERS,
    NEGATORS,
    REPORT_CODES,
    past,
)
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate, RoleFinder
from detente.model import Event
from detente.reference import ReferenceTables

__all__ = ["FATE_VERBS", "admitted", "aimed_at", "attendees", "discussed_with", "fated", "in_discussion", "parties",
           "past", "recoded", "shares_actor", "suffered", "told_by_letter", "told_in_past", "topic_of_talks",
           "worked_toward"]

_SENDING = frozenset(["send", "sends", "sent", "sending"])


def told_by_letter(events: list[Event], verbs: list[int], low: Sequence[str]) -> list[Event]:
    """Without the bare communication of a message sent (040) when the sentence codes what the message does
    ("sent a letter to the WHO threatening to cut its funding": the threat; "sent a message proposing talks": the
    proposal): the letter is how the act was told. ``verbs`` is kept in step. First, :func:`worked_toward`, and
    the same for a statement issued (:func:`~detente.coding._statement_acts.statement_told`)."""
    events = statement_told(worked_toward(events, verbs, low), verbs, low)
    if len(events) < 2:
        return events
    told: set[int] = set()
    for k, e in enumerate(events):
        if e.code != "040" or low[verbs[k]] not in _SENDING:
            continue
        for j, o in enumerate(events):
            if verbs[j] <= verbs[k] or o.code in REPORT_CODES or o.code == "040":
                continue
            if o.source == e.target and o.target[:3] == e.source[:3] and low[verbs[j]].endswith("ing"):
                # "sent a letter to the WHO threatening to cut funds": the letter threatens, its sender does
                events[j] = dataclasses.replace(o, source=e.source, target=e.target, source_name=e.source_name,
                                                target_name=e.target_name)
            if events[j].source == e.source:
                told.add(k)
    if not told:
        return events
    verbs[:] = [v for k, v in enumerate(verbs) if k not in told]
    return [e for k, e in enumerate(events) if k not in told]




_TOWARD = frozenset(["toward", "towards"])
#: how far after "work toward" its partner may be named ("work towards a lasting peace with Chile")
_PARTNER_REACH = 12
#: words before "with" that make it no partner ("in accordance with the resolutions", "in line with", "consistent with")
_CONFORMING = frozenset(["accordance", "line", "consistent", "keeping", "compliance", "conformity", "conjunction",
                         "along"])


def worked_toward(events: list[Event], verbs: list[int], low: Sequence[str]) -> list[Event]:
    """Without the cooperation of one side "working toward" an end when no partner is told: the state named in
    the end ("working closely towards the denuclearization of North Korea") is what is worked for, not the one
    worked with. A partner is told by "with" after the verb ("work towards peace with Chile") or by the two sides
    working toward it together (the event and its reverse: "the two countries will work towards peace").
    ``verbs`` is kept in step."""
    pairs = {(e.source[:3], e.target[:3], v) for e, v in zip(events, verbs, strict=True)}
    kept = []
    for k, e in enumerate(events):
        v = verbs[k]
        toward = low[v].startswith("work") and not _TOWARD.isdisjoint(low[v + 1:v + 3])
        partner = any(low[q] == "with" and low[q - 1] not in _CONFORMING
                      for q in range(v + 1, min(len(low), v + _PARTNER_REACH)))
        if toward and not partner and (e.target[:3], e.source[:3], v) not in pairs:
            continue
        kept.append(k)
    if len(kept) == len(events):
        return events
    verbs[:] = [verbs[k] for k in kept]
    return [events[k] for k in kept]


#: what is said to lie ahead of the other side when a speaker warns it ("Peru will pay a heavy price", "would face
#: serious consequences", "will pay dearly"): the verb, then within four words one of the fates
FATE_VERBS = frozenset(["pay", "face", "suffer", "bear", "reap", "have"])
_FATES = frozenset(["price", "dearly", "consequence", "consequences", "retaliation", "punishment", "retribution",
                    "wrath", "reprisal", "reprisals", "repercussions"])
_FATE_MODALS = frozenset(["will", "would", "shall", "'ll", "must", "to"])


def fated(low: Sequence[str], mentions: Sequence[Mention]) -> tuple[Mention, int] | None:
    """The actor a sentence says will suffer for what it did, and where its fate is told: a country subject, a
    modal ("will", "would", "is going to") and a verb of suffering followed by its fate ("Chile warned that Peru
    will pay a heavy price"; "said the United States would face grave consequences"). The warning is the
    speaker's threat to that actor (CAMEO 13), not the actor's own act."""
    for q, w in enumerate(low):
        if w not in FATE_VERBS or _FATES.isdisjoint(low[q + 1:q + 5]) or q < 2:
            continue
        modal = next((k for k in range(q - 1, max(-1, q - 4), -1) if low[k] in _FATE_MODALS), None)
        if modal is None or any(x in NEGATORS for x in low[modal:q]):
            continue
        if w == "have":
            doer = _consequences_for(low, mentions, modal, q)
            if doer is not None:
                return doer, q
            continue
        subject = next((m for m in mentions if m.has_country and modal - 3 <= m.end <= modal
                        and all(x in AUX or x in BE or x.endswith("ly") or x == "going" for x in low[m.end:modal])),
                       None)
        if subject is not None:
            return subject, q
    return None


#: what consequences may be for and still be a warning to the doer ("will have consequences for our relations")
_BOND_WORDS = frozenset(["relations", "ties", "relationship", "it", "them", "him", "its", "their", "those",
                         "bilateral", "our", "the"])


def _consequences_for(low: Sequence[str], mentions: Sequence[Mention], modal: int, have: int) -> Mention | None:
    """The state warned when what it did "will have (serious) consequences" ("Japan told China such actions would
    have serious consequences", "said Mali's decision will have consequences for their relations"): the nearest
    state named within ten words before the modal, the consequences told with nothing after them or for the
    relations between the two ("consequences for the economy" is a forecast, no warning)."""
    end = next((k for k in range(have + 1, min(len(low), have + 5)) if low[k] in ("consequences", "repercussions")),
               None)
    if end is None:
        return None
    after = low[end + 1:end + 3]
    if after and after[0] == "for" and (len(after) < 2 or after[1] not in _BOND_WORDS
                                        or (after[1] == "the" and low[end + 3:end + 4] not in (
                                            ["relations"], ["relationship"], ["ties"]))):
        return None
    if after and after[0] not in ("for", ".", ",", ";", ":", "and", "'", '"') and after[0].isalpha():
        return None
    near = [m for m in mentions if m.has_country and modal - 10 <= m.start and m.end <= modal]
    return near[-1] if near else None


#: prepositions whose actor is what talks are about ("actions against Peru", "talks on Chile", "over Bolivia")
_TOPIC_LINKS = frozenset(["against", "on", "about", "over", "regarding", "concerning", "toward", "towards"])


#: words that govern what comes after them: the nearest one before an actor says what the actor is to a discussion
_GOVERNORS = _TOPIC_LINKS | frozenset(["with", "in", "of", "for", "including", "between", "to", "from", "at"])


def topic_of_talks(low: Sequence[str], m: Mention, end: int, *, discussed: bool = False,
                   toward: bool = False) -> bool:
    """Whether an actor after a verb or noun of consultation (04) is its topic: governed by "against", "on",
    "about", "over" (articles and adjectives aside) after the event word ("held an emergency session to discuss
    possible actions against Peru", "talks on the Chilean question"). The parties are met, visited or talked
    with ("met Peru", "talks with Chile"). After "discuss" (``discussed``) every actor is the topic unless the
    nearest governing word before it is "with": "discussed Peru with Chile" is talk with Chile about Peru. With
    ``toward``, "toward" names whom an act is aimed at, not its topic ("eased its stance toward Peru")."""
    if discussed and m.start >= end:
        q = m.start - 1
        while q >= end and low[q] not in _GOVERNORS:
            q -= 1
        return not (q >= end and low[q] == "with")
    q = m.start - 1
    while q >= end and (low[q] in DETERMINERS or (low[q].isalpha() and low[q].endswith(("ive", "ible", "able",
                                                                                          "ful", "al")))):
        q -= 1
    if q >= end and low[q] == "on" and low[q - 1] in ("call", "calls", "called", "calling"):
        return False  # "paid a courtesy call on the minister": a visit to him
    return q >= end and low[q] in _TOPIC_LINKS and not (toward and low[q] in ("toward", "towards"))


def discussed_with(low: Sequence[str], end: int, mentions: Sequence[Mention],
                   sources: Sequence[Mention]) -> list[Mention]:
    """The first actor after "discuss" that it is discussed with ("discussed Peru with Chile": Chile), in the same
    clause: no clause word, semicolon or colon between."""
    for m in mentions:
        if m.start < end or any(m.code == s.code for s in sources):
            continue
        if any(w in BOUNDARIES or w in CLAUSE_WORDS for w in low[end:m.start]):
            return []
        if not topic_of_talks(low, m, end, discussed=True):
            return [m]
    return []


#: words between a subject and its verb ("China later expelled", "Peru has since recalled")
_BEFORE_VERB = AUX | frozenset(["later", "also", "then", "again", "since", "subsequently", "separately", "itself",
                                "not", "never", "already", "reportedly"])


def in_discussion(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str],
                  mentions: Sequence[Mention]) -> bool:
    """Whether ``cand`` is named in what a "discuss" before it discusses, no act of its own: "discussed efforts to
    secure a ceasefire", "discussed shared goals, including responding to attacks ... and ending the war". An act
    with its own subject ("..., and China later expelled two diplomats"), a report, a finite verb coordinated with
    the discussion ("discussed the dam and signed an agreement") or one after a semicolon, a clause word or a
    contrast ("but must not grant ...") keeps its reading, and so does an act of that clause ("and called Lee to
    assure him"). An act named as what a reaction reacts to ("reacted to the shelling") is no act of the reactor's
    either."""
    if cand.code in REPORT_CODES:
        return False
    if cand.nominal and _answered_act(low, cand.verb):
        return True
    for other in candidates:
        if other is cand or other.nominal or other.verb >= cand.verb or not low[other.verb].startswith("discuss"):
            continue
        between = low[other.end:cand.verb]
        if any(w in BOUNDARIES or w in CLAUSE_WORDS or w in CONTRAST_WORDS for w in between):
            continue
        if any(_own_clause(c, other.end, low, mentions) for c in candidates if other.verb < c.verb <= cand.verb):
            continue  # "..., and China expelled", "discussed the dam and signed an agreement (to ...)"
        return True
    return False


#: verbs whose "to" names the act they answer ("reacted to the shelling", "responded to the test")
_ANSWERING = ("react", "respond", "reply", "replie")


def _answered_act(low: Sequence[str], noun: int) -> bool:
    """Whether the event noun at ``noun`` is what a reaction reacts to: "France reacted to the shelling with
    concern" names the shelling, no act of France's."""
    q = noun - 1
    while q >= 0 and (low[q] in DETERMINERS or low[q] in ("latest", "recent", "new", "last")):
        q -= 1
    return q >= 1 and low[q] == "to" and low[q - 1].startswith(_ANSWERING)


def _own_clause(cand: Candidate, start: int, low: Sequence[str], mentions: Sequence[Mention]) -> bool:
    """Whether ``cand`` begins a clause of its own after ``start``: its own subject before it, or a finite verb
    coordinated with what came before ("and signed")."""
    q = cand.verb - 1
    while q > start and low[q] in _BEFORE_VERB:
        q -= 1
    if any(m.end == q + 1 and m.has_country for m in mentions):
        return True
    return (not cand.nominal and low[q] == "and" and not low[cand.verb].endswith("ing")
            and (q == 0 or low[q - 1] != "to"))


#: verbs of a relative clause on an act's object that say whom the object is aimed at ("sanctions that target the
#: Iranian oil sector", "assets which belong to Libyan officials", "measures that are aimed at Russia")
_AIMING = frozenset(["target", "targets", "targeted", "belong", "belongs", "belonged", "hit", "hits", "affect",
                     "affects", "aimed", "directed", "penalize", "penalizes", "penalise", "penalises"])
_AIM_FILLERS = frozenset(["that", "which", "is", "are", "was", "were", "to", "at", "against", "directly"])


#: what one state writes to another: the letter acted on is its sender's ("returned the protest letter sent by
#: Tokyo", "welcomed the message from Hanoi")
_LETTERS = frozenset(["letter", "letters", "note", "notes", "message", "messages", "telegram", "telegrams", "reply",
                      "missive"])
_SENT = frozenset(["sent", "written", "signed", "delivered", "addressed"])


def sender(low: Sequence[str], end: int, mentions: Sequence[Mention], sources: Sequence[Mention]) -> list[Mention]:
    """The actor who sent the letter, note or message that ends the act at ``end`` or is its object ("would return a
    protest letter sent by Japan's prime minister", "rejected the note from Beijing", "welcomed the message sent by
    Peru"): "from", or "sent", "written", ... and "by", right after the letter, and the actor within three words
    (articles and adjectives between)."""
    if 0 < end < len(low) - 1 and low[end - 1] not in _LETTERS:
        q = end
        while q < len(low) and q < end + 3 and low[q] not in _LETTERS and (low[q] in DETERMINERS or low[q].isalpha()):
            q += 1  # "welcomed the (warm) message"
        end = q + 1 if q < len(low) and low[q] in _LETTERS else end
    if end < 1 or end >= len(low) - 1 or low[end - 1] not in _LETTERS:
        return []
    start = end + 1 if low[end] == "from" else end + 2 if low[end] in _SENT and low[end + 1] == "by" else None
    if start is None:
        return []
    own = {m.code[:3] for m in sources}
    first = next((m for m in mentions if m.start >= start), None)
    if first is None or first.start > start + 3 or not first.has_country or first.code[:3] in own \
            or any(w in BOUNDARIES for w in low[start:first.start]):
        return []
    return [first]


def aimed_at(low: Sequence[str], end: int, mentions: Sequence[Mention], sources: Sequence[Mention], *,
             stance: bool = False) -> list[Mention]:
    """The actor a relative clause on the act's object names as what it is aimed at: "imposed sanctions that target
    the Iranian oil sector" (Iran), "froze assets which belong to Libyan officials" (Libya): "that" or "which" within
    six words after the act, a verb of aiming right after it (a form of "be" between), the actor within three
    words of that verb (articles and adjectives between); or the sender of the letter the act ends on
    (:func:`sender`); or, for a stance (``stance``: praise or disapproval), the doer its "that" clause names
    (:func:`stance_doer`)."""
    sent = sender(low, end, mentions, sources) or (stance_doer(low, end, mentions, sources) if stance else [])
    if sent:
        return sent
    for q in range(end, min(len(low) - 2, end + 6)):
        if low[q] in BOUNDARIES:
            return []
        if low[q] not in ("that", "which"):
            continue
        verb = q + 1 + (1 if low[q + 1] in BE else 0)
        if verb >= len(low) or low[verb] not in _AIMING:
            return []
        own = {m.code[:3] for m in sources}
        for m in mentions:
            if verb < m.start <= verb + 4 and m.has_country and m.code[:3] not in own and all(
                    w in _AIM_FILLERS or w in DETERMINERS or w.isalpha() for w in low[verb + 1:m.start]):
                return [m]
        return []
    return []


def stance_doer(low: Sequence[str], end: int, mentions: Sequence[Mention], sources: Sequence[Mention]) -> list[Mention]:
    """The state whose act a stance ending on "that" judges: the subject of the clause ("is pleased that Peru
    released the crew", "welcomed that Chile has joined", "is concerned that Iran expanded"): a state, not the
    stance's own, right after "that" (an article between) and no list or boundary after it."""
    if low[end:end + 1] == ["that"]:
        end += 1  # "welcomed that Chile has joined": the verb alone was coded
    elif end < 1 or low[end - 1] != "that":
        return []
    own = {m.code[:3] for m in sources}
    for m in mentions:
        if end <= m.start <= end + 2 and m.has_country and m.code[:3] not in own and m.end < len(low) \
                and all(w in DETERMINERS for w in low[end:m.start]) \
                and low[m.end] not in BOUNDARIES and low[m.end] not in (",", "and", "'s"):
            return [m]
    if low[end:end + 2] in (["it", "was"], ["it", "has"], ["they", "were"], ["they", "have"]):
        # "pleased that it was resolved by China and by Korea": the agents of the passive
        stop = next((q for q in range(end, len(low)) if low[q] in BOUNDARIES), len(low))
        return [m for m in mentions if end < m.start < stop and m.has_country and m.code[:3] not in own
                and "by" in low[max(end, m.start - 2):m.start]][:3]
    return []


#: words that open a sentence naming who attended a meeting after it ("Also present at the talks was ...",
#: "Attending the meeting were ...", "Joining the summit were ...")
_ATTENDING = frozenset(["present", "attending", "joining", "accompanying", "participating", "taking"])


def attendees(low: Sequence[str], cand: Candidate, mentions: Sequence[Mention], roles: RoleFinder) -> list[Mention]:
    """The actors a sentence of inverted order names as taking part in the meeting it names: "Also present at the
    meeting was South Korea's president", "Attending the talks were officials from Chile and Peru" (the subject
    after "was" or "were", which word order and the parse read as the meeting's object)."""
    start = 1 if low[:1] == ["also"] else 0
    if start > cand.verb or low[start] not in _ATTENDING:
        return []  # the attending word opens the sentence: the act itself ("Attending the talks were ...") or before it
    be = next((q for q in range(cand.end, min(len(low), cand.end + 10)) if low[q] in ("was", "were")), None)
    if be is None or any(w in BOUNDARIES for w in low[start:be]):
        return []
    first = next((m for m in mentions if m.start > be and m.has_country), None)
    if first is None or first.start > be + 4 or any(w in BOUNDARIES for w in low[be:first.start]):
        return []
    return roles.chain(first, list(mentions), list(low), len(low))


def parties(recent: Sequence[Event]) -> list[Mention]:
    """Both parties of the last meeting told in the sentences before (a CAMEO 04 act between two countries)."""
    for event in reversed(recent):
        if (event.root or event.code[:2]) == "04" and event.source[:3].isalpha() and event.target[:3].isalpha() \
                and event.source[:3] != event.target[:3]:
            return [Mention(0, 0, event.source, event.source_name, True),
                    Mention(0, 0, event.target, event.target_name, True)]
    return []


def told_before(low: Sequence[str], verb: int) -> bool:
    """Whether a verb is told in the past: its own form or one of the four words before it ("agreed", "refused to
    withdraw", "was planning to remove")."""
    return any(past(w) or w in ("was", "were", "had") for w in low[max(0, verb - 4):verb + 1])


def told_in_past(low: Sequence[str], verb: int) -> bool:
    """Whether an act is told by a verb in the simple past, in its own clause or in the one that reports it ("he
    said Kenya would send aid", "told reporters that Kenya would send aid")."""
    window = clause_before(low, verb, 10)
    if any(map(past, window)):
        return True
    q = verb - len(window) - 1
    return q > 0 and low[q] == "that" and any(map(past, clause_before(low, q, 6)))


def shares_actor(event: Event, cand: Candidate) -> bool:
    """Whether a candidate's actors include a country of ``event``'s."""
    countries = {event.source[:3], event.target[:3]} - {"---"}
    return any(m.code[:3] in countries for m in (*cand.sources, *cand.targets))


#: verbs whose subject undergoes the attack named after them ("is suffering an attack by", "came under fire from",
#: "repelled an assault by")
_SUFFERING = frozenset(["suffer", "suffers", "suffered", "suffering", "endure", "endures", "endured", "enduring",
                        "face", "faces", "faced", "facing", "under", "withstand", "withstands", "withstood",
                        "repel", "repels", "repelled", "repelling", "repulse", "repulses", "repulsed"])
#: words that may stand between the suffering verb and the attack ("an unprovoked and unjustified attack")
_WORDS_OF_A_NOUN_PHRASE = re.compile(r"^[a-z][a-z-]*$")
_PRONOUNS = frozenset(["they", "it", "we", "she", "he"])
#: words before a verb of its own after "and": no noun phrase of an attack ("and will fight back", "and then")
_VERB_LINKS = frozenset(["will", "would", "shall", "can", "could", "may", "might", "must", "to", "then", "later",
                         "also", "quickly", "immediately", "promptly", "swiftly", "did", "has", "have", "had"])
#: forms of answering force that end in no "-ed" and name no attack ("and fought back", ", opens fire"); "strikes"
#: and "raids" are left out, nouns of a list of attacks as often ("came under shelling and air strikes")
_PAST_FORMS = frozenset(["fought", "struck", "shot", "opens", "returns", "retaliates", "responds", "repels"])


def answered(low: Sequence[str], under: int, verb: int) -> bool:
    """Whether the word at ``verb`` is a verb joined by "and" or a comma to the clause of suffering at ``under``
    ("came under attack and fought back", "comes under attack, opens fire", "will come under fire and will
    retaliate"): the sufferer's own answer, not a second attack it undergoes ("came under shelling and
    artillery attack" is a list of attacks)."""
    joins = [k for k in range(under + 1, verb) if low[k] in ("and", ",")]
    if not joins:
        return False
    between = low[joins[-1] + 1:verb]
    return not _VERB_LINKS.isdisjoint(between) or (
        not between and (low[verb].endswith("ed") or low[verb] in _PAST_FORMS))


def suffered(low: Sequence[str], cand: Candidate,
             mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """The doer and the victim of an attack told as the object of a verb of suffering, or None for another attack:
    the victim is that verb's subject ("Ukraine is suffering an unprovoked attack by Russian forces", "the people
    of Georgia, as they endure a brutal assault by ..." - a pronoun subject is the actor named before it), the doer
    the actor of the "by" or "from" phrase after the attack, if any ("Armenian forces repelled an assault by
    Azerbaijani troops")."""
    if cand.code[:2] not in ("18", "19", "20") or cand.verb < 2:
        return None
    q = cand.verb - 1
    while q >= 0 and cand.verb - q <= 6 and low[q] not in _SUFFERING:
        if low[q] not in (",", "and") and (_WORDS_OF_A_NOUN_PHRASE.match(low[q]) is None or low[q] in BOUNDARIES
                                           or any(m.start <= q < m.end for m in mentions)):
            return None
        q -= 1
    if q < 0 or low[q] not in _SUFFERING or answered(low, q, cand.verb):
        return None
    after = cand.end
    agent = next((m for m in mentions if after < m.start <= after + 2 and low[after] in ("by", "from")), None)
    doers = [agent] if agent is not None and agent.has_country else []
    own = {m.code[:3] for m in doers}
    before = [m for m in mentions if m.end <= q and m.has_country and m.code[:3] not in own]
    if not before:
        return None
    subject = before[-1]
    between = low[subject.end:q]
    if len(between) > 6 and not (between[-1] in _PRONOUNS or between[-2:-1] == ["as"]):
        return None  # too far to be the subject, unless a pronoun stands for it ("..., as they suffer ...")
    if any(w in BOUNDARIES for w in between):
        return None
    return doers, [subject]


#: verbs of admitting: what one's own side is admitted to have done is owned up to (CAMEO 015, "acknowledge or
#: claim responsibility"); "confirm" admits only a hostile act ("confirmed its spies kidnapped ...")
_ADMITTING = ("admit", "acknowledg", "conced", "confess")
_CONFIRMING = frozenset(["confirm", "confirms", "confirmed", "confirming"])
#: the roots of a hostile act: confirming one's own is owning up to it
_WRONGS = frozenset(["11", "12", "13", "14", "15", "16", "17", "18", "19", "20"])
#: the possessives that make an actor of the content the admitter's own ("its troops", "their agents")
_OWN = frozenset(["its", "their", "his", "her", "our"])
#: how far after the verb of admitting the admitted act may stand
_ADMITTED_REACH = 24


def recoded(event: Event, code: str, toward: Event, tables: ReferenceTables,
            track: Callable[[str, int | None], str]) -> Event:
    """``event`` coded ``code`` (its root, quad class, Goldstein weight, PLOVER mapping and ``track`` from it), toward
    the target of ``toward``."""
    entry = tables.cameo.get(code)
    mapping = tables.plover_for(code) if entry else None
    quad = entry.quad_class if entry else None
    return dataclasses.replace(
        event, code=code, target=toward.target, target_name=toward.target_name, root=entry.root if entry else code[:2],
        quad_class=quad, goldstein=entry.goldstein if entry else None,
        plover_event=mapping.event if mapping else None, plover_mode=mapping.mode if mapping else None,
        plover_context=mapping.context if mapping else None, track=track(code, quad))


def admitted(events: list[Event], verbs: list[int], low: Sequence[str], tables: ReferenceTables,
             track: Callable[[str, int | None], str], day: dt.date | None, undated: dt.date) -> list[Event]:
    """An admission of what one's own side did: "Kim confirmed that spies from his country kidnapped 11 Japanese
    nationals", "Peru acknowledged its troops had shelled Ecuadorean posts". The statement (010) or the bare
    admission (015 with no target) becomes the admission (015, :func:`recoded` with ``tables`` and ``track``) to the
    one the admitted act was done to, and the admitted act, done by an actor of the admitter's country, is history:
    when no time phrase after its verb dates it ("admitted yesterday that ..." dates the admission), it is not dated
    on ``day``, the day of the telling (``undated``). The admitted act follows the verb of admitting in its sentence
    with no ";" or ":" between; "confirm" admits only a hostile act (roots 11-20), as "confirmed that the talks will
    resume" is a promise or a report. Then the statements that charge a state with supporting terrorists
    (:func:`detente.coding._sponsors.charged_support`) and the letters that call off a meeting
    (:func:`detente.coding._letters.called_off_by_letter`) are recast the same way."""
    if len(events) < 2:
        return called_off_by_letter(events, verbs, low, tables, track, recoded)
    out = list(events)
    for k, e in enumerate(events):
        word = low[verbs[k]]
        confirming = word in _CONFIRMING
        if not (confirming or word.startswith(_ADMITTING)) or e.modality != "occurred" \
                or not (e.code in REPORT_CODES or (e.code == "015" and e.target == "---")) or e.source == "---":
            continue
        for j, inner in enumerate(events):
            if not verbs[k] < verbs[j] <= verbs[k] + _ADMITTED_REACH or inner.modality != "occurred" \
                    or inner.code in REPORT_CODES or inner.target == "---" or inner.target[:3] == e.source[:3] \
                    or (confirming and inner.code[:2] not in _WRONGS) \
                    or any(w in BOUNDARIES for w in low[verbs[k]:verbs[j]]):
                continue
            # "Colombia confirmed that its troops raided ...": the troops are the admitter's own
            own = inner.source[:3] == "---" and not _OWN.isdisjoint(low[verbs[k] + 1:verbs[j]])
            if inner.source[:3] != e.source[:3] and not own:
                continue
            if own:
                out[j] = dataclasses.replace(inner, source=e.source[:3] + inner.source[3:])
            out[k] = recoded(e, "015", out[j], tables, track)
            if inner.date in (day, e.date) and DATE_WORDS.isdisjoint(low[verbs[j]:]):
                out[j] = dataclasses.replace(out[j], date=undated)
            break
    # "said Qatar supports terrorist groups": no admission, but a charge told the same way (a report, then an act)
    out = charged_support(out, verbs, low, tables, track, recoded)
    # "said Syria planned to attack": a plot told by another is the teller's charge, no threat of the plotter
    out = charged_plots(out, verbs, low, tables, track, recoded)
    # "sent a letter to Togo saying the summit will not take place": the summit called off (164), by letter
    return called_off_by_letter(out, verbs, low, tables, track, recoded)
