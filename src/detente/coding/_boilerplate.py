"""What a line of a scraped page is: story text, or one of the kinds of page furniture the intake removes.

Rules are written for kinds of lines, from the shapes pages share (menus, prompts, paywalls, captions, bylines,
datelines), never for one site. :func:`classify` looks at one line alone; :mod:`detente.coding.intake` adds the
line's position (above the headline, below the story).
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from detente.actors import countries

__all__ = ["CONTROL", "DATELINE", "SITE_SUFFIX", "author_note", "byline_name", "classify", "colon_dateline",
           "extend_promotions", "is_closing_sentence", "is_field_header", "is_heading", "is_labelled_date",
           "is_paragraph", "is_sentence", "strip_inline"]

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")

_MONTH = "|".join(sorted({*(m for m in calendar.month_name if m), *(m for m in calendar.month_abbr if m), "Sept"},
                         key=len, reverse=True))
_WEEKDAY = "|".join(d for d in calendar.day_name)

# -- prompts, menus, legal, ads (short lines that address the reader or the site) ----------------------------------

_PROMPT = re.compile(
    r"""^(?:
        advertisement|advertising|sponsored(?:\s+content)?|promoted|ad\b|ads\b|
        share(?:\s+(?:this|on|via|article|story))?\b|tweet\b|email\s+this|print(?:\s+this)?(?:\s+article)?$|
        (?:sign\s+up|subscribe|register)\b|newsletter|follow\s+us|like\s+us|
        (?:\d+\s+)?comments?\b|leave\s+a\s+(?:comment|reply)|log\s*in\s+to|add\s+a\s+comment|
        read\s+(?:more|next|also|full)|related(?:\s+(?:articles|stories|coverage|topics))?\s*:?|more\s+from|
        recommended|most\s+(?:read|popular|viewed)|trending|click\s+here|skip\s+to|jump\s+to|back\s+to\s+top|
        (?:accept|manage)\s+cookies|we\s+use\s+cookies|this\s+(?:site|website)\s+uses\s+cookies|cookie\s+policy|
        privacy\s+policy|terms\s+of\s+(?:use|service)|all\s+rights\s+reserved|copyright\b|\u00a9|
        image\s*(?:caption|source|copyright)?\s*:|photo\s*(?:credit)?\s*:|getty\s+images|ap\s+photo|
        (?:image|photo|picture)\s*\d*$|watch\s*:|video\s*:|listen\s*:|loading|caption$|view\s+pdf|
        table\s+of\s+contents|about\s+the\s+author|more\s+(?:articles|stories)\s+by|posted\s*in|filed\s+under|
        tags?\s*:|topics?\s*:|categor(?:y|ies)\s*:|see\s+also|%d\s+bloggers|previous\s+(?:article|post)|
        next\s+(?:article|post)|(?:[\w ]+\s)?is\s+hiring$|[\w .]+\s+logo$|our\s+standards\s*:|\d+\s+min\s+read$|
        (?:home|menu|search|navigation|main\s+menu|top\s+stories|latest\s+news|archives?|insider)\s*$
    )""",
    re.I | re.X,
)
#: words that mark a line starting with a prompt word as addressed to the reader (a prompt, not story text)
_PROMPT_MARKERS = re.compile(
    r":|\b(?:you|your|our|us|click|tap|below|above|newsletter|cookies?|rights\s+reserved|sign\s+up|log\s*in|"
    r"this\s+(?:article|story|page|post|site|website|video))\b",
    re.I,
)
#: the place an advertisement or a page break holds in the story ("Story continues below advertisement", "The
#: article continues after this advertisement"): a short line naming an advertisement, or the story continuing
_PLACE_HOLDER = re.compile(r"\badvertisements?\b|^(?:the\s+)?(?:story|article|report|text|post)\s+continues\s+"
                           r"(?:below|after|on\s+(?:the\s+)?next)\b", re.I)
#: the site's rules for readers' comments and the e-mail briefings it sends: prompts to the reader, not story text
_READER_SERVICE = re.compile(r"\bcomment(?:ing|s)?\s+(?:policy|policies|guidelines|rules|section)\b|"
                             r"\b(?:daily|weekly|morning|evening|nightly|afternoon)\s+(?:e-?mail|newsletter|"
                             r"briefing|digest|brief)s?\b", re.I)
#: a site's notice of its cookies ("We use cookies to improve your experience on our website ...", "Cookies and
#: Privacy"): cookies with the site, the browser or the reader's consent, or a short heading naming them
_COOKIES = re.compile(r"\bcookies?\b", re.I)
_COOKIE_NOTICE = re.compile(r"\b(?:you|your|our|we|website|site|browser|browsing|experience|consent|privacy|"
                            r"preferences|settings|accept)\b", re.I)
#: the meter of a paywall and its thanks, addressed to the reader: "We hope you're enjoying <site>.", "Thank you for
#: reading <site>", "You have 2 free articles left this month"
_METER = re.compile(r"^(?:we\s+hope\s+you(?:'|\u2019|\s+a)re\s+enjoying|"
                    r"thank(?:s|\s+you)\s+for\s+(?:reading|visiting)\b|"
                    r"you\s+have\s+(?:\d+|one|two|three|no)\s+(?:more\s+)?(?:free\s+)?(?:articles?|stories)\b|"
                    r"you(?:'|\u2019|\s+ha)ve\s+(?:read|reached)\s+(?:your|\d+|all)\b)", re.I)
_MENU_SEPARATORS = re.compile(r"\s(?:\||\u2022|\u00b7|/|>|\u203a|\u00bb)\s")
_MENU_TEXT = (
    """home world politics business sport sports opinion opinions tech technology science health culture
    entertainment video videos live news asia europe americas africa middle east login log in sign subscribe menu
    search contact about us weather markets travel style more topics sections edition podcasts newsletters foreign
    affairs policy security economy defense defence analysis commentary columns features reports research
    programs program fellows events experts publications media donate support magazine archive archives the
    korea korean peninsula region regions issues blog blogs latest & and"""
)
_MENU_WORDS = frozenset(_MENU_TEXT.split())

# -- paywalls, memberships, donations, newsletters ---------------------------------------------------------------

_PROMO = re.compile(
    r"""\b(?:
        become\s+an?\s+(?:member|subscriber|supporter|patron|insider)|membership|memberships|
        subscribe|subscription|subscriber|sign\s+up|sign\s+in|log\s*in(?:to)?|newsletter|
        unlimited\s+access|full\s+access|free\s+trial|trial\s+period|cancel\s+(?:at\s+)?any\s*time|
        already\s+a\s+(?:member|subscriber)|donat(?:e|es|ion|ions|ing)|tax[- ]deductible|paywall|
        premium\s+(?:content|articles?|access|members?)|register\s+(?:now|for\s+free|to)|create\s+(?:an|a\s+free)\s+
        account|your\s+(?:account|subscription|inbox|email\s+address|support)|enter\s+your|all\s+major\s+cards|
        read\s+(?:the\s+)?full\s+(?:article|story)|continue\s+reading|fundrais\w*|reader[- ]supported|
        make\s+a\s+(?:gift|donation|contribution)|give\s+now|contribute\s+now|support\s+(?:our|us|independent|
        quality|nonprofit|non-profit)\b|independent\s+journalism|keep\s+(?:us|this\s+site)\s+(?:going|free|alive)|
        (?:\$|\u20ac|\u00a3)\s?\d+(?:\.\d\d)?\s*(?:/|per|a|for)\s*(?:month|week|year|\w+\s+weeks)
    )""",
    re.I | re.X,
)
#: phrases that are a prompt to the reader wherever they stand
_STRONG_PROMO = re.compile(
    r"\b(?:already\s+a\s+(?:member|subscriber)|unlimited\s+access|free\s+trial|cancel\s+(?:at\s+)?any\s*time|"
    r"become\s+an?\s+(?:member|subscriber|supporter|patron)|subscribe\s+(?:now|today|here)|paywall|tax[- ]deductible|"
    r"all\s+major\s+cards|support\s+(?:our|independent|quality)\s+(?:journalism|reporting|work)|"
    r"continue\s+reading|read\s+the\s+full\s+(?:story|article)|log\s*in\s+to\s+(?:read|continue|comment))\b|"
    r"(?:\$|\u20ac|\u00a3)\s?\d+(?:\.\d\d)?\s*(?:/|per|a|for)\s*(?:month|week|year|\w+\s+weeks)\b",
    re.I,
)
#: an appeal that opens with its verb and speaks to the reader: "Support The Review today.", "Join us"
_APPEAL = re.compile(r"^(?:subscribe|sign\s+up|donate|support|join|give|contribute|become|register)\b", re.I)
_READER = re.compile(r"\b(?:you|your|yours|our|us|we|today|now|here|free|join)\b", re.I)
_CALL = re.compile(
    r"(?:^|:\s*)(?:subscribe|sign\s+(?:up|in)|log\s*in|become|join|donate|support|give|contribute|register|"
    r"follow|click|tap|download|get|try|enter|please|make\s+a|help\s+us|don't\s+miss|fight\s+\w+)\b",
    re.I,
)
_BULLET = re.compile(r"^(?:[\u2022\u00b7\u25aa\u25cf*\u2013\u2014-]|\d{1,2}[.)])\s+")

# -- captions, credits, files, links -----------------------------------------------------------------------------

_CAPTION = re.compile(
    r"""(?:
        \((?:(?:photo|photograph|image|picture|credit|file\s+photo)s?(?:\s+by)?\s*:?\s*|by\s+)?[^()]{0,80}/[^()]{2,80}\)
        |\((?:photo|photograph|image|picture|credit|courtesy)\b[^()]{0,80}\)
    )\s*$""",
    re.I | re.X,
)
_GLUED_CREDIT = re.compile(r"[.!?\u201d\"]\s?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s?/\s?"
                           r"[A-Z][\w .&'\u2019-]{1,40}$")
_CREDIT_LINE = re.compile(
    r"^(?:(?:photo(?:graph)?|image|picture|credit|illustration|video|source)s?\s*(?:by\b|:)\s*\S.{0,60}$|"
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}\s?/\s?[A-Z][\w .&'\u2019-]{1,40}$|"
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s?[\u2014\u2013]\s?[A-Z]{2,}(?:/[A-Z]{2,})?$)",
)
#: how captions of any length begin: "FILE - In this Feb. 28, 2019, file photo, ...", "File photo of ..."
_CAPTION_LEAD = re.compile(r"^(?:FILE(?:\s+PHOTO)?\s*[-:\u2013\u2014]\s|(?i:file\s+photo\s+of)\s|"
                           r"In\s+this\s+(?:\w+\s+)?(?:photo|image|picture|file\s+photo)\b)")
#: prompts that lead to another page, whatever follows them
_LEAD_PROMPT = re.compile(r"^(?:read\s+more|related|see\s+also|watch|listen|more\s+on\s+this|also\s+read)\s*:", re.I)
#: the people of a photo placed in it: "(L)", "(R)", "(center)", "(left to right)"
_IN_PHOTO = re.compile(r"\((?:L|R|C|left|right|centre|center|left\s+to\s+right|from\s+left)\)")
#: a caption that ends with its agency in brackets after the sentence: "... in Hanoi. (Reuters)"
_BRACKET_CREDIT = re.compile(r"[.!?]\s*\([A-Z][\w.&/'\u2019-]*(?:\s+[A-Z][\w.&/'\u2019-]*){0,2}\)$")
_WIRE_CREDIT = re.compile(r"^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|reported|translated|"
                          r"produced)\s+by\b", re.I)
_STAMP = re.compile(r"^(?:(?:updated|posted|published)\s*:?\s*)?\d{1,3}\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|"
                    r"days?|weeks?)\s+ago\.?$|^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4}$", re.I)
_IMAGE_FILE = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)(?:\?\S*)?\b", re.I)
_SLUG = re.compile(r"^[a-z0-9]+(?:[_-][a-z0-9]+)+$|^[A-Za-z]+_\d{4,}[\w-]*$|^[a-z]{2,8}$")
#: an image's name without its extension opening a line: letters and digits joined by underscores
_GLUED_SLUG = re.compile(r"^[A-Za-z0-9]+(?:_[A-Za-z0-9]+){2,}(?=\s|$)")
_TRACKING = re.compile(r"(?:utm_[a-z]+=|fbclid=|gclid=|\?ref=|&amp;|__[a-z]+=|\bpid=|data-[a-z-]+=)", re.I)
_LONG_TOKEN = re.compile(r"\b[A-Za-z0-9_\-]{28,}\b")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_FOOTNOTE = re.compile(r"\s?\[\d{1,3}\]")

# -- a page's list of sources and a free licence's notice ----------------------------------------------------------

#: one entry of a page's list of sources: a quoted title, a dash, the publisher and a day ('"Six-party talks to
#: resume" \u2014 United Press International, December 9, 2006')
_CITATION = re.compile(
    rf"[\"\u201c][^\"\u201c\u201d]{{3,200}}[\"\u201d]\s*(?:\u2014|\u2013|--|-)\s*[A-Z][^,\"\u201c\u201d]{{0,80}},\s*"
    rf"(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTH})\.?,?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2})"
)
#: the most words a line of sources holds besides its entries (an author's name before one, a bullet)
_CITATION_REST = 4
#: the notice of a free licence under which a page republishes a text ("Permission is granted to copy, distribute
#: and/or modify this document under the terms of the Creative Commons Attribution 2.5 licence")
_LICENCE = re.compile(
    r"\b(?:licensed|released|available|published|distributed)\s+under\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?"
    r"(?:a\s+)?(?:creative\s+commons|gnu\s+free\s+documentation|cc[\s-]by)\b.*\blicen[cs]",
    re.I,
)
#: the grant that opens a licence's notice, whose name may stand on the next line of a wrapped page
_GRANT = re.compile(r"\bpermission\s+is\s+granted\s+to\s+(?:copy|reproduce|redistribute)\b", re.I)
_LICENCE_WORDS = 80


def _is_sources(line: str) -> bool:
    """A line of a page's list of sources: one entry or more, and at most a few words besides them."""
    if ('"' not in line and "\u201c" not in line) or not any(c.isdigit() for c in line[-12:]):
        return False  # an entry's title is quoted, and its day ends a line of sources
    return _CITATION.search(line) is not None and len(_words(_CITATION.sub(" ", line))) <= _CITATION_REST


