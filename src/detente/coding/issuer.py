"""Who issued a text: the government or organisation whose statement, release, briefing or remarks it is.

A government's release speaks in its own voice: "we", "our", "I", "the President", "the Secretary", "this
Department" are the issuer, whose name the text gives only in its header, never in the sentence:

- **the header**: the lines above the story (the title, and the lines the intake removed: "THE WHITE HOUSE",
  "Office of the Press Secretary", "U.S. Department of State", "Press Statement", a speaker's label "THE
  PRESIDENT:"). When one of them says the text is a release (statement, remarks, briefing, readout, press release,
  fact sheet, spokesman, "For Immediate Release"), the actors the header names as institutions (a line that is a
  name, with no verb: "THE WHITE HOUSE", "Rex W. Tillerson"; the authors after "Statement by", "Remarks of") are
  its issuer, when they are one state or one organisation;
- **the opening sentence**: "A spokesman for the Foreign Ministry of the DPRK gave the following answer to a
  question ...", "The following statement was issued today by the Spokesman for the Secretary-General:", "The
  text of the following statement was released by A, B and C": what follows is the named authors' text.

A headline that tells an act ("Bush Condemns North Korean Nuclear Test Claim") names no issuer, and a news
agency's report is nobody's statement: its "we" is a quoted speaker's (see :mod:`detente.coding.coref`).

An office named by the issuer without a country is the issuer's office on the article's date: "the President" in
a White House release of 1999 is Bill Clinton (``USAGOV``); with no date it is ``USAGOV`` and nobody in
particular, never today's holder (:func:`office_holder`).

>>> from detente.coding.mentions import Mention
>>> issuer_of([(["the", "white", "house"], [Mention(0, 3, "USAGOV")]),
...            (["statement", "by", "the", "press", "secretary"], [Mention(3, 5, "---GOV", role_only=True,
...                                                                         has_country=False)])])
['USA']
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Collection, Sequence

from detente.coding._words import QUOTE_MARKS
from detente.coding.coref import Discourse
from detente.coding.lexicon import ActorEntry, Lexicon
from detente.coding.mentions import Mention

__all__ = ["OfficeHolders", "dateline_home", "dateline_issuer", "following_authors", "issuer_of", "opening_header",
           "release_line", "text_voice"]

#: words that say a line heads a release, a statement or a transcript
_RELEASE = frozenset(["statement", "statements", "release", "remarks", "briefing", "readout", "spokesman",
                      "spokeswoman", "spokesperson", "transcript", "communique", "declaration", "address"])
#: two-word markers ("fact sheet", "press secretary")
_RELEASE_PAIRS = frozenset([("fact", "sheet"), ("press", "secretary"), ("immediate", "release")])
#: what a text says it is, before its authors ("Statement by ...")
_AUTHORED = frozenset(["statement", "remarks", "readout", "message", "address", "communique", "declaration",
                       "letter", "speech", "release", "answer", "briefing"])
#: words after the authors that say what the text is about ("on", "regarding", ":")
_ABOUT = frozenset(["on", "regarding", "about", "concerning", "with", "to", "at", "in", ":", "following", "after",
                    "-", "as"])
#: "the following statement", "the following answer": the text after is the named authors'
_FOLLOWING = frozenset(["statement", "answer", "press", "text", "remarks", "message", "letter", "communique",
                        "declaration", "reply", "comment", "commentary"])
_GIVING = frozenset(["gave", "issued", "released", "made", "published", "sent", "delivered", "gives", "issues",
                     "releases", "makes"])
_GROUP_CODES = frozenset(["IGO", "NGO"])
#: an office that makes the country before it its state's agent ("U.S. Permanent Representative", "the Japanese
#: Mission", "Alternate U.S. Representative"), accredited to the organisation after "to" ("... to the United
#: Nations")
_ENVOYS = frozenset(["representative", "representatives", "ambassador", "ambassadors", "mission", "delegation",
                     "delegate", "envoy", "observer"])
#: words that may stand between the country and its office ("U.S. Permanent Representative")
_ENVOY_RANKS = frozenset(["permanent", "deputy", "alternate", "acting", "special", "chief", "political"])


def release_line(low: Sequence[str]) -> bool:
    """The header line says the text is a release, a statement, remarks or a transcript ("Office of the Press
    Secretary", "Press Statement", "Fact sheet released by ...", a speaker's label "THE PRESIDENT:")."""
    if not _RELEASE.isdisjoint(low):
        return True
    if any(pair in _RELEASE_PAIRS for pair in itertools.pairwise(low)):
        return True
    return 0 < len(low) <= 4 and low[-1] == ":"


def _party(m: Mention) -> str:
    """The state of an actor, or the organisation ("IGOUNO")."""
    return m.code if m.code[:3] in _GROUP_CODES else m.code[:3]


def _authors(low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention] | None:
    """The actors after "Statement by", "Remarks of", "Readout from" and before what the text is about; ``None``
    when the line has no such phrase."""
    for q, w in enumerate(low[:-1]):
        if q > 3:
            break  # "... has secured the release of X": a sentence's noun, not the text's heading
        if w not in _AUTHORED or low[q + 1] not in ("by", "from", "of"):
            continue
        stop = next((k for k in range(q + 2, len(low)) if low[k] in _ABOUT), len(low))
        return [m for m in mentions if q + 2 <= m.start < stop and m.has_country]
    return None


def issuer_of(header: Sequence[tuple[Sequence[str], Sequence[Mention]]],
              verbs: Collection[str] = frozenset()) -> list[str]:
    """The issuer of a text from its header lines (each its lower-case tokens and actors): the one state or
    organisation the lines name as an institution or as the authors, when a line says the text is a release;
    else nobody. ``verbs``: the lexicon's verbs, so that a headline telling an act names no issuer."""
    if not any(release_line(low) and (low[-1] != ":" or mentions) for low, mentions in header):
        return []  # a label with no actor ("INTRO:", "TEXT:") is no speaker
    parties: dict[str, None] = {}
    for low, found in header:
        if _dateline(low, found):
            continue  # "RIGA, June 4, 2024 -": where the text was given, not by whom
        mentions = accredited(low, found)
        authors = _authors(low, mentions)
        if authors is None:
            marker = next((q for q, w in enumerate(low) if w in _RELEASE), None)
            if marker is not None and any(m.end <= marker for m in mentions):
                # "President Bush's Statement on ...", "State Department statement": the actors before it
                authors = [m for m in mentions if m.end <= marker and m.has_country]
            elif marker is not None and marker + 1 < len(low) and low[marker + 1] in _ABOUT:
                # "Remarks at a UN Security Council Briefing on the DPRK", "Statement on North Korea": where
                # the text was given and what it is about, not by whom
                continue
            elif any(w in verbs for w in low):
                continue  # a headline: "Bush Condemns North Korean Nuclear Test Claim"
            else:
                authors = [m for m in mentions if m.has_country]
        for m in authors:
            if _institution(m):
                parties.setdefault(_party(m))
    return list(parties) if len(parties) == 1 else []


def accredited(low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """A line's actors read as a state's envoys: a country before an envoy's office is its government ("U.S.
    Permanent Representative", "U.S. Mission": ``USAGOV``), and the organisation the envoy is accredited to
    ("... to the United Nations") is where the envoy serves, no actor of the line."""
    out: list[Mention] = []
    envoy = False
    for m in mentions:
        if envoy and m.code[:3] in _GROUP_CODES and low[max(0, m.start - 2):m.start] in (["to", "the"], ["to"]):
            continue  # "Representative to the United Nations": accredited to it
        office = next((q for q in range(m.end, min(m.end + 3, len(low))) if low[q] not in _ENVOY_RANKS), None)
        if low[m.end - 1] in _ENVOYS:
            office = m.end - 1  # "U.S. Mission" found as one actor
        if office is not None and low[office] in _ENVOYS and m.has_country and m.code[:3] not in _GROUP_CODES:
            envoy = True
            if len(m.code) == 3:
                m = Mention(m.start, m.end, m.code + "GOV", m.name, True, person=True)
        elif any(w in _ENVOYS for w in low[:m.start]):
            envoy = True  # "Ambassador John R. Bolton, U.S. Permanent Representative to the United Nations"
        out.append(m)
    return out


def _institution(m: Mention) -> bool:
    """An actor that can issue a text: a government, its seat or office, a person, an organisation; not a bare
    country ("Ghana-Togo Border Talks", "North Korea -- Special Envoy Visit" name what the text is about)."""
    return len(m.code) > 3 or m.person or m.code[:3] in _GROUP_CODES


def following_authors(low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """The authors an opening sentence gives the text after it: "A spokesman for the DPRK Foreign Ministry gave
    the following answer ...", "The following statement was issued today by the Spokesman for ...:", "The text of
    the following statement was released by A, B and C". Their countries (or organisations), in order."""
    at = next((q for q in range(len(low) - 1) if low[q] == "following" and any(
        w in _FOLLOWING for w in low[q + 1:q + 5])), None)
    if at is None:
        return []
    noun = next(q for q in range(at + 1, at + 5) if low[q] in _FOLLOWING)
    found = [m for m in mentions if at < m.start and m.end <= noun and m.has_country]
    if found:
        pass  # "the following Security Council press statement": the body named before the noun
    elif any(w in _GIVING for w in low[:at]) and "by" not in low[:at]:
        # "A spokesman for ... gave the following answer": the subject before the verb
        verb = next(q for q in range(at) if low[q] in _GIVING)
        found = [m for m in mentions if m.end <= verb and m.has_country]
    else:
        by = next((q for q in range(at, len(low)) if low[q] == "by"), None)
        if by is not None:
            stop = next((q for q in range(by + 1, len(low)) if low[q] in (":", ";", "in", "on", "at", "regarding")),
                        len(low))
            found = [m for m in mentions if by < m.start < stop and m.has_country and not _bracketed(low, m)]
    out: dict[str, Mention] = {}
    for m in found:
        out.setdefault(_party(m), Mention(0, 0, _party(m), None, True))
    return list(out.values())


def _bracketed(low: Sequence[str], m: Mention) -> bool:
    """The actor stands in brackets ("Council President Ana Ruiz (Chile)"): a person's country, not an author."""
    return m.start > 0 and low[m.start - 1] == "(" and m.end < len(low) and low[m.end] == ")"


class OfficeHolders:
    """Who held a state's office on a day, from the lexicon's dated people ("U.S. President" on 1999-09-17 is
    Bill Clinton): the office named by the issuer without its country ("the President")."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._index: dict[tuple[str, tuple[str, ...]], list[ActorEntry]] | None = None

    def _build(self) -> dict[tuple[str, tuple[str, ...]], list[ActorEntry]]:
        countries: dict[tuple[str, ...], str] = {}
        for entries in self._lexicon.actors.values():
            for e in entries:
                if e.kind == "actor" and len(e.senses) == 1 and len(e.senses[0].code) == 3:
                    countries[e.tokens] = e.senses[0].code
        index: dict[tuple[str, tuple[str, ...]], list[ActorEntry]] = {}
        for entries in self._lexicon.actors.values():
            for e in entries:
                if e.kind != "person":
                    continue
                for k in range(1, min(4, len(e.tokens))):
                    code = countries.get(e.tokens[:k])
                    if code is not None:
                        index.setdefault((code, e.tokens[k:]), []).append(e)
                        break
        return index

    def holder(self, country: str, office: Sequence[str], day: dt.date | None) -> tuple[str, str | None] | None:
        """(code, name) of the holder of ``office`` (lower-case words: "president", "secretary of state") of
        ``country`` on ``day``; with no day the office's code and no name (never today's holder)."""
        if self._index is None:
            self._index = self._build()
        entries = self._index.get((country, tuple(office)))
        if not entries:
            return None
        if day is None:
            return entries[0].senses[0].code[:3] + "GOV", None
        for e in entries:
            sense = e.sense_on(day)
            if sense is not None and sense.code[:3] == country:
                return sense.code, sense.name
        return None


def opening_header(low: Sequence[str], mentions: Sequence[Mention], verbs: Collection[str]) -> bool:
    """The text's first line is a heading, not its story: it names its authors ("Statement by ...", "Remarks of
    ...") or tells no act (no verb of the lexicon: "Statement at a White House briefing, Washington, DC")."""
    return _authors(low, mentions) is not None or not any(w in verbs for w in low)


Scanned = tuple[Sequence[str], Sequence[Mention]]


def text_voice(header: Sequence[Scanned], heading: Scanned | None, sentences: Sequence[Scanned],
               verbs: Collection[str]) -> tuple[list[Mention], str | None]:
    """Who "we" is in a text, and who issued it: from the ``header`` lines, the ``heading`` (title) and the text's
    ``sentences`` (each its lower-case tokens and actors). The voice is the authors an opening sentence names
    ("... gave the following answer"), else the one :meth:`~detente.coding.coref.Discourse.find_voice` reads, else
    the issuer; the issuer is the one state or organisation of the header (:func:`issuer_of`), else the one
    author of the opening sentence."""
    opening = sentences[0] if sentences else None
    lines = [*header, *([heading] if heading is not None else []),
             *([opening] if opening is not None and opening_header(*opening, verbs) else [])]
    issuer = issuer_of(lines, verbs)
    following = following_authors(*opening) if opening is not None else []
    voice = following or Discourse.find_voice(sentences, heading)
    if voice and not following and len(issuer) == 1 and all(_party(m) != issuer[0] for m in voice):
        # a release's "I" and "we" are its issuer's, not those of a state it names beside them ("The North
        # Korean delegate ... thanked my ROK counterpart and me" in a State Department official's briefing)
        voice = []
    if not voice and issuer:
        voice = [Mention(0, 0, code, None, True) for code in issuer]
    if not issuer and len(following) == 1:
        issuer = [following[0].code]
    if not voice and not issuer and (placed := dateline_issuer(header, sentences)) is not None:
        issuer, voice = [placed], [Mention(0, 0, placed, None, True)]
    return voice, issuer[0] if len(issuer) == 1 else None


#: a first-person pronoun that is a clause's subject ("I hosted", "we welcome")
_SPEAKING = frozenset(["i", "we", "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd"])
#: how far into a text its own first person must speak for it to be a statement
_OPENING_SENTENCES = 2
_MONTHS = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
                     "sep.", "sept.", "oct.", "nov.", "dec."])
