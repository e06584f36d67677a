"""The ``kcna`` dataset: the KCNA headlines 1997–2014 and stories 2011–2012 coded by detente's own coder.

It ships as package data (``detente/data/kcna_events.parquet``): the coded events only (date, actors, code, track,
a citation naming the KCNA document and its link), never the texts. :func:`build_kcna` makes it from the corpus
in ``../shared/data/korea`` (``scripts/build_kcna.py`` is the command), offline and deterministically; the file
records the fingerprint of the coder that made it (:func:`coder_fingerprint`), so a test can tell when the coder
changed and the file must be rebuilt. :func:`ensure_kcna` loads it into a store on first use and again when the
shipped file changes, as the bundled record is loaded.

The dataset is a second source beside the curated record, not part of it: queries leave it out unless it is
named (``--dataset kcna``), so the default index and verdict rest on the curated record alone. Which documents
and events are kept is described in :mod:`detente.ingest._kcna_code`.
"""

from __future__ import annotations

import ast
import hashlib
import io
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from detente.errors import InputError

if TYPE_CHECKING:
    from detente.ingest._kcna_code import CodedDocument
    from detente.store import Store

__all__ = [
    "KCNA_COLUMNS",
    "KCNA_DATASET",
    "KCNA_FILE",
    "KcnaBuild",
    "build_kcna",
    "coder_fingerprint",
    "ensure_kcna",
    "kcna_checksum",
    "kcna_table",
    "read_kcna_file",
    "shipped_kcna",
    "write_kcna",
]

KCNA_DATASET = "kcna"
KCNA_FILE = "kcna_events.parquet"
#: the key of the file's metadata (Parquet key-value metadata, JSON)
META_KEY = b"detente.kcna"
#: the file's layout; a reader refuses a file of another format
FORMAT = 1
#: the columns shipped, in order (the facts of each event and where it came from; no text)
KCNA_COLUMNS: tuple[tuple[str, pa.DataType], ...] = (
    ("event_id", pa.string()),
    ("date", pa.date32()),
    ("source", pa.string()),
    ("target", pa.string()),
    ("code", pa.string()),
    ("source_country", pa.string()),
    ("target_country", pa.string()),
    ("source_name", pa.string()),
    ("target_name", pa.string()),
    ("root", pa.string()),
    ("quad_class", pa.int8()),
    ("goldstein", pa.float64()),
    ("plover_event", pa.string()),
    ("plover_mode", pa.string()),
    ("plover_context", pa.string()),
    ("track", pa.string()),
    ("modality", pa.string()),
    ("mentions", pa.int16()),
    ("summary", pa.string()),
    ("citation", pa.string()),
    ("url", pa.string()),
    ("prov_file", pa.string()),
    ("prov_row", pa.int32()),
)
_SCHEMA = pa.schema(list(KCNA_COLUMNS))

#: the module whose code, with every detente module it imports (followed through their imports), decides what the
#: coder makes of the corpus
_CODE_ROOT = "detente.ingest._kcna_code"
#: the data files the coder reads: its dictionaries and the actor and code tables
_DATA_FILES = ("coding/dictionaries", "coding/models", "data/countries.csv", "data/organisations.csv",
               "data/people.csv", "data/cameo_event_codes.csv", "data/cameo_plover.csv")
#: the installed packages whose code the coder runs (their versions are pinned by uv.lock; numpy's BLAS does the
#: parser's arithmetic)
_PACKAGES = ("spacy", "thinc", "numpy", "dateparser")


def _module_path(root: Path, name: str) -> Path | None:
    """The source file of the detente module ``name`` (``root`` is the package's folder), if it is one."""
    parts = name.split(".")[1:]
    for path in (root.joinpath(*parts).with_suffix(".py"), root.joinpath(*parts, "__init__.py")):
        if parts and path.is_file():
            return path
    return None