# -- bylines, dates, datelines -----------------------------------------------------------------------------------

_NAME = rf"(?!(?:{_WEEKDAY}|{_MONTH})\b)[A-Z][\w.'\u2019\-]+(?:\s+[A-Z][\w.'\u2019\-]+){{0,3}}"
_BYLINE = re.compile(  # the names keep their capitals; only the lead words are read in any case
    rf"^(?i:by|written\s+by|authors?\s*:?|words\s+by)\s+(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    rf"\s*(?:[,|\u00b7\u2022\u2013\u2014-]\s*(?P<rest>[^.]*))?$"
)
LABELLED_DATE = re.compile(r"^(?:date|published|posted|first\s+published|released|issued|write|written|"
                           r"for\s+immediate\s+release)\b", re.I)
#: an archive header of labelled fields: "DATE: SATURDAY, September 10, 1994 TAG: ... SECTION: ... PAGE: A-8"
_FIELDS = re.compile(r"\b(?:DATE|TAG|SECTION|PAGE|EDITION|SOURCE|DATELINE|LENGTH|BYLINE|HEADLINE|WORDS?|ID)\s*:")
_DATE_WORDS = re.compile(
    rf"\b(?:date|published|posted|updated|last|first|released|issued|on|at|(?:{_WEEKDAY})|[ap]\.?m\.?|gmt|utc|"
    r"[a-z]{1,2}st|[a-z]{1,2}t|kst|bst|edt|est|pst|pdt|et|pt|local|time)\b|\d{1,2}[:.]\d{2}|[,:|\u00b7\u2022()/-]",
    re.I,
)
_FULL_DATE = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}(?:T[\d:.]+(?:Z|[+-]\d{{2}}:?\d{{2}})?)?\b|"
    rf"\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?:{_MONTH})\.?,?\s+\d{{4}}\b|"
    r"(?<![\d/.-])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])",  # in figures: "DATE=11/6/98", "11/23/2022 07:47 PM"
    re.I,
)
_PLACE = r"(?!(?:US|UK|UN|EU|DPRK|ROK|PRC|NATO|IAEA|USA)\b)[A-Z][A-Z.'\u2019\-]{2,}(?:\s+[A-Z][A-Z.'\u2019\-]+){0,3}"
_TITLED_PLACE = r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2}"
_REGION = r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})?"
#: the date of a dateline, after a comma or a dash ("BERLIN, March 3, 2015 —", "WASHINGTON, D.C. – May 4, 2023 —")
_WHEN = rf"(?:(?:,\s*|\s*[\u2013\u2014-]\s*)(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
_AGENCY = r"(?:\s*\((?:[A-Z][\w.&'\u2019/-]*)(?:\s+[A-Z][\w.&'\u2019/-]*){0,3}\))"
_SEP = r"\s*(?:\u2014|\u2013|--|-|:[\u2013-]?)\s+"  # "ISLAMABAD:- Pakistan ..." too
#: a dateline whose dash a scrape dropped ("COLOMBO The Indian and Pakistani foreign ministers ..."): a place in
#: capitals, then the story's first word, an article
_BARE = r"\s+(?=(?:The|A|An)\s)"
#: the agency between bars after the place ("ISTANBUL, TURKEY | Xinhua | Delegations of ...")
_BARRED_AGENCY = r"\s*\|\s*[A-Z][\w.&'\u2019/-]*(?:\s+[A-Z][\w.&'\u2019/-]*){0,3}\s*\|\s+"
DATELINE = re.compile(
    rf"^(?:{_PLACE}{_REGION}{_WHEN}?{_AGENCY}?{_SEP}|{_TITLED_PLACE}{_REGION}(?:{_WHEN}{_AGENCY}?|{_AGENCY}){_SEP}|"
    rf"\(\s*{_PLACE}{_REGION}\s*\){_SEP}|{_PLACE}{_REGION}{_AGENCY}?{_BARE}|{_PLACE}{_REGION}{_BARRED_AGENCY})"
)
#: a capital named in ordinary case before a colon, as many South Asian and Gulf papers open a story ("Dhaka: The
#: Ministry of Foreign Affairs ...", "New Delhi: India on Monday ..."); see :func:`colon_dateline`
_COLON_PLACE = re.compile(rf"^({_TITLED_PLACE}):\s+(?=[\"'\u201c\u2018]?[A-Z])")


