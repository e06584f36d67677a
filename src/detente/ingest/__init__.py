"""Ingest: outside event data into the store.

- :func:`ingest_paths` streams native GDELT (1.0 back-file and daily, 2.0 export and Mentions), ICEWS and
  POLECAT files (plain, .zip, .gz; folders and globs) into canonical events, one ingest run per input,
  normalised on DuckDB or (``engine="spark"``) on Spark; :func:`normalise_on_spark` gives Spark's DataFrame.
- :class:`GdeltSource` and :class:`DataverseSource` download the datasets through an injected
  :class:`httpx.Client` (cached, resumable, retried, MD5-checked); GDELT is filtered to a dyad as it streams.
- :class:`GdeltFeed` reads GDELT 2.0's 15-minute feed (the last-update list, missed intervals from the master
  list's tail) for the world monitor (``detente watch gdelt``).

The bundled US–DPRK record is loaded by :mod:`detente.ingest.bundled`.
"""

from detente.ingest._download import Downloader, RemoteFile
from detente.ingest._engine import (
    MENTIONS_DATASET,
    IngestProgress,
    IngestResult,
    ProgressFn,
    expand_paths,
    ingest_paths,
)
from detente.ingest._feed import FeedFile, FeedInterval, FolderTransport, GdeltFeed
from detente.ingest._fetch import DATAVERSE, DataverseSource, FetchResult, GdeltSource
from detente.ingest._layouts import DATASETS, LAYOUTS, Layout, detect_layout
from detente.ingest._normalise import NUCLEAR_PATTERN, ROLE_RULES
from detente.ingest._spark import normalise_on_spark

__all__ = [
    "DATASETS",
    "DATAVERSE",
    "LAYOUTS",
    "MENTIONS_DATASET",
    "NUCLEAR_PATTERN",
    "ROLE_RULES",
    "DataverseSource",
    "Downloader",
    "FeedFile",
    "FeedInterval",
    "FetchResult",
    "FolderTransport",
    "GdeltFeed",
    "GdeltSource",
    "IngestProgress",
    "IngestResult",
    "Layout",
    "ProgressFn",
    "RemoteFile",
    "detect_layout",
    "expand_paths",
    "ingest_paths",
    "normalise_on_spark",
]
