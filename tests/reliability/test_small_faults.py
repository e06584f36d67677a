"""Inputs that raised internal errors, hung, or gave a wrong or self-contradicting message, each with what it
must do now: a one-line error that says what to do (exit 2 for the user's input, 1 for a store that cannot be
used), or the right result.
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from detente.config import load_settings
from detente.errors import ConfigError
from detente.ingest import ingest_paths
from detente.store import Store

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
REPO = Path(__file__).resolve().parents[2]
Cli = Callable[..., Any]


def _one_line(result: Any, code: int, *needles: str) -> str:
    err: str = result.stderr
    assert result.exit_code == code, (result.exit_code, err, result.stdout)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "internal error" not in err and "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


# -- item 7: internal errors instead of a one-line message ---------------------------------------------------

def test_a_password_protected_zip_member(tmp_path: Path, cli: Cli) -> None:
    archive = tmp_path / "events.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("events.tab", (FORMATS / "icews_sample.tab").read_bytes())
    # mark the member encrypted, as 'zip -e' does: bit 0 of the flags in its local and its central header
    data = bytearray(archive.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature) + offset
        data[at] |= 0x1
    archive.write_bytes(bytes(data))
    line = _one_line(cli("ingest", "icews", str(archive), "--store", str(tmp_path / "s.duckdb")), 2,
                     "events.tab", "password")
    assert "extract" in line
    with Store.open(tmp_path / "s.duckdb", read_only=True) as s:
        assert s.con.execute("SELECT count(*) FROM events WHERE dataset = 'icews'").fetchall() == [(0,)]


def _unprivileged() -> list[str]:
    """A prefix that runs a command without the right to bypass file permissions (root has it: drop it)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file permissions cannot be tested")
    caps = "-dac_override,-dac_read_search"
    return ["setpriv", "--bounding-set", caps, "--inh-caps", caps]


