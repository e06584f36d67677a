"""The one exception tree of detente.

Every error a user can meet derives from :class:`DetenteError`; its message is one line that says what went
wrong and what to do about it. The CLI turns these into exit code 2 (bad usage or input) and prints the message;
anything else is an internal failure (exit 1).

::

    DetenteError
    ├── ConfigError              a setting or option has a bad value
    ├── InputError               the user's input cannot be used
    │   ├── SourceNotFound       a file, folder, URL or dataset does not exist
    │   ├── FormatError          a file matches no known layout, or is corrupt/truncated
    │   └── DyadError            a dyad string such as "USA-PRK" is malformed
    ├── IngestError              loading outside data failed
    │   └── FetchError           a download failed (HTTP status, checksum, retries exhausted)
    ├── CodingError              turning text into events failed
    │   └── LanguageError        the text is not in a language the coder reads
    ├── StoreError               the event store cannot be opened, read or written
    │   ├── StoreLocked          another process holds the store for writing
    │   └── SchemaError          the store's schema is newer than this detente, or damaged
    ├── MeasureError             an index or scorecard cannot be computed from the data given
    ├── SimulationError          a simulation was asked with impossible parameters
    └── OptionalDependencyError  an extra such as ``detente[spark]`` is not installed
"""

from __future__ import annotations

__all__ = [
    "CodingError",
    "ConfigError",
    "DetenteError",
    "DyadError",
    "FetchError",
    "FormatError",
    "IngestError",
    "InputError",
    "LanguageError",
    "MeasureError",
    "OptionalDependencyError",
    "SchemaError",
    "SimulationError",
    "SourceNotFound",
    "StoreError",
    "StoreLocked",
    "is_interrupt",
]


class DetenteError(Exception):
    """Root of every error detente raises on purpose. ``str(err)`` is one line that says what to do."""

    #: exit code the CLI uses for this error: 2 for the user's input or usage, 1 for a failure of ours
    exit_code: int = 2


class ConfigError(DetenteError):
    """A setting has a bad value (detente.toml, a DETENTE_* variable or a CLI flag)."""


class InputError(DetenteError):
    """The user's input cannot be used as given."""


class SourceNotFound(InputError):
    """A file, folder, URL or dataset that was named does not exist."""


class FormatError(InputError):
    """A file matches no known layout, or is corrupt or truncated."""


class DyadError(InputError):
    """A dyad such as ``USA-PRK`` is malformed or names an unknown country."""


class IngestError(DetenteError):
    """Loading outside data failed."""


class FetchError(IngestError):
    """A download failed: HTTP status, checksum mismatch, or retries exhausted."""


class CodingError(DetenteError):
    """Turning text into events failed."""


class LanguageError(CodingError):
    """The text is not in a language the coder reads."""


class StoreError(DetenteError):
    """The event store cannot be opened, read or written."""

    exit_code = 1


class StoreLocked(StoreError):
    """Another process holds the store for writing."""

    exit_code = 2


class SchemaError(StoreError):
    """The store's schema is newer than this version of detente, or is damaged."""


class MeasureError(DetenteError):
    """An index, scorecard or verdict cannot be computed from the data given."""


class SimulationError(DetenteError):
    """A simulation was asked with impossible parameters."""


class OptionalDependencyError(DetenteError):
    """An optional extra is not installed; the message names the ``pip install`` that fixes it."""

    def __init__(self, package: str, extra: str, purpose: str) -> None:
        super().__init__(
            f"{purpose} needs the '{package}' package; install it with: pip install 'detente[{extra}]'"
        )
        self.package = package
        self.extra = extra


def is_interrupt(err: BaseException) -> bool:
    """Whether ``err`` is a Ctrl+C: Python's :class:`KeyboardInterrupt`, or DuckDB's word for one. DuckDB stops a
    statement of the main thread that a Ctrl+C lands in and raises ``RuntimeError("Query interrupted")`` (or
    ``InterruptException``), and a Ctrl+C that lands while it calls back into Python (reading a registered Arrow
    table) comes back as a DuckDB error whose message names the ``KeyboardInterrupt``; neither says anything about
    the statement itself."""
    if isinstance(err, KeyboardInterrupt):
        return True
    kind = type(err)
    if kind is RuntimeError:
        return str(err).strip().lower() == "query interrupted"
    from_duckdb = any(k.__module__.lstrip("_").startswith("duckdb") for k in kind.__mro__)
    return from_duckdb and (kind.__name__ == "InterruptException" or "KeyboardInterrupt" in str(err))
