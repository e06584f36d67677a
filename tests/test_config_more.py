"""Settings, the error tree and the store conveniences of ``detente._api``.

- ``load_settings``: defaults < detente.toml < DETENTE_* < flags, for every setting; where detente.toml is found;
  bad files and values give :class:`ConfigError` with a message that says what to fix.
- ``detente.errors``: the tree drawn in the module docstring is the class tree, and every class carries the exit
  code the docs promise (2 for bad input or usage, 1 for a store that cannot be used), which the CLI uses.
- ``open_store``: the bundled record is built on first use only, never into a read-only store, and a failed build
  leaves no store open.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs
import pytest

import detente.errors as errors_module
from detente import _api
from detente._api import open_store, paradigm_simulation
from detente.config import Settings, default_store_path, load_settings
from detente.errors import (
    ConfigError,
    DetenteError,
    MeasureError,
    OptionalDependencyError,
    StoreError,
)
from detente.store import Store

# one value per setting for each layer; the last layer that sets a value wins
LAYERS: dict[str, tuple[str, str, str]] = {
    "store": ("file.duckdb", "env.duckdb", "flag.duckdb"),
    "dyad": ("CHN-USA", "KOR-PRK", "JPN-PRK"),
    "cache_dir": ("file-cache", "env-cache", "flag-cache"),
    "threads": ("1", "2", "3"),
}


def _coerced(name: str, value: str) -> object:
    return int(value) if name == "threads" else Path(value) if name in ("store", "cache_dir") else value


def _toml(name: str, value: str) -> str:
    return f"[detente]\n{name} = {value if name == 'threads' else repr(value)}\n"


@pytest.mark.parametrize("name", sorted(LAYERS))
def test_each_layer_overrides_the_one_below_for_every_setting(name: str, tmp_path: Path) -> None:
    file_value, env_value, flag_value = LAYERS[name]
    cfg = tmp_path / "detente.toml"
    cfg.write_text(_toml(name, file_value), encoding="utf-8")
    env = {f"DETENTE_{name.upper()}": env_value}
    assert getattr(load_settings(config_file=cfg, environ={}), name) == _coerced(name, file_value)
    assert getattr(load_settings(config_file=cfg, environ=env), name) == _coerced(name, env_value)
    assert getattr(load_settings(config_file=cfg, environ=env, **{name: flag_value}), name) == _coerced(
        name, flag_value)
    # an unset flag (None) and an empty variable change nothing
    assert getattr(load_settings(config_file=cfg, environ=env, **{name: None}), name) == _coerced(name, env_value)
    empty = {f"DETENTE_{name.upper()}": ""}
    assert getattr(load_settings(config_file=cfg, environ=empty), name) == _coerced(name, file_value)


def test_detente_toml_in_the_current_folder_is_read(tmp_path: Path) -> None:
    # the autouse fixture runs each test in tmp_path
    (tmp_path / "detente.toml").write_text('[detente]\ndyad = "CHN-USA"\n', encoding="utf-8")
    assert load_settings(environ={}).dyad == "CHN-USA"
    other = tmp_path / "elsewhere.toml"
    other.write_text('[detente]\ndyad = "KOR-PRK"\n', encoding="utf-8")
    assert load_settings(config_file=other, environ={}).dyad == "KOR-PRK"  # an explicit file replaces it


def test_settings_may_stand_at_the_top_level_of_the_file(tmp_path: Path) -> None:
    cfg = tmp_path / "detente.toml"
    cfg.write_text('dyad = "CHN-USA"\nthreads = 4\n', encoding="utf-8")
    s = load_settings(config_file=cfg, environ={})
    assert (s.dyad, s.threads) == ("CHN-USA", 4)


def test_defaults_without_any_layer() -> None:
    s = load_settings(environ={})
    assert s == Settings()
    assert (s.dyad, s.goldstein_table, s.threads) == ("USA-PRK", "gdelt", 0)
    assert s.store == default_store_path() == Path(platformdirs.user_data_dir("detente")) / "detente.duckdb"
    assert s.cache_dir == Path(platformdirs.user_cache_dir("detente"))


def test_the_process_environment_is_read_when_none_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_DYAD", "CHN-USA")
    monkeypatch.setenv("DETENTE_NOT_A_SETTING", "ignored")
    assert load_settings().dyad == "CHN-USA"
    assert load_settings(environ={}).dyad == "USA-PRK"


def test_paths_expand_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    s = load_settings(environ={"DETENTE_STORE": "~/stores/x.duckdb"}, cache_dir="~/cache")
    assert s.store == tmp_path / "stores" / "x.duckdb" and s.cache_dir == tmp_path / "cache"


@pytest.mark.parametrize(("content", "match"), [
    ("detente = 3\n", "'detente' must be a table"),
    ("[detente]\ngoldstein_table = 'icews'\n", "goldstein_table 'icews' is not known; use 'gdelt'"),
    ("[detente]\nthreads = -2\n", "threads must be 0"),
    ("[detente]\nthreads = '2x'\n", "setting 'threads': '2x' is not a valid int; fix it in detente.toml"),
    ("[other]\nx = 1\n", "unknown setting 'other'; known settings: cache_dir, dyad, goldstein_table, store, threads"),
    ("[detente]\nstore = 'a'\nstore = 'b'\n", "not valid TOML"),
])
def test_bad_files_give_config_errors_that_say_what_to_fix(tmp_path: Path, content: str, match: str) -> None:
    cfg = tmp_path / "detente.toml"
    cfg.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(match)):
        load_settings(config_file=cfg, environ={})


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    cfg = tmp_path / "detente.toml"
    cfg.write_bytes(b'[detente]\ndyad = "\xff\xfe"\n')
    with pytest.raises(ConfigError, match=r"not valid TOML.*fix or remove it"):
        load_settings(config_file=cfg, environ={})


@pytest.mark.parametrize(("env", "match"), [
    ({"DETENTE_THREADS": "-1"}, "threads must be 0"),
    ({"DETENTE_THREADS": "four"}, "DETENTE_THREADS"),
    ({"DETENTE_GOLDSTEIN_TABLE": "cameo"}, "goldstein_table 'cameo' is not known"),
])
def test_bad_variables_give_config_errors(env: dict[str, str], match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        load_settings(environ=env)


def test_unknown_flags_and_bad_flag_values_are_refused() -> None:
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        load_settings(environ={}, colour="red")
    with pytest.raises(ConfigError, match="threads"):
        load_settings(environ={}, threads="lots")


@pytest.mark.parametrize("content", ["threads = 2.5", "threads = true", "store = ['a']", "cache_dir = {x = 1}"])
def test_values_of_the_wrong_toml_type_are_refused(tmp_path: Path, content: str) -> None:
    cfg = tmp_path / "detente.toml"
    cfg.write_text(f"[detente]\n{content}\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_settings(config_file=cfg, environ={})


def test_with_replaces_set_values_only_and_still_validates() -> None:
    s = Settings(dyad="CHN-USA", threads=2)
    t = s.with_(threads=None, dyad="KOR-PRK")
    assert (t.dyad, t.threads, s.dyad) == ("KOR-PRK", 2, "CHN-USA")
    with pytest.raises(ConfigError, match="threads"):
        s.with_(threads=-5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.threads = 3  # type: ignore[misc]


# ---- the error tree and exit codes ----------------------------------------------------------------------------------


def _drawn_tree() -> dict[str, str]:
    """Each class of the docstring's tree with its parent: the column of a name is its depth in the drawing."""
    doc = errors_module.__doc__ or ""
    drawing = doc.split("::", 1)[1].strip("\n").splitlines()
    parents: dict[str, str] = {}
    stack: list[tuple[int, str]] = []
    for line in drawing:
        m = re.search(r"[A-Z][A-Za-z]+", line)
        if m is None:
            continue
        depth, name = m.start(), m.group(0)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if stack:
            parents[name] = stack[-1][1]
        stack.append((depth, name))
    return parents