def _detente(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
             prefix: list[str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYTHONPATH": str(REPO / "src"), **(env or {})}
    return subprocess.run([*(prefix or []), sys.executable, "-m", "detente", *args], capture_output=True,
                          text=True, cwd=cwd, env=full_env, timeout=timeout, check=False)


def _one_line_child(done: subprocess.CompletedProcess[str], code: int, *needles: str) -> str:
    lines = done.stderr.strip().splitlines()
    assert done.returncode == code, (done.returncode, done.stderr[-2000:])
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr[-2000:]
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def test_an_unreadable_file_and_a_file_in_an_unreadable_folder(tmp_path: Path) -> None:
    prefix = _unprivileged()
    store = tmp_path / "s.duckdb"
    with Store.open(store):
        pass
    unreadable = tmp_path / "secret.tab"
    shutil.copy(FORMATS / "icews_sample.tab", unreadable)
    folder = tmp_path / "closed"
    folder.mkdir()
    shutil.copy(FORMATS / "icews_sample.tab", folder / "events.tab")
    unreadable.chmod(0)
    folder.chmod(0)
    try:
        line = _one_line_child(_detente("ingest", "icews", str(unreadable), "--store", str(store), prefix=prefix),
                               2, "secret.tab", "permission")
        assert "corrupt" not in line and "truncated" not in line
        line = _one_line_child(_detente("ingest", "icews", str(folder / "events.tab"), "--store", str(store),
                                        prefix=prefix), 2, "permission")
        line = _one_line_child(_detente("ingest", "icews", str(folder), "--store", str(store), prefix=prefix),
                               2, "closed", "permission")
        assert "holds no event files" not in line
    finally:
        folder.chmod(0o755)
        unreadable.chmod(0o644)


@pytest.mark.parametrize("kind", ["folder", "link to /dev/zero", "link to /dev/null"])
def test_a_settings_file_that_is_not_a_file(tmp_path: Path, kind: str) -> None:
    toml = tmp_path / "detente.toml"
    if kind == "folder":
        toml.mkdir()
    else:
        toml.symlink_to(kind.removeprefix("link to "))
    done = _detente("info", "--store", str(tmp_path / "s.duckdb"), cwd=tmp_path, timeout=60)
    _one_line_child(done, 2, "detente.toml", "not a regular file")


def test_a_huge_settings_file_is_refused_not_read_whole(tmp_path: Path) -> None:
    toml = tmp_path / "detente.toml"
    with toml.open("w") as fh:
        fh.write("# " + "x" * (2 << 20) + "\n")
    with pytest.raises(ConfigError, match="larger than"):
        load_settings(config_file=toml, environ={})


@pytest.mark.parametrize("threads", ["100000", "4096"])
def test_threads_far_beyond_the_cores_are_refused(tmp_path: Path, threads: str) -> None:
    done = _detente("info", "--store", str(tmp_path / "s.duckdb"), env={"DETENTE_THREADS": threads}, timeout=60)
    _one_line_child(done, 2, "threads", threads)
    with pytest.raises(ConfigError, match="threads"):
        load_settings(environ={"DETENTE_THREADS": threads})
    assert load_settings(environ={"DETENTE_THREADS": str(os.cpu_count() or 1)}).threads == (os.cpu_count() or 1)


# -- item 8: POLECAT headers with a repeated or empty column name ---------------------------------------------

def _polecat(tmp_path: Path, extra_names: list[str], *, rename: dict[int, str] | None = None) -> Path:
    header, *rows = (FORMATS / "polecat_sample.tab").read_text(encoding="utf-8").splitlines()
    names = header.split("\t")
    for i, name in (rename or {}).items():
        names[i] = name
    extra_values = [f"extra{i}" for i in range(len(extra_names))]
    lines = ["\t".join(names + extra_names)] + ["\t".join(r.split("\t") + extra_values) for r in rows]
    path = tmp_path / "polecat.tab"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("extra", "rename"), [
    (["Story People"], None),  # a column detente does not read, twice
    (["", ""], None),  # two columns without names
    ([], {13: ""}),  # an empty name in the middle
    (["Notes", ""], {12: "Notes"}),  # both
])
def test_a_polecat_header_with_repeated_or_empty_names_it_does_not_read(tmp_path: Path, extra: list[str],
                                                                       rename: dict[int, str] | None) -> None:
    path = _polecat(tmp_path, extra, rename=rename)
    rows = len(path.read_text(encoding="utf-8").splitlines()) - 1
    with Store.open(tmp_path / "s.duckdb") as store:
        [result] = ingest_paths(store, "polecat", [path])
        assert (result.rows_read, result.stored, result.quarantined) == (rows, rows, 0)


@pytest.mark.parametrize("name", ["Event Date", "event  date", "Actor Country"])
def test_a_polecat_header_naming_a_column_it_reads_twice_is_refused(tmp_path: Path, cli: Cli, name: str) -> None:
    path = _polecat(tmp_path, [name])
    line = _one_line(cli("ingest", "polecat", str(path), "--store", str(tmp_path / "s.duckdb")), 2, "twice")
    assert name.split()[0].lower() in line.lower()


# -- item 9: the smaller faults ------------------------------------------------------------------------------

def test_a_zip_with_a_member_of_another_layout_stores_nothing(tmp_path: Path, cli: Cli) -> None:
    archive = tmp_path / "mixed.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.CSV", (FORMATS / "gdelt1_daily.export.CSV").read_bytes())
        zf.writestr("b.tab", (FORMATS / "icews_sample.tab").read_bytes())  # not a GDELT layout
    store = tmp_path / "s.duckdb"
    _one_line(cli("ingest", "gdelt", str(archive), "--store", str(store)), 2, "b.tab")
    with Store.open(store, read_only=True) as s:
        assert s.con.execute("SELECT count(*) FROM events WHERE dataset = 'gdelt'").fetchall() == [(0,)]
        assert [r["input"] for r in s.ingest_runs() if r["dataset"] == "gdelt"] == []


def test_a_later_input_of_another_layout_stores_nothing_of_the_earlier(tmp_path: Path, cli: Cli) -> None:
    store = tmp_path / "s.duckdb"
    _one_line(cli("ingest", "gdelt", str(FORMATS / "gdelt1_daily.export.CSV"), str(FORMATS / "icews_sample.tab"),
                  "--store", str(store)), 2, "icews_sample.tab")
    with Store.open(store, read_only=True) as s:
        assert s.con.execute("SELECT count(*) FROM events WHERE dataset = 'gdelt'").fetchall() == [(0,)]


@pytest.mark.parametrize(("encoding", "needle"), [("utf-8-sig", None), ("utf-16", "UTF-16"),
                                                  ("utf-16-le", "UTF-16"), ("latin-1", "not UTF-8")])
