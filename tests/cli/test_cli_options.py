"""The CLI's options: every command's ``--help`` names its options (as docs/reference/cli.md lists them), the
settings precedence (defaults < detente.toml in the working folder < DETENTE_* < flags) as ``detente info`` and
``detente milestones`` show it, the ``events`` filters against plain SQL on the store file, ``sql gdelt-bigquery``,
and ``milestones`` against the bundled ledger CSV (src/detente/data/us_dprk_milestones.csv).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb
import pytest
import typer.main

from detente.cli import app
from detente.model import Dyad, Event
from detente.store import NAMED_ONLY, Store
from detente.store._bigquery import DEFAULT_TABLE, gdelt_bigquery_sql

ROOT = Path(__file__).resolve().parents[2]
LEDGER = ROOT / "src" / "detente" / "data" / "us_dprk_milestones.csv"
REFERENCE = ROOT / "docs" / "reference" / "cli.md"


def _leaves() -> dict[tuple[str, ...], Any]:
    """Every leaf command of ``detente`` by its path of names, e.g. ("sql", "gdelt-bigquery")."""
    out: dict[tuple[str, ...], Any] = {}

    def walk(cmd: Any, path: tuple[str, ...]) -> None:
        subs = getattr(cmd, "commands", None)
        if not subs:
            out[path] = cmd
            return
        for name, sub in subs.items():
            walk(sub, (*path, name))

    walk(typer.main.get_command(app), ())
    return out


LEAVES = _leaves()


def _option_names(cmd: Any) -> set[str]:
    return {o for p in cmd.params if p.param_type_name == "option" for o in (*p.opts, *p.secondary_opts)}


def _documented() -> dict[tuple[str, ...], str]:
    """docs/reference/cli.md split into its sections, keyed by command path."""
    text = REFERENCE.read_text(encoding="utf-8")
    parts = re.split(r"^## detente (.+)$", text, flags=re.M)
    return {tuple(parts[i].split()): parts[i + 1] for i in range(1, len(parts), 2)}


#: options the commands must offer (from their docstrings and the brief of each command), beyond --help
EXPECTED = {
    ("events",): {"--dyad", "--from", "--to", "--dataset", "--track", "--limit", "--format", "-f", "--out", "-o",
                  "--engine", "--store"},
    ("index",): {"--dyad", "--freq", "--from", "--to", "--weights", "--dataset", "--dedup", "--as-of", "--format",
                 "-f", "--engine", "--store"},
    ("scorecard",): {"--dyad", "--freq", "--from", "--to", "--as-of", "--format", "-f", "--engine", "--store"},
    ("milestones",): {"--dyad", "--track", "--format", "-f", "--store"},
    ("judge",): {"--dyad", "--as-of", "--sensitivity", "--freq", "--weights", "--dataset", "--format", "-f",
                 "--store"},
    ("info",): {"--format", "-f", "--store"},
    ("check",): {"--format", "-f", "--store"},
    ("report",): {"--dyad", "--out", "-o", "--from", "--to", "--png", "--store"},
    ("paradigms",): {"--dyad", "--as-of", "--seed", "--resamples", "--simulate", "--no-simulate", "--runs",
                     "--format", "-f", "--out", "-o", "--store"},
    ("sql", "gdelt-bigquery"): {"--dyad", "--from", "--to", "--table", "--root-only"},
    ("archive", "export"): {"--store"},
    ("archive", "import"): {"--dataset", "--store"},
    ("fetch",): {"--from", "--to", "--dyad", "--version", "--store", "--json"},
    ("ingest",): {"--store", "--json"},
    ("serve",): {"--store", "--host", "--port", "--check-every"},
}


def test_the_root_help_lists_every_command(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--help")
    assert result.exit_code == 0
    shown = set(re.findall(r"^  (\S+)\s", result.stdout, flags=re.M))
    assert {path[0] for path in LEAVES} <= shown
    assert "--debug" in result.stdout


@pytest.mark.parametrize("path", sorted(LEAVES), ids=[" ".join(p) for p in sorted(LEAVES)])
def test_help_exits_0_and_names_every_option(cli, path: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    result = cli(*path, "--help")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"Usage: detente {' '.join(path)} [OPTIONS]")
    options = _option_names(LEAVES[path]) | {"--help"}
    for option in options:
        assert re.search(rf"(^|[\s,/]){re.escape(option)}([\s,/]|$)", result.stdout), (path, option)
    # the reference lists the same options in this command's section
    section = _documented()[path]
    for option in options:
        assert option in section, (path, option)
    assert options >= EXPECTED.get(path, set()), EXPECTED.get(path, set()) - options
    text = " ".join(result.stdout.split())
    if "--store" in EXPECTED.get(path, ()):
        assert "DETENTE_STORE" in text  # the variable that sets the same thing
    if "--from" in EXPECTED.get(path, ()):
        assert "YYYY-MM-DD" in text


def test_the_reference_has_a_section_for_every_command_and_no_other() -> None:
    assert set(_documented()) == set(LEAVES)


# --- settings precedence ------------------------------------------------------------------------------------------


def _info_store(cli: Any, *flags: str) -> str:
    result = cli("info", "--format", "json", *flags)
    assert result.exit_code == 0, result.stderr
    return str(json.loads(result.stdout)["store"])


def _place(bundled: Path, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(bundled, path)
    return path


def test_store_precedence_default_toml_env_flag(cli, bundled_store: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DETENTE_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    default = _place(bundled_store, tmp_path / "xdg" / "detente" / "detente.duckdb")
    assert _info_store(cli) == str(default)
    from_toml = _place(bundled_store, tmp_path / "toml.duckdb")
    (tmp_path / "detente.toml").write_text(f'[detente]\nstore = "{from_toml}"\n', encoding="utf-8")
    assert _info_store(cli) == str(from_toml)
    from_env = _place(bundled_store, tmp_path / "env.duckdb")
    monkeypatch.setenv("DETENTE_STORE", str(from_env))
    assert _info_store(cli) == str(from_env)
    from_flag = _place(bundled_store, tmp_path / "flag.duckdb")
    assert _info_store(cli, "--store", str(from_flag)) == str(from_flag)
    # an empty variable counts as unset: the file's value shows through again
    monkeypatch.setenv("DETENTE_STORE", "")
    assert _info_store(cli) == str(from_toml)
    # the default store was only ever read where the default said
    assert {p.name for p in tmp_path.glob("*.duckdb")} == {"toml.duckdb", "env.duckdb", "flag.duckdb"}


def _milestones_dyad(cli: Any, store: Path, *flags: str) -> tuple[str, int]:
    result = cli("milestones", "--store", str(store), "--format", "json", *flags)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    return data["dyad"], len(data["rows"])


def test_dyad_precedence_default_toml_env_flag(cli, bundled_store: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    dyad, n = _milestones_dyad(cli, bundled_store)
    assert dyad == "USA-PRK" and n == len(_ledger_rows())
    (tmp_path / "detente.toml").write_text('dyad = "PRK-USA"\n', encoding="utf-8")  # a bare table works too
    dyad, n = _milestones_dyad(cli, bundled_store)
    assert dyad == "PRK-USA" and n == len(_ledger_rows())  # either order of the two countries
    monkeypatch.setenv("DETENTE_DYAD", "CHN-USA")
    assert _milestones_dyad(cli, bundled_store) == ("CHN-USA", 0)
    assert _milestones_dyad(cli, bundled_store, "--dyad", "usa/prk") == ("USA-PRK", len(_ledger_rows()))


def test_the_toml_of_another_folder_is_not_read(cli, bundled_store: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "detente.toml").write_text('[detente]\ndyad = "CHN-USA"\n', encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert _milestones_dyad(cli, bundled_store)[0] == "USA-PRK"


# --- events filters -----------------------------------------------------------------------------------------------


def _keys_by_sql(store: Path, where: str, params: list[Any]) -> set[str]:
    con = duckdb.connect(str(store), read_only=True)
    try:
        # the datasets read only when named (kcna) are left out, as the command leaves them out
        rows = con.execute(f"SELECT key FROM events WHERE {where} AND dataset NOT IN (SELECT unnest(?))",
                           [*params, list(NAMED_ONLY)]).fetchall()
        return {str(r[0]) for r in rows}
    finally:
        con.close()


def _events(cli: Any, store: Path, *flags: str) -> list[dict[str, Any]]:
    result = cli("events", "--store", str(store), "--format", "json", *flags)
    assert result.exit_code == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)  # oldest first
    return rows


BOTH_WAYS = "((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))"


@pytest.mark.parametrize(
    ("flags", "where", "params"),
    [
        (("--dyad", "PRK-USA"), BOTH_WAYS, ["USA", "PRK", "PRK", "USA"]),
        (("--dyad", "USA-KOR"), BOTH_WAYS, ["USA", "KOR", "KOR", "USA"]),
        (("--dyad", "IGO-PRK", "--from", "2017-01-01"), BOTH_WAYS + " AND date >= ?",
         ["IGO", "PRK", "PRK", "IGO", dt.date(2017, 1, 1)]),
        (("--track", "peace", "--track", "denuclearization"), BOTH_WAYS + " AND track IN ('peace', 'denuclearization')",
         ["USA", "PRK", "PRK", "USA"]),
        (("--track", "tension", "--from", "2006-10-09", "--to", "2006-10-09"),
         BOTH_WAYS + " AND track = 'tension' AND date = ?", ["USA", "PRK", "PRK", "USA", dt.date(2006, 10, 9)]),
        (("--from", "2018-06-12", "--to", "2018-06-12"), BOTH_WAYS + " AND date = ?",
         ["USA", "PRK", "PRK", "USA", dt.date(2018, 6, 12)]),
        (("--to", "1994-10-21"), BOTH_WAYS + " AND date <= ?", ["USA", "PRK", "PRK", "USA", dt.date(1994, 10, 21)]),
    ],
    ids=["reverse-order", "other-dyad", "igo-since", "two-tracks", "track-one-day", "singapore-day", "until-1994"],
)
def test_events_filters_match_sql(cli, bundled_store: Path, flags: tuple[str, ...], where: str,  # type: ignore[no-untyped-def]
                                  params: list[Any]) -> None:
    rows = _events(cli, bundled_store, *flags)
    want = _keys_by_sql(bundled_store, where, params)
    assert [r["key"] for r in rows] and {r["key"] for r in rows} == want
    assert len(rows) == len(want)  # no row twice


def test_events_date_bounds_are_inclusive(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    all_rows = _events(cli, bundled_store)
    first, last = all_rows[10]["date"], all_rows[-10]["date"]
    inside = _events(cli, bundled_store, "--from", first, "--to", last)
    assert inside[0]["date"] == first and inside[-1]["date"] == last
    assert len(inside) == sum(first <= r["date"] <= last for r in all_rows)


def test_events_limit_keeps_the_oldest(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    everything = _events(cli, bundled_store, "--track", "peace")
    for n in (1, 7, len(everything), len(everything) + 5):
        limited = _events(cli, bundled_store, "--track", "peace", "--limit", str(n))
        assert limited == everything[:n]


def test_events_dataset_filter(cli, bundled_store: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = _place(bundled_store, tmp_path / "two.duckdb")
    extra = [Event(dt.date(2019, 3, d), "PRKGOV", "USAGOV", "051", dataset="coded", source_country="PRK",
                   target_country="USA", event_id=f"c{d}", track="peace") for d in (1, 2)]
    with Store.open(store) as st:
        st.write_events(extra, dataset="coded", input="test")
    coded = _events(cli, store, "--dataset", "coded")
    assert [(r["date"], r["dataset"]) for r in coded] == [("2019-03-01", "coded"), ("2019-03-02", "coded")]
    bundled = _events(cli, store, "--dataset", "bundled")
    assert {r["dataset"] for r in bundled} == {"bundled"}
    both = _events(cli, store)
    assert len(both) == len(bundled) + 2
    assert _events(cli, store, "--dataset", "bundled", "--dataset", "coded") == both
    assert _events(cli, store, "--dataset", "icews") == []
    assert [r["date"] for r in _events(cli, store, "--dataset", "coded", "--track", "peace", "--to", "2019-03-01")] \
        == ["2019-03-01"]


def test_events_out_file_and_csv_agree(cli, bundled_store: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    flags = ("--from", "2019-02-01", "--to", "2019-03-31")
    rows = _events(cli, bundled_store, *flags)
    out = tmp_path / "e.jsonl"
    result = cli("events", "--store", str(bundled_store), *flags, "--format", "jsonl", "--out", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == rows
    table = cli("events", "--store", str(bundled_store), *flags, "--out", str(tmp_path / "e.txt"))
    assert table.exit_code == 0 and table.stdout == ""
    assert f"USA-PRK: {len(rows)} events" in (tmp_path / "e.txt").read_text(encoding="utf-8")


# --- sql gdelt-bigquery -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "dyad", "first", "last", "table", "root_only"),
    [
        ((), "USA-PRK", "2018-06-01", "2018-06-30", DEFAULT_TABLE, False),
        (("--dyad", "CHN-USA", "--root-only"), "CHN-USA", "2015-02-18", "2015-02-18", DEFAULT_TABLE, True),
        (("--dyad", "KOR-PRK", "--table", "my-project.gdelt.events_2019"), "KOR-PRK", "2019-12-31", "2020-01-01",
         "my-project.gdelt.events_2019", False),
    ],
    ids=["default-dyad", "root-only-one-day", "own-table"],
)
def test_sql_gdelt_bigquery_prints_the_query_with_the_dates(cli, flags: tuple[str, ...], dyad: str, first: str,  # type: ignore[no-untyped-def]
                                                            last: str, table: str, root_only: bool) -> None:
    result = cli("sql", "gdelt-bigquery", *flags, "--from", first, "--to", last)
    assert result.exit_code == 0, result.stderr
    a, b = dyad.split("-")
    want = gdelt_bigquery_sql(Dyad(a, b), dt.date.fromisoformat(first), dt.date.fromisoformat(last), table=table,
                              root_only=root_only)
    assert result.stdout == want
    assert f"SQLDATE BETWEEN {first.replace('-', '')} AND {last.replace('-', '')}" in result.stdout
    assert f"{a}-{b} (both directions), {first} to {last}" in result.stdout.splitlines()[0]
    assert f"FROM `{table}`" in result.stdout
    assert f"Actor1CountryCode = '{a}' AND Actor2CountryCode = '{b}'" in result.stdout
    assert f"Actor1CountryCode = '{b}' AND Actor2CountryCode = '{a}'" in result.stdout
    assert ("IsRootEvent = 1" in result.stdout) == root_only
    assert result.stderr == ""


def test_sql_gdelt_bigquery_takes_the_dyad_from_the_settings(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DETENTE_DYAD", "JPN-PRK")
    result = cli("sql", "gdelt-bigquery", "--from", "2017-08-29", "--to", "2017-09-15")
    assert result.exit_code == 0, result.stderr
    assert "JPN-PRK (both directions)" in result.stdout and "BETWEEN 20170829 AND 20170915" in result.stdout


@pytest.mark.parametrize("flags", [("--from", "2018-01-01"), ("--to", "2018-01-01"), ()])
def test_sql_gdelt_bigquery_needs_both_dates(cli, flags: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    result = cli("sql", "gdelt-bigquery", *flags)
    assert result.exit_code == 2 and result.stdout == ""
    assert "give both --from and --to" in result.stderr and result.stderr.strip().count("\n") == 0


def test_sql_gdelt_bigquery_refuses_a_table_name_that_is_not_one(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("sql", "gdelt-bigquery", "--from", "2018-01-01", "--to", "2018-01-02", "--table", "x`; DROP TABLE y")
    assert result.exit_code == 2 and result.stdout == ""
    assert "is not a BigQuery table name" in result.stderr and "DROP" in result.stderr


# --- milestones against the bundled ledger ------------------------------------------------------------------------


def _ledger_rows() -> list[dict[str, Any]]:
    """The bundled ledger CSV as the CLI's JSON rows: empty cells are null, level and channel are numbers."""
    with LEDGER.open(encoding="utf-8", newline="") as fh:
        raw = [r for r in csv.DictReader(fh) if {r["dyad"]} <= {"USA-PRK", "PRK-USA"}]
    return [{"date": r["date"], "end": r["end"] or None, "track": r["track"], "kind": r["kind"],
             "level": int(r["level"]), "grade": r["grade"], "channel": int(r["channel"]) if r["channel"] else None,
             "summary": r["summary"], "citation": r["citation"]} for r in raw]


