"""What a statement in its own voice says another state must do: its demand (CAMEO 10) on that state.

"North Korea must return to the talks", a line of a statement or of remarks that speak as "we", is the speaker's
demand on North Korea, not North Korea's act: a sentence read alone codes the "must" as the subject's own demand
with no target, and when a verb of saying names the speaker ("Japan said China must release the crew") the
sentence gives the demand to the teller (``Coder._prescribed``). A line with no teller is told by the text
itself, and the text says who it is: the one state that the first-person words outside quotations ("we", "our",
"I") were read as, throughout the text (the voice :mod:`detente.coding.coref` resolves them to).

The demand is given to the voice only when:

- the text's first-person words outside quotations all stand for one state (a news report quoting two sides, or
  with no "we" of its own, has no voice);
- the sentence is outside any quotation (none of its own, not inside one opened before), tells no act of
  saying (no "said", "says", "told", no 010 event), and names the state right before "must" ("Pyongyang must
  immediately cease ...", "the DPRK must ...");
- the state is not the voice ("we must", "the United States must" in a US statement is its own course).

Its judgments likewise: "the DPRK has brazenly violated multiple Security Council resolutions", a line of such a
text with no verb of saying, is read alone as the DPRK's defiance of norms (128) with no target; in the text's own
voice it is the voice's disapproval of the doer (111). The same guards hold (one first-person state, outside
quotations, no act of saying, the doer a state other than the voice), and only an event coded from "violate"
(128 with no target, the sentence holding "violate", "violated", "violates" or "violating") is turned.

Read after every sentence of a text is coded, from each sentence's words and mentions (after coreference).

>>> import datetime as dt
>>> from detente.coding.mentions import Mention
>>> from detente.model import Event
>>> day = dt.date(2023, 11, 21)
>>> low = [["we", "condemn", "the", "launch", "."], ["pyongyang", "must", "cease", "its", "provocations", "."]]
>>> mentions = [[Mention(0, 1, "USA")], [Mention(0, 1, "PRKGOV")]]
>>> coded = [[], [Event(day, "PRKGOV", "---", "100", sentence="Pyongyang must cease its provocations.")]]
>>> [(e.source, e.target, e.code) for e in own_demands(coded, low, mentions)[1]]
[('USA', 'PRKGOV', '100')]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from detente.coding._mention_shapes import _FIRST, _GROUP_CODES, _QUOTES
from detente.coding.mentions import Mention
from detente.coding.shapes import recoded
from detente.model import Event
from detente.reference import reference_tables

__all__ = ["own_demands", "text_voice_of"]

#: the forms of "violate": a state's act said to violate resolutions or law, judged in the text's own voice
_VIOLATE = frozenset(["violate", "violated", "violates", "violating"])

#: words of an act of saying: the sentence is told by someone the text names, not in its own voice
_SAYING = frozenset(["said", "says", "say", "saying", "told", "tells", "stated", "states", "added", "noted",
                     "according", "insisted", "stressed", "declared", "warned", "argued"])


def _country(code: str) -> str | None:
    """The country (or organisation: "IGOUNO") of an actor code; None for no country."""
    if len(code) < 3 or not code[:3].isalpha() or code[:3] == "---":
        return None
    return code[:6] if code[:3] in _GROUP_CODES else code[:3]


def _outside(lows: Sequence[Sequence[str]]) -> list[list[bool]]:
    """For each word of each sentence, whether it stands outside quotations (quotations may run on across
    sentences)."""
    inside = False
    out: list[list[bool]] = []
    for low in lows:
        flags: list[bool] = []
        for w in low:
            if w in _QUOTES:
                inside = not inside
                flags.append(False)
            else:
                flags.append(not inside)
        out.append(flags)
    return out


def text_voice_of(lows: Sequence[Sequence[str]], mentions: Sequence[Sequence[Mention]],
                  outside: Sequence[Sequence[bool]] | None = None) -> str | None:
    """The one state the text's first-person words outside quotations stand for, None when they stand for none,
    for several, or some are unread."""
    flags = outside if outside is not None else _outside(lows)
    found: set[str | None] = set()
    for low, ms, out in zip(lows, mentions, flags, strict=True):
        for q, w in enumerate(low):
            if w in _FIRST and out[q]:
                m = next((m for m in ms if m.start <= q < m.end), None)
                found.add(_country(m.code) if m is not None else None)
    if len(found) != 1:
        return None
    return next(iter(found))


def own_demands(coded: Sequence[Sequence[Event]], lows: Sequence[Sequence[str] | None],
                mentions: Sequence[Sequence[Mention] | None]) -> list[list[Event]]:
    """The events of each sentence of one text (``coded``), a demand the text makes in its own voice given to
    the voice (see the module); ``lows`` and ``mentions``: each sentence's lower-cased words and its mentions
    (None for a sentence not read)."""
    if not any(low is not None and ("must" in low or not _VIOLATE.isdisjoint(low)) for low in lows):
        return [list(found) for found in coded]
    words = [list(low) if low is not None else [] for low in lows]
    found_mentions = [list(ms) if ms is not None else [] for ms in mentions]
    outside = _outside(words)
    voice = text_voice_of(words, found_mentions, outside)
    if voice is None:
        return [list(found) for found in coded]
    out: list[list[Event]] = []
    for low, ms, flags, found in zip(words, found_mentions, outside, coded, strict=False):
        judged = not _VIOLATE.isdisjoint(low)
        if (("must" not in low and not judged) or not all(flags) or not _SAYING.isdisjoint(low)
                or any(e.code == "010" for e in found)):
            out.append(list(found))
            continue
        subjects = {m.code for m in ms if m.end < len(low) and low[m.end] == "must"}
        out.append([_demanded(e, voice) if _is_own(e, subjects, voice)
                    else _judged(e, voice) if judged and _is_violation(e, voice) else e for e in found])
    out.extend(list(found) for found in coded[len(out):])
    return out


def _is_own(event: Event, subjects: set[str], voice: str) -> bool:
    """Whether ``event`` is the "must" of a state named right before it, other than the voice, with no target."""
    return (event.code[:2] == "10" and event.target == "---" and event.source in subjects
            and _country(event.source) not in (None, voice))


def _is_violation(event: Event, voice: str) -> bool:
    """Whether ``event`` is a state's defiance of norms (128, from "violate") with no target, the state not the
    voice."""
    return event.code == "128" and event.target == "---" and _country(event.source) not in (None, voice)


def _judged(event: Event, voice: str) -> Event:
    """The voice's disapproval (111: its root, quad class, Goldstein weight and PLOVER mapping from the shipped
    tables; a verbal conflict as the defiance was, on the same track) of the state said to violate resolutions or
    law."""
    toward = dataclasses.replace(event, target=event.source, target_name=event.source_name)
    criticism = recoded(event, "111", toward, reference_tables(), lambda code, quad: event.track)
    return dataclasses.replace(criticism, source=voice, source_name=None, source_country=None, target_country=None)


def _demanded(event: Event, voice: str) -> Event:
    """The demand made by the voice of the text on the state that must act."""
    return dataclasses.replace(event, source=voice, target=event.source, source_name=None,
                               target_name=event.source_name, source_country=None, target_country=None)
