"""detente: judge diplomacy by one standard, whether two countries come to coexist peacefully.

The public API is what ``__all__`` lists; everything else is private and may change. Each name is imported on
first use (``detente.Store`` imports the store), so ``import detente`` stays light and the command line starts fast.

One function per question, over one store, each answering what the command of the same name answers:
:func:`events`, :func:`index`, :func:`scorecard`, :func:`milestones` and :func:`dyads` give Arrow tables
(``.to_pandas()``; :func:`metadata` gives what the command's JSON says beside the rows); :func:`judge`,
:func:`paradigms`, :func:`simulate` and :func:`read` give typed records (:class:`Judgement`,
:class:`ParadigmComparison`, :class:`Simulation`, :class:`Reading`) whose ``to_dict()`` is the command's JSON;
:func:`code` codes a corpus into a table. ``detente.judge`` and ``detente.simulate`` are also the packages of
those stages; called, they are the functions. docs/python.md walks through them.

>>> import detente
>>> june = detente.index(dyad="USA-PRK", start="2018-06-01", end="2018-06-30", store=":memory:")
>>> june.column("period").to_pylist(), june.column("events").to_pylist()[0] > 0
(['2018-06'], True)
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from detente._analysis import (
        code,
        dyads,
        events,
        index,
        judge,
        milestones,
        paradigms,
        read,
        scorecard,
        simulate,
    )
    from detente._api import open_store
    from detente._monitor import WatchOptions, watch_cycle
    from detente._records import Judgement, ParadigmComparison, Reading, Simulation, metadata
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
    "Judgement",
    "Milestone",
    "ParadigmComparison",
    "Reading",
    "Settings",
    "Simulation",
    "Store",
    "WatchOptions",
    "__version__",
    "code",
    "dyads",
    "events",
    "index",
    "judge",
    "load_settings",
    "metadata",
    "milestones",
    "open_store",
    "paradigms",
    "read",
    "scorecard",
    "simulate",
    "watch_cycle",
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
    "Judgement": "detente._records",
    "ParadigmComparison": "detente._records",
    "Reading": "detente._records",
    "Simulation": "detente._records",
    "metadata": "detente._records",
    "code": "detente._analysis",
    "dyads": "detente._analysis",
    "events": "detente._analysis",
    "index": "detente._analysis",
    "milestones": "detente._analysis",
    "paradigms": "detente._analysis",
    "read": "detente._analysis",
    "scorecard": "detente._analysis",
    "WatchOptions": "detente._monitor",
    "watch_cycle": "detente._monitor",
}
#: packages that are also the top-level function of their name, made callable when imported (detente._callable)
_CALLABLE_PACKAGES = ("judge", "simulate")


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
    elif name in _CALLABLE_PACKAGES:
        value = importlib.import_module(f"{__name__}.{name}")
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