def _order(rows: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True) for r in rows)


@pytest.mark.parametrize("track", [None, "peace", "denuclearization"])
def test_milestones_are_the_ledger_rows(cli, bundled_store: Path, track: str | None) -> None:  # type: ignore[no-untyped-def]
    flags = () if track is None else ("--track", track)
    result = cli("milestones", "--store", str(bundled_store), "--format", "json", *flags)
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    want = [r for r in _ledger_rows() if track is None or r["track"] == track]
    assert len(rows) == len(want) > 0
    assert _order(rows) == _order(want)


def test_milestone_counts_per_track_match_the_csv(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    with LEDGER.open(encoding="utf-8", newline="") as fh:
        per_track = Counter(r["track"] for r in csv.DictReader(fh))
    assert set(per_track) == {"peace", "denuclearization"}
    for track, n in per_track.items():
        result = cli("milestones", "--store", str(bundled_store), "--track", track)
        assert result.exit_code == 0, result.stderr
        assert f"USA-PRK: milestone ledger ({n} steps)" in result.stdout
    info = json.loads(cli("info", "--store", str(bundled_store), "--format", "json").stdout)
    assert info["milestones"] == sum(per_track.values())


def test_milestones_csv_is_the_ledger(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("milestones", "--store", str(bundled_store), "--format", "csv")
    assert result.exit_code == 0, result.stderr
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(table[0]) == ["date", "end", "track", "kind", "level", "grade", "channel", "summary", "citation"]
    want = [{k: "" if v is None else str(v) for k, v in r.items()} for r in _ledger_rows()]
    assert _order(table) == _order(want)


def test_milestones_of_a_dyad_without_a_ledger_are_empty(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    assert _milestones_dyad(cli, bundled_store, "--dyad", "USA-KOR") == ("USA-KOR", 0)


def test_no_command_shows_the_help_as_a_usage_error(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli()
    assert result.exit_code == 2  # click: no arguments is a usage error that shows the help
    assert result.stdout == ""
    assert result.stderr.startswith("Usage: detente [OPTIONS] COMMAND [ARGS]...")
    assert {path[0] for path in LEAVES} <= set(re.findall(r"^  (\S+)\s", result.stderr, flags=re.M))


@pytest.mark.parametrize("group", ["archive", "sql", "eval"])
def test_a_group_without_its_subcommand_lists_them(cli, group: str) -> None:  # type: ignore[no-untyped-def]
    result = cli(group)
    assert result.exit_code == 2
    subcommands = {path[1] for path in LEAVES if path[0] == group}
    assert subcommands and subcommands <= set(re.findall(r"^  (\S+)\s", result.stderr, flags=re.M))