_DATELINE_WORDS = 12


def _dateline(low: Sequence[str], mentions: Sequence[Mention]) -> bool:
    """The line is a dateline: a few words that open with a seat of government and a comma or a dash and give a
    day ("RIGA, June 4, 2024 -", "TOKYO, March 3 (Reuters) -"). It says where the text was given, not who gave
    it (a release's own line "Washington, DC", with no day, is read as its seat, as before)."""
    if not mentions or len(low) > _DATELINE_WORDS or mentions[0].start != 0:
        return False
    seat = mentions[0]
    if seat.end >= len(low) or low[seat.end] not in (",", "-") or seat.code[3:] != "GOV" or seat.person:
        return False
    return not _MONTHS.isdisjoint(low) or any(w.isdigit() for w in low)


def _dateline_seat(low: Sequence[str], mentions: Sequence[Mention]) -> str | None:
    """The state whose capital opens a dateline ("WASHINGTON, D.C. - May 4, 2023 -": ``USA``); none for a news
    agency's dateline ("TOKYO, March 3 (Reuters) -": a report, nobody's statement)."""
    return mentions[0].code[:3] if _dateline(low, mentions) and "(" not in low else None


#: what follows the seat of a dateline ("BEIJING (Reuters) -", "SEOUL, May 3 -", "Dhaka:")
_SEAT_ENDS = frozenset([",", "-", "(", ":", "\u2014", "\u2013", "--"])


