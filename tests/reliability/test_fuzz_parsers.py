"""Fuzz every parser that reads what a user hands detente, other than the native event files
(test_fuzz_ingest.py): news HTML and text, corpora, the coder, dictionaries, gold files, configuration, dyads.

The property is the same everywhere: the parser returns, or raises one of the documented
:class:`~detente.errors.DetenteError` types whose message is one line. Anything else escaping is a bug; the
ones found are pinned as strict xfails at the end of this file (with the fix they need).
"""

from __future__ import annotations

import datetime as dt
import json
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from detente.coding import Coder, load_lexicon, read_article_events, split_sentences, tokenize
from detente.coding.dates import parse_date, resolve_date
from detente.coding.evaluate import evaluate_records, read_gold
from detente.config import load_settings
from detente.errors import DetenteError
from detente.ingest.news import decode, read_article, read_article_html, read_article_text, read_corpus
from detente.model import Dyad

from ._fuzz import FUZZ, fuzz

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=600)
_WORDS = (
    "the United States North Korea Pyongyang Washington Kim Jong Un Trump Pompeo met said accused threatened "
    "agreed talks summit missile launch sanctions nuclear denuclearization not will would if yesterday last "
    "week Monday June 12 2018 ago . , ; : \" ' ( ) officials government military Seoul Beijing UN"
)
words = st.sampled_from(_WORDS.split(" "))
prose = st.lists(words, max_size=80).map(" ".join)
html_tags = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<html>", "<body>",
                             "<article>", "</article>", "<!--", "-->", "<meta charset='latin1'>", "<h1>", "</h1>",
                             "<a href='x'>", "</a>", "&amp;", "&#0;", "<![CDATA[", "]]>", "<br/>", "<"])
html = st.lists(st.one_of(html_tags, prose, text), max_size=40).map("".join)


#: bugs found in others' code, each pinned by a strict xfail below: (exception, file, function) where it is
#: raised (the innermost frame in detente). The fuzz tests tolerate these, and only these, so that they keep
#: looking for new ones; when a bug is fixed its pinned test XPASSes (failing CI) and its entry here goes.
KNOWN: dict[tuple[str, str, str], str] = {}
SEEN: dict[str, int] = {}


def _where(err: BaseException) -> tuple[str, str, str]:
    frame = None
    tb = err.__traceback__
    while tb is not None:
        if "/detente/" in tb.tb_frame.f_code.co_filename.replace("\\", "/"):
            frame = tb.tb_frame
        tb = tb.tb_next
    code = frame.f_code if frame is not None else None
    return (type(err).__name__, Path(code.co_filename).name if code else "?", code.co_name if code else "?")


def _only_detente_errors(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except DetenteError as err:
        message = str(err)
        assert message.strip() and "\n" not in message, f"not one line: {message!r}"
        return None
    except Exception as err:
        where = _where(err)
        if where in KNOWN:
            SEEN[KNOWN[where]] = SEEN.get(KNOWN[where], 0) + 1
            return None
        raise


# -- news: bytes, text, HTML -------------------------------------------------------------------------------------

@FUZZ
@given(st.one_of(st.binary(max_size=2000), html.map(lambda s: s.encode("utf-8", "surrogatepass")),
                 prose.map(lambda s: s.encode("latin-1", "replace"))))
@example(b"")
@example(b"\x00\x01\x02")
@example(b"\xff\xfe" + "text".encode("utf-16-le"))
@example(b"<meta charset='base64'>\xff")
@example(b"<meta charset='utf-16'>\xff\xfe\xff")
def test_news_bytes(data: bytes) -> None:
    article = _only_detente_errors(lambda: read_article(data, check_language=False))
    if article is not None:
        assert len(article.text.split()) >= 5
    _only_detente_errors(lambda: decode(data))


@FUZZ
@given(st.one_of(text, prose, html), st.one_of(st.none(), st.dates()))
def test_news_text_and_html(page: str, day: dt.date | None) -> None:
    _only_detente_errors(lambda: read_article_text(page, date=day))
    _only_detente_errors(lambda: read_article_html(page, date=day))


@fuzz(40, 200)
@given(st.lists(st.one_of(prose, text), min_size=1, max_size=5).map("\n".join), st.one_of(st.none(), st.dates(
    min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))))
def test_coder_codes_any_text(body: str, day: dt.date | None) -> None:
    from detente.model import Article

    for sentence in split_sentences(body):
        assert isinstance(tokenize(sentence), list)
    reading = _only_detente_errors(lambda: read_article_events(Article(text=body, date=day), coder=_coder()))
    if reading is not None:
        for event in reading.events:
            assert event.code and len(event.code) >= 2


_CODER: list[Coder] = []


def _coder() -> Coder:
    if not _CODER:
        _CODER.append(Coder())
    return _CODER[0]


