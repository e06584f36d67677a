"""People held by a state, named after the article told their country: the detainees' nationality carried on.

A story of an arrest abroad introduces the people held by their country ("two U.S. journalists who were held in
North Korea", "an American citizen detained in Iran", "three Japanese nationals held since March") and names them
after that by name, by a pronoun or by a plain noun: "North Korea arrested Ling and Lee in March", "a court later
sentenced them", "Kim pardoned the women", "Jun was arrested last November". The lexicon knows none of these words,
so the arrest, the sentence and the pardon had no target, or took one from a phrase of the place ("for crossing
the border from China").

The rule: a sentence that tells of people of a country (a nationality with a noun of people: "U.S. journalists",
"American citizen", "Japanese nationals", "Americans") beside a word of holding ("held", "detained", "jailed",
"arrested", "sentenced", "prisoners", "release") remembers that country as the detainees'. Later in the article, a
name the lexicon does not know, "them", "him", "her", or a plain noun of people ("the women", "the journalists",
"the four") stands for those detainees when it is:

- the object of a verb of holding or release ("arrested Ling and Lee", "sentenced them", "pardoned the women",
  "freed Bae"),
- the subject of its passive ("Jun was arrested", "The four were detained", "Miller had been held"),
- the one whose release or arrest a noun tells ("the release of Bae", "Gross's release").

The state that holds them is remembered too: the subject of an active verb of holding ("North Korea arrested
..."), or the state after "in" or "by" beside the verb or its noun ("held in North Korea", "detained by Iran"). A
court, prosecutors or police named with no country in a sentence of holding are that state's ("A court later
sentenced them", "the Supreme Court").

Limits: only what an article said of one group of detainees is remembered (the last group, when it names
several); a person released "from hospital" is no detainee; a name written first in a sentence must not be a
word of the lexicon's own. A state that holds its own citizens gives a pair of one country, which the coder drops.

A demand or an appeal for the release of people held (CAMEO 10 or 02: "we demand the release of three other
Americans", "we reiterate our call for his release") is aimed at the state that holds them, not at the people:
read alone, it was aimed at the speaker's own citizens (a pair of one country, dropped) or at nobody. After the
text is coded (:func:`held_acts`), such a demand whose target is missing, of the speaker's own country or
of the detainees' country, is aimed at the holding state: another state the speaker acts on in the same sentence
("We hold North Korea accountable for ... and demand the release of ..."), else the state the text tells holds
people (as above, or before a noun of holding: "a Cuban prison", "Iran's imprisonment of"), nearest before the
demand, else after it. A demand already aimed at a state ("call on Iran to release ...") keeps its target.

An arrest or a release told in a passive of its own with no doer ("two American journalists, who had been arrested
... were freed by the DPRK", "A Canadian businessman was arrested in China") is the act of the state the same
sentence tells holds the people (after "in" or "by", before a noun of holding), when the act is told as done and
the sentence demands nothing ("call on Iran to release US citizens" asks for a release). A participle that only
describes people ("the three Americans detained in North Korea") tells no act of its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from detente.coding._names import name_word
from detente.coding.mentions import Mention
from detente.model import Event

__all__ = ["HOLDING_WORDS", "Held", "detained_people", "detainee_slots", "held_acts", "held_people", "holding_state",
           "state_courts"]

#: nouns of people that a nationality may name as held ("U.S. journalists", "an American contractor")
_PEOPLE = frozenset([
    "detainee", "detainees", "prisoner", "prisoners", "captive", "captives", "hostage", "hostages", "citizen",
    "citizens", "national", "nationals", "journalist", "journalists", "reporter", "reporters", "student",
    "students", "tourist", "tourists", "missionary", "missionaries", "contractor", "contractors", "businessman",
    "businessmen", "businesswoman", "man", "men", "woman", "women", "worker", "workers", "employee", "employees",
    "sailor", "sailors", "fisherman", "fishermen", "crew", "crewmen", "seamen", "captain", "activist",
    "activists", "hiker", "hikers", "teacher", "teachers", "pastor", "professor", "veteran", "soldier",
    "soldiers", "pilot", "pilots", "dissident", "dissidents", "resident", "residents", "nurse", "nurses",
])
#: the roles of a people's mention that name people, not their state ("Americans": USACVL)
_PEOPLE_ROLES = frozenset(["CVL", "MED", "EDU", "BUS", "REL", "LAB", "HRI", "NGO", "REF"])
#: words that tell of people held, or let go ("who were held", "detained", "the release of")
HOLDING_WORDS = frozenset([
    "held", "detained", "detain", "detains", "detaining", "detainee", "detainees", "detention", "jailed", "jail",
    "imprisoned", "imprisonment", "imprison", "arrested", "arrest", "arrests", "sentenced", "sentence",
    "prisoner", "prisoners", "captive", "captives", "custody", "captivity", "convicted", "release", "released",
    "releasing", "freed", "free", "freeing", "pardoned", "pardon", "incarcerated", "hostage", "hostages",
])
#: verbs of holding or letting go whose object is the person held
_ACTIVE = frozenset([
    "arrested", "arrest", "arrests", "arresting", "detained", "detain", "detains", "detaining", "jailed", "jail",
    "jails", "imprisoned", "imprison", "imprisons", "sentenced", "sentence", "sentences", "sentencing",
    "convicted", "convict", "convicts", "released", "release", "releases", "releasing", "freed", "free", "frees",
    "freeing", "pardoned", "pardon", "pardons", "pardoning", "held", "hold", "holds", "holding", "deported",
    "deport", "deports", "expelled", "expel", "tried", "try", "charged", "charge", "indicted", "executed",
])
#: participles of a passive whose subject is the person held ("Jun was arrested", "Bae had been held")
_PASSIVE = frozenset([
    "arrested", "detained", "jailed", "imprisoned", "sentenced", "convicted", "released", "freed", "pardoned",
    "held", "deported", "expelled", "tried", "charged", "indicted", "incarcerated", "executed",
])
#: auxiliaries and adverbs between a passive's subject and its participle
_AUXILIARIES = frozenset(["was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "later", "also",
                          "then", "first", "since", "subsequently", "reportedly", "eventually", "finally",
                          "initially", "formally", "officially", "previously", "recently", "not", "never"])
#: nouns of holding or release whose possessor holds ("a Cuban prison", "Iran's detention of ...")
_HELD_BY = frozenset(["prison", "prisons", "jail", "jails", "custody", "detention", "imprisonment", "release",
                      "arrest", "captivity", "labor", "labour", "court", "courts"])
#: words that open the object of an active verb ("held a rally", "released their report")
_OBJECT_OPENERS = frozenset(["a", "an", "the", "their", "its", "his", "her", "our", "this", "these", "that", "those",
                             "talks", "rallies", "meetings", "protests", "demonstrations"])
#: the forms of "be" that make a participle passive
_BE = frozenset(["was", "were", "is", "are", "be", "been", "being"])
#: nouns whose possessor or "of" phrase is the person held ("the release of Bae", "Gross's release")
_HOLDING_NOUNS = frozenset(["release", "arrest", "detention", "imprisonment", "freedom", "pardon", "sentencing",
                            "conviction", "trial", "jailing", "execution"])
#: plain nouns that name the detainees again ("the women", "the four", "the two journalists")
_AGAIN = _PEOPLE | frozenset(["pair", "trio", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                             "americans"])
#: words before such a noun ("the", "both", "the two")
_BEFORE_AGAIN = frozenset(["the", "both", "these", "those", "two", "three", "four", "five", "six", "all"])
#: pronouns of the held as an object
_PRONOUNS = frozenset(["them", "him", "her"])
#: capitalised words at a sentence's start that are no names
_OPENERS = frozenset(["those", "these", "many", "some", "all", "both", "others", "several", "most", "few",
                      "prisoners", "detainees", "hostages", "this", "that", "there", "his", "her", "their", "its",
                      "our", "my", "your", "one", "no", "each", "every", "such", "after", "before", "when", "while"])
#: roles of a body that holds people, which take the holding state when named without a country
_COURT_ROLES = frozenset(["JUD", "COP", "SPY"])
#: words of a court that the lexicon does not know without a country ("a court later sentenced them")
_COURTS = frozenset(["court", "courts", "tribunal", "judge", "judges", "prosecutors", "police"])
#: words after "released" that tell of no custody ("released from hospital")
_HOSPITAL = frozenset(["hospital", "the hospital", "medical", "treatment"])
#: words that end the phrase of a nationality
_BREAKS = frozenset(["and", "or", "who", "which", "that", "of", "in", "to", "from", "by", "with", "for"])
#: words between a word of holding and the people it tells of before them ("released two American detainees")
_DETERMINERS = frozenset(["a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "other", "another", "several", "some", "all", "its", "their", "his", "her", "both",
                          "illegally", "wrongfully", "unjustly", "arbitrarily", "currently", "still", "now"])
#: words between the people and a word of holding after them ("journalists who were held", "citizens reported
#: detained")
_RELATIVE = frozenset(["who", "that", "which", "were", "was", "is", "are", "had", "has", "have", "been", "being",
                       "reported", "reportedly", "illegally", "wrongfully", "unjustly", "arbitrarily", "currently",
                       "still", "now", "later", ",", "since", "also", "being", "recently", "previously"])


def _people_end(low: Sequence[str], m: Mention) -> int:
    """Where the phrase of people that ``m`` opens ends ("U.S. journalists", "Americans", "two American female
    journalists", "an American contractor"): 0 when ``m`` names no people of a country."""
    if not m.has_country or m.code[3:6] in ("GOV", "MIL", "JUD", "COP", "SPY"):
        return 0
    if m.code[3:6] in _PEOPLE_ROLES or not _PEOPLE.isdisjoint(low[m.start:m.end]):
        return m.end
    for k in range(m.end, min(len(low), m.end + 3)):  # "two American female journalists"
        if low[k] in _PEOPLE:
            return k + 1
        if not low[k].isalpha() or low[k] in _BREAKS:
            return 0
    return 0


def _held_here(low: Sequence[str], m: Mention, end: int) -> bool:
    """Whether the people of ``m`` (their phrase ending at ``end``) are told held or let go: a word of holding in
    the phrase ("American detainees") or right before it ("detained Americans", "released two American
    detainees"), or a relative clause or participle right after it ("journalists who were held", "an American
    citizen detained in", "U.S. citizens reported detained")."""
    if not HOLDING_WORDS.isdisjoint(low[m.start:end]):
        return True
    k = m.start - 1
    while k >= 0 and m.start - k <= 4 and (low[k] in _DETERMINERS or low[k].isdigit()):
        k -= 1
    if k >= 0 and low[k] in HOLDING_WORDS:
        return True
    k = end
    while k < len(low) and k - end <= 5 and low[k] in _RELATIVE:
        k += 1
    if k >= len(low) or low[k] not in HOLDING_WORDS:
        return False
    # "south Koreans held a rally", "Americans released a statement": the people's own act, no holding
    return not _BE.isdisjoint(low[end:k]) or k + 1 >= len(low) or low[k + 1] not in _OBJECT_OPENERS


def detained_people(low: Sequence[str], mentions: Sequence[Mention]) -> Mention | None:
    """The people of a country the sentence tells are held or let go ("Two U.S. journalists who were held ...",
    "three Japanese nationals held since March", "North Korea sentenced a U.S. citizen"): the last such."""
    if HOLDING_WORDS.isdisjoint(low):
        return None
    found = None
    for m in mentions:
        end = _people_end(low, m)
        if end and _held_here(low, m, end):
            found = m
    return found


def holding_state(low: Sequence[str], mentions: Sequence[Mention], held: str) -> Mention | None:
    """The state that holds people of ``held`` (a country code): the state that is the subject of a verb of
    holding ("North Korea arrested ..."), or is named after "in" or "by" beside a word of holding ("held in North
    Korea", "detained by Iran")."""
    for m in mentions:
        if not m.has_country or m.person or m.code[:3] == held \
                or m.code[3:6] not in ("", "GOV", "JUD", "COP", "SPY", "MIL"):
            continue
        k = m.end
        while k < len(low) and low[k] in _AUXILIARIES:
            k += 1  # "North Korea has released ..."
        if k < len(low) and low[k] in _ACTIVE:
            return m
        before = m.start - (2 if m.start >= 2 and low[m.start - 1] == "the" else 1)
        if before >= 0 and low[before] in ("in", "by") and not HOLDING_WORDS.isdisjoint(
                low[max(0, before - 7):before]):
            return m
        k = m.end + (1 if low[m.end:m.end + 1] in (["'s"], ["'"]) else 0)
        if k < len(low) and low[k] in _HELD_BY:  # "a Cuban prison", "Iran's detention of", "the Cuban
            return m  # Government's release of Alan"
    return None


def _name_run(tokens: Sequence[str], low: Sequence[str], q: int, taken: set[int]) -> int:
    """Where a name the lexicon does not know, beginning at ``q``, ends (``q``: none)."""
    end = q
    while end < len(tokens) and end - q < 4 and end not in taken and name_word(tokens[end], low[end]) \
            and not (end == 0 and low[end] in _OPENERS):
        end += 1
    return end


def _again_at(low: Sequence[str], q: int) -> int:
    """Where a plain noun of the detainees that begins at ``q`` ends ("the women", "the two journalists"): ``q``
    when none does."""
    k = q
    while k < len(low) and k - q < 3 and low[k] in _BEFORE_AGAIN:
        k += 1
    if k < len(low) and low[k] in _AGAIN and k > q:
        if k + 1 < len(low) and low[k + 1] in _AGAIN:
            k += 1  # "the two journalists"
        return k + 1
    return q


def _objects(tokens: Sequence[str], low: Sequence[str], q: int, taken: set[int]) -> list[tuple[int, int]]:
    """The names, pronouns or plain nouns of people that begin at ``q`` (a list joined by "and" and commas)."""
    out: list[tuple[int, int]] = []
    if q < len(low) and low[q] in _PRONOUNS and q not in taken:
        return [(q, q + 1)]
    end = _again_at(low, q)
    if end > q and not any(k in taken for k in range(q, end)):
        return [(q, end)]
    while q < len(low):
        end = _name_run(tokens, low, q, taken)
        if end == q:
            break
        out.append((q, end))
        if end < len(low) and low[end] in (",", "and"):
            q = end + (2 if low[end:end + 2] == [",", "and"] else 1)
            continue
        break
    return out


def detainee_slots(tokens: Sequence[str], low: Sequence[str], mentions: Sequence[Mention],
                   held: Mention) -> list[Mention]:
    """The words that name the detainees of ``held`` (their country's mention) in a sentence: the object of a
    verb of holding or release, the subject of its passive, the person whose release a noun tells."""
    taken = {q for m in mentions for q in range(m.start, m.end)}
    spans: list[tuple[int, int]] = []
    for v, w in enumerate(low):
        if v in taken:
            continue
        k = v - 1
        while k > 0 and low[k] in _AUXILIARIES:
            k -= 1
        passive = w in _PASSIVE and not _BE.isdisjoint(low[k + 1:v])
        if w in _ACTIVE and v + 1 < len(low) and not passive:
            spans.extend(_objects(tokens, low, v + 1, taken))
        if passive and not (v + 2 < len(low) and low[v + 1] == "from" and (
                low[v + 2] in _HOSPITAL or " ".join(low[v + 2:v + 4]) in _HOSPITAL)):
            # the subject ends at k: a name, or a plain noun ("The four were arrested")
            start = k
            while start > 0 and start - 1 not in taken and name_word(tokens[start - 1], low[start - 1]):
                start -= 1
            if k not in taken and name_word(tokens[k], low[k]) and low[k] not in _AGAIN \
                    and _name_run(tokens, low, start, taken) == k + 1:
                spans.append((start, k + 1))
            elif low[k] in _AGAIN and k > 0 and low[k - 1] in _BEFORE_AGAIN and k not in taken:
                spans.append((k - 1, k + 1))
        if w in _HOLDING_NOUNS:
            if low[v + 1:v + 2] == ["of"]:  # "the release of Bae"
                spans.extend(_objects(tokens, low, v + 2, taken))
            if v >= 2 and low[v - 1] in ("'s", "'") and v - 2 not in taken:  # "Gross's release"
                start = v - 2
                while start > 0 and start - 1 not in taken and name_word(tokens[start - 1], low[start - 1]):
                    start -= 1
                if name_word(tokens[v - 2], low[v - 2]) and not (start == 0 and low[0] in _OPENERS):
                    spans.append((start, v - 1))
    out: list[Mention] = []
    seen: set[int] = set()
    for start, end in spans:
        if seen.intersection(range(start, end)):
            continue
        seen.update(range(start, end))
        out.append(Mention(start, end, held.code, None, True, person=True))
    return out


def state_courts(low: Sequence[str], mentions: Sequence[Mention], holder: Mention) -> list[Mention]:
    """A court, prosecutors or the police named with no country in a sentence of holding ("A court later
    sentenced them", "the Supreme Court"): the holding state's."""
    out: list[Mention] = []
    taken = {q for m in mentions for q in range(m.start, m.end)}
    state = holder.code[:3]
    for m in mentions:
        if not m.has_country and m.code.startswith("---") and m.code[3:6] in _COURT_ROLES:
            out.append(Mention(m.start, m.end, state + m.code[3:], m.name, True, person=m.person))
        else:
            out.append(m)
    for q, w in enumerate(low):
        if w in _COURTS and q not in taken and q + 1 < len(low) and low[q + 1] in _ACTIVE | {"later", "also"}:
            out.append(Mention(q, q + 1, state + ("COP" if w == "police" else "JUD"), None, True))
    return sorted(out, key=lambda m: m.start)


@dataclass(slots=True)
class Held:
    """What an article told of people held so far: their country's mention and the state holding them."""

    people: Mention | None = None
    holder: Mention | None = None


def held_people(tokens: Sequence[str], low: Sequence[str], mentions: list[Mention], held: Held) -> list[Mention]:
    """The sentence's mentions with the detainees the article introduced before (or here) named again, and a
    court of no country the holding state's; ``held`` learns the detainees and their holder the sentence tells."""
    people = detained_people(low, mentions)
    if people is not None:
        held.people = people
    if held.people is None or HOLDING_WORDS.isdisjoint(low):
        return mentions
    holder = holding_state(low, mentions, held.people.code[:3])
    if holder is not None:
        held.holder = holder
    added = detainee_slots(tokens, low, mentions, held.people)
    out = sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
    return state_courts(low, out, held.holder) if held.holder is not None else out


#: words of a release that a demand asks for
_RELEASE = frozenset(["release", "freedom", "free", "freeing", "releasing", "freed"])
#: the roots of a demand and of an appeal
_DEMAND_ROOTS = frozenset(["10", "02"])


def _state(code: str) -> bool:
    return len(code) >= 3 and code[:3].isalpha() and code[:3] != "---" and not code.startswith(("IGO", "NGO"))


def held_acts(coded: Sequence[Sequence[Event]],
                    sentences: Sequence[tuple[Sequence[str], Sequence[Mention]] | None]) -> list[list[Event]]:
    """The events of each sentence of a text (``coded``) with demands for the release of people held aimed at
    the state holding them, and arrests and releases told in the passive done by it (see the module);
    ``sentences``: each sentence's words and mentions."""
    holders: list[tuple[int, str]] = []  # (sentence, country) of the states the text tells hold people
    people: list[str] = []
    for k, told in enumerate(sentences):
        if told is None or HOLDING_WORDS.isdisjoint(told[0]):
            continue
        low, mentions = told
        group = detained_people(low, mentions)
        if group is not None:
            people.append(group.code[:3])
        holder = holding_state(low, mentions, group.code[:3] if group is not None else "---")
        if holder is not None:
            holders.append((k, holder.code[:3]))
    coded = _held_by(coded, sentences, dict(holders[::-1]))
    if not any(e.root in _DEMAND_ROOTS for found in coded for e in found):
        return [list(found) for found in coded]
    out: list[list[Event]] = []
    for k, found in enumerate(coded):
        here = sentences[k] if k < len(sentences) else None
        words: Sequence[str] = here[0] if here is not None else ()
        kept: list[Event] = []
        for event in found:
            source = event.source[:3]
            target = event.target[:3]
            if (event.root or event.code[:2]) not in _DEMAND_ROOTS or _RELEASE.isdisjoint(words) \
                    or not _state(source) or (_state(target) and target != source and target not in people):
                kept.append(event)
                continue
            skip = {source, target, *people}
            acted = [e.target[:3] for e in found if e.source[:3] == source and _state(e.target)
                     and e.target[:3] not in skip]
            ranked = sorted(((abs(j - k) + (0.5 if j > k else 0), c) for j, c in holders if c not in skip))
            state = acted[0] if acted else (ranked[0][1] if ranked else None)
            kept.append(dataclasses.replace(event, target=state, target_name=None, target_country=state)
                        if state is not None else event)
        out.append(kept)
    return out


def _told_passive(low: Sequence[str], forms: frozenset[str]) -> bool:
    """Whether the sentence tells an arrest or a release (its participles: ``forms``) in a passive of its own
    ("Jun was arrested", "who had been detained"); a participle that describes people ("the Americans detained in
    North Korea") tells none."""
    for v, w in enumerate(low):
        if w in forms:
            k = v - 1
            while k > 0 and low[k] in _AUXILIARIES:
                k -= 1
            if not _BE.isdisjoint(low[k + 1:v]):
                return True
    return False


#: the participles of a release, and of the other acts of holding
_RELEASED = frozenset(["released", "freed", "pardoned"])
_HELD = _PASSIVE - _RELEASED


def _held_by(coded: Sequence[Sequence[Event]], sentences: Sequence[tuple[Sequence[str], Sequence[Mention]] | None],
             holders: dict[int, str]) -> list[list[Event]]:
    """An arrest or a release told in the passive with no doer ("an American citizen detained in North Korea",
    "Palestinians imprisoned in Israeli jails") is the act of the state the sentence tells holds them (``holders``:
    by sentence)."""
    out: list[list[Event]] = []
    for k, found in enumerate(coded):
        holder = holders.get(k)
        here = sentences[k] if k < len(sentences) else None
        if holder is None or here is None or any((e.root or e.code[:2]) in _DEMAND_ROOTS for e in found):
            # "call on Iran to release US citizens": the release is asked for, not done
            out.append(list(found))
            continue
        out.append([dataclasses.replace(event, source=holder, source_name=None, source_country=holder)
                    if event.source[:3] == "---" and _state(event.target) and event.target[:3] != holder
                    and event.modality == "occurred"
                    and (((event.root or event.code[:2]) == "17" and _told_passive(here[0], _HELD))
                         or (event.code == "084" and _told_passive(here[0], _RELEASED))) else event
                    for event in found])
    return out