def colon_dateline(line: str) -> re.Match[str] | None:
    """The dateline "Dhaka: " that opens a story line: a capital of the countries' table (or one of its other
    names for the seat of government) in ordinary case before a colon, the line going on as prose. Any other word
    before a colon is left alone: a speaker's label ("Psaki: Well, ..."), a heading ("Update: ...")."""
    match = _COLON_PLACE.match(line)
    if match is None or match.group(1) not in _capitals() or not is_paragraph(line[match.end():]):
        return None
    return match


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    return frozenset(p for c in countries() for p in (c.capital, *c.metonyms) if p and p[:1].isupper())


SITE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014-]{2,40}$")


def _words(line: str) -> list[str]:
    return line.split()


def is_sentence(line: str) -> bool:
    """Ends like a sentence (. ? ! with closing quotes or brackets) and is not written in capitals."""
    stripped = line.rstrip("\"'\u201d\u2019)] ")
    return stripped.endswith((".", "?", "!")) and len(_words(line)) >= 2 and not line.isupper()


def is_paragraph(line: str) -> bool:
    """Story prose: a long line, or a sentence of eight words or more."""
    words = len(_words(line))
    return words >= 15 or (words >= 8 and is_sentence(line))


def is_heading(line: str) -> bool:
    """Could be a headline: 2 to 20 words, not ending with a full stop, with letters, not a link."""
    words = _words(line)
    return (2 <= len(words) <= 20 and not line.rstrip("\"'\u201d\u2019 ").endswith((".", ",", ";", ":"))
            and any(ch.isalpha() for ch in line) and not _URL.search(line))


