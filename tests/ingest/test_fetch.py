"""Fetch end to end through a recorded transport: GDELT 2.0 and 1.0 file lists and files, Dataverse (ICEWS);
a wrong MD5, a 404, a 500, a connection cut mid-file, a truncated zip."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from detente.errors import FetchError, FormatError
from detente.ingest import DataverseSource, Downloader, GdeltSource, ingest_paths
from detente.ingest._download import RemoteFile
from detente.model import Dyad
from detente.store import Store

V2 = "http://data.gdeltproject.org/gdeltv2/"
V1 = "http://data.gdeltproject.org/events/"
DAY = dt.date(2017, 7, 1)
#: the events fixture holds BGRGOV -> USA (one row) and two rows of other pairs
DYAD = Dyad("BGR", "USA")

Handler = Callable[[httpx.Request], httpx.Response]


class Recorded:
    """A transport serving recorded responses by URL; a list plays its responses in turn. Serves byte ranges
    (206) for ``Range`` requests, and records every request."""

    def __init__(self, routes: dict[str, bytes | list[bytes | int | tuple[str, bytes]]]) -> None:
        self.routes = {k: (v if isinstance(v, list) else [v]) for k, v in routes.items()}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        url = str(request.url)
        plays = self.routes.get(url)
        if not plays:
            return httpx.Response(404, content=b"not found")
        play = plays.pop(0) if len(plays) > 1 else plays[0]
        if isinstance(play, int):
            return httpx.Response(play, content=b"server error")
        if isinstance(play, tuple):  # ("cut", body): the connection drops after half of the body
            return httpx.Response(200, content=play[1][: len(play[1]) // 2])
        rng = request.headers.get("Range")
        if rng:
            start = int(rng.removeprefix("bytes=").split("-")[0])
            return httpx.Response(206, content=play[start:])
        return httpx.Response(200, content=play)

    def hits(self, suffix: str) -> int:
        return sum(1 for r in self.requests if str(r.url).endswith(suffix))


def _zip(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(name, data)
    return buf.getvalue()


def _entry(url: str, body: bytes, *, md5: str | None = None) -> str:
    return f"{len(body)} {md5 or hashlib.md5(body).hexdigest()} {url}"


@pytest.fixture
def export_zip(formats: Path) -> bytes:
    return _zip("20170701234500.export.CSV", (formats / "gdelt2.export.CSV").read_bytes())


def _source(transport: Recorded, tmp_path: Path, sleeps: list[float] | None = None) -> GdeltSource:
    client = httpx.Client(transport=httpx.MockTransport(transport))
    pauses = sleeps if sleeps is not None else []
    return GdeltSource(client, tmp_path / "cache",
                       downloader=Downloader(client, tmp_path / "cache" / "downloads", sleep=pauses.append))


def test_gdelt2_fetch_filters_to_the_dyad_and_caches(export_zip: bytes, tmp_path: Path) -> None:
    url = V2 + "20170701234500.export.CSV.zip"
    other = V2 + "20170702000000.export.CSV.zip"  # outside the range: never downloaded
    master = "\n".join([_entry(url, export_zip), _entry(other, export_zip),
                        f"123 abc {V2}20170701234500.mentions.CSV.zip"])
    transport = Recorded({V2 + "masterfilelist.txt": master.encode(), V2 + "lastupdate.txt": b"", url: export_zip})
    source = _source(transport, tmp_path)
    result = source.fetch(DAY, DAY, dyad=DYAD, version=2)
    assert result.missing == [] and result.rows_kept == 1 and len(result.files) == 1
    kept = result.files[0].read_text().splitlines()
    assert len(kept) == 1 and kept[0].split("\t")[7] == "BGR" and kept[0].split("\t")[17] == "USA"
    assert transport.hits("20170702000000.export.CSV.zip") == 0
    assert not list((tmp_path / "cache" / "downloads").rglob("*.zip"))  # raw file dropped, dyad rows kept
    again = source.fetch(DAY, DAY, dyad=DYAD, version=2)
    assert again.files == result.files and transport.hits("20170701234500.export.CSV.zip") == 1
    store = Store.open(":memory:")
    [run] = ingest_paths(store, "gdelt", result.files)
    assert (run.layout, run.stored) == ("gdelt2-export", 1)
    [event] = store.events()
    assert (event.source, event.target, event.date) == ("BGRGOV", "USA", DAY)


def test_lastupdate_adds_the_newest_file(export_zip: bytes, tmp_path: Path) -> None:
    url = V2 + "20170701234500.export.CSV.zip"
    transport = Recorded({V2 + "masterfilelist.txt": b"", V2 + "lastupdate.txt": _entry(url, export_zip).encode(),
                          url: export_zip})
    assert [r.name for r in _source(transport, tmp_path).file_list(DAY, DAY, version=2)] == [url.rsplit("/")[-1]]


def test_a_404_is_reported_missing_and_the_rest_fetched(export_zip: bytes, tmp_path: Path) -> None:
    gone = V2 + "20170701233000.export.CSV.zip"
    url = V2 + "20170701234500.export.CSV.zip"
    master = "\n".join([_entry(gone, export_zip), _entry(url, export_zip)])
    transport = Recorded({V2 + "masterfilelist.txt": master.encode(), url: export_zip})
    result = _source(transport, tmp_path).fetch(DAY, DAY, dyad=DYAD, version=2)
    assert result.missing == [gone] and len(result.files) == 1


def test_a_500_is_retried_with_backoff(export_zip: bytes, tmp_path: Path) -> None:
    url = V2 + "20170701234500.export.CSV.zip"
    transport = Recorded({V2 + "masterfilelist.txt": _entry(url, export_zip).encode(), url: [500, 503, export_zip]})
    sleeps: list[float] = []
    result = _source(transport, tmp_path, sleeps).fetch(DAY, DAY, dyad=DYAD, version=2)
    assert len(result.files) == 1 and sleeps == [1.0, 2.0]


def test_a_server_that_keeps_failing_raises(export_zip: bytes, tmp_path: Path) -> None:
    url = V2 + "20170701234500.export.CSV.zip"
    transport = Recorded({V2 + "masterfilelist.txt": _entry(url, export_zip).encode(), url: [500]})
    sleeps: list[float] = []
    with pytest.raises(FetchError, match="HTTP 500 after 5 attempts"):
        _source(transport, tmp_path, sleeps).fetch(DAY, DAY, dyad=DYAD, version=2)
    assert sleeps == [1.0, 2.0, 4.0, 8.0]


def test_a_wrong_md5_is_downloaded_again_then_refused(export_zip: bytes, tmp_path: Path) -> None:
    url = V2 + "20170701234500.export.CSV.zip"
    transport = Recorded({V2 + "masterfilelist.txt": _entry(url, export_zip, md5="0" * 32).encode(),
                          url: export_zip})
    with pytest.raises(FetchError, match=r"MD5 .* does not match the published 0000"):
        _source(transport, tmp_path).fetch(DAY, DAY, dyad=DYAD, version=2)
    assert transport.hits(".export.CSV.zip") == 2
    assert not list((tmp_path / "cache").rglob("*.tsv"))


def test_a_cut_connection_resumes_with_a_range_request(export_zip: bytes, tmp_path: Path) -> None:
    url = V2 + "20170701234500.export.CSV.zip"
    transport = Recorded({V2 + "masterfilelist.txt": _entry(url, export_zip).encode(),
                          url: [("cut", export_zip), export_zip]})
    sleeps: list[float] = []
    result = _source(transport, tmp_path, sleeps).fetch(DAY, DAY, dyad=DYAD, version=2)
    assert result.rows_kept == 1
    ranges = [r.headers.get("Range") for r in transport.requests if str(r.url) == url]
    assert ranges == [None, f"bytes={len(export_zip) // 2}-"]


def test_a_truncated_zip_on_the_server_is_refused(export_zip: bytes, tmp_path: Path) -> None:
    url = V2 + "20170701234500.export.CSV.zip"
    truncated = export_zip[: len(export_zip) - 40]  # the list matches the damaged file: only the zip can tell
    transport = Recorded({V2 + "masterfilelist.txt": _entry(url, truncated).encode(), url: truncated})
    with pytest.raises(FormatError, match="truncated or corrupt"):
        _source(transport, tmp_path).fetch(DAY, DAY, dyad=DYAD, version=2)
    assert not list((tmp_path / "cache").rglob("*.tsv"))


def test_gdelt1_back_file_from_md5sums_and_filesizes(formats: Path, tmp_path: Path) -> None:
    body = _zip("201204.csv", (formats / "gdelt1_backfile.CSV").read_bytes())
    md5s = f"{hashlib.md5(body).hexdigest()}  201204.zip\n{'1' * 32}  20130401.export.CSV.zip\n"
    sizes = f"{len(body)} 201204.zip\n99 20130401.export.CSV.zip\n"
    transport = Recorded({V1 + "md5sums": md5s.encode(), V1 + "filesizes": sizes.encode(), V1 + "201204.zip": body})
    source = _source(transport, tmp_path)
    assert [r.name for r in source.file_list(dt.date(2012, 4, 1), dt.date(2012, 4, 30), version=1)] == ["201204.zip"]
    result = source.fetch(dt.date(2012, 4, 1), dt.date(2012, 4, 30), dyad=DYAD, version=1)
    kept = result.files[0].read_text().splitlines()
    assert result.rows_kept == len(kept) == 1 and len(kept[0].split("\t")) == 57


def test_fetch_picks_the_version_from_the_date() -> None:
    assert GdeltSource.version_for(dt.date(2015, 2, 17)) == 1 and GdeltSource.version_for(dt.date(2018, 6, 1)) == 2


DV = "https://dataverse.harvard.edu"


def _dataverse_listing(body: bytes) -> bytes:
    files = [
        {"dataFile": {"id": 11, "filename": "events.2018.20200427.tab", "originalFileName": "events.2018.20200427.tab",
                      "originalFileSize": len(body), "md5": hashlib.md5(body).hexdigest()}},
        {"dataFile": {"id": 12, "filename": "events.2016.20180710.tab", "filesize": 10, "md5": "x"}},
        {"dataFile": {"id": 13, "filename": "ICEWS Codebook 2018.pdf", "filesize": 10}},
    ]
    return json.dumps({"status": "OK", "data": {"latestVersion": {"files": files}}}).encode()


def test_icews_from_dataverse_then_ingested(formats: Path, tmp_path: Path) -> None:
    body = (formats / "icews_sample.tab").read_bytes()
    listing = f"{DV}/api/datasets/:persistentId/?persistentId=doi:10.7910/DVN/28075"
    transport = Recorded({listing: _dataverse_listing(body), f"{DV}/api/access/datafile/11?format=original": body})
    client = httpx.Client(transport=httpx.MockTransport(transport))
    result = DataverseSource(client, tmp_path, dataset="icews").fetch(dt.date(2018, 1, 1), dt.date(2018, 12, 31))
    assert [p.name for p in result.files] == ["events.2018.20200427.tab"]
    store = Store.open(":memory:")
    assert ingest_paths(store, "icews", result.files)[0].stored == 10


def test_dataverse_behind_terms_says_how_to_download_by_hand(formats: Path, tmp_path: Path) -> None:
    body = (formats / "icews_sample.tab").read_bytes()
    listing = f"{DV}/api/datasets/:persistentId/?persistentId=doi:10.7910/DVN/28075"
    transport = Recorded({listing: _dataverse_listing(body), f"{DV}/api/access/datafile/11?format=original": 403})
    client = httpx.Client(transport=httpx.MockTransport(transport))
    with pytest.raises(FetchError, match=r"download it by hand .* 'detente ingest icews"):
        DataverseSource(client, tmp_path, dataset="icews").fetch(dt.date(2018, 1, 1), dt.date(2018, 12, 31))


def test_downloader_checks_size(tmp_path: Path) -> None:
    transport = Recorded({"http://x/f.zip": [b"abc"]})
    downloader = Downloader(httpx.Client(transport=httpx.MockTransport(transport)), tmp_path, retries=1,
                            sleep=lambda s: None)
    with pytest.raises(FetchError, match="connection closed after 3 of 5 bytes after 2 attempts"):
        downloader.file(RemoteFile("http://x/f.zip", "f.zip", size=5), "t")


def test_cli_fetch_gdelt_end_to_end(cli, export_zip: bytes, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    url = V2 + "20170701234500.export.CSV.zip"
    transport = Recorded({V2 + "masterfilelist.txt": _entry(url, export_zip).encode(), url: export_zip})
    monkeypatch.setattr("detente.cli._ingest.make_client",
                        lambda: httpx.Client(transport=httpx.MockTransport(transport)))
    store = tmp_path / "s.duckdb"
    result = cli("fetch", "gdelt", "--from", "2017-07-01", "--to", "2017-07-01", "--dyad", "BGR-USA",
                 "--store", str(store), "--json")
    assert result.exit_code == 0, result.stderr
    [run] = json.loads(result.stdout)
    assert (run["layout"], run["stored"]) == ("gdelt2-export", 1)
    bad = cli("fetch", "gdelt", "--from", "2017-07-02", "--to", "2017-07-01", "--store", str(store))
    assert bad.exit_code == 2 and "before" in bad.stderr