def _imports(root: Path, path: Path) -> set[str]:
    """The detente modules that the source at ``path`` imports (anywhere in it, lazy imports too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("detente."))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("detente."):
            module = node.module or ""
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names if _module_path(root, f"{module}.{a.name}"))
    return found


def coder_sources() -> list[tuple[str, Path]]:
    """The files whose content the coder's output depends on: the dataset's rules, the coder and every detente
    module they import, the dictionaries and the tables (names relative to the package)."""
    root = Path(str(resources.files("detente")))
    todo, seen = [_CODE_ROOT], set()
    files: dict[str, Path] = {}
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = _module_path(root, name)
        if path is None:
            continue
        files[path.relative_to(root).as_posix()] = path
        todo.extend(sorted(_imports(root, path) - seen))
    for name in _DATA_FILES:
        path = root / name
        items = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        files.update((p.relative_to(root).as_posix(), p) for p in items if p.is_file())
    return sorted(files.items())


def coder_fingerprint() -> str:
    """A digest of everything that decides what the coder makes of the KCNA corpus (:func:`coder_sources`, and the
    versions of the packages it runs, :data:`_PACKAGES`): when it changes, ``kcna_events.parquet`` must be rebuilt
    (``uv run python scripts/build_kcna.py``)."""
    h = hashlib.sha256()
    for package in _PACKAGES:
        try:
            h.update(f"{package}=={metadata.version(package)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{package} absent\0".encode())
    for name, path in coder_sources():
        h.update(name.encode())
        h.update(b"\0")
        h.update(path.read_bytes().replace(b"\r\n", b"\n"))
        h.update(b"\0")
    return h.hexdigest()[:16]


@dataclass
class KcnaBuild:
    """The coded dataset with what went into it: documents by kind, events found and kept."""

    table: pa.Table
    documents: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)

    def metadata(self, *, coder_version: str) -> dict[str, Any]:
        from detente.ingest._kcna_code import HEADLINES_FILE, STORY_FILES

        years = Counter(d.year for d in self.table.column("date").to_pylist())
        return {
            "format": FORMAT,
            "dataset": KCNA_DATASET,
            "coder_fingerprint": coder_fingerprint(),
            "coder_version": coder_version,
            "corpus": [HEADLINES_FILE, *STORY_FILES],
            "documents": dict(sorted(self.documents.items())),
            "events_found": dict(sorted(self.found.items())),
            "events": self.table.num_rows,
            "events_by_kind": dict(sorted(self.kept.items())),
            "events_by_year": {str(y): n for y, n in sorted(years.items())},
            "source": "KCNA texts (c) KCNA, via the xmarquez/KCNA dataset (GPL-3); only coded facts and "
                      "citations are kept",
        }


def _rows(coded: Iterable[CodedDocument], build: KcnaBuild) -> list[dict[str, Any]]:
    from detente.reference import reference_tables

    tables = reference_tables()
    rows: list[dict[str, Any]] = []
    for item in coded:
        doc = item.document
        build.documents[doc.kind] += 1
        build.found[doc.kind] += item.found
        build.kept[doc.kind] += len(item.events)
        stem = f"h{doc.line}" if doc.kind == "headline" else f"s{doc.file.split('_')[-1][:4]}-{doc.line}"
        for n, e in enumerate(item.events):
            entry = tables.cameo.get(e.code)
            what = entry.name if entry else f"CAMEO {e.code}"
            rows.append({
                "event_id": f"kcna-{stem}-{n}", "date": e.date, "source": e.source, "target": e.target,
                "code": e.code, "source_country": e.source_country, "target_country": e.target_country,
                "source_name": e.source_name, "target_name": e.target_name, "root": e.root,
                "quad_class": e.quad_class, "goldstein": e.goldstein, "plover_event": e.plover_event,
                "plover_mode": e.plover_mode, "plover_context": e.plover_context, "track": e.track,
                "modality": e.modality, "mentions": e.mentions,
                "summary": f"{what} (machine-coded from the {doc.kind})",
                "citation": doc.citation, "url": doc.url, "prov_file": doc.file, "prov_row": doc.line,
            })
    return rows


def build_kcna(korea: Path, *, processes: int = 1, every: int = 1) -> KcnaBuild:
    """Code the KCNA corpus in ``korea`` (the folder of ``kcna_headlines_1997_2014.csv`` and
    ``kcna_stories_<year>.jsonl``) into the ``kcna`` dataset; ``every`` > 1 codes only every so many documents
    (a sample for checks)."""
    from detente.ingest._kcna_code import code_documents, read_documents

    if every < 1:
        raise InputError(f"every must be 1 or more, not {every}")
    documents = read_documents(korea)[::every]
    build = KcnaBuild(pa.table({}))
    rows = _rows(code_documents(documents, processes=processes), build)
    build.table = pa.Table.from_pylist(rows, schema=_SCHEMA).sort_by([("date", "ascending"),
                                                                       ("event_id", "ascending")])
    return build


def write_kcna(build: KcnaBuild, path: Path, *, coder_version: str) -> dict[str, Any]:
    """Write the dataset to ``path`` (zstd Parquet with its metadata); the same build writes the same bytes."""
    meta = build.metadata(coder_version=coder_version)
    table = build.table.replace_schema_metadata({META_KEY: json.dumps(meta, sort_keys=True).encode()})
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd", compression_level=19, use_dictionary=True,
                   row_group_size=1 << 20, write_statistics=False)
    path.write_bytes(buffer.getvalue())
    return meta


def read_kcna_file(data: bytes, *, where: str = KCNA_FILE) -> tuple[pa.Table, dict[str, Any]]:
    """The events and metadata of a ``kcna_events.parquet`` file's bytes."""
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(io.BytesIO(data))
    except (pa.ArrowInvalid, OSError) as err:
        raise InputError(f"{where} is not a readable Parquet file ({err}); rebuild it with "
                         f"`uv run python scripts/build_kcna.py`") from None
    raw = (table.schema.metadata or {}).get(META_KEY)
    meta: dict[str, Any] = json.loads(raw) if raw else {}
    if meta.get("format") != FORMAT:
        raise InputError(f"{where} has format {meta.get('format')!r}, not {FORMAT}; rebuild it with "
                         f"`uv run python scripts/build_kcna.py`")
    return table.replace_schema_metadata(None), meta


