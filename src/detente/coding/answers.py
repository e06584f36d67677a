"""What an act told with no target of its own is aimed at: an answer to an act told before, and an object that
refers back to one.

"Ghana's army shelled Togo. The government of Togo protested": the protest names no target, and answers the
shelling (Ghana). "Iran launched missiles at Israel. Japan condemned these launches": the object "these launches"
refers back to the launch, whose doer (Iran) is the target. Both are read from the events the sentences before
told; an article's pronouns and named references are resolved before, in :mod:`detente.coding.coref`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from detente.coding._acts import rule_owner
from detente.coding._judged_referents import referred_act_doer
from detente.coding._words import CLAUSE_WORDS, DETERMINERS, PREPOSITIONS
from detente.coding.exchange import at_home, unowned_force
from detente.coding.mentions import Mention
from detente.coding.roles import listed
from detente.model import Event

__all__ = ["REACTION_ROOTS", "answered", "answers", "breach_doer", "breached_rules", "complained_of", "noun_doers",
           "own_words", "referred_doer", "victims_left_out"]

#: determiners of a noun that refers back to something told before ("condemned these attacks")
_BACK = frozenset(["this", "these", "that", "those", "the", "such"])


def referred_doer(low: Sequence[str], end: int, mentions: Sequence[Mention], recent: Sequence[Event],
                  sources: Sequence[Mention]) -> list[Mention]:
    """Who did the act a verb's object refers back to: in "Iran launched missiles at Israel. Japan condemned
    these launches", the target of the condemnation is Iran, the doer of the last act told in the sentences
    before whose sentence names the same act (the noun's stem). The object is read in word order: "this",
    "these", "the", ... and a noun, with no actor in the phrase."""
    if end >= len(low) or low[end] not in _BACK:
        return []
    taken = {q for m in mentions for q in range(m.start, m.end)}
    noun: int | None = None
    for q in range(end + 1, min(len(low), end + 5)):
        if (q in taken or not low[q].isalpha() or low[q] in PREPOSITIONS or low[q] in CLAUSE_WORDS
                or low[q] == "as"):  # "described the talks as productive"
            break
        noun = q
    if noun is None or (len(low[noun]) < 4 and low[noun] not in _GENERIC_ACTS):
        return []
    word = low[noun]
    stem = word[:max(4, min(len(word) - 1, 6))]
    generic = word in _GENERIC_ACTS and low[end] != "the"
    own = {m.code[:3] for m in sources}
    if word in _MEETINGS:
        return _other_party(noun, recent, own)
    force = word in _FORCE_NOUNS
    for event in reversed(recent):
        if event.source[:3] in own:
            continue
        if force and ((event.root or event.code[:2]) not in _FORCE_ROOTS or at_home(event)):
            continue  # "condemned the launch": a launch, not the talks another state held since (nor a ban at home)
        if not event.source[:3].isalpha():
            if force and stem in (event.sentence or "").lower() and unowned_force(event, recent):
                return []  # "a bomb killed 40 policemen ... condemned the bombing": no state's act
            continue
        if stem in (event.sentence or "").lower() or (generic and not event.code.startswith("01")):
            doer, name = referred_act_doer(event, own)  # "called the annexation a robbery": the judged one's
            return [Mention(noun, noun + 1, doer, name, True)]
    if force:
        # the act of force told in other words ("fired two missiles ... condemned the launch"): the last one, unless
        # no state did it ("a suicide bomber killed 40 policemen ... condemned the attack")
        doers = [e for e in reversed(recent) if (e.root or e.code[:2]) in _FORCE_ROOTS and e.source[:3] not in own
                 and not at_home(e) and (e.source[:3].isalpha() or unowned_force(e, recent))]
        if doers and doers[0].source[:3].isalpha():
            return [Mention(noun, noun + 1, doers[0].source, doers[0].source_name, True)]
    return []


#: words that may open the reported words before the act they judge ("said that the launch was ...")
_OPENING = frozenset(["that", ",", "\""])


#: words of a breach before the rules it names ("a flagrant violation of U.N. Security Council resolutions")
_BREACHES = ("violat", "breach", "contraven", "defian", "defy", "defie", "flout", "disregard")


def breached_rules(low: Sequence[str], mention: Mention) -> bool:
    """Whether ``mention`` names the body whose rules an act is said to breach ("a breach of U.N. Security Council
    resolutions", "in violation of IAEA rules"): no party of the judgment. "Condemned the U.S. sanctions", with no
    word of a breach before, names the sanctions' own maker."""
    before = low[max(0, mention.start - 5):mention.start]
    return rule_owner(low, mention) and any(w.startswith(_BREACHES) for w in before)


def breach_doer(low: Sequence[str], start: int, targets: list[Mention], mentions: Sequence[Mention],
                recent: Sequence[Event], sources: Sequence[Mention]) -> list[Mention]:
    """Whose act a judgment refers back to when it names it by a noun: "North Korea fired a missile on Friday. The
    United States said the launch was a clear violation of UN resolutions", "Russia and the EU claimed the tests
    are a breach of Security Council resolutions", "Japan condemned the launch as a violation of resolutions": the
    wrong is the doer's (North Korea), not the body whose rules are named. The reported words are read from
    ``start`` (the end of the verb): "the", "this", "these", ... and a noun of an act (:func:`referred_doer`)
    within the first three words, "that" or a comma skipped. ``targets`` (the judgment's as read so far) are kept
    unless each names the body whose rules are breached (:func:`breached_rules`); the doer replaces them when it
    is found, else the judgment has no target."""
    if not all(breached_rules(low, m) for m in targets):
        return targets
    q = start
    while q < len(low) and q < start + 3 and low[q] in _OPENING:
        q += 1
    if q >= len(low) or low[q] not in _BACK:
        return []
    k = q + 1
    while k < len(low) and low[k] in _NOUN_SKIP and low[k] not in _FORCE_NOUNS:
        k += 1
    if k >= len(low) or not (low[k] in _FORCE_NOUNS or (low[k] in _GENERIC_ACTS and low[q] != "the")):
        return []
    # the phrase ends at its noun: the judgment that follows ("was a clear violation") is no part of it
    return referred_doer(low[:k + 1], q, mentions, recent, sources)


#: nouns of an act of force or a show of it, which a later sentence answers ("condemned the launch", "protested
#: the shelling"): they refer to the last such act told before, whatever verb told it
_FORCE_NOUNS = frozenset(["launch", "launches", "test", "tests", "firing", "firings", "test-firing", "strike",
                          "strikes", "airstrike", "airstrikes", "attack", "attacks", "shelling", "bombing",
                          "bombings", "bombardment", "incursion", "incursions", "raid", "raids", "invasion",
                          "offensive", "detonation", "blast", "explosion", "seizure", "assault", "barrage"])
#: CAMEO roots of those acts: a show of force (15), coercion (17), assault (18), fighting (19), mass violence (20)
_FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})