#: the exception classes detente.errors exports (it exports a helper or two beside them)
ERROR_CLASSES = {n for n in errors_module.__all__ if isinstance(getattr(errors_module, n), type)}


def test_the_drawn_tree_is_the_class_tree() -> None:
    drawn = _drawn_tree()
    assert set(drawn) == ERROR_CLASSES - {"DetenteError"}, drawn
    for name, parent in drawn.items():
        cls = getattr(errors_module, name)
        assert cls.__bases__ == (getattr(errors_module, parent),), (name, parent)


# documented: 2 for the user's input or usage, 1 for a store that cannot be used; a lock is the user's to wait out
EXIT_CODES: dict[str, int] = {
    "DetenteError": 2, "ConfigError": 2, "InputError": 2, "SourceNotFound": 2, "FormatError": 2, "DyadError": 2,
    "IngestError": 2, "FetchError": 2, "CodingError": 2, "LanguageError": 2, "StoreError": 1, "StoreLocked": 2,
    "SchemaError": 1, "MeasureError": 2, "SimulationError": 2, "OptionalDependencyError": 2,
}


def _make(name: str) -> DetenteError:
    cls = getattr(errors_module, name)
    if cls is OptionalDependencyError:
        return OptionalDependencyError("pyspark", "spark", "the Spark engine")
    return cls(f"a {name} for the test; do something about it")  # type: ignore[no-any-return]


