"""One frozen :class:`Settings`, resolved once: defaults < ``detente.toml`` < ``DETENTE_*`` variables < flags.

Nothing reads the environment except :func:`load_settings`; everything else is handed a ``Settings``.

| setting | variable | default | meaning |
|---|---|---|---|
| ``store`` | ``DETENTE_STORE`` | user data dir / ``detente.duckdb`` | the DuckDB store file |
| ``dyad`` | ``DETENTE_DYAD`` | ``USA-PRK`` | the dyad commands use when none is given |
| ``cache_dir`` | ``DETENTE_CACHE_DIR`` | user cache dir | where downloads are kept |
| ``goldstein_table`` | ``DETENTE_GOLDSTEIN_TABLE`` | ``gdelt`` | pinned CAMEO→Goldstein table (gdelt) |
| ``threads`` | ``DETENTE_THREADS`` | 0 (DuckDB decides) | DuckDB worker threads |
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

__all__ = ["Settings", "default_store_path", "load_settings"]

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

    def with_(self, **changes: Any) -> Settings:
        """A copy with the given settings replaced (``None`` values are ignored, as for unset flags)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, value: Any) -> Any:
    kinds = {f.name: str(f.type) for f in fields(Settings)}
    kind = kinds[name]
    allowed_types: dict[str, tuple[type, ...]] = {"Path": (str, Path), "int": (int, str)}
    allowed = allowed_types.get(kind, (str,))
    if isinstance(value, bool) or not isinstance(value, allowed):
        wanted = {"Path": "a path in quotes", "int": "a whole number"}.get(kind, "text in quotes")
        raise ConfigError(f"setting {name!r}: {value!r} is not {wanted}; fix it in detente.toml or the "
                          f"DETENTE_{name.upper()} variable")
    try:
        if kind == "Path":
            return Path(str(value)).expanduser()
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
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
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