#: CAMEO roots of acts that answer another's act and are aimed at its doer: disapproval (a condemnation, an
#: official protest), rejection, a threat ("will respond"), a protest, reduced relations
REACTION_ROOTS = frozenset({"11", "12", "13", "14", "16"})
#: codes of other roots that answer another's act or claim: a denial (016)
_ANSWERING = frozenset({"016"})


def answers(code: str) -> bool:
    """Whether an act of this CAMEO code answers another's act or claim (:data:`REACTION_ROOTS`, a denial; not a
    defiance of norms, 128, which answers no one)."""
    return (code[:2] in REACTION_ROOTS and code != "128") or code in _ANSWERING
#: roots of what is said rather than done: an answer to a statement names its speaker in the sentence
_SAID_ROOTS = frozenset({"01", "02"})


def _party(code: str) -> str:
    """The country of an actor code, or the organisation ("IGOUNO") for an international body."""
    return code[:6] if code[:3] in ("IGO", "NGO") else code[:3]


#: the words a speaker says, which a denial of one's own ("the remarks that he denied") takes back
_OWN_WORDS = frozenset(["remark", "remarks", "words", "statement", "statements", "comment", "comments", "claim",
                        "claims", "pledge", "promise", "report", "reports"])
_OWNERS = frozenset(["his", "her", "its", "their", "own"])