def is_closing_sentence(line: str) -> bool:
    """A line below the story that is still story: a sentence of three words or more, not in capitals."""
    return is_sentence(line) and len(_words(line)) >= 3 and not line.isupper()


#: words of a byline that name an agency or a role, not a person ("By Mary Major, Reuters")
_NOT_A_PERSON = re.compile(r"^(?:reuters|associated\s+press|the\s+associated\s+press|ap|afp|agence\s+france-presse|"
                           r"yonhap|kyodo|xinhua|bloomberg|cnn|voa|bbc|nk\s+news|staff|staff\s+writer|\w+\s+staff|"
                           r"editor|correspondent|reporter)$", re.I)


def byline_name(line: str) -> str | None:
    """The person (or persons) a byline names, without the agency or role after them."""
    match = _BYLINE.match(line)
    if not match:
        return None
    head = match.group("name").split(",")[0]  # after a comma come the agency or the role
    parts = [p.strip() for p in re.split(r"\s*(?:\band\b|&)\s*", head) if p.strip()]
    people = [p for p in parts if not _NOT_A_PERSON.match(p)]
    return " and ".join(people) or None


def _is_byline(line: str) -> bool:
    match = _BYLINE.match(line)
    if not match or len(_words(line)) > 14:
        return False
    rest = match.group("rest") or ""
    return len(_words(rest)) <= 5


