"""Text helpers of the coder: sentence splitting, tokenizing, language check. No dictionaries here."""

from __future__ import annotations

import re
import unicodedata

from detente.coding._english_share import english_share
from detente.errors import LanguageError

__all__ = ["check_english", "split_sentences", "story_body", "story_text", "tokenize"]

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "st", "no",
    "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "vs",
    "prof", "jr", "sr", "pres", "amb", "rev", "fig", "approx", "est", "dept", "univ", "mt", "ft",
}
#: a sentence ends at . ! ? (closing quotes and brackets after it) before a capital or a digit; a comma right after
#: the stop is the trace of a paragraph break in scraped corpora ("... reunification., It is imperative ...")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*,?\s+(?=[\"'\u201c\u2018(\[]*[A-Z0-9])")
#: (written to open with whitespace or a comma, not with "\s*", so the engine skips the positions that can start none:
#: the same matches as "(?:\s*,\s*,)+\s*")
_JOINED_PARAGRAPHS = re.compile(r"(?:\s+,|,)\s*,(?:\s*,\s*,)*\s*")
#: the other traces of a paragraph break in scraped corpora: a comma set off by a space after a stop ("... six-party
#: talks. , This agreement ...") or right after a colon that closes a paragraph ("... the following answer:,
#: Delegations of ..."); neither is written in prose
_PARAGRAPH_TRACE = re.compile(
    r"(?:(?<=[.!?])([\"'\u201d\u2019)\]]*)\s+|(?<=:)()\s*),\s+(?=[\"'\u201c\u2018(\[]*[A-Z0-9])")
#: a stop with no space after it, as scraped text loses it ("... in Ethiopia.The reopening ..."): a word of two
#: lower-case letters or more before it, a capitalized word of three letters or more (or a common short opener)
#: after it; initials ("E.Sukhinin", "U.S.The"), names written with a dot ("Jong.Un"), decimals, domain names
#: ("voanews.com") and web addresses are left alone
#: (the stop is matched first and the two letters looked at behind it, so the engine skips to the stops)
_NO_SPACE = re.compile(
    r"[.!?](?<=[a-z][a-z][.!?])(?!(?:Com|Org|Net|Gov|Edu|Int)\b)"
    r"(?=[\"'\u201d\u2019)]*[\"\u201c]?(?:[A-Z][a-z]{2,}|(?:A|An|He|It|We|In|On|At|As|By|If|No|So|Us|Mr|Ms|I)\b))")


#: a dotted abbreviation ("U.S.", "R.O.K."), alone or the last part of a hyphenated word ("Japan-U.S."), which
#: may end a sentence ("... talks with the U.S. The meeting ...") or stand before the noun it qualifies ("the U.S.
#: Forces", "a Japan-U.S. Summit", "U.N. Security Council")
_DOTTED = re.compile(r"(?:^|[-/])(?:[A-Za-z]\.)+[A-Za-z]$")
#: the words that open a sentence but qualify no noun after a dotted abbreviation: articles, pronouns,
#: demonstratives, prepositions, conjunctions and sentence adverbs
_OPENERS = frozenset(
    [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "his", "her", "we", "our",
        "they", "their", "i", "there", "in", "on", "at", "as", "by", "for", "from", "with", "after", "before",
        "during", "since", "while", "when", "if", "but", "and", "yet", "so", "however", "meanwhile", "earlier",
        "later", "also", "both", "such", "some", "many", "other", "under", "according", "asked",
        "speaking", "last", "what", "why", "how", "who", "it's", "that's", "yesterday", "today",
    ]
)


def _opens_sentence(paragraph: str, start: int) -> bool:
    """Whether the text from ``start`` begins with an opening word, quoted or not (not a name, a number or a
    bracket: "the U.S. 7th Fleet", "U.S. (USFK) officers", 'the U.S. "Cuban Adjustment Act"')."""
    words = paragraph[start:start + 24].split(maxsplit=1)
    return bool(words) and words[0].strip("\"'\u201c\u2018\u201d\u2019,.;:!?").lower() in _OPENERS


def _trace_break(match: re.Match[str]) -> str:
    return f"{match.group(1) or ''}\n"