def own_words(low: Sequence[str], verb: int) -> bool:
    """Whether a denial takes back its speaker's own words ("denied his earlier remarks", "his pro-Japan remarks
    on Tok Islets that he denied"): a noun of speech owned by "his", "her", "its", "their" or "own" in the
    object after the verb or as the noun a relative clause ending in it hangs on. Such a denial answers no
    one's accusation."""
    after = low[verb + 1:verb + 5]
    for k, word in enumerate(after):
        if word in _OWN_WORDS:
            return not _OWNERS.isdisjoint(after[:k])
    start = max(0, verb - 12)
    for q in range(verb - 1, start - 1, -1):
        if low[q] in ("that", "which") and q > 0:
            before = low[max(0, q - 6):q]
            nouns = [k for k, w in enumerate(before) if w in _OWN_WORDS]
            return bool(nouns) and not _OWNERS.isdisjoint(before[:nouns[-1]])
    return False


def answered(number: int | None, mentions: Sequence[Mention], recent: Sequence[Event],
             sources: Sequence[Mention], low: Sequence[str] = (), verb: int | None = None) -> list[Mention]:
    """Whom an answer with no target in its sentence answers: "Ghana's army shelled Togo. The government of Togo
    protested" (Ghana), "North Korea fired two missiles. Washington condemned the launch" (North Korea).

    The answer is an act of :data:`REACTION_ROOTS` whose sentence names no actor but its source (an actor named
    there and left out by the reading of the sentence is no target to replace). Its target is, in the sentences
    before (``recent``, at most three), the doer of the last act aimed at the source; else, when the sentence
    right before that has acts told one doer other than the source, that doer (an act said, 01 or 02, is none).
    Two doers there, or none, leave the answer without a target, and so does a denial of the speaker's own words
    (:func:`own_words`) and an object that refers back to an act of force ("condemned the test"), whose doer
    :func:`referred_doer` reads: the last act before may be another's ban at home ("banned its citizens from
    entering North Korea", no act of force on another state: :func:`~detente.coding.exchange.at_home`)."""
    if verb is not None and low and low[verb].startswith("den") and own_words(low, verb):
        return []
    if verb is not None and _force_object(low, verb):
        return []  # "condemned the test": the doer of an act of force, which :func:`referred_doer` did not find
    own = {_party(m.code) for m in sources if m.has_country}
    said = _said_after(low, verb)
    if not own or any(m.has_country and _party(m.code) not in own and m.start < said for m in mentions):
        return []
    for event in reversed(recent):
        doer, aimed = _party(event.source), _party(event.target)
        if aimed in own and doer[:3].isalpha() and doer not in own:
            return [Mention(0, 0, event.source, event.source_name, True)]
    before = [e for e in recent if number is None or (e.prov_row is not None and e.prov_row < number)]
    if not before:
        return []
    last = max((e.prov_row or 0) for e in before)
    doers = {_party(d[0]): d for d in (referred_act_doer(e, own) for e in before if (e.prov_row or 0) == last
                                       and e.source[:3].isalpha() and (e.root or e.code[:2]) not in _SAID_ROOTS)}
    doers = {k: d for k, d in doers.items() if k not in own}  # a judgment answered: its judged act's doer
    if len(doers) != 1:
        return []
    code, name = next(iter(doers.values()))
    return [Mention(0, 0, code, name, True)]


#: participles of saying that open what the answering side said after its act ("rejected the charge, saying ...")
_SAYING_AFTER = frozenset(["saying", "adding", "noting", "arguing", "insisting", "stressing", "claiming", "calling",
                           "describing", "asserting", "maintaining", "stating", "explaining"])


