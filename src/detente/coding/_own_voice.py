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

Its judgments likewise: "the DPRK has brazenly violated multiple Security Council resolutions", "North Korea has
defied the Council again", a line of such a text with no verb of saying, is read alone as the doer's defiance of
norms (128) with no target, or aimed at a body ("the Council"); in the text's own voice it is the voice's
disapproval of the doer (111). The same guards hold (one first-person state, outside quotations, no act of saying,
the doer a state other than the voice), and only a defiance of norms (128) with no state as its target is turned.

A line that judges an act "in (clear) violation of" or "in breach of" resolutions, or says that an act named by a
noun violates them ("These ballistic missile tests ... are in clear violation of UN Security Council resolutions",
"this DPRK space launch, which again, is in violation of ...", "The launch violates ..."), codes no defiance; in
the text's own voice it is the voice's disapproval (111) of the act's doer: the state that did an act coded in
the line, else the state named last before the judgment, else (a line that names no state: "these tests") the
state that did the last act told in the two lines before. The acts are material ones (aid, sanctions, force) told
as done (not denied, demanded, nor ones that may be), and the doer is no state speaking with the voice (the "we"
of a joint statement). Not when the line is a question, negates the judgment ("not in violation") or tells of
acts that may be ("a launch would be in violation", "if ..."). Only a line the coder reads (one with a word of an
act) is judged.

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
import datetime as dt
from collections.abc import Sequence

from detente.coding._commentary import Scan, commentary_events, commentary_start, voiced_events
from detente.coding._fronted import fronted_judgments
from detente.coding._mention_shapes import _FIRST, _GROUP_CODES, outside_quotes
from detente.coding._noun_judgments import headline_voice, noun_judgments
from detente.coding._own_charges import charge_at, charge_lines
from detente.coding._speakers import speakers
from detente.coding.mentions import Mention
from detente.coding.shapes import recoded
from detente.model import Event
from detente.reference import reference_tables

__all__ = ["own_demands", "text_voice_of"]

#: the forms of "violate": a state's act said to violate resolutions or law, judged in the text's own voice
_VIOLATE = frozenset(["violate", "violated", "violates", "violating"])
#: nouns of a breach after "in" ("in clear violation of", "in breach of")
_BREACH = frozenset(["violation", "violations", "breach", "contravention", "defiance"])
#: words of a line that tells of acts that may be, or asks: no judgment of an act done
_MAYBE = frozenset(["if", "unless", "whether", "would", "could", "might", "can", "should", "?"])
#: words that negate a judgment before it ("not in violation", "never violated")
_NOT = frozenset(["not", "n't", "no", "never"])
#: how many lines before a judgment that names no state its doer's act may be told in
_BACK = 2
#: the roots of the acts a judgment of a breach may be of: material acts (aid, sanctions, force), not words
_DEEDS = frozenset(["06", "07", "08", "15", "16", "17", "18", "19", "20"])

#: words of an act of saying: the sentence is told by someone the text names, not in its own voice
_SAYING = frozenset(["said", "says", "say", "saying", "told", "tells", "stated", "states", "added", "noted",
                     "according", "insisted", "stressed", "declared", "warned", "argued"])


def _country(code: str) -> str | None:
    """The country (or organisation: "IGOUNO") of an actor code; None for no country."""
    if len(code) < 3 or not code[:3].isalpha() or code[:3] == "---":
        return None
    return code[:6] if code[:3] in _GROUP_CODES else code[:3]


def text_voice_of(lows: Sequence[Sequence[str]], mentions: Sequence[Sequence[Mention]],
                  outside: Sequence[Sequence[bool]] | None = None) -> str | None:
    """The one state the text's first-person words outside quotations stand for, None when they stand for none,
    for several, or some are unread."""
    flags = outside if outside is not None else outside_quotes(lows)
    found: set[str | None] = set()
    for low, ms, out in zip(lows, mentions, flags, strict=True):
        if _FIRST.isdisjoint(low):
            continue
        for q, w in enumerate(low):
            if w in _FIRST and out[q]:
                m = next((m for m in ms if m.start <= q < m.end), None)
                if w == "us" and m is not None and m.code.startswith("USA"):
                    continue  # "US Department of State", "S. Korea-US Plan": the country's short name, no "us"
                found.add(_country(m.code) if m is not None else None)
    if len(found) != 1:
        return None
    return next(iter(found))


