"""One frozen :class:`Settings`, resolved once: defaults < ``detente.toml`` < ``DETENTE_*`` variables < flags.

Nothing reads the environment except :func:`load_settings`; everything else is handed a ``Settings``.

| setting | variable | default | meaning |
|---|---|---|---|
| ``store`` | ``DETENTE_STORE`` | user data dir / ``detente.duckdb`` | the DuckDB store file |
| ``dyad`` | ``DETENTE_DYAD`` | ``USA-PRK`` | the dyad commands use when none is given |
| ``cache_dir`` | ``DETENTE_CACHE_DIR`` | user cache dir | where downloads are kept |
| ``goldstein_table`` | ``DETENTE_GOLDSTEIN_TABLE`` | ``gdelt`` | pinned CAMEO→Goldstein table (gdelt) |
| ``threads`` | ``DETENTE_THREADS`` | 0 (DuckDB decides) | DuckDB worker threads (at most 8 per core, or 64) |
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from detente.errors import ConfigError

__all__ = ["MAX_CONFIG_BYTES", "Settings", "default_store_path", "load_settings", "max_threads"]

APP = "detente"


def default_store_path() -> Path:
    """``<user data dir>/detente.duckdb``, e.g. ``~/.local/share/detente/detente.duckdb`` on Linux."""
    return Path(platformdirs.user_data_dir(APP)) / "detente.duckdb"


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting detente reads, with its default. Build with :func:`load_settings`."""

    store: Path = Path()
    dyad: str = "USA-PRK"
    cache_dir: Path = Path()
    goldstein_table: str = "gdelt"
    threads: int = 0

    def __post_init__(self) -> None:
        if self.store == Path():
            object.__setattr__(self, "store", default_store_path())
        if self.cache_dir == Path():
            object.__setattr__(self, "cache_dir", Path(platformdirs.user_cache_dir(APP)))
        if self.goldstein_table not in ("gdelt",):
            raise ConfigError(
                f"goldstein_table {self.goldstein_table!r} is not known; use 'gdelt' (the pinned table)"
            )
        if self.threads < 0:
            raise ConfigError(f"threads must be 0 (automatic) or a positive number, not {self.threads}")
        if self.threads > max_threads():
            raise ConfigError(f"threads {self.threads} is far more than this machine's {os.cpu_count() or 1} cores "
                              f"can use; use 0 (automatic) or at most {max_threads()}")

    def with_(self, **changes: Any) -> Settings:
        """A copy with the given settings replaced (``None`` values are ignored, as for unset flags)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def max_threads() -> int:
    """The most DuckDB threads a setting may ask for: eight per core, at least 64 (more only starves the
    machine: a few thousand threads stall the process)."""
    return max(64, 8 * (os.cpu_count() or 1))


#: the largest settings file read (a detente.toml is a few lines)
MAX_CONFIG_BYTES = 1 << 20


def _read_config(path: Path) -> str:
    """The text of the settings file at ``path``: a regular file of at most :data:`MAX_CONFIG_BYTES`."""
    if not path.is_file():
        raise ConfigError(f"{path} is not a regular file (a folder, a device, a pipe or a broken link); remove "
                          "it, or make it a TOML file of settings")
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_CONFIG_BYTES + 1)
    except OSError as err:
        raise ConfigError(f"cannot read {path} ({err.strerror or err}); check its permissions, or remove it") from err
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path} is larger than {MAX_CONFIG_BYTES:,} bytes; a settings file is a few lines: fix "
                          "or remove it")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ConfigError(f"{path} is not valid TOML ({err}); fix or remove it") from err


def _coerce(name: str, value: Any) -> Any:
    kinds = {f.name: str(f.type) for f in fields(Settings)}
    kind = kinds[name]
    allowed_types: dict[str, tuple[type, ...]] = {"Path": (str, Path), "int": (int, str)}
    allowed = allowed_types.get(kind, (str,))
    if isinstance(value, bool) or not isinstance(value, allowed):
        wanted = {"Path": "a path in quotes", "int": "a whole number"}.get(kind, "text in quotes")
        raise ConfigError(f"setting {name!r}: {value!r} is not {wanted}; fix it in detente.toml or the "
                          f"DETENTE_{name.upper()} variable")
    if kind == "Path" and not str(value).strip():
        raise ConfigError(f"setting {name!r} is empty; give a path, or leave the setting out for the default "
                          f"(fix it in detente.toml, the DETENTE_{name.upper()} variable or the option)")
    try:
        if kind == "Path":
            path = Path(str(value)).expanduser()
            # "." is the current folder, not the default that Path() stands for in Settings
            return path.absolute() if path == Path() else path
        if kind == "int":
            return int(str(value))
        return str(value)
    except (TypeError, ValueError) as err:
        raise ConfigError(f"setting {name!r}: {value!r} is not a valid {kind}; fix it in detente.toml or the "
                          f"DETENTE_{name.upper()} variable") from err


def load_settings(
    *,
    config_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    **flags: Any,
) -> Settings:
    """Resolve settings: defaults, then ``detente.toml`` (current folder, or ``config_file``), then
    ``DETENTE_*`` variables from ``environ`` (defaults to ``os.environ``), then the non-``None`` ``flags``."""
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    path = config_file if config_file is not None else Path("detente.toml")
    if path.exists() or path.is_symlink():
        try:
            data = tomllib.loads(_read_config(path))
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"{path} is not valid TOML ({err}); fix or remove it") from err
        section = data.get("detente", data)
        if not isinstance(section, dict):
            raise ConfigError(f"{path}: 'detente' must be a table such as [detente]; fix or remove it")
        for key, value in section.items():
            if key not in known:
                raise ConfigError(f"{path}: unknown setting {key!r}; known settings: {', '.join(sorted(known))}")
            values[key] = _coerce(key, value)
    elif config_file is not None:
        raise ConfigError(f"config file {config_file} does not exist; check the path")
    env = os.environ if environ is None else environ
    for name in known:
        var = f"DETENTE_{name.upper()}"
        if env.get(var):
            values[name] = _coerce(name, env[var])
    for name, value in flags.items():
        if name not in known:
            raise ConfigError(f"unknown setting {name!r}")
        if value is not None:
            values[name] = _coerce(name, value)
    return Settings(**values)
