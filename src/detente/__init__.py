"""detente: judge diplomacy by one standard, whether two countries come to coexist peacefully.

The public API is what ``__all__`` lists; everything else is private and may change. Each name is imported on
first use (``detente.Store`` imports the store), so ``import detente`` stays light and the command line starts fast.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from detente._api import open_store
    from detente.config import Settings, load_settings
    from detente.errors import DetenteError
    from detente.model import Actor, Article, Dyad, Event, Milestone
    from detente.store import EventQuery, Store

    __version__: str

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Actor",
    "Article",
    "DetenteError",
    "Dyad",
    "Event",
    "EventQuery",
    "Milestone",
    "Settings",
    "Store",
    "__version__",
    "load_settings",
    "open_store",
]

#: each public name and the module it comes from (imported on first use)
_LAZY = {
    "Actor": "detente.model",
    "Article": "detente.model",
    "DetenteError": "detente.errors",
    "Dyad": "detente.model",
    "Event": "detente.model",
    "EventQuery": "detente.store",
    "Milestone": "detente.model",
    "Settings": "detente.config",
    "Store": "detente.store",
    "load_settings": "detente.config",
    "open_store": "detente._api",
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("detente")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
        return "0.0.0"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        value: Any = _version()
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
