"""The report page as HTML: one self-contained file (no request leaves it, plotly.js embedded once), hostile text
from the store escaped everywhere it lands, and the page pieces (render_page, events_table_html, json_script).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from html.parser import HTMLParser

import plotly.graph_objects as go
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from plotly.offline import get_plotlyjs

from detente.model import Dyad, Event, Milestone
from detente.report import Report, ReportOptions, Section, build_report, render_page
from detente.report._html import events_table_html, json_script
from detente.store import Store

SCRIPT = '<script>alert("pwned")</script>'
IMG = "<img src=x onerror=alert(1)>"
CLOSE = "</td></tr></table><script>alert(2)</script>"
EVIL_URL = "https://evil.example/steal.js"


class PageParser(HTMLParser):
    """Counts script elements and collects every attribute, to see what the page would load or run."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self.attrs: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "script":
            self.scripts.append(dict(attrs))
        self.attrs.extend((tag, k, v) for k, v in attrs)


def parse(page: str) -> PageParser:
    p = PageParser()
    p.feed(page)
    p.close()
    return p


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Report:
    """A report over a store whose event and milestone text tries to break out of the page."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.duckdb"
    events = [
        Event(dt.date(2021, m, 3), "CHNGOV", "JPNGOV", "036", dataset="t", goldstein=4.0, quad_class=1,
              track="peace", summary=f"{SCRIPT} month {m}", citation=IMG, url=EVIL_URL, location=CLOSE)
        for m in range(1, 7)
    ] + [
        Event(dt.date(2021, m, 9), "JPNMIL", "CHNMIL", "190", dataset="t", goldstein=-10.0, quad_class=4,
              track='"><svg onload=alert(3)>', summary=f"{CLOSE} clash {m}", citation="A & B <news>")
        for m in range(1, 7)
    ]
    with Store.open(path) as store:
        store.write_events(events, dataset="t", input="hostile.csv")
        store.replace_milestones([Milestone(dt.date(2021, 2, 1), "CHN-JPN", "peace", f"summit{IMG}", 2, "B",
                                         f"leaders {SCRIPT}", f"paper {CLOSE}")], dataset="t")
    with Store.open(path, read_only=True) as store:
        return build_report(store, ReportOptions(dyad=Dyad.parse("CHN-JPN"), simulate_runs=0))


def test_hostile_report_judged_the_dyad(hostile: Report) -> None:
    """Precondition of the escaping tests: the text reaches the verdict, ledger, events and chart parts."""
    assert hostile.summary["events"] == 12 and hostile.summary["milestones"] == 1
    assert "judge_coexistent" in hostile.summary
    assert {"balance", "index", "milestones", "regimes"} <= set(hostile.figures)
    assert 'id="events-table"' in hostile.html and 'id="milestones-table"' in hostile.html


@pytest.mark.parametrize("raw", [SCRIPT, IMG, CLOSE, '"><svg onload=alert(3)>', "A & B <news>"])
def test_hostile_text_appears_only_escaped(hostile: Report, raw: str) -> None:
    assert raw not in hostile.html
    assert html.escape(raw) in hostile.html


def test_events_table_cells_carry_the_hostile_text_as_text(hostile: Report) -> None:
    body = hostile.html.split('<table id="events-table"', 1)[1].split("</table>", 1)[0]
    assert body.count("<tr>") == 13  # the header row and 12 events
    assert body.count(f"<td>{html.escape(SCRIPT)} month ") == 6
    assert body.count(f"<td>{html.escape(IMG)}</td>") == 6
    assert body.count(f"<td>{html.escape(CLOSE)} clash ") == 6


def test_injected_markup_adds_no_element_attribute_or_script(hostile: Report) -> None:
    p = parse(hostile.html)
    assert "svg" not in p.tags and "img" not in p.tags
    assert not [a for a in p.attrs if a[1].lower().startswith("on")], "no event-handler attribute"
    # one script with plotly.js, one per chart, one with the table code: nothing else runs
    assert len(p.scripts) == 1 + len(hostile.figures) + 1
    assert all("src" not in s for s in p.scripts)
    assert hostile.html.count("Plotly.newPlot(") == len(hostile.figures)


def test_chart_data_escapes_the_closing_script_tag(hostile: Report) -> None:
    """Milestone text travels into the plotly JSON of two charts; it must not end their script element."""
    chart = hostile.html.split('id="chart-balance"', 1)[1].split("</script>", 1)[0]
    code = chart.split("<script", 1)[1].split(">", 1)[1]
    assert "leaders \\u003cscript\\u003e" in code  # the milestone's hover text, with '<' as \u003c
    assert "<" not in code


def test_page_requests_nothing_from_the_network(hostile: Report) -> None:
    p = parse(hostile.html)
    refs = [(t, k, v) for t, k, v in p.attrs if k in ("src", "href") and v is not None]
    assert all(v.startswith("#") for _, _, v in refs), refs  # only anchors inside the page
    assert "link" not in p.tags and "iframe" not in p.tags
    ours = hostile.html.replace(get_plotlyjs(), "")  # plotly.js itself names URLs in strings it never loads
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", ours, re.I)
    assert not re.search(r"@import|url\(", hostile.html.split("</style>", 1)[0], re.I)
    assert EVIL_URL in html.unescape(hostile.html)  # the URL is shown as a source, in the evidence table text


def test_plotly_js_is_embedded_exactly_once_in_the_head(hostile: Report) -> None:
    js = get_plotlyjs()
    assert len(js) > 1_000_000
    assert hostile.html.count(js) == 1
    head, _ = hostile.html.split("</head>", 1)
    assert js in head
    assert hostile.html.count("querySelectorAll('table.sortable')") == 1


def test_every_sortable_table_has_its_filter_box(hostile: Report) -> None:
    tables = re.findall(r'<table id="([^"]+)" class="sortable">', hostile.html)
    filters = re.findall(r'<input type="search" placeholder="Filter rows…" data-filter="([^"]+)"', hostile.html)
    assert tables == filters
    assert {"evidence-table", "regimes-table", "milestones-table", "events-table"} <= set(tables)
    assert len(tables) == len(set(tables)), "table ids are unique, so each box filters its own table"


def test_page_is_one_utf8_document(hostile: Report) -> None:
    page = hostile.html
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
    assert page.endswith("</body></html>\n")
    assert page.count("<html") == 1 and page.count("<body>") == 1
    assert "<title>detente report: CHN-JPN</title>" in page
    assert f"Generated {dt.date.today()}" in page


# --- render_page and its parts -------------------------------------------------------------------------------


def test_render_page_escapes_titles_and_ids_but_keeps_bodies() -> None:
    sections = [Section('a"b', "Q&A <one>", "<p>kept <b>as is</b></p>"), Section("two", "Two")]
    page = render_page("T <x>", "sub & title", sections)
    assert "<title>T &lt;x&gt;</title>" in page and "<h1>T &lt;x&gt;</h1>" in page
    assert "<p>sub &amp; title</p>" in page
    assert '<a href="#a&quot;b">Q&amp;A &lt;one&gt;</a><a href="#two">Two</a>' in page
    assert '<section id="a&quot;b"><h2>Q&amp;A &lt;one&gt;</h2><p>kept <b>as is</b></p></section>' in page
    assert '<section id="two"><h2>Two</h2></section>' in page


def test_render_page_without_sections_is_still_a_working_page() -> None:
    page = render_page("Empty", "nothing", [])
    assert "<nav></nav><main></main>" in page
    assert page.count(get_plotlyjs()) == 1
    assert len(parse(page).scripts) == 2


def test_render_page_draws_each_figure_in_its_section() -> None:
    fig = go.Figure(go.Bar(x=["a", "b"], y=[1, 2]))
    page = render_page("F", "f", [Section("s1", "One", figures=[("first", fig)]),
                                  Section("s2", "Two", figures=[("second", fig), ("third", fig)])])
    one = page.split('<section id="s1">', 1)[1].split("</section>", 1)[0]
    two = page.split('<section id="s2">', 1)[1].split("</section>", 1)[0]
    assert 'id="chart-first"' in one and 'id="chart-second"' not in one
    assert 'id="chart-second"' in two and 'id="chart-third"' in two
    assert page.count("Plotly.newPlot(") == 3
    assert re.search(r'"displaylogo":\s*false', page)


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (None, "<td></td>"),
        ("", "<td></td>"),
        (7, "<td>7</td>"),
        (12.345, '<td data-v="12.345">12.3</td>'),
        (-10.0, '<td data-v="-10.0">-10.0</td>'),
        (100.0, '<td data-v="100.0">100.0</td>'),
        (0.5, '<td data-v="0.5">0.5</td>'),
        (0.1236, '<td data-v="0.1236">0.124</td>'),
        (1.0, '<td data-v="1.0">1</td>'),
        (0.0, '<td data-v="0.0">0</td>'),
        (-2.5, '<td data-v="-2.5">-2.5</td>'),
        (9.9999, '<td data-v="9.9999">10</td>'),
        (dt.date(2018, 6, 12), "<td>2018-06-12</td>"),
        ("a<b & 'c' \"d\"", "<td>a&lt;b &amp; &#x27;c&#x27; &quot;d&quot;</td>"),
        (True, "<td>True</td>"),
    ],
)
def test_table_cells_format_numbers_dates_and_text(value: object, cell: str) -> None:
    out = events_table_html([{"v": value}], ["v"], table_id="t")
    body = out.split("<tbody>", 1)[1]
    assert body == f"<tr>{cell}</tr></tbody></table></div>"
    if isinstance(value, float):  # the sort key is the exact value, whatever the shown rounding
        key = re.search(r'data-v="([^"]+)"', body)
        assert key is not None and float(key.group(1)) == value


def test_table_has_escaped_headers_a_filter_and_blank_missing_cells() -> None:
    rows = [{"date": dt.date(2020, 1, 2), "who": "A"}, {"who": "B", "ignored": "x"}]
    out = events_table_html(rows, ["date", "who <x>"], table_id="my-table")
    assert out.startswith('<input type="search" placeholder="Filter rows…" data-filter="my-table" '
                          'aria-label="filter"><div class="scroll"><table id="my-table" class="sortable">')
    assert "<thead><tr><th>date</th><th>who &lt;x&gt;</th></tr></thead>" in out
    assert "<tbody><tr><td>2020-01-02</td><td></td></tr><tr><td></td><td></td></tr></tbody>" in out
    assert "ignored" not in out and ">x<" not in out


def test_empty_table_keeps_its_header() -> None:
    out = events_table_html([], ["a", "b"], table_id="e")
    assert "<thead><tr><th>a</th><th>b</th></tr></thead><tbody></tbody>" in out


@pytest.mark.parametrize("data", [
    {"summary": SCRIPT, "n": 3},
    ["</script>", "</SCRIPT >", "<!--", "-->"],
    {"nested": {"close": CLOSE, "day": "2020-01-01"}},
])
def test_json_script_round_trips_and_cannot_close_its_element(data: object) -> None:
    out = json_script(data, element_id="payload")
    prefix = '<script type="application/json" id="payload">'
    assert out.startswith(prefix) and out.endswith("</script>")
    inner = out[len(prefix):-len("</script>")]
    assert "</" not in inner
    assert json.loads(inner) == data


def test_json_script_writes_dates_as_text() -> None:
    out = json_script({"day": dt.date(2020, 5, 1)}, element_id="d")
    assert '{"day": "2020-05-01"}' in out


def test_every_nav_link_and_filter_points_at_something_on_the_page(hostile: Report) -> None:
    p = parse(hostile.html)
    ids = {v for _, k, v in p.attrs if k == "id"}
    links = [v[1:] for t, k, v in p.attrs if t == "a" and k == "href" and v]
    assert links and set(links) <= ids
    filters = [v for _, k, v in p.attrs if k == "data-filter"]
    assert filters and set(filters) <= ids


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=4))
def test_any_text_survives_a_table_cell_unchanged_and_inert(texts: list[str]) -> None:
    out = events_table_html([{"c": t} for t in texts], ["c"], table_id="p")
    body = out.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    got = re.findall(r"<tr><td>(.*?)</td></tr>", body, re.S)
    assert [html.unescape(g) for g in got] == texts
    assert all("<" not in g and ">" not in g and '"' not in g for g in got)


def test_json_script_is_safe_from_comment_openers() -> None:
    data = {"note": "<!--<script>", "tail": "x"}
    out = json_script(data, element_id="j")
    inner = out.split(">", 1)[1].rsplit("</script>", 1)[0]
    assert "<!--" not in inner and "<script" not in inner.lower()
    assert json.loads(inner) == data