def _said_after(low: Sequence[str], verb: int | None) -> int:
    """Where the words the answering side said after its act begin ("Pakistan rejected the charge, saying India
    had no evidence": at the comma), or the sentence's end: an actor named in them is what the side said, no party
    left out of the answer."""
    if verb is None:
        return len(low)
    for q in range(verb + 1, len(low) - 1):
        if low[q] == "," and low[q + 1] in _SAYING_AFTER:
            return q
    return len(low)


def _force_object(low: Sequence[str], verb: int) -> bool:
    """Whether the verb's object, right after it, refers back to an act of force by a noun ("condemned the test",
    "have all condemned these launches")."""
    if verb + 1 >= len(low) or low[verb + 1] not in _BACK:
        return False
    for q in range(verb + 2, min(len(low), verb + 6)):
        if not low[q].isalpha() and "-" not in low[q]:
            return False
        if low[q] in _FORCE_NOUNS:
            return True
    return False


#: nouns that name a meeting told before ("met Xi ... described the talks as productive"): whoever names it
#: speaks of the meeting they took part in, held with the other party
_WORD = re.compile(r"[a-z]+")
_MEETINGS = frozenset(["talks", "meeting", "meetings", "summit", "negotiations", "discussions", "consultations",
                       "dialogue", "visit", "trip"])


def _other_party(noun: int, recent: Sequence[Event], own: set[str]) -> list[Mention]:
    """The other party of the last meeting or visit told in the sentences before (a CAMEO 04 act, or an act whose
    sentence names it: "praised his meeting with Kim"), when the actor that refers to it was one party. A meeting
    of others ("Peru welcomed the talks" after Chile met Bolivia) names no party of the referring actor's act."""
    for event in reversed(recent):
        if (event.root or event.code[:2]) != "04" and _MEETINGS.isdisjoint(
                _WORD.findall((event.sentence or "").lower())):
            continue
        source, target = event.source[:3], event.target[:3]
        if not (source.isalpha() and target.isalpha()) or source == target:
            continue
        if source in own and target not in own:
            return [Mention(noun, noun + 1, event.target, event.target_name, True)]
        if target in own and source not in own:
            return [Mention(noun, noun + 1, event.source, event.source_name, True)]
        return []
    return []


#: nouns that name any act told before ("condemned this provocative act", "these actions", "that move"): after
#: "this", "these", "that", "those" or "such" they refer to the last act of another actor, whatever its word
_GENERIC_ACTS = frozenset(["act", "acts", "action", "actions", "move", "moves", "step", "steps", "provocation",
                           "provocations", "behavior", "behaviour", "conduct", "deed", "deeds"])


#: words before what a complaint or a criticism is about ("complained to the UN over Israel's incursion")
_ABOUT = frozenset(["over", "about", "against", "regarding", "concerning"])
#: words between "over" and the actor whose act it is ("over the Israeli violation", "about the recent Ecuadorian")
_ABOUT_SKIP = frozenset(["the", "a", "an", "its", "recent", "latest", "repeated", "alleged", "continued"])


def complained_of(low: Sequence[str], targets: list[Mention], mentions: Sequence[Mention]) -> list[Mention]:
    """Whom a complaint or a criticism addressed to an organisation is about: "Lebanon filed a complaint with the
    Security Council over the Israeli violation of its waters", "Peru complained to the UN about Ecuador's troop
    movements" are aimed at Israel and Ecuador (the organisation is where the complaint is lodged). ``targets``
    stay as they are unless they are one organisation after "to" or "with", followed by "over", "about",
    "against", ... and a state's name or adjective within three words."""
    if len(targets) != 1 or targets[0].code[:3] not in ("IGO", "NGO"):
        return targets
    body = targets[0]
    q = body.start - 1
    while q >= 0 and low[q] in ("the", "a", "an"):
        q -= 1
    if q < 0 or low[q] not in ("to", "with", "before"):
        return targets
    about = next((k for k in range(body.end, min(len(low), body.end + 3)) if low[k] in _ABOUT), None)
    if about is None:
        return targets
    k = about + 1
    while k < len(low) and low[k] in _ABOUT_SKIP:
        k += 1
    state = next((m for m in mentions if m.start == k and m.has_country and m.code[:3] not in ("IGO", "NGO")), None)
    return [state] if state is not None else targets