#: a time of day with its seconds ("00:15:41")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
#: a labelled field of a page's source line beside its date ("Source: Xinhua", "Editor: huaxia")
_SOURCE_FIELD = re.compile(r"^(?:source|editor|editors|author|by|writer|reporter|agency|from|section|category|"
                           r"channel|web\s+editor)\s*:\s*\S.{0,40}$", re.I)


def _source_line(line: str) -> bool:
    """A page's source line: labelled fields and one full date between bars ("Source: Xinhua| 2020-01-07
    00:15:41|Editor: huaxia")."""
    parts = [part.strip() for part in line.split("|")]
    if len(parts) < 2 or len(_words(line)) > 14:
        return False
    dated = [part for part in parts if _FULL_DATE.search(part)
             and not _DATE_WORDS.sub(" ", _CLOCK.sub(" ", _FULL_DATE.sub(" ", part))).split()]
    return len(dated) == 1 and all(part in dated or _SOURCE_FIELD.match(part) for part in parts if part)


def _is_date_line(line: str) -> bool:
    if not _FULL_DATE.search(line):
        return False
    if is_field_header(line) or _source_line(line):
        return True  # an archive's field header, a page's source line: its date dates the article
    if len(_words(line)) > 14:
        return False
    residue = _DATE_WORDS.sub(" ", _FULL_DATE.sub(" ", line))
    allowed = 3 if LABELLED_DATE.match(line) or re.search(r"\b(?:update[ds]?|modified|edited)\b", line, re.I) else 1
    return len(residue.split()) <= allowed