def _shipped() -> Traversable:
    return resources.files("detente.data").joinpath(KCNA_FILE)


def shipped_kcna() -> tuple[pa.Table, dict[str, Any]] | None:
    """The shipped dataset's events and metadata (None if the package ships none)."""
    item = _shipped()
    return read_kcna_file(item.read_bytes()) if item.is_file() else None


def kcna_table() -> pa.Table:
    """The shipped ``kcna`` events (empty when none is shipped)."""
    shipped = shipped_kcna()
    return shipped[0] if shipped else _SCHEMA.empty_table()


def kcna_checksum() -> str | None:
    """A digest of the shipped file (None if none is shipped); the store reloads the dataset when it changes."""
    item = _shipped()
    return hashlib.sha256(item.read_bytes()).hexdigest()[:16] if item.is_file() else None


def ensure_kcna(store: Store) -> bool:
    """Load (or reload, when the shipped file changed) the ``kcna`` dataset into ``store``.

    Returns True when it wrote anything. A store opened read-only, or a package without the file, is left as it is.
    """
    item = _shipped()
    if store.read_only or not item.is_file():
        return False
    data = item.read_bytes()
    checksum = hashlib.sha256(data).hexdigest()[:16]
    if store.meta("kcna_checksum") == checksum:
        return False
    table, _ = read_kcna_file(data)
    store.replace_dataset_events(table, dataset=KCNA_DATASET, input=f"detente:{KCNA_FILE}")
    store.set_meta("kcna_checksum", checksum)
    return True