#: words between a noun of force and the "by" that names its doer ("the launch of a ballistic missile by Iran"):
#: the noun's own phrase, which a verb, a clause or a new phrase of time or place would end
_DOER_STOP = frozenset([".", ",", ";", ":", "and", "but", "which", "that", "who", "as", "after", "before", "on",
                        "in", "at", "since", "while", "when", "against"])
#: words after "the", "this", ... and before the noun of force an answer refers back to ("this latest launch")
_NOUN_SKIP = frozenset(["latest", "recent", "new", "missile", "ballistic", "nuclear", "military", "illegal",
                        "unprovoked", "reckless", "provocative", "full-scale", "brutal", "deadly", "rocket",
                        "satellite", "air", "artillery", "second", "third", "further", "so-called"])
#: how many sentences back a noun of force told with its doer may be referred to
_NOUN_BACK = 3


def _noun_stem(word: str) -> str:
    return word[:max(4, min(len(word) - 1, 6))]


def _referred_noun(low: Sequence[str]) -> str | None:
    """The noun of force or of an act ("this launch", "the invasion", "such acts") a sentence refers back to."""
    for q, word in enumerate(low):
        if word not in _BACK:
            continue
        k = q + 1
        while k < len(low) and low[k] in _NOUN_SKIP and low[k] not in _FORCE_NOUNS:
            k += 1
        if k < len(low) and (low[k] in _FORCE_NOUNS or (low[k] in _GENERIC_ACTS and word != "the")):
            return low[k]
    return None


def _noun_doer(low: Sequence[str], mentions: Sequence[Mention], stem: str | None) -> Mention | None:
    """The doer of the last noun of force in a sentence (of the stem ``stem``, or any when None): the actor after
    "by" in its phrase ("the launch of a ballistic missile by the DPRK"), else the owner before it ("Russia's
    full-scale invasion"), else the adjective of the phrase ("the Israeli strikes", "a North Korean missile
    launch")."""
    starts = {m.start: m for m in mentions if m.has_country}
    for q in range(len(low) - 1, -1, -1):
        word = low[q]
        if word not in _FORCE_NOUNS or (stem is not None and _noun_stem(word) != stem):
            continue
        for k in range(q + 1, min(len(low), q + 9)):
            if low[k] in _DOER_STOP or (low[k] in PREPOSITIONS and low[k] not in ("of", "by")):
                break
            if low[k] == "by":
                found = starts.get(k + 1) or (starts.get(k + 2) if low[k + 1:k + 2] == ["the"] else None)
                if found is not None:
                    return found
                break
        k = q - 1
        while k >= 0 and low[k] in _NOUN_SKIP and not any(m.start <= k < m.end for m in mentions):
            k -= 1
        if k >= 0 and low[k] == "'s":
            k -= 1
        owner = next((m for m in mentions if m.has_country and m.end - 1 == k), None)
        if owner is not None:
            return owner
    return None