def is_field_header(line: str) -> bool:
    """An archive's header of labelled fields with a date: "DATE: Monday, May 4, 1998 TAG: ... SECTION: ..."."""
    return len(_FIELDS.findall(line)) >= 3 and bool(re.search(r"\bDATE\s*:", line))


def is_labelled_date(line: str) -> bool:
    """A date line that says it is the date of publication ("Published: ...", "DATE: ...", a source line
    "Source: Xinhua| 2020-01-07 00:15:41|Editor: huaxia")."""
    return bool(LABELLED_DATE.match(line)) or is_field_header(line) or _source_line(line)


def _is_menu(line: str, words: list[str], ends_sentence: bool) -> bool:
    if len(_MENU_SEPARATORS.findall(f" {line} ")) >= 2 and not ends_sentence:
        return True  # "Home | World | Politics"
    return len(words) <= 8 and not ends_sentence and all(w.lower().strip(",.|:&") in _MENU_WORDS for w in words)


def _is_promotion(line: str, words: list[str]) -> bool:
    if _STRONG_PROMO.search(line) and len(words) <= 40:
        return True
    if _APPEAL.match(line) and _READER.search(line) and len(words) <= 12:
        return True
    if not _PROMO.search(line):
        return False
    return len(words) <= 6 or bool(_READER.search(line)) or bool(_CALL.search(line))