def own_demands(coded: Sequence[Sequence[Event]], lows: Sequence[Sequence[str] | None],
                mentions: Sequence[Sequence[Mention] | None], *, sentences: Sequence[str] = (),
                day: dt.date | None = None, scan: Scan | None = None) -> list[list[Event]]:
    """The events of each sentence of one text (``coded``), a demand the text makes in its own voice given to
    the voice (see the module), and the judgments, demands and appeals of a DPRK paper's commentary in its own
    voice (:mod:`detente.coding._commentary`); ``lows`` and ``mentions``: each sentence's lower-cased words and its
    mentions (None for a sentence not read); ``sentences`` (the text of each) and ``day`` (the text's) date and
    quote the disapproval a judgment "in violation of" adds; ``scan``: the words and mentions of a sentence not
    read (one with no word of an act: "The Lee group is a dangerous warlike force"), for a commentary's lines."""
    coded = fronted_judgments(coded, lows, mentions, sentences=sentences)  # "..., the ministry said"
    read, read_mentions = charge_lines(lows, mentions, sentences, scan)  # "Belarus is responsible for ..."
    out = _own_demands(coded, read, read_mentions, sentences=sentences, day=day)
    words = [low if low is not None else [] for low in lows]
    found_mentions = [ms if ms is not None else [] for ms in mentions]
    start = commentary_start(words, found_mentions, sentences=sentences, scan=scan)
    voice = text_voice_of(words, found_mentions)
    if start is not None and voice in (None, "PRK"):
        out = commentary_events(out, words, found_mentions, start, sentences=sentences, day=day, scan=scan)
    told = voice or headline_voice(out, sentences)  # "KCNA Slams ...": the story speaks as the headline's judge
    voices = [("PRK" if start is not None and k >= start and voice in (None, "PRK") else told)
              for k in range(len(out))]
    if voice is None:  # "The statement said:": the lines after speak as the one the line introducing them names
        said = [s if s is not None and not (voices[k] == "PRK" and _country(s) == "PRK") else None
                for k, s in enumerate(speakers(out, words, found_mentions, sentences[:len(voices)], voices))]
        voices = [s or v for s, v in zip(said, voices, strict=False)] + voices[len(said):]
        if any(said):
            out = voiced_events(out, words, found_mentions, said, sentences=sentences, day=day, scan=scan)
    if all(v is None for v in voices):
        return out
    return noun_judgments(out, words, found_mentions, voices, sentences=sentences, day=day, scan=scan)


def _own_demands(coded: Sequence[Sequence[Event]], lows: Sequence[Sequence[str] | None],
                 mentions: Sequence[Sequence[Mention] | None], *, sentences: Sequence[str] = (),
                 day: dt.date | None = None) -> list[list[Event]]:
    """:func:`own_demands` of a text's own voice."""
    if not any(low is not None and ("must" in low or not _VIOLATE.isdisjoint(low) or not _BREACH.isdisjoint(low)
                                    or charge_at(low) is not None)
               for low in lows) and not any(e.code == "128" for found in coded for e in found):
        return [list(found) for found in coded]
    words = [list(low) if low is not None else [] for low in lows]
    found_mentions = [list(ms) if ms is not None else [] for ms in mentions]
    outside = outside_quotes(words)
    voice = text_voice_of(words, found_mentions, outside)
    if voice is None:
        return [list(found) for found in coded]
    out: list[list[Event]] = []
    voices: frozenset[str] = frozenset()
    for k, (low, ms, flags, found) in enumerate(zip(words, found_mentions, outside, coded, strict=False)):
        judged = any(e.code == "128" for e in found)
        breach = _breach_at(low)
        breach = breach if breach is not None else charge_at(low)  # "Russia alone is responsible for" (_own_charges)
        if (("must" not in low and not judged and breach is None) or not all(flags) or not _SAYING.isdisjoint(low)
                or any(e.code == "010" for e in found)):
            out.append(list(found))
            continue
        subjects = {m.code for m in ms if m.end < len(low) and low[m.end] == "must"}
        turned = [_demanded(e, voice) if _is_own(e, subjects, voice)
                  else _judged(e, voice) if judged and _is_violation(e, voice) else e for e in found]
        if breach is not None and not judged:
            voices = voices or _voices(words, found_mentions, outside, voice)
            turned.extend(_breach_judged(k, breach, ms, out, coded, voice, voices, sentences, day))
        out.append(turned)
    out.extend(list(found) for found in coded[len(out):])
    return out