def test_header_encodings(tmp_path: Path, cli: Cli, encoding: str, needle: str | None) -> None:
    text = (FORMATS / "icews_sample.tab").read_text(encoding="utf-8")
    if encoding == "latin-1":
        text = text.replace("Event Text", "Événement Text", 1)
    path = tmp_path / "events.tab"
    path.write_bytes(text.encode(encoding))
    result = cli("ingest", "icews", str(path), "--store", str(tmp_path / "s.duckdb"), "--json")
    if needle is None:  # a UTF-8 byte-order mark is read past
        assert result.exit_code == 0, result.stderr
        return
    line = _one_line(result, 2, needle)
    assert "expected 20" not in line and "20 tab-separated columns in the first line match no" not in line


def test_a_header_with_the_right_count_and_wrong_names_names_them(tmp_path: Path, cli: Cli) -> None:
    text = (FORMATS / "icews_sample.tab").read_text(encoding="utf-8").replace("Event Date", "Date of Event", 1)
    path = tmp_path / "events.tab"
    path.write_text(text, encoding="utf-8")
    _one_line(cli("ingest", "icews", str(path), "--store", str(tmp_path / "s.duckdb")), 2, "'Event Date'")


@pytest.mark.parametrize("dataset", ["icews", "polecat"])
def test_the_layout_error_gives_an_example_of_the_dataset_named(tmp_path: Path, cli: Cli, dataset: str) -> None:
    path = tmp_path / "x.tab"
    path.write_text("a\tb\tc\n1\t2\t3\n", encoding="utf-8")
    line = _one_line(cli("ingest", dataset, str(path), "--store", str(tmp_path / "s.duckdb")), 2)
    assert f"detente ingest {dataset} " in line and "ingest gdelt" not in line


@pytest.mark.parametrize("value", ["20180101", "2018-W01-1", "2018-001", "2018-1-1", "2018-06-12T00:00"])
def test_dates_must_be_written_yyyy_mm_dd(tmp_path: Path, cli: Cli, client_factory: Any, value: str) -> None:
    _one_line(cli("events", "--from", value, "--store", str(tmp_path / "s.duckdb")), 2, "YYYY-MM-DD")
    _one_line(cli("fetch", "gdelt", "--from", value, "--to", "2018-06-30"), 2, "YYYY-MM-DD")
    answer = client_factory().get("/events.json", params={"from": value})
    assert answer.status_code == 400 and "YYYY-MM-DD" in answer.json()["error"]


@pytest.fixture
def client_factory(tmp_path: Path) -> Callable[[], Any]:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from detente.config import Settings
    from detente.web import create_app

    store = tmp_path / "web.duckdb"
    with Store.open(store):
        pass
    return lambda: TestClient(create_app(Settings(store=store)), base_url="http://127.0.0.1")


def test_an_empty_store_setting_is_refused(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "detente.toml").write_text('[detente]\nstore = ""\n', encoding="utf-8")
    _one_line(cli("info"), 2, "store", "empty")


@pytest.mark.parametrize("command", [["info"], ["events"], ["index"], ["judge"], ["milestones"]])
def test_reading_a_store_that_does_not_exist_does_not_create_it(tmp_path: Path, cli: Cli, command: list[str]) -> None:
    typo = tmp_path / "typo.duckdb"
    _one_line(cli(*command, "--store", str(typo)), 2, "typo.duckdb", "no store")
    assert not typo.exists()


def test_check_of_a_store_being_written_exits_1(tmp_path: Path) -> None:
    store = tmp_path / "s.duckdb"
    with Store.open(store):
        done = _detente("check", "--store", str(store))
    assert done.returncode == 1, done.stderr
    assert "being written" in done.stderr


def test_a_gzip_of_an_unreadable_layout_in_a_zip_is_refused_too(tmp_path: Path, cli: Cli) -> None:
    archive = tmp_path / "mixed.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.CSV", (FORMATS / "gdelt1_daily.export.CSV").read_bytes())
        zf.writestr("b.CSV", gzip.compress(b"not\tan\tevent\n"))  # binary: no layout
    _one_line(cli("ingest", "gdelt", str(archive), "--store", str(tmp_path / "s.duckdb")), 2, "b.CSV")


def test_the_columns_a_layout_reads_are_those_its_normalisation_uses() -> None:
    import re

    from detente.ingest import LAYOUTS
    from detente.ingest._normalise import normalise_sql

    for layout in LAYOUTS:
        places = {c: i for i, c in enumerate(layout.columns)}
        sql = normalise_sql(layout, places, "src", n_fields=layout.n, prov_file="f")
        used = {layout.columns[int(i)] for i in re.findall(r"\bc(\d+)\b", sql) if int(i) < layout.n - 1}
        assert used <= set(layout.reads), (layout.name, sorted(used - set(layout.reads)))