def _missing_space(match: re.Match[str]) -> str:
    """The stop and a space, unless the word it ends is an abbreviation or part of a web address."""
    text = match.string
    begin = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    word = text[begin:match.start()]
    if word.lower().lstrip("(\"'\u201c") in _ABBREVIATIONS or any(mark in word for mark in ("/", "@", "www", ".")):
        return match.group(0)
    return f"{match.group(0)} "


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``: split at . ! ? before a capital, not after abbreviations or initials; after a dotted
    abbreviation ("U.S.", "Japan-U.S.") only before a word that opens a sentence."""
    out: list[str] = []
    if ", ," in text:  # paragraphs joined by ", ," in scraped corpora
        text = _JOINED_PARAGRAPHS.sub("\n", text)
    if ", " in text:
        text = _PARAGRAPH_TRACE.sub(_trace_break, text)
    text = _NO_SPACE.sub(_missing_space, text)
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        start = 0
        for match in _SENTENCE_END.finditer(paragraph):
            head = paragraph[start:match.start()]
            words = head[-24:].split()
            last = words[-1].rstrip("\"')]\u201d\u2019") if words else ""
            if last.endswith("."):
                word = last[:-1].lstrip("(\"'\u201c")
                if _DOTTED.search(word) and head.strip() != last:
                    if not _opens_sentence(paragraph, match.end()):
                        continue  # "U.S. Forces", "a Japan-U.S. Summit": no sentence ends at the abbreviation
                elif word.lower() in _ABBREVIATIONS or (len(word) == 1 and not word.isdigit()) or (
                    "." in word and len(word.replace(".", "")) <= 3
                ) or head.strip() == last:
                    continue  # an abbreviation, an initial, or the number of a list item ("2. The parties ...")
            if head.strip():
                out.append(head.strip())
            start = match.end()
        tail = paragraph[start:].strip()
        if tail:
            out.append(tail)
    return out


_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|'s\b|[A-Za-z0-9]+(?:[-'.][A-Za-z0-9]+)*|[^\w\s]")
_TOKEN_FINDALL = _TOKEN.findall
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u02bc": "'",
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})
_CONTRACTIONS = (
    (re.compile(r"\b([Ww])on't\b"), r"\1ill not"),
    (re.compile(r"\b([Cc])an't\b"), r"\1an not"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"(\w)'s\b"), r"\1 's"),
    (re.compile(r"(\w)s'(?=\s)"), r"\1s 's"),
)


#: titles of an office or rank written short before a name ("Gen. Kim Kyok Sik", "Sen. John Kerry") and the words
#: they stand for: the stop is no punctuation of the sentence, and the title is read as written in full (courtesy
#: titles, "Mr." and "Dr.", keep their stop: the reading of names counts on it)
_TITLES = {"Gen": "General", "Lt": "Lieutenant", "Col": "Colonel", "Maj": "Major", "Capt": "Captain",
           "Sgt": "Sergeant", "Adm": "Admiral", "Gov": "Governor", "Sen": "Senator", "Rep": "Representative",
           "Prof": "Professor", "Pres": "President", "Amb": "Ambassador", "Rev": "Reverend"}


def fold_accents(text: str) -> str:
    """Latin letters without their accents ("Mevlüt Çavuşoğlu" -> "Mevlut Cavusoglu"): the tokens are ASCII words."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def tokenize(sentence: str) -> list[str]:
    """Tokens with their case: ``"Kim didn't meet U.S. envoys"`` -> Kim did not meet U.S. envoys; a title of office
    written short before a name is read in full, without its stop: ``"Sen. John Kerry"`` -> Senator John Kerry."""
    text = sentence if sentence.isascii() else sentence.translate(_QUOTES)
    if not text.isascii():
        text = fold_accents(text)
    if "'" in text:
        rules = _CONTRACTIONS if "n't" in text else _CONTRACTIONS[3:]
        for pattern, repl in rules:
            text = pattern.sub(repl, text)
    if text.isascii():  # a word of letters and digits between spaces is one token: the pattern only for the rest
        tokens = []
        for chunk in text.split():
            if chunk.isalnum():
                tokens.append(chunk)
            else:
                tokens += _TOKEN_FINDALL(chunk)
    else:
        tokens = _TOKEN_FINDALL(text)
    if "." in tokens[:-1]:
        return _titles_read(tokens)
    return tokens