#: an author's note on an essay or op-ed: "Jane Roe is a senior fellow at the Example Institute", "John Doe,
#: professor of history, Example University": a person's name, then a role of letters or research, and a body
#: that employs them
_NOTE_ROLES = (r"(?:fellow|professor|scholar|researcher|research|analyst|lecturer|columnist|contributor|editor|"
               r"author|writer|director|chair|president|founder|adviser|advisor|associate|visiting|emeritus|"
               r"dean|student|candidate|journalist|correspondent)")
_NOTE_BODIES = re.compile(r"\b(?:Institute|University|Center|Centre|Council|Foundation|Program|Programme|School|"
                          r"College|Fund|Endowment|Project|Initiative|Review|Studies|Institution|Forum|Society|"
                          r"Association|Academy|Magazine|Journal|Network|Group)\b")
_AUTHOR_NOTE = re.compile(
    rf"^(?P<name>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|bin)){{1,3}})"
    rf"(?:\s+(?:is|was|serves\s+as|has\s+been)\s+(?:a|an|the)?\b.{{0,60}}?\b{_NOTE_ROLES}\b|"
    rf"\s*,\s*(?:a\s+|the\s+)?(?:[\w-]+\s+){{0,3}}{_NOTE_ROLES}\b)", re.I)


_NOTE_TELLING = re.compile(r"\b(?:said|says|say|told|tells|added|argued|argues|warned|warns|noted|notes|wrote|"
                           r"writes|believes|believed|thinks|according)\b", re.I)


def author_note(line: str) -> str | None:
    """The author an author's note names ("Jane Roe is a senior fellow at the Example Institute": "Jane Roe"), or
    None for any other line. The note names a role of letters or research and the body it is held at, in at most
    forty words."""
    words = _words(line)
    if len(words) > 40 or not _NOTE_BODIES.search(line) or _NOTE_TELLING.search(line):
        return None
    match = _AUTHOR_NOTE.match(line)
    if match is None or not match.group("name")[:1].isupper():
        return None
    if "," in line[match.start():match.end()] and len(words) > 14:
        return None  # "Jo Doe, a fellow at the Example Institute, said ...": a sentence of the story
    name = match.group("name")
    return name if all(w[:1].isupper() for w in name.split() if w.lower() not in ("de", "van", "von", "bin")) \
        else None