def test_every_error_class_has_its_exit_code() -> None:
    assert set(EXIT_CODES) == ERROR_CLASSES
    for name, code in EXIT_CODES.items():
        assert getattr(errors_module, name).exit_code == code, name
        assert _make(name).exit_code == code, name


@pytest.mark.parametrize("name", sorted(EXIT_CODES))
def test_the_cli_exits_with_the_errors_code_and_prints_one_line(
    name: str, cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    err = _make(name)

    def boom(**_: object) -> Settings:
        raise err

    monkeypatch.setattr("detente.cli._common.load_settings", boom)
    result = cli("info")
    assert result.exit_code == EXIT_CODES[name]
    assert result.stderr.strip() == f"error: {err}"


def test_optional_dependency_error_names_the_install() -> None:
    err = OptionalDependencyError("plotly", "png", "a PNG export")
    assert str(err) == "a PNG export needs the 'plotly' package; install it with: pip install 'detente[png]'"
    assert (err.package, err.extra) == ("plotly", "png")


# ---- open_store and the simulator conveniences ------------------------------------------------------------------


def test_open_store_builds_the_bundled_record_once(bundled_store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    shutil.copy(bundled_store, copy)
    with Store.open(copy, read_only=True) as s:
        before = (s.count(), len(s.ingest_runs()), s.meta("bundled_checksum"))
    assert before[0] > 600 and before[2]
    with open_store(Settings(store=copy)) as s:  # the shipped record has not changed: nothing is rewritten
        assert (s.count(), len(s.ingest_runs()), s.meta("bundled_checksum")) == before


def test_open_store_without_the_bundled_record_or_read_only(bundled_store: Path, tmp_path: Path) -> None:
    with open_store(Settings(store=tmp_path / "empty.duckdb"), bundled=False) as s:
        assert s.count() == 0 and s.meta("bundled_checksum") is None
    with open_store(Settings(store=tmp_path / "empty.duckdb"), read_only=True) as s:
        assert s.read_only and s.count() == 0  # a read-only store is never built into
    with pytest.raises(StoreError, match="no store at"):
        open_store(Settings(store=tmp_path / "missing.duckdb"), read_only=True)


def test_a_failed_bundled_build_closes_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(store: Store) -> bool:
        raise MeasureError("the build failed; try again")

    monkeypatch.setattr(_api, "ensure_bundled", fail)
    path = tmp_path / "s.duckdb"
    with pytest.raises(MeasureError, match="the build failed"):
        open_store(Settings(store=path))
    with Store.open(path) as s:  # closed, so it can be opened for writing again
        assert s.count() == 0


def test_paradigm_simulation_refuses_an_as_of_before_the_record_can_calibrate(bundled_store: Path) -> None:
    with Store.open(bundled_store, read_only=True) as s, pytest.raises(MeasureError, match="too few years"):
        paradigm_simulation(s, [], as_of=dt.date(1995, 6, 1))