def _titles_read(tokens: list[str]) -> list[str]:
    """``tokens`` with each title written short before a capitalised word read in full, its stop left out."""
    out: list[str] = []
    skip = False
    for q, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        if token in _TITLES and q + 2 < len(tokens) and tokens[q + 1] == "." and tokens[q + 2][:1].isupper():
            out.append(_TITLES[token])
            skip = True
        else:
            out.append(token)
    return out


_SCRIPTS = (
    ("Hangul", ("HANGUL",)),
    ("Chinese or Japanese", ("CJK", "HIRAGANA", "KATAKANA")),
    ("Cyrillic", ("CYRILLIC",)),
    ("Arabic", ("ARABIC",)),
    ("Greek", ("GREEK",)),
    ("Hebrew", ("HEBREW",)),
)


def check_english(text: str, *, min_words: int = 12) -> None:
    """Raise :class:`LanguageError` when ``text`` is clearly not English, saying why.

    Judged on letters (script) and on the share of common English function words among the words that are no
    names (:func:`~detente.coding._english_share.english_share`); texts with fewer than ``min_words`` such words
    are let through.
    """
    sample = text[:20000]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return
    latin = sum(1 for ch in letters if ch < "\u0250")
    if latin / len(letters) < 0.5:
        counts: dict[str, int] = {}
        for ch in letters:
            if ch < "\u0250":
                continue
            name = unicodedata.name(ch, "")
            for script, prefixes in _SCRIPTS:
                if name.startswith(prefixes):
                    counts[script] = counts.get(script, 0) + 1
                    break
        script = max(counts, key=lambda k: counts[k]) if counts else "a non-Latin script"
        raise LanguageError(
            f"the text is written in {script} ({100 * (1 - latin / len(letters)):.0f}% of its letters), "
            "not English; detente's coder reads English only: pass an English translation"
        )
    share, foreign, judged = english_share(sample)  # names left out: "Kenyan President William Ruto Meets ..."
    if judged < min_words:
        return
    if share < 0.08 or foreign > share:
        why = (
            f"{100 * foreign:.0f}% of its words are common words of another language, such as 'und', 'les', 'que', "
            f"against {100 * share:.0f}% common English words"
            if foreign > share
            else f"only {100 * share:.0f}% of its words are common English words such as 'the', 'of', 'and'"
        )
        raise LanguageError(
            f"the text does not look like English ({why}); detente's coder reads English only: "
            "pass an English translation"
        )


#: the KCNA corpus joins a story's paragraphs with commas: a run of two or more (", ,  "), or one followed by two
#: spaces after a paragraph's last mark (".,  "; a comma inside a sentence, "U.S., Japan", has one space)
_STORY_BREAKS = re.compile(r"(?:\s*,\s*){2,}|(?<=[.!?:\"”)])\s*,\s{2,}")


#: what ends a paragraph that really ends: a sentence's last mark
_PARAGRAPH_ENDS = frozenset('.!?:"”)')


def _story_break(match: re.Match[str]) -> str:
    """A join of the corpus is a paragraph break, unless it falls inside a sentence: the text before it ends with
    no sentence mark and the text after it goes on in lower case ("the Ethiopian pr, ,  esident, the Guyanese
    president", "the chairman of the Nig, ,  erian Group"; the scraped page broke a line there). Such a sentence is
    kept whole, its pieces joined by a comma, so that a list of a message's recipients cut in two stays one list and
    does not become a sentence whose first recipient is the "he" of the next."""
    text, end = match.string, match.end()
    before = text[:match.start()].rstrip()
    if before and before[-1] not in _PARAGRAPH_ENDS and text[end:end + 1].islower():
        return ", "
    return "\n"


def story_body(story: str) -> str:
    """A KCNA story's body as coded: the corpus's paragraph joins made line breaks (:func:`_story_break`)."""
    return _STORY_BREAKS.sub(_story_break, story).strip(" ,\n")


def story_text(title: str | None, body: str) -> str:
    """What is coded of a KCNA story: its title (a sentence of its own), then its body (:func:`story_body`). The
    ``kcna`` dataset and the article evaluation both code this text."""
    return f"{title.rstrip('.')}.\n{body}" if title else body