def noun_doers(coded: Sequence[Sequence[Event]],
               read: Sequence[tuple[Sequence[str], Sequence[Mention]] | None]) -> list[list[Event]]:
    """The events of each sentence of one text (``coded``), with a target given to an answer that refers back to
    an act told only as a noun with its doer: "The Council condemned the launch of a ballistic missile by Iran.
    It condemned this launch as a violation": the second condemnation is aimed at Iran, though the launch, a
    noun, is no event. ``read``: each sentence's lowered tokens and actors (None for a sentence not read).

    The answer (:func:`answers`: a condemnation, a protest, a rejection, a denial) has no target, refers to "this
    launch", "the invasion", "such acts", and names no actor of another country than its doer; the noun is the
    last one of the same word (any noun of force for "such acts") in the three sentences before with its doer
    told by "by", a possessive or an adjective, and that doer is not the answer's."""
    out = [list(found) for found in coded]
    for k, found in enumerate(out):
        if k == 0 or k >= len(read) or read[k] is None:
            continue
        for i, event in enumerate(found):
            if event.target != "---" or not event.source[:3].isalpha() or not answers(event.code) \
                    or event.modality not in ("occurred", "intended"):
                continue
            low, mentions = read[k]  # type: ignore[misc]
            own = _party(event.source)
            if any(m.has_country and _party(m.code) != own for m in mentions):
                continue
            noun = _referred_noun(low)
            if noun is None:
                continue
            stem = _noun_stem(noun) if noun in _FORCE_NOUNS else None
            for back in range(k - 1, max(-1, k - 1 - _NOUN_BACK), -1):
                told = read[back] if back < len(read) else None
                doer = _noun_doer(told[0], told[1], stem) if told is not None else None
                if doer is not None:
                    if _party(doer.code) != own:
                        found[i] = dataclasses.replace(event, target=doer.code, target_name=doer.name)
                    break
    return out


#: roots of acts that judge another's act of force and are aimed at its doer: disapproval (a condemnation, a
#: protest lodged), a protest by demonstrations
_JUDGING_FORCE = frozenset({"11", "14"})
#: nouns of harm done to people, besides the nouns of force: their "of" phrase names whom it was done to
_HARM_NOUNS = frozenset(["killing", "killings", "murder", "murders", "assassination", "assassinations", "massacre",
                         "massacres", "shooting", "shootings", "kidnapping", "kidnappings", "abduction",
                         "abductions", "slaying", "slayings", "beheading", "execution", "executions", "wounding"])
#: the prepositions of the phrase after such a noun that names its victim or its place ("the attack on Syria",
#: "the bombing in Damascus", "the raid at the embassy"); "of" only after a noun of harm done or a gerund ("the
#: killing of three Peruvians", "the bombing of Lima"): "the attack of the U.S." names its doer
_VICTIM_WORDS = frozenset(["on", "against", "in", "at", "inside", "near", "upon", "targeting", "outside"])
#: words between a verb of judgment and its object ("protested against the shelling", "condemnation of the attack")
_OBJECT_OPENERS = frozenset(["of", "against", "over", "about"])
#: verbs whose "on" phrase names whom an act is laid on, not its victim ("blamed the attack on ...")
_BLAMING = ("blam", "pin", "attribut")
#: words after the noun of a judgment told with another verb, before what it judges ("expressed concern over")
_ABOUT_JUDGED = frozenset(["over", "about", "at", "against"])
#: how far the act's object may stand after the verb and run before its noun ("expressed serious concern over U.S.
#: drones' killings")
_OBJECT_REACH = 8
#: how long the victim's phrase after the noun may run
_VICTIM_REACH = 10
#: words that end the victim's phrase: a clause or a list of other things ("and urged ...", "which killed ...")
_PHRASE_STOP = frozenset([".", ",", ";", ":", "and", "but", "or", "as", "while", "after", "before", "since",
                          "\"", "(", ")"]) | CLAUSE_WORDS


