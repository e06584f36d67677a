"""What a letter or a statement does: its sender's act.

"Ghana sent a letter to Togo cancelling the summit", "sent a letter to Togo saying the summit will not take place":
the letter is how the meeting was called off (CAMEO 164, talks broken off), no communication of note between the
two (040). "Ghana issued a statement denouncing Togo", "sent a message to Togo proposing talks": the act the
participle after the text tells is its sender's (:func:`letter_sender`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from detente.coding._statement_acts import issued_text, time_gap
from detente.coding._words import BOUNDARIES, LETTER_TEXTS, REPORT_CODES
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate
from detente.model import Event
from detente.reference import ReferenceTables

__all__ = ["addressed_in", "by_letter", "called_off_by_letter", "letter_gap", "letter_sender"]

_SENDING = frozenset(["send", "sends", "sent", "sending"])
_LETTERS = frozenset(["letter", "letters", "message", "messages", "note", "notes"])
_MEETINGS = frozenset(["summit", "meeting", "talks", "visit", "negotiations"])
_CALLING_OFF = frozenset(["cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "scrap",
                          "scrapping", "scrapped"])
_NOT_HELD = (("not", "take", "place"), ("not", "go", "ahead"), ("not", "be", "held"), ("be", "cancelled"),
             ("be", "canceled"), ("be", "called", "off"))
#: how many words after the letter what it does may be told
_REACH = 30


def _calls_off(part: Sequence[str]) -> bool:
    for q, w in enumerate(part):
        ahead = part[q + 1:q + 5]
        if (w in _CALLING_OFF or (w.startswith("call") and ahead[:1] == ["off"])) \
                and not _MEETINGS.isdisjoint(ahead):
            return True
        if w in _MEETINGS:
            after = list(part[q + 1:q + 10])
            for shape in _NOT_HELD:
                n = len(shape)
                if any(tuple(after[i:i + n]) == shape for i in range(len(after) - n + 1)):
                    return True
    return False


def called_off_by_letter(events: list[Event], verbs: list[int], low: Sequence[str], tables: ReferenceTables,
                         track: Callable[[str, int | None], str], recode: Callable[..., Event]) -> list[Event]:
    """Each letter sent to another state (040) whose words, told after it in its sentence part, call off a summit,
    meeting, talks or visit ("cancelling the summit", "saying the summit will not take place") as the sender's
    calling off (164, by ``recode`` with ``tables`` and ``track``) toward the same state."""
    out = list(events)
    for k, e in enumerate(events):
        v = verbs[k]
        if e.code != "040" or low[v] not in _SENDING or e.target[:3] == "---":
            continue
        letter = next((q for q in range(v + 1, min(len(low), v + 4)) if low[q] in _LETTERS), None)
        if letter is None:
            continue
        end = next((q for q in range(letter, min(len(low), letter + _REACH)) if low[q] in BOUNDARIES),
                   min(len(low), letter + _REACH))
        if _calls_off(low[letter + 1:end]):
            out[k] = recode(e, "164", e, tables, track)
    return out


#: how many words may name whom a text is addressed to ("to King of Jordan Abdullah II")
_ADDRESS_REACH = 10


#: relative pronouns whose clause, its verb right after them, tells what a text says ("a letter that said ...")
_RELATIVES = frozenset(["that", "which"])
#: roots of what a text can do by its words: a statement, an appeal, an intent, praise, a demand, disapproval, a
#: rejection, a threat, a break ("a note which protested ...", "a letter that cancelled the talks"); no visit, aid
#: or force ("a letter that arrived on Monday")
_SAID_ROOTS = frozenset(["01", "02", "03", "05", "10", "11", "12", "13", "14", "16"])


def _relative_end(between: list[str]) -> list[str] | None:
    """The words before a relative pronoun that ends ``between``, right before the clause's verb or an adverb of
    it ("that said", "which also called", "which strongly condemned"); ``None`` when no relative pronoun ends
    them (or one names the clause's own subject: "a letter that Togo sent")."""
    while between and (between[-1] in ("also", "further", "then") or (between[-1].endswith("ly")
                                                                       and len(between[-1]) > 4)):
        between = between[:-1]
    if not between or between[-1] not in _RELATIVES:
        return None
    return between[:-1]


def letter_gap(low: Sequence[str], text: int, verb: int) -> bool:
    """Whether the words between a text's noun at ``text`` and a present participle at ``verb`` leave the
    participle telling the text's words: none, a comma, or whom it is addressed to ("sent a letter to Togo,
    protesting ..."); a verb of a relative clause whose subject is the text tells them too ("sent a letter to Togo
    that protested ...", "issued a statement, which called ...")."""
    between = list(low[text + 1:verb])
    if between[:1] in (["verbale"], ["verbales"]):
        between = between[1:]  # "a note verbale to Togo protesting ..."
    untimed = time_gap(between)  # "issued a statement on July 4 condemning ..." (coding._statement_acts)
    if untimed != between:  # after a day, the words come right away ("on July 4 to congratulate": no addressee)
        return not untimed if low[verb].endswith("ing") else _relative_end(untimed) == []
    if not low[verb].endswith("ing"):
        found = _relative_end(between)
        if found is None:
            return False
        between = found
    if between[-1:] == [","]:
        between = between[:-1]
    if not between:
        return True
    return (between[0] == "to" and len(between) <= _ADDRESS_REACH
            and not any(w in BOUNDARIES or w in (",", ".", ";", "and", "which", "that", "who") for w in between))


def letter_sender(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str],
                  mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention], bool] | None:
    """The actors of an act told by a present participle right after a text its sender sends or issues in the
    same clause ("Ghana issued a statement denouncing Togo", "sent a letter to Togo, protesting the shelling"):
    the text's sender (the sources of the act of sending or issuing it, told before) and the one the text is
    addressed to, if named ("to Togo" between the text and the participle, "sent Togo a letter"), and whether
    what the text says names a state of its own after the verb ("a letter to the UN saying the Israeli strike was
    a violation"). A verb right after a relative pronoun tells a text's words as a participle does ("a note to Togo
    that protested ...", "a statement, which condemned ...") when its act is one words can do (:data:`_SAID_ROOTS`).
    ``None`` when the act is no such verb or the sender is not known."""
    v = cand.verb
    if cand.nominal or not (low[v].endswith("ing") or cand.code[:2] in _SAID_ROOTS):
        return None
    text, noun = None, -1
    for o in candidates:
        if o is cand or o.code not in ("010", "040") or not o.sources:
            continue
        # the text's noun: the pattern's last word ("issue ... statement"), or what a bare issuing verb takes
        # ("published an article", coding._statement_acts)
        at = max(o.used) if o.used and low[max(o.used)] in LETTER_TEXTS else issued_text(low, o.verb)
        if at is not None and at < v and letter_gap(low, at, v):
            text, noun = o, at
            break
    if text is None:
        return None
    codes = {m.code for m in text.sources}
    addressee = [m for m in mentions if noun < m.start < v and m.code not in codes][:1] \
        or [m for m in text.targets if text.verb < m.start < noun and m.code not in codes][:1]
    told = any(m.start > v and m.has_country and m.code not in codes for m in mentions)
    return list(text.sources), addressee, told