def dateline_home(header: Sequence[Scanned]) -> str | None:
    """The state whose capital opens the text's dateline, a news agency's too ("BEIJING (Reuters) -": ``CHN``): where
    the story was filed, which "the foreign ministry" of a story naming no other ministry belongs to (not who speaks
    in it: :func:`dateline_issuer`)."""
    for low, mentions in header:
        if not mentions or len(low) > _DATELINE_WORDS or mentions[0].start != 0:
            continue
        seat = mentions[0]
        if seat.code[3:] == "GOV" and not seat.person and seat.end < len(low) and low[seat.end] in _SEAT_ENDS:
            return seat.code[:3]
    return None


def dateline_issuer(header: Sequence[Scanned], sentences: Sequence[Scanned]) -> str | None:
    """The issuer of a statement that names no author, from its dateline: a text whose own voice says "I" or
    "we" (outside quotation marks, as the subject of one of its first two sentences: "This week I hosted ...")
    under a dateline in a capital ("WASHINGTON, D.C. - May 4, 2023 -") is that state's statement. Not when the
    text says its speaker is visiting ("to be here in Jeddah", "to be in El Salvador", "my visit"): a visitor's
    remarks are datelined in the host's capital."""
    seat = next((code for low, mentions in header if (code := _dateline_seat(low, mentions)) is not None), None)
    if seat is None:
        return None
    spoken = False
    for low, _ in sentences[:_OPENING_SENTENCES]:
        quoted = next((q for q, w in enumerate(low) if w in QUOTE_MARKS), len(low))
        spoken = spoken or any(w in _SPEAKING for w in low[:quoted])
        if quoted < len(low):
            break  # a quotation: the voice after it may be another's
    if not spoken:
        return None
    for low, _ in sentences:
        if any(pair in _VISITING for pair in itertools.pairwise(low)):
            return None
    return seat


#: what a visitor says of the place it speaks in
_VISITING = frozenset([("here", "in"), ("my", "visit"), ("our", "visit"), ("be", "here"), ("be", "in")])