def victims_left_out(low: Sequence[str], code: str, verb: int, end: int, targets: list[Mention],
                     mentions: Sequence[Mention]) -> list[Mention]:
    """The targets of a judgment of an act of force (a condemnation, a protest) that are no victim or place of the
    act: the judgment is aimed at the act's doer, never at whom or where it struck. In "Iran condemned the bombing
    of Damascus", "Peru condemned the attack on the Chilean embassy in Lima", "Chile protested the killing of
    three Peruvians", the state named after the noun of force by "on", "against", "in", "at" ("of" after a noun
    of harm done: "the killing of", "the bombing of") is left out, and the act has no target unless another reading
    finds its doer (the act told before the sentence, another state's force told in the article; not after a verb
    of blame: "blamed the attack on Peru's spies" lays it on Peru); the doer the
    phrase names after "by" ("the attack on Syria by Israel") is the target, and so is the state the judgment
    names before "for" ("condemned Chile for the attack on Bolivia") or before the noun ("U.S. drones' killings
    of civilians in Pakistan") when the parse read the victim. The object is
    read in word order from ``end`` (the verb's end; "of", "against", "over" or "about" skipped: "condemnation of",
    "protested against"): a determiner, modifiers and actors ("the Israeli air attack"), and the noun within eight
    words; its actors are the doer's and stay."""
    if code[:2] not in _JUDGING_FORCE or low[verb].startswith(_BLAMING):
        return targets  # "blamed the attack on Peru's spies": "on" names whom it is blamed on
    q = end + (1 if end < len(low) and low[end] in _OBJECT_OPENERS else 0)
    starts = {m.start: m for m in mentions}
    noun: int | None = None
    accused: Mention | None = None
    owner: Mention | None = None
    k = q
    while k < min(len(low), q + _OBJECT_REACH):
        if low[k] in _FORCE_NOUNS or low[k] in _HARM_NOUNS:
            noun = k
            if k + 1 < len(low) and (low[k + 1] in _FORCE_NOUNS or low[k + 1] in _HARM_NOUNS):
                noun = k + 1  # "the bombing attack on ..."
            break
        if k in starts:
            m, k = starts[k], starts[k].end  # "the Israeli attack", "the NATO air raids": the doer's adjective
            if m.start == q and low[k:k + 1] == ["for"]:
                accused, k = m, k + 1  # "condemned Chile for the attack on Bolivia"
            elif m.has_country:
                owner = m  # "the Israeli attack", "U.S. drones' killings"
            continue
        if low[k] in _ABOUT_JUDGED and k - q < 3 and not any(q <= m.start < k for m in mentions):
            k += 1  # "expressed serious concern over ...", "voiced outrage at ..."
            continue
        if not (low[k].isalpha() or "-" in low[k] or low[k] == "'s") or low[k] in PREPOSITIONS \
                or low[k] in CLAUSE_WORDS:
            return targets
        k += 1
    if noun is None or noun + 1 >= len(low):
        return targets
    first = low[noun + 1]
    harm = low[noun] in _HARM_NOUNS or low[noun].endswith("ing")
    if first not in _VICTIM_WORDS and not (first == "of" and harm) and first != "by":
        return targets
    victims: set[int] = set()
    doer: Mention | None = None
    doers: list[Mention] = []
    k = noun + 1
    while k < min(len(low), noun + 1 + _VICTIM_REACH):
        if low[k] in _PHRASE_STOP and not (low[k] in ("and", ",") and (
                k + 1 in starts or (low[k + 1:k + 2] == ["the"] and k + 2 in starts))):
            break  # "in Afghanistan and Pakistan" goes on, "and urged Peru" does not
        found = starts.get(k)
        if found is None:
            k += 1
            continue
        by = k - 1 if low[k - 1] == "by" else k - 2 if low[k - 1] in DETERMINERS and low[k - 2] == "by" else None
        if by is not None and low[by - 1].endswith("ed"):
            break  # "Killing of Schoolgirls Reported by S. Korean Radio": a clause of its own
        if by is not None:
            if found.has_country and doer is None:
                doer = found  # "the attack on Syria by Israel"
        elif doer is not None and any(m is found for m in listed(doer, mentions, low)):
            doers.append(found)  # "the attacks by Israel and the United States": a doer listed with the first
        else:
            victims.add(found.start)
        k = found.end
    kept = [t for t in targets if t.start not in victims]
    if not kept:
        kept = [m for m in (accused, owner) if m is not None and m.has_country][:1]
    if doer is not None and all(t is not doer and t.code != doer.code for t in kept):
        kept = [doer, *[t for t in kept if not (noun < t.start)]]
    return kept + [m for m in doers if all(t.code != m.code for t in kept)]
