"""Conveniences that tie the stages together for the CLI, the report and the web app."""

from __future__ import annotations

from detente.config import Settings
from detente.ingest.bundled import ensure_bundled
from detente.store import Store

__all__ = ["open_store"]


def open_store(settings: Settings, *, read_only: bool = False, bundled: bool = True) -> Store:
    """Open the store the settings name; on first use (and when the shipped record changes) build the bundled
    US–DPRK record into it, unless ``bundled`` is False or the store is opened read-only."""
    store = Store.open(settings.store, read_only=read_only, threads=settings.threads)
    if bundled and not read_only:
        try:
            ensure_bundled(store)
        except BaseException:
            store.close()
            raise
    return store
