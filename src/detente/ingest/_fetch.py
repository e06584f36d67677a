"""Fetch the standard datasets from their publishers: GDELT's file lists and files, ICEWS and POLECAT from
Harvard Dataverse. All network goes through the :class:`httpx.Client` handed in.

GDELT files are filtered to the dyad while they stream out of the zip, one line at a time, and only the dyad's
rows are kept on disk (``<cache>/gdelt/v<N>/<file>.<DYAD>.tsv``, in the native layout), so a year of GDELT never
sits in memory or on disk; a file already filtered is not downloaded again (resume a stopped fetch by running
it again).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from detente.errors import FetchError, FormatError, InputError
from detente.ingest._download import Downloader, Missing, RemoteFile
from detente.ingest._layouts import GDELT1_BACKFILE, GDELT1_DAILY, GDELT2_EXPORT
from detente.model import Dyad

log = logging.getLogger(__name__)

__all__ = ["DATAVERSE", "DataverseSource", "FetchResult", "GdeltSource"]

GDELT_V1_BASE = "http://data.gdeltproject.org/events/"
GDELT_V2_MASTER = "http://data.gdeltproject.org/gdeltv2/masterfilelist.txt"
GDELT_V2_LAST = "http://data.gdeltproject.org/gdeltv2/lastupdate.txt"
#: Harvard Dataverse persistent ids of the event datasets
DATAVERSE: dict[str, str] = {
    "icews": "doi:10.7910/DVN/28075",
    "polecat": "doi:10.7910/DVN/AJGVIT",
}
DATAVERSE_SERVER = "https://dataverse.harvard.edu"

FileProgress = Callable[[str, int, int], None]  # (file name, files done, files in total)


@dataclass
class FetchResult:
    """What a fetch produced: files ready to ingest (those holding rows of the dyad), and files the source listed
    but could not serve."""

    files: list[Path] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    rows_kept: int = 0


def _v2_stamp(name: str) -> dt.date | None:
    m = re.match(r"(\d{8})\d{6}\.export\.CSV\.zip$", name)
    return dt.datetime.strptime(m.group(1), "%Y%m%d").date() if m else None


def _v1_span(name: str) -> tuple[dt.date, dt.date] | None:
    """The days a GDELT 1.0 file covers: YYYYMMDD.export.CSV.zip, YYYYMM.zip or YYYY.zip."""
    if m := re.fullmatch(r"(\d{8})\.export\.CSV\.zip", name):
        day = dt.datetime.strptime(m.group(1), "%Y%m%d").date()
        return day, day
    if m := re.fullmatch(r"(\d{4})(\d{2})\.zip", name):
        first = dt.date(int(m.group(1)), int(m.group(2)), 1)
        nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})\.zip", name):
        return dt.date(int(m.group(1)), 1, 1), dt.date(int(m.group(1)), 12, 31)
    return None


class GdeltSource:
    """GDELT 1.0 (daily and back-files) and 2.0 (15-minute exports), filtered to a dyad as they stream.

    >>> import httpx
    >>> GdeltSource(httpx.Client(), Path("/tmp/cache")).version_for(dt.date(2018, 6, 1))
    2
    """

    def __init__(self, client: httpx.Client, cache_dir: Path, *, downloader: Downloader | None = None) -> None:
        self.client = client
        self.cache_dir = cache_dir
        self.downloader = downloader or Downloader(client, cache_dir / "downloads")

    @staticmethod
    def version_for(start: dt.date) -> int:
        """GDELT 2.0 from its first day (2015-02-18), else 1.0."""
        return 2 if start >= dt.date(2015, 2, 18) else 1

    def file_list(self, start: dt.date, end: dt.date, *, version: int) -> list[RemoteFile]:
        """The event files covering ``start``..``end`` (from the master file list and the last-update list for
        2.0; from ``md5sums`` and ``filesizes`` for 1.0)."""
        if version == 2:
            entries: dict[str, RemoteFile] = {}
            for url in (GDELT_V2_MASTER, GDELT_V2_LAST):
                try:
                    text = self.downloader.text(url)
                except Missing:
                    if url == GDELT_V2_LAST:
                        continue
                    raise
                for line in text.splitlines():
                    parts = line.split()
                    if len(parts) != 3:
                        continue
                    name = parts[2].rsplit("/", 1)[-1]
                    day = _v2_stamp(name)
                    if day is not None and start <= day <= end:
                        entries[name] = RemoteFile(parts[2], name, int(parts[0]), parts[1])
            return [entries[k] for k in sorted(entries)]
        if version != 1:
            raise InputError(f"GDELT version {version} does not exist; use --version 1 or 2")
        md5s = {}
        for line in self.downloader.text(GDELT_V1_BASE + "md5sums").splitlines():
            parts = line.split()
            if len(parts) == 2:
                md5s[parts[1]] = parts[0]
        sizes = {}
        for line in self.downloader.text(GDELT_V1_BASE + "filesizes").splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[0].isdigit():
                sizes[parts[1]] = int(parts[0])
        out = []
        for name in sorted(md5s):
            span = _v1_span(name)
            if span is not None and span[0] <= end and start <= span[1]:
                out.append(RemoteFile(GDELT_V1_BASE + name, name, sizes.get(name), md5s[name]))
        return out

    def fetch(
        self,
        start: dt.date,
        end: dt.date,
        *,
        dyad: Dyad,
        version: int | None = None,
        progress: FileProgress | None = None,
    ) -> FetchResult:
        """Download the files for ``start``..``end``, keep the dyad's rows of each (both directions, rows dated
        within the range), and return the filtered files. A file the server does not have (404) is listed in
        ``missing``; a checksum that keeps failing or a server that keeps failing raises :class:`FetchError`."""
        if end < start:
            raise InputError(f"--to {end} is before --from {start}; swap them")
        version = version or self.version_for(start)
        remotes = self.file_list(start, end, version=version)
        result = FetchResult()
        folder = self.cache_dir / "gdelt" / f"v{version}"
        folder.mkdir(parents=True, exist_ok=True)
        for i, remote in enumerate(remotes):
            if progress is not None:
                progress(remote.name, i, len(remotes))
            out = folder / f"{remote.name.removesuffix('.zip')}.{dyad}.tsv"
            if not out.exists():
                try:
                    raw = self.downloader.file(remote, f"gdelt-v{version}")
                except Missing as err:
                    log.warning("%s", err)
                    result.missing.append(remote.url)
                    continue
                result.rows_kept += _filter_zip(raw, out, dyad=dyad, start=start, end=end)
                raw.unlink()  # only the dyad's rows are kept
            if out.stat().st_size:
                result.files.append(out)  # an empty file (no row of the dyad) stays as the cache's record only
        if progress is not None:
            progress("", len(remotes), len(remotes))
        return result


def _filter_zip(raw: Path, out: Path, *, dyad: Dyad, start: dt.date, end: dt.date) -> int:
    """Stream the zip's rows, keep those between the dyad's two countries dated within the range; write them
    (native layout) to ``out`` atomically. Returns how many rows were kept."""
    a, b = (dyad.a.encode(), dyad.b.encode())
    lo, hi = start.strftime("%Y%m%d").encode(), end.strftime("%Y%m%d").encode()
    positions = {len(cols): (cols.index("Actor1CountryCode"), cols.index("Actor2CountryCode"))
                 for cols in (GDELT1_BACKFILE, GDELT1_DAILY, GDELT2_EXPORT)}
    part = out.with_name(out.name + ".part")
    kept = 0
    try:
        with zipfile.ZipFile(raw) as zf, part.open("wb") as dst:
            for info in zf.infolist():
                with zf.open(info) as member:
                    for line in io.BufferedReader(member, 1 << 20):  # type: ignore[arg-type,type-var]
                        if a not in line or b not in line:
                            continue
                        fields = line.rstrip(b"\r\n").split(b"\t")
                        pos = positions.get(len(fields))
                        if pos is None:
                            continue
                        pair = {fields[pos[0]], fields[pos[1]]}
                        if pair == {a, b} and lo <= fields[1] <= hi:
                            dst.write(line if line.endswith(b"\n") else line + b"\n")
                            kept += 1
    except (zipfile.BadZipFile, zlib.error, EOFError) as err:
        part.unlink(missing_ok=True)
        raise FormatError(f"{raw.name}: the zip archive is truncated or corrupt ({err}); nothing from it was "
                          "kept; delete it from the cache and fetch again") from err
    part.replace(out)
    return kept


class DataverseSource:
    """A dataset on a Dataverse server (ICEWS, POLECAT): list its files through the native API and download
    those whose name carries a year in the range, MD5-checked.

    Dataverse refuses anonymous downloads of files behind a guestbook or terms of use; then the error says how
    to download them by hand (see ``docs/ingest.md``) and ingest them with ``detente ingest``.
    """

    def __init__(self, client: httpx.Client, cache_dir: Path, *, dataset: str, server: str = DATAVERSE_SERVER,
                 downloader: Downloader | None = None) -> None:
        if dataset not in DATAVERSE:
            raise InputError(f"{dataset!r} is not on Dataverse; fetch one of {', '.join(DATAVERSE)}")
        self.client = client
        self.cache_dir = cache_dir
        self.dataset = dataset
        self.doi = DATAVERSE[dataset]
        self.server = server.rstrip("/")
        self.downloader = downloader or Downloader(client, cache_dir / "downloads")

    def file_list(self, start: dt.date, end: dt.date) -> list[RemoteFile]:
        url = f"{self.server}/api/datasets/:persistentId/?persistentId={self.doi}"
        try:
            response = self.client.get(url)
        except httpx.TransportError as err:
            raise FetchError(f"{url}: {err}; check the network, or download the files by hand") from err
        if response.status_code != 200:
            raise FetchError(f"{url} returned HTTP {response.status_code}; download the {self.dataset} files by "
                             f"hand from {self.server}/dataset.xhtml?persistentId={self.doi} and run "
                             f"'detente ingest {self.dataset} FILES'")
        try:
            files = response.json()["data"]["latestVersion"]["files"]
        except (ValueError, KeyError, TypeError) as err:
            raise FetchError(f"{url}: not a Dataverse dataset description ({err})") from err
        out = []
        for entry in files:
            data = entry.get("dataFile", {})
            name = data.get("originalFileName") or data.get("filename") or ""
            years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", name)]
            if not years or not any(start.year <= y <= end.year for y in years[:1]):
                continue
            if not name.lower().endswith((".tab", ".tsv", ".csv", ".txt", ".zip", ".gz")):
                continue
            checksum = data.get("checksum") or {}
            md5 = data.get("md5") or (checksum.get("value") if checksum.get("type", "").upper() == "MD5" else None)
            original = data.get("originalFileName") is not None
            size = data.get("originalFileSize") if original else data.get("filesize")
            query = "?format=original" if original else ""
            out.append(RemoteFile(f"{self.server}/api/access/datafile/{data['id']}{query}", name,
                                  int(size) if size is not None else None, md5))
        return sorted(out, key=lambda r: r.name)

    def fetch(self, start: dt.date, end: dt.date, *, progress: FileProgress | None = None) -> FetchResult:
        remotes = self.file_list(start, end)
        if not remotes:
            raise FetchError(f"{self.doi} lists no {self.dataset} file for {start.year}-{end.year}; check the "
                             "years, or download the files by hand and run 'detente ingest'")
        result = FetchResult()
        for i, remote in enumerate(remotes):
            if progress is not None:
                progress(remote.name, i, len(remotes))
            try:
                result.files.append(self.downloader.file(remote, self.dataset))
            except Missing as err:
                log.warning("%s", err)
                result.missing.append(remote.url)
            except FetchError as err:
                if any(f"HTTP {code}" in str(err) for code in (401, 403)):
                    raise FetchError(
                        f"{remote.name}: Dataverse asks for a login or accepted terms before download; download "
                        f"it by hand from {self.server}/dataset.xhtml?persistentId={self.doi} and run "
                        f"'detente ingest {self.dataset} {remote.name}'"
                    ) from err
                raise
        if progress is not None:
            progress("", len(remotes), len(remotes))
        return result