def by_letter(cand: Candidate, sent: tuple[list[Mention], list[Mention], bool]) -> None:
    """Give an act a text tells (:func:`letter_sender`) its sender as source when the reading found no known
    one, or took the text's addressee for it ("sent a message to Togo condemning ...": not Togo's condemning);
    its target is its own, else the addressee ("sent a letter to Togo protesting the shelling"). A bare report
    whose words name a state of their own is not aimed at the addressee: what it says finds its target ("sent a
    letter to the UN saying the Israeli strike was a violation": Israel's, not the UN's)."""
    senders, addressee, told = sent
    named = addressee[0].code if addressee else None
    if not any(m.has_country and m.code[:3] != "---" and m.code != named for m in cand.sources):
        cand.sources = senders
    codes = {m.code for m in cand.sources}
    cand.targets = [m for m in cand.targets if m.code not in codes] or [
        m for m in addressee if m.code not in codes and not (told and cand.code in REPORT_CODES)]


#: words that may stand between "in" and a text's noun ("in a strongly worded letter to", "in its note verbale to")
_IN_TEXT_WORDS = frozenset(["a", "an", "the", "its", "his", "her", "their", "official", "formal", "diplomatic",
                            "written", "open", "separate", "strongly", "worded", "strongly-worded", "protest",
                            "urgent", "personal", "joint"])


def addressed_in(cand: Candidate, low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """Whom a text named in an "in" phrase before an act is addressed to, as that act's target when it has none
    and is one words can do ("In a note verbale to the Japanese embassy, the Chinese Foreign Ministry protested
    the detention ...", "Iran's envoy, in a letter to Israel's ally, warned ..."): the actor right after the
    phrase's "to" (past "the"), not of the act's own sources' state. Empty otherwise."""
    if cand.targets or cand.nominal or cand.code[:2] not in _SAID_ROOTS:
        return []
    own = {m.code[:3] for m in cand.sources}
    for q in range(cand.verb - 1, -1, -1):
        if low[q] in BOUNDARIES:
            return []
        if low[q] != "in":
            continue
        k = q + 1
        while k < cand.verb and low[k] in _IN_TEXT_WORDS:
            k += 1
        if k >= cand.verb or low[k] not in LETTER_TEXTS:
            continue
        k += 1 + (low[k + 1:k + 2] in (["verbale"], ["verbales"]))
        if low[k:k + 1] != ["to"]:
            continue
        start = k + 2 if low[k + 1:k + 2] == ["the"] else k + 1
        return [m for m in mentions if m.start == start and m.end <= cand.verb and m.has_country
                and m.code[:3] not in own][:1]
    return []