def _voices(lows: Sequence[Sequence[str]], mentions: Sequence[Sequence[Mention]],
            outside: Sequence[Sequence[bool]], voice: str) -> frozenset[str]:
    """The voice and the states that speak with it: those its first-person words stand for beside it outside
    quotations ("we" of a joint statement by the United States, the ROK and Japan)."""
    found = {voice}
    for low, ms, flags in zip(lows, mentions, outside, strict=False):
        for m in ms:
            if m.start < len(low) and low[m.start] in _FIRST and flags[m.start]:
                found.update(c for c in (_country(o.code) for o in m.also) if c is not None)
    return frozenset(found)


def _breach_at(low: Sequence[str]) -> int | None:
    """Where a line judges an act a breach: "in (clear) violation of", "in breach of", or a form of "violate"
    (None when it judges none, asks, negates the judgment or tells of acts that may be)."""
    if not _MAYBE.isdisjoint(low):
        return None
    for q, w in enumerate(low):
        if w in _VIOLATE or (w in _BREACH and low[q + 1:q + 2] == ["of"] and "in" in low[max(0, q - 3):q]):
            return None if not _NOT.isdisjoint(low[max(0, q - 4):q]) else q
    return None


def _other(code: str, voices: frozenset[str]) -> str | None:
    """The state of an actor code when it is a state that does not speak in the text (None otherwise)."""
    country = _country(code)
    return None if country is None or country in voices or country[:3] in _GROUP_CODES else country


def _breach_judged(k: int, at: int, mentions: Sequence[Mention], out: Sequence[Sequence[Event]],
                   coded: Sequence[Sequence[Event]], voice: str, voices: frozenset[str], sentences: Sequence[str],
                   day: dt.date | None) -> list[Event]:
    """The voice's disapproval (111) of the doer of the act line ``k`` judges a breach at word ``at``: the state
    that did an act coded in the line, else the state named last before the judgment, else (no state named but
    the voices) the state that did the last act told in the lines before (``out``, read already); the doer is a
    state other than the ``voices`` (the voice and those speaking with it). Nothing when the voice disapproves of
    it in the line already, or no doer is found."""
    def deeds(found: Sequence[Event]) -> list[Event]:
        return [e for e in found if _other(e.source, voices) and e.code[:2] in _DEEDS and e.modality == "occurred"]

    doer: Event | None = None
    acts = deeds(coded[k])
    named = [m for m in mentions if m.has_country and _other(m.code, voices)]
    before = [m for m in named if m.end <= at]
    if acts:
        doer = acts[0]
    elif not before and not named:
        told = deeds([e for found in out[max(0, k - _BACK):k] for e in found])
        doer = told[-1] if told else None
    state = _other(doer.source, voices) if doer is not None else _other(before[-1].code, voices) if before else None
    if state is None or any(e.source == voice and _country(e.target) == state and e.code[:2] == "11" for e in coded[k]):
        return []
    template = doer or next((e for found in [coded[k], *out[::-1]] for e in found), None)
    if template is None:
        return []
    sentence = sentences[k] if k < len(sentences) else template.sentence
    base = dataclasses.replace(template, source=state, target="---", source_name=None, target_name=None,
                               date=day or template.date, sentence=sentence, prov_row=k, modality="occurred",
                               source_country=None, target_country=None)
    return [_judged(dataclasses.replace(base, code="128"), voice)]


def _is_own(event: Event, subjects: set[str], voice: str) -> bool:
    """Whether ``event`` is the "must" of a state named right before it, other than the voice, with no target."""
    return (event.code[:2] == "10" and event.target == "---" and event.source in subjects
            and _country(event.source) not in (None, voice))


def _is_violation(event: Event, voice: str) -> bool:
    """Whether ``event`` is a state's defiance of norms (128) with no state as its target (none, or a body: "defied
    the Council"), the state not the voice."""
    target = _country(event.target)
    return (event.code == "128" and (target is None or target[:3] in _GROUP_CODES)
            and _country(event.source) not in (None, voice) and event.source[:3] not in _GROUP_CODES)


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