@FUZZ
@given(text)
def test_parse_date_never_raises(value: str) -> None:
    parse_date(value)


# -- corpora -----------------------------------------------------------------------------------------------------

json_value = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), text),
                          lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                  st.dictionaries(text, inner, max_size=4)), max_leaves=10)
record = st.fixed_dictionaries({}, optional={"id": json_value, "text": st.one_of(prose, json_value),
                                             "date": st.one_of(st.dates().map(str), text, json_value),
                                             "title": json_value, "url": json_value})
jsonl = st.lists(st.one_of(record.map(json.dumps), json_value.map(json.dumps), text), max_size=8).map("\n".join)


@FUZZ
@given(st.sampled_from([".jsonl", ".csv", ".tsv", ".txt"]), st.one_of(jsonl, text, st.binary(max_size=300)))
def test_corpus_files(tmp_path_factory: pytest.TempPathFactory, suffix: str, content: str | bytes) -> None:
    path = tmp_path_factory.mktemp("corpus") / f"corpus{suffix}"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
    _only_detente_errors(lambda: list(read_corpus(path)))


# -- gold files --------------------------------------------------------------------------------------------------

expectation = st.fixed_dictionaries({}, optional={
    "source": json_value, "target": json_value, "code": st.one_of(st.sampled_from(["036", "190", "04", "x"]),
                                                                  json_value),
    "root_code": json_value, "event": json_value, "mode": json_value})
gold_record = st.fixed_dictionaries(
    {"text": st.one_of(prose, json_value), "expected": st.one_of(st.lists(expectation, max_size=3), json_value)},
    optional={"date": json_value, "skip": st.booleans(), "label_raw": json_value, "expect_error": st.booleans()})


@fuzz(60, 300)
@given(st.lists(st.one_of(gold_record.map(json.dumps), text), min_size=1, max_size=6).map("\n".join))
def test_gold_files(tmp_path_factory: pytest.TempPathFactory, content: str) -> None:
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    path.write_text(content, encoding="utf-8", errors="surrogatepass")
    records = _only_detente_errors(lambda: read_gold(path))
    if records:
        _only_detente_errors(lambda: evaluate_records(records, lexicon=_coder().lexicon))


# -- dictionaries ------------------------------------------------------------------------------------------------

own_verb_line = st.one_of(
    st.tuples(st.sampled_from(["036", "190", "04", "1", "abc", ""]), prose).map(" ".join), text)
own_agent_line = st.one_of(
    st.tuples(st.sampled_from(["GOV", "MIL", "x", ""]), prose, st.sampled_from(["", "{a,b}", "{", "}"])
              ).map(" ".join), text)
petrarch_token = st.sampled_from(
    ["---", "[036]", "[---]", "[190:036]", "[USA]", "[USA <2018]", "[USA >180101]", "[USA 20180101-20190101]",
     "[PRK 1801-1901]", "{BROKE BROKEN}", "+", "-", "*", "$", "&SYNSET", "+&SYNSET", "_", "%", "^", "!X!=a,b",
     "<!--", "-->", "#", "~", "[", "]", "{", "}", "\n", " ", "MEET", "+BREAK_DOWN", "KIM JONG UN", "TRUMP"])
petrarch_text = st.lists(st.one_of(petrarch_token, text), max_size=40).map("".join)


@fuzz(8, 40)  # each example builds the whole shipped lexicon again
@given(st.lists(own_verb_line, max_size=6).map("\n".join), st.lists(own_agent_line, max_size=6).map("\n".join))
def test_own_dictionaries(tmp_path_factory: pytest.TempPathFactory, verbs: str, agents: str) -> None:
    folder = tmp_path_factory.mktemp("dicts")
    (folder / "verbs.txt").write_text(verbs, encoding="utf-8", errors="surrogatepass")
    (folder / "agents.txt").write_text(agents, encoding="utf-8", errors="surrogatepass")
    lexicon = _only_detente_errors(lambda: load_lexicon(folder))
    if lexicon is not None:
        _only_detente_errors(lambda: list(Coder(lexicon).code_text("North Korea met the United States.")))


@FUZZ
@given(petrarch_text, petrarch_text, petrarch_text)
def test_petrarch_dictionaries(tmp_path_factory: pytest.TempPathFactory, verbs: str, actors: str,
                               agents: str) -> None:
    folder = tmp_path_factory.mktemp("petrarch")
    for name, content in (("x.verbs.txt", verbs), ("x.actors.txt", actors), ("x.agents.txt", agents)):
        (folder / name).write_text(content, encoding="utf-8", errors="surrogatepass")
    lexicon = _only_detente_errors(lambda: load_lexicon(folder))
    if lexicon is not None:
        _only_detente_errors(lambda: list(Coder(lexicon).code_text("KIM JONG UN met TRUMP on Monday.")))