def classify(line: str) -> str:
    """The kind of one line: ``text`` (story), ``byline``, ``date``, or the kind of furniture it is (``prompt``,
    ``menu``, ``promotion``, ``caption``, ``credit``, ``file``, ``tracking``, ``link``, ``stamp``, ``sources``,
    ``licence``)."""
    words = _words(line)
    ends_sentence = is_sentence(line)
    if _is_byline(line):
        return "byline"
    if _is_date_line(line):
        return "date"
    if author_note(line) is not None:
        return "author"
    short = len(words) <= 12
    prompt = len(words) <= 6 or not ends_sentence or _PROMPT_MARKERS.search(line)
    if short and prompt and _PROMPT.match(line):
        return "prompt"
    if _LEAD_PROMPT.match(line) and len(words) <= 30:
        return "prompt"  # "Read more: <the title of another story>"
    if len(words) <= 6 and _PLACE_HOLDER.search(line):
        return "prompt"  # "Story continues below advertisement"
    if len(words) <= 20 and _READER_SERVICE.search(line) and _READER.search(line):
        return "prompt"  # "Please read our Commenting Policy first.", "The daily email you need for ..."
    if len(words) <= 60 and _COOKIES.search(line) and (len(words) <= 4 or _COOKIE_NOTICE.search(line)):
        return "prompt"  # "We use cookies to improve your experience on our website. To find out more, ..."
    if len(words) <= 20 and _METER.match(line):
        return "prompt"  # "We hope you're enjoying <site>.", "You have 2 free articles left"
    if re.fullmatch(r"by\s*:?", line, re.I):
        return "byline"
    if _is_promotion(line, words):
        return "promotion"
    if _is_menu(line, words, ends_sentence):
        return "menu"
    if _WIRE_CREDIT.match(line):
        return "credit"
    if _STAMP.match(line):
        return "stamp"
    if (_CAPTION.search(line) or _GLUED_CREDIT.search(line) or (len(words) <= 12 and _CREDIT_LINE.match(line))
            or (_BRACKET_CREDIT.search(line) and len(words) <= 40) or _CAPTION_LEAD.match(line)
            or (_IN_PHOTO.search(line) and len(words) <= 60)):
        return "caption"
    if _IMAGE_FILE.fullmatch(line) or (_IMAGE_FILE.search(line) and len(words) <= 4):
        return "file"
    if (slug := _GLUED_SLUG.match(line)) and (len(words) <= 4 or _CREDIT_LINE.match(line[slug.end():].strip())):
        return "file"  # an image's slug and its credit: "lee38_AFPGetty_summit Jane Roe/AFP/Getty Images"
    if len(words) == 1 and _SLUG.match(line):
        return "file"  # an image or page slug: "shutterstock_166542389-1", "patrick-cronin"
    if _TRACKING.search(line) or (_LONG_TOKEN.search(line) and len(words) <= 3):
        return "tracking"
    if _URL.search(line) and (len(_words(_URL.sub(" ", line))) <= 4 or re.match(r"^\[\d{1,3}\]", line)):
        return "link"  # a link, or a print page's numbered list of links
    if _is_sources(line):
        return "sources"  # '"<title>" \u2014 <publisher>, <day>': what the story was written from, no story
    if ("under" in line or "granted" in line) and (_LICENCE.search(line) or _GRANT.search(line)) \
            and len(words) <= _LICENCE_WORDS:
        return "licence"  # a republished text's licence and credit
    return "text"


def extend_promotions(lines: list[str], kinds: list[str]) -> None:
    """A run of bullet points next to a paywall or membership prompt belongs to it ("• Unlimited access", "•
    Searchable archive"): the whole run is a promotion."""
    i = 0
    while i < len(lines):
        if not _BULLET.match(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _BULLET.match(lines[j]):
            j += 1
        near = [k for k in (i - 1, j) if 0 <= k < len(lines)]
        if any(kinds[k] == "promotion" for k in range(i, j)) or any(kinds[k] == "promotion" for k in near):
            for k in range(i, j):
                if kinds[k] == "text":
                    kinds[k] = "promotion"
        i = j


def strip_inline(line: str) -> str:
    """A story line without inline image file names and footnote markers ("[1]")."""
    cleaned = _FOOTNOTE.sub("", _IMAGE_FILE.sub("", line)) if ("[" in line or "." in line) else line
    return " ".join(cleaned.split())
