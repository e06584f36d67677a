from __future__ import annotations

from pathlib import Path

import pytest

from detente.config import Settings, default_store_path, load_settings
from detente.errors import ConfigError


def test_defaults() -> None:
    s = load_settings(environ={}, config_file=None)
    assert s.dyad == "USA-PRK"
    assert s.store == default_store_path()
    assert s.store.name == "detente.duckdb"


def test_precedence_file_env_flag(tmp_path: Path) -> None:
    cfg = tmp_path / "detente.toml"
    cfg.write_text('[detente]\ndyad = "CHN-USA"\nstore = "from-file.duckdb"\nthreads = 2\n')
    s = load_settings(config_file=cfg, environ={})
    assert (s.dyad, s.store, s.threads) == ("CHN-USA", Path("from-file.duckdb"), 2)
    s = load_settings(config_file=cfg, environ={"DETENTE_STORE": "env.duckdb"})
    assert s.store == Path("env.duckdb") and s.dyad == "CHN-USA"
    s = load_settings(config_file=cfg, environ={"DETENTE_STORE": "env.duckdb"}, store=Path("flag.duckdb"))
    assert s.store == Path("flag.duckdb")


def test_unset_flag_does_not_override(tmp_path: Path) -> None:
    s = load_settings(environ={"DETENTE_STORE": "env.duckdb"}, store=None)
    assert s.store == Path("env.duckdb")


@pytest.mark.parametrize(
    ("content", "match"),
    [("[detente]\nnope = 1\n", "unknown setting 'nope'"),
     ("[detente\n", "not valid TOML"),
     ("[detente]\nthreads = 'many'\n", "threads")],
)
def test_bad_config_file_says_what_to_fix(tmp_path: Path, content: str, match: str) -> None:
    cfg = tmp_path / "detente.toml"
    cfg.write_text(content)
    with pytest.raises(ConfigError, match=match):
        load_settings(config_file=cfg, environ={})


def test_negative_threads_refused() -> None:
    with pytest.raises(ConfigError, match="threads"):
        Settings(threads=-1)


def test_missing_explicit_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(config_file=tmp_path / "missing.toml", environ={})