# -- configuration and dyads -------------------------------------------------------------------------------------

toml_value = st.one_of(st.integers(-5, 10**6), st.booleans(), st.floats(allow_nan=False, allow_infinity=False),
                       text.map(json.dumps), st.just("[1, 2]"), st.just("{a = 1}"), st.just("1979-05-27"))
toml_line = st.one_of(
    st.tuples(st.sampled_from(["store", "dyad", "cache_dir", "goldstein_table", "threads", "colour"]), toml_value)
    .map(lambda kv: f"{kv[0]} = {kv[1]}"),
    st.sampled_from(["[detente]", "[other]", "[detente.sub]", "detente = 1", "=", "[[detente]]"]), text)


@FUZZ
@given(st.lists(toml_line, max_size=6).map("\n".join),
       st.dictionaries(st.sampled_from(["DETENTE_STORE", "DETENTE_DYAD", "DETENTE_THREADS", "DETENTE_CACHE_DIR",
                                        "DETENTE_GOLDSTEIN_TABLE"]), text.filter(lambda s: "\x00" not in s),
                       max_size=3))
def test_configuration(tmp_path_factory: pytest.TempPathFactory, toml: str, env: dict[str, str]) -> None:
    path = tmp_path_factory.mktemp("config") / "detente.toml"
    path.write_text(toml, encoding="utf-8", errors="surrogatepass")
    settings = _only_detente_errors(lambda: load_settings(config_file=path, environ=env))
    if settings is not None:
        _only_detente_errors(lambda: Dyad.parse(settings.dyad))


@FUZZ
@given(st.one_of(text, st.text(string.ascii_letters + "-_/ ", max_size=12)))
def test_dyads(value: str) -> None:
    dyad = _only_detente_errors(lambda: Dyad.parse(value))
    if dyad is not None:
        assert Dyad.parse(str(dyad)) == dyad


# -- bugs found: a test_bug_ pins an open one (strict xfail); a test_fixed_ keeps a fixed one fixed ---------

def _escapes(call: Callable[[], Any]) -> None:
    """Fails (so a strict xfail holds) while ``call`` lets a non-detente exception escape."""
    try:
        call()
    except DetenteError as err:
        assert "\n" not in str(err)


def _bug(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def test_fixed_relative_date_at_the_start_of_the_calendar() -> None:
    _escapes(lambda: resolve_date("They met yesterday.", dt.date.min))


def test_fixed_explicit_date_at_the_end_of_the_calendar() -> None:
    _escapes(lambda: resolve_date("They met on December 28.", dt.date.max))


def test_fixed_last_month_at_the_start_of_the_calendar() -> None:
    _escapes(lambda: resolve_date("They met last month.", dt.date(1, 1, 15)))


def test_fixed_gold_file_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b'{"text": "caf\xe9", "expected": []}\n')
    _escapes(lambda: read_gold(path))


def test_fixed_gold_expected_not_a_list_of_objects(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "Kim met Trump.", "expected": [null]}\n', encoding="utf-8")
    _escapes(lambda: evaluate_records(read_gold(path)))


def test_fixed_gold_expected_a_string(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "", "expected": "0"}\n', encoding="utf-8")
    _escapes(lambda: evaluate_records(read_gold(path)))


def test_fixed_gold_text_null(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": null, "expected": []}\n', encoding="utf-8")
    _escapes(lambda: evaluate_records(read_gold(path)))


def test_fixed_petrarch_verb_underscore(tmp_path: Path) -> None:
    (tmp_path / "x.verbs.txt").write_text("_\n", encoding="utf-8")
    _escapes(lambda: load_lexicon(tmp_path))


def test_fixed_petrarch_short_date(tmp_path: Path) -> None:
    (tmp_path / "x.actors.txt").write_text("UNITED_STATES [USA <2018]\n", encoding="utf-8")
    _escapes(lambda: load_lexicon(tmp_path))


def test_a_corpus_not_utf8_is_refused_in_one_line(tmp_path: Path) -> None:  # was a bug, fixed in news.py
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(b'{"text": "caf\xe9"}\n')
    with pytest.raises(DetenteError) as err:
        list(read_corpus(path))
    assert "\n" not in str(err.value)


def test_fixed_gold_plover_event_not_a_string(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "", "expected": [{"source": null, "mode": null, "event": true}]}\n', encoding="utf-8")
    _escapes(lambda: evaluate_records(read_gold(path)))


def test_fixed_config_section_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "detente.toml"
    path.write_text("detente = 1\n", encoding="utf-8")
    _escapes(lambda: load_settings(config_file=path, environ={}))


def test_every_known_bug_is_pinned() -> None:
    pinned = {name for name in globals() if name.startswith("test_bug_")}
    assert set(KNOWN.values()) == pinned
