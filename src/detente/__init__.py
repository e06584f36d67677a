"""detente: judge diplomacy by one standard, whether two countries come to coexist peacefully.

The public API is what ``__all__`` lists; everything else is private and may change.
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

from detente._api import open_store
from detente.config import Settings, load_settings
from detente.errors import DetenteError
from detente.model import Actor, Article, Dyad, Event, Milestone
from detente.store import EventQuery, Store

try:
    __version__ = version("detente")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

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
