from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from detente.cli import app
from detente.model import Dyad
from detente.store import EventQuery, Store


class _ExternalRefs(HTMLParser):
    """Collects script/link/img/iframe tags that would fetch something over the network."""

    def __init__(self) -> None:
        super().__init__()
        self.external: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        for attr in ("src", "href"):
            value = a.get(attr) or ""
            if tag in ("script", "link", "img", "iframe", "source") and re.match(r"(?i)\s*(https?:)?//", value):
                self.external.append(f"<{tag} {attr}={value}>")


def test_report_writes_offline_html_and_summary(cli, bundled_store: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "r.html"
    result = cli("report", "--store", str(bundled_store), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert "USA-PRK" in result.stdout and "events" in result.stdout
    page = out.read_text(encoding="utf-8")
    parser = _ExternalRefs()
    parser.feed(page)
    assert parser.external == []
    assert parser.scripts >= 2  # plotly.js inline, then the charts
    assert "Plotly.newPlot" in page and 'id="chart-balance"' in page and 'id="chart-quadclass"' in page
    for section in ("verdict", "index", "tracks", "timeline", "regimes", "events", "paradigms", "method"):
        assert f'<section id="{section}">' in page, section
    for chart in ("index", "tracks", "milestones", "regimes"):
        assert f'id="chart-{chart}"' in page, chart
    assert "robust" in page or "fragile" in page  # the sensitivity table
    assert "verdict" in result.stdout
    with Store.open(bundled_store, read_only=True) as s:
        n = s.count(EventQuery(dyad=Dyad.parse("USA-PRK")))
    assert f"{n} events" in page


def test_report_on_empty_dyad_still_writes(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "empty.html"
    result = cli("report", "--dyad", "FRA-BRA", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "0 events" in page
    assert "No verdict" in page and "FRA-BRA" in page


def _store_rows(path: Path, **kw: object) -> list[dict[str, object]]:
    with Store.open(path, read_only=True) as s:
        rows = s.events_arrow(EventQuery(dyad=Dyad.parse("USA-PRK"), **kw)).to_pylist()  # type: ignore[arg-type]
    return [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()} for r in rows]


def test_events_json_parses_and_matches_store(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("events", "--store", str(bundled_store), "--dyad", "PRK-USA", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    expected = _store_rows(bundled_store)
    assert len(data) == len(expected) > 0
    for got, want in zip(data, expected, strict=True):
        assert got.keys() == want.keys()
        for k in got:
            if isinstance(want[k], float):
                assert got[k] == pytest.approx(want[k])
            else:
                assert got[k] == want[k], k


def test_events_date_filter_and_other_formats(cli, bundled_store: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    args = ("events", "--store", str(bundled_store), "--from", "2017-01-01", "--to", "2017-12-31")
    rows = json.loads(cli(*args, "--format", "json").stdout)
    assert rows and all("2017-01-01" <= r["date"] <= "2017-12-31" for r in rows)
    lines = cli(*args, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(x)["key"] for x in lines] == [r["key"] for r in rows]
    table = list(csv.DictReader(io.StringIO(cli(*args, "--format", "csv").stdout)))
    assert [r["key"] for r in table] == [r["key"] for r in rows]
    out = tmp_path / "e.parquet"
    assert cli(*args, "--format", "parquet", "--out", str(out)).exit_code == 0
    assert pq.read_table(out).column("key").to_pylist() == [r["key"] for r in rows]
    shown = cli(*args, "--format", "table")
    assert shown.exit_code == 0 and "2017" in shown.stdout


def test_info_json_keys(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("info", "--store", str(bundled_store), "--format", "json").stdout)
    assert {"events", "quarantined", "datasets", "ingest_runs"} <= data.keys()
    assert data["events"] > 0 and data["quarantined"] == 0
    (bundled,) = [d for d in data["datasets"] if d["name"] == "bundled"]
    assert {"name", "events", "first", "last"} <= bundled.keys()
    assert bundled["events"] == data["events"]
    run = data["ingest_runs"][0]
    assert {"input", "dataset", "rows_read", "stored", "duplicate", "quarantined", "started", "finished"} <= run.keys()
    assert run["rows_read"] == run["stored"] + run["duplicate"] + run["quarantined"]


def test_building_twice_adds_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = str(tmp_path / "twice.duckdb")
    from detente import load_settings, open_store

    with open_store(load_settings(store=tmp_path / "twice.duckdb", environ={})):  # built once
        pass
    first = json.loads(cli("info", "--store", store, "--format", "json").stdout)
    second = json.loads(cli("info", "--store", store, "--format", "json").stdout)
    assert first["events"] == second["events"] > 0
    assert second["ingest_runs"] == first["ingest_runs"]  # one run per shipped dataset, none added
    assert [r["dataset"] for r in first["ingest_runs"]] == ["bundled", "kcna"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("events", "--dyad", "USA"), "USA-PRK"),
        (("events", "--from", "June 2018"), "YYYY-MM-DD"),
        (("events", "--format", "parquet"), "--out"),
        (("report", "--dyad", "USA-USA"), "two different countries"),
    ],
)
def test_bad_input_is_one_line_exit_2(cli, args: tuple[str, ...], needle: str) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args)
    assert result.exit_code == 2
    assert needle in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "Traceback" not in result.stderr


def test_bad_format_is_usage_error(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("events", "--format", "xml")
    assert result.exit_code == 2
    assert "table" in result.stderr and "json" in result.stderr


def test_unreadable_store_is_a_clear_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"x" * 5000)
    result = cli("info", "--store", str(junk))
    assert result.exit_code != 0
    assert "--store" in result.stderr and "Traceback" not in result.stderr


def _command_paths() -> list[tuple[str, ...]]:
    """Every leaf command as its path of names, e.g. ("eval", "coder")."""
    import typer.main

    def walk(cmd: object, path: tuple[str, ...]) -> list[tuple[str, ...]]:
        subs = getattr(cmd, "commands", None)
        if not subs:
            return [path]
        return [p for name, sub in sorted(subs.items()) for p in walk(sub, (*path, name))]

    return walk(typer.main.get_command(app), ())


def test_every_command_has_help_with_an_example(cli) -> None:  # type: ignore[no-untyped-def]
    paths = _command_paths()
    assert {("report",), ("events",), ("info",)} <= set(paths)
    for path in paths:
        result = cli(*path, "--help")
        assert result.exit_code == 0, path
        assert "Example" in result.stdout or "example" in result.stdout, f"{' '.join(path)} --help has no example"
