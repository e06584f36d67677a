"""Fetching through an injected ``httpx.MockTransport``: MD5 checks, 404/410, retried statuses and transport errors
with their backoff, truncated or corrupt archives refused with nothing kept, the cache reused without a request,
partial downloads resumed, GDELT file lists (1.0 spans, 2.0 stamps) and the dyad filter applied while streaming."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from detente.errors import FetchError, FormatError, InputError
from detente.ingest import DataverseSource, Downloader, GdeltSource, RemoteFile, ingest_paths
from detente.ingest._download import Missing
from detente.ingest._layouts import GDELT1_BACKFILE, GDELT2_EXPORT
from detente.model import Dyad
from detente.store import Store

V2 = "http://data.gdeltproject.org/gdeltv2/"
V1 = "http://data.gdeltproject.org/events/"
URL = "http://files.example/data.bin"
#: 1.5 MiB: more than httpx's 1 MiB chunk, so a connection cut after the first chunk leaves bytes on disk
BODY = bytes(range(256)) * 6144
Play = bytes | int | Callable[[httpx.Request], httpx.Response]


class Server:
    """Serves each URL's plays in turn (the last one repeats): bytes (honouring ``Range`` with a 206), a status
    code, or a function of the request; records every request."""

    def __init__(self, routes: dict[str, list[Play]]) -> None:
        self.routes = routes
        self.calls: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request)
        plays = self.routes.get(str(request.url))
        if not plays:
            return httpx.Response(404)
        play = plays.pop(0) if len(plays) > 1 else plays[0]
        if isinstance(play, int):
            return httpx.Response(play, content=b"status")
        if callable(play):
            return play(request)
        if rng := request.headers.get("Range"):
            return httpx.Response(206, content=play[int(rng.removeprefix("bytes=").rstrip("-")):])
        return httpx.Response(200, content=play)

    def urls(self) -> list[str]:
        return [str(r.url) for r in self.calls]

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self))


class _CutStream(httpx.SyncByteStream):
    """A body whose connection drops after ``keep`` bytes."""

    def __init__(self, data: bytes, keep: int) -> None:
        self.data, self.keep = data, keep

    def __iter__(self) -> Iterator[bytes]:
        yield self.data[: self.keep]
        raise httpx.ReadError("connection reset by peer")


def _md5(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()


def _downloader(server: Server, tmp_path: Path, sleeps: list[float], **kw: float) -> Downloader:
    return Downloader(server.client(), tmp_path / "dl", sleep=sleeps.append, **kw)  # type: ignore[arg-type]


# --- the downloader ------------------------------------------------------------------------------------------------


def test_a_copy_with_the_wrong_md5_is_fetched_once_more_from_scratch(tmp_path: Path) -> None:
    damaged = BODY[:-1] + b"\x00"  # same size, one byte different: only the MD5 can tell
    server = Server({URL: [damaged, BODY]})
    path = _downloader(server, tmp_path, []).file(RemoteFile(URL, "data.bin", len(BODY), _md5(BODY)), "f")
    assert path.read_bytes() == BODY and path == tmp_path / "dl" / "f" / "data.bin"
    assert [r.headers.get("Range") for r in server.calls] == [None, None]  # the second try is a fresh download
    assert not list(path.parent.glob("*.part"))


def test_the_published_md5_is_compared_without_regard_to_case(tmp_path: Path) -> None:
    server = Server({URL: [BODY]})
    _downloader(server, tmp_path, []).file(RemoteFile(URL, "data.bin", None, _md5(BODY).upper()), "f")
    assert len(server.calls) == 1


def test_a_cached_copy_is_used_without_any_request_and_a_damaged_one_is_replaced(tmp_path: Path) -> None:
    server = Server({URL: [BODY]})
    downloader = _downloader(server, tmp_path, [])
    remote = RemoteFile(URL, "data.bin", len(BODY), _md5(BODY))
    first = downloader.file(remote, "f")
    assert len(server.calls) == 1
    assert downloader.file(remote, "f") == first and len(server.calls) == 1  # no request at all
    first.write_bytes(BODY[::-1])  # same size, damaged on disk
    assert downloader.file(remote, "f").read_bytes() == BODY and len(server.calls) == 2


@pytest.mark.parametrize("status", [404, 410])
def test_a_file_the_server_does_not_have_is_missing_at_once(tmp_path: Path, status: int) -> None:
    server = Server({URL: [status]})
    sleeps: list[float] = []
    with pytest.raises(Missing, match=rf"{URL} returned HTTP {status}: the list names a file the server does not"):
        _downloader(server, tmp_path, sleeps).file(RemoteFile(URL, "data.bin"), "f")
    assert len(server.calls) == 1 and sleeps == []  # not retried
    assert not list((tmp_path / "dl").rglob("data.bin*"))
    assert issubclass(Missing, FetchError)


@pytest.mark.parametrize("status", [408, 425, 429, 500, 502, 503, 504])
def test_busy_or_failing_statuses_are_retried_after_a_pause(tmp_path: Path, status: int) -> None:
    server = Server({URL: [status, BODY]})
    sleeps: list[float] = []
    path = _downloader(server, tmp_path, sleeps).file(RemoteFile(URL, "data.bin", len(BODY)), "f")
    assert path.read_bytes() == BODY and sleeps == [1.0] and len(server.calls) == 2


def test_other_client_errors_fail_at_once_naming_the_status(tmp_path: Path) -> None:
    server = Server({URL: [403]})
    with pytest.raises(FetchError, match=rf"^{URL} returned HTTP 403$"):
        _downloader(server, tmp_path, []).file(RemoteFile(URL, "data.bin"), "f")
    assert len(server.calls) == 1


def test_backoff_doubles_from_the_configured_base_then_gives_a_clear_error(tmp_path: Path) -> None:
    server = Server({URL: [500]})
    sleeps: list[float] = []
    with pytest.raises(FetchError, match=rf"^{URL}: HTTP 500 after 3 attempts; try again later$"):
        _downloader(server, tmp_path, sleeps, retries=2, backoff=0.5).file(RemoteFile(URL, "data.bin"), "f")
    assert sleeps == [0.5, 1.0] and len(server.calls) == 3


def test_file_lists_are_retried_on_network_errors_and_busy_statuses(tmp_path: Path) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    server = Server({URL: [refuse, 503, b"list body"]})
    sleeps: list[float] = []
    assert _downloader(server, tmp_path, sleeps).text(URL) == "list body"
    assert sleeps == [1.0, 2.0]
    never = Server({URL: [refuse]})
    with pytest.raises(FetchError, match=r"connection refused after 5 attempts; try again later"):
        _downloader(never, tmp_path, []).text(URL)
    with pytest.raises(Missing, match="HTTP 404"):
        _downloader(Server({}), tmp_path, []).text(URL)


def test_a_part_left_by_a_stopped_run_is_resumed_with_a_range_request(tmp_path: Path) -> None:
    server = Server({URL: [BODY]})
    part = tmp_path / "dl" / "f" / "data.bin.part"
    part.parent.mkdir(parents=True)
    part.write_bytes(BODY[:1000])
    path = _downloader(server, tmp_path, []).file(RemoteFile(URL, "data.bin", len(BODY), _md5(BODY)), "f")
    assert path.read_bytes() == BODY and not part.exists()
    assert [r.headers.get("Range") for r in server.calls] == ["bytes=1000-"]


def test_a_server_that_ignores_the_range_sends_the_whole_file_which_replaces_the_part(tmp_path: Path) -> None:
    server = Server({URL: [lambda request: httpx.Response(200, content=BODY)]})
    part = tmp_path / "dl" / "f" / "data.bin.part"
    part.parent.mkdir(parents=True)
    part.write_bytes(BODY[:1000])
    path = _downloader(server, tmp_path, []).file(RemoteFile(URL, "data.bin", len(BODY), _md5(BODY)), "f")
    assert path.read_bytes() == BODY  # not the first 1000 bytes twice
    assert server.calls[0].headers.get("Range") == "bytes=1000-"


def test_a_connection_reset_mid_body_resumes_from_the_bytes_that_arrived(tmp_path: Path) -> None:
    keep = 1 << 20
    server = Server({URL: [lambda request: httpx.Response(200, stream=_CutStream(BODY, keep)), BODY]})
    sleeps: list[float] = []
    path = _downloader(server, tmp_path, sleeps).file(RemoteFile(URL, "data.bin", len(BODY), _md5(BODY)), "f")
    assert path.read_bytes() == BODY and sleeps == [1.0]
    assert [r.headers.get("Range") for r in server.calls] == [None, f"bytes={keep}-"]


def test_a_full_size_stale_part_with_the_wrong_bytes_is_dropped_for_a_fresh_copy(tmp_path: Path) -> None:
    server = Server({URL: [BODY]})
    part = tmp_path / "dl" / "f" / "data.bin.part"
    part.parent.mkdir(parents=True)
    part.write_bytes(bytes(len(BODY)))
    path = _downloader(server, tmp_path, []).file(RemoteFile(URL, "data.bin", len(BODY), _md5(BODY)), "f")
    assert path.read_bytes() == BODY
    assert [r.headers.get("Range") for r in server.calls] == [None]  # the full part needed no request


# --- GDELT: file lists -------------------------------------------------------------------------------------------


def _source(server: Server, tmp_path: Path, sleeps: list[float] | None = None) -> GdeltSource:
    client = server.client()
    pauses = [] if sleeps is None else sleeps
    return GdeltSource(client, tmp_path / "cache",
                       downloader=Downloader(client, tmp_path / "cache" / "downloads", sleep=pauses.append))


def test_gdelt1_list_takes_the_years_months_and_days_that_overlap_the_range(tmp_path: Path) -> None:
    names = ["2011.zip", "2012.zip", "201211.zip", "201212.zip", "201301.zip", "20130101.export.CSV.zip",
             "20130103.export.CSV.zip", "GDELT.MASTERREDUCEDV2.1979-2013.zip"]
    md5s = "".join(f"{_md5(n.encode())}  {n}\n" for n in names)
    sizes = "123 201212.zip\nnot-a-size 2012.zip\n"
    server = Server({V1 + "md5sums": [md5s.encode()], V1 + "filesizes": [sizes.encode()]})
    listed = _source(server, tmp_path).file_list(dt.date(2012, 12, 15), dt.date(2013, 1, 2), version=1)
    assert [(r.name, r.size) for r in listed] == [("2012.zip", None), ("201212.zip", 123), ("201301.zip", None),
                                                  ("20130101.export.CSV.zip", None)]
    assert all(r.url == V1 + r.name and r.md5 == _md5(r.name.encode()) for r in listed)


def test_gdelt2_list_keeps_exports_stamped_in_the_range_once(tmp_path: Path) -> None:
    def entry(stamp: str, kind: str = "export") -> str:
        return f"10 {'a' * 32} {V2}{stamp}.{kind}.CSV.zip"

    master = "\n".join([entry("20180611234500"), entry("20180612000000"), entry("20180612000000", "mentions"),
                        entry("20180613234500"), entry("20180614000000"), "garbage line", ""])
    last = entry("20180613234500") + "\n"  # also in the master list: listed once
    server = Server({V2 + "masterfilelist.txt": [master.encode()], V2 + "lastupdate.txt": [last.encode()]})
    listed = _source(server, tmp_path).file_list(dt.date(2018, 6, 12), dt.date(2018, 6, 13), version=2)
    assert [r.name for r in listed] == ["20180612000000.export.CSV.zip", "20180613234500.export.CSV.zip"]


def test_a_missing_master_list_fails_but_a_missing_last_update_list_does_not(tmp_path: Path) -> None:
    with pytest.raises(Missing, match=r"masterfilelist\.txt returned HTTP 404"):
        _source(Server({}), tmp_path).file_list(dt.date(2018, 6, 12), dt.date(2018, 6, 12), version=2)
    server = Server({V2 + "masterfilelist.txt": [b""]})
    assert _source(server, tmp_path).file_list(dt.date(2018, 6, 12), dt.date(2018, 6, 12), version=2) == []
    assert server.urls() == [V2 + "masterfilelist.txt", V2 + "lastupdate.txt"]


def test_impossible_requests_are_input_errors(tmp_path: Path) -> None:
    source = _source(Server({}), tmp_path)
    with pytest.raises(InputError, match="GDELT version 3 does not exist; use --version 1 or 2"):
        source.file_list(dt.date(2018, 6, 1), dt.date(2018, 6, 2), version=3)
    with pytest.raises(InputError, match="--to 2018-06-01 is before --from 2018-06-02; swap them"):
        source.fetch(dt.date(2018, 6, 2), dt.date(2018, 6, 1), dyad=Dyad("USA", "PRK"))
    with pytest.raises(InputError, match="'gdelt' is not on Dataverse; fetch one of icews, polecat"):
        DataverseSource(Server({}).client(), tmp_path, dataset="gdelt")


# --- GDELT: streaming the dyad out of the zips --------------------------------------------------------------------


def _row(columns: tuple[str, ...], a1: str, a2: str, day: str, eid: str) -> bytes:
    row = dict.fromkeys(columns, "")
    row.update(GLOBALEVENTID=eid, SQLDATE=day, Actor1Code=a1, Actor1CountryCode=a1, Actor2Code=a2,
               Actor2CountryCode=a2, EventCode="046", QuadClass="1", GoldsteinScale="7")
    return "\t".join(row[c] for c in columns).encode()


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _listing(files: dict[str, bytes]) -> bytes:
    return "\n".join(f"{len(b)} {_md5(b)} {V2}{n}" for n, b in files.items()).encode()


NAME = "20180612000000.export.CSV.zip"
DAY = dt.date(2018, 6, 12)
USA_PRK = Dyad("USA", "PRK")


@pytest.fixture
def streamed() -> tuple[bytes, list[bytes]]:
    """A zip of two members mixing the dyad's rows (kept) with rows the filter must drop."""
    keep = [_row(GDELT2_EXPORT, "USA", "PRK", "20180612", "1"), _row(GDELT2_EXPORT, "PRK", "USA", "20180612", "2"),
            _row(GDELT2_EXPORT, "PRK", "USA", "20180612", "9")]
    drop = [
        _row(GDELT2_EXPORT, "USA", "CHN", "20180612", "3"),  # another dyad
        _row(GDELT2_EXPORT, "USA", "USA", "20180612", "4").replace(b"\t\t", b"\tPRK\t", 1),  # PRK elsewhere
        _row(GDELT2_EXPORT, "USA", "PRK", "20180611", "5"),  # before the range
        _row(GDELT2_EXPORT, "USA", "PRK", "20180613", "6"),  # after it: reported late, not fetched
        _row(GDELT2_EXPORT, "USA", "PRK", "20180612", "7") + b"\textra",  # no GDELT layout has 62 columns
    ]
    first = b"\n".join([keep[0], drop[0], drop[1], keep[1], drop[2]]) + b"\n"
    second = b"\n".join([drop[3], drop[4], keep[2]])  # the last line has no line end
    return _zip({"a.CSV": first, "b.CSV": second}), keep


def test_only_the_dyads_rows_in_the_range_are_kept_both_directions(streamed: tuple[bytes, list[bytes]],
                                                                   tmp_path: Path) -> None:
    body, keep = streamed
    server = Server({V2 + "masterfilelist.txt": [_listing({NAME: body})], V2 + NAME: [body]})
    result = _source(server, tmp_path).fetch(DAY, DAY, dyad=USA_PRK)
    assert (result.rows_kept, result.missing) == (3, [])
    [out] = result.files
    assert out == tmp_path / "cache" / "gdelt" / "v2" / "20180612000000.export.CSV.USA-PRK.tsv"
    assert out.read_bytes() == b"".join(line + b"\n" for line in keep)
    assert not list((tmp_path / "cache").rglob("*.zip")) and not list((tmp_path / "cache").rglob("*.part"))
    store = Store.open(":memory:")
    [run] = ingest_paths(store, "gdelt", [out])
    assert (run.layout, run.stored) == ("gdelt2-export", 3)
    assert {(e.source, e.target) for e in store.events()} == {("USA", "PRK"), ("PRK", "USA")}


def test_the_dyad_is_unordered_and_the_order_of_its_codes_does_not_matter(streamed: tuple[bytes, list[bytes]],
                                                                         tmp_path: Path) -> None:
    body, keep = streamed
    server = Server({V2 + "masterfilelist.txt": [_listing({NAME: body})], V2 + NAME: [body]})
    result = _source(server, tmp_path).fetch(DAY, DAY, dyad=Dyad("PRK", "USA"))
    assert result.rows_kept == 3 and result.files[0].name.endswith(".PRK-USA.tsv")
    assert result.files[0].read_bytes().splitlines() == keep


def test_a_second_fetch_requests_only_the_file_lists(streamed: tuple[bytes, list[bytes]], tmp_path: Path) -> None:
    body, _ = streamed
    server = Server({V2 + "masterfilelist.txt": [_listing({NAME: body})], V2 + "lastupdate.txt": [b""],
                     V2 + NAME: [body]})
    source = _source(server, tmp_path)
    first = source.fetch(DAY, DAY, dyad=USA_PRK)
    assert len(server.calls) == 3
    again = source.fetch(DAY, DAY, dyad=USA_PRK)
    assert server.urls()[3:] == [V2 + "masterfilelist.txt", V2 + "lastupdate.txt"]  # no file request
    assert again.files == first.files and again.rows_kept == 0


def test_gdelt1_back_file_rows_are_filtered_in_their_57_column_layout(tmp_path: Path) -> None:
    rows = [_row(GDELT1_BACKFILE, "PRK", "USA", "20120415", "1"), _row(GDELT1_BACKFILE, "USA", "PRK", "20120501", "2"),
            _row(GDELT1_BACKFILE, "USA", "PRK", "20120430", "3")]
    body = _zip({"201204.csv": b"\n".join(rows) + b"\n"})
    server = Server({V1 + "md5sums": [f"{_md5(body)}  201204.zip\n".encode()], V1 + "filesizes": [b""],
                     V1 + "201204.zip": [body]})
    result = _source(server, tmp_path).fetch(dt.date(2012, 4, 10), dt.date(2012, 4, 30), dyad=USA_PRK)
    assert result.files[0].parent.name == "v1"
    assert result.files[0].read_bytes().splitlines() == [rows[0], rows[2]]


def test_a_corrupt_member_is_refused_and_nothing_is_kept(streamed: tuple[bytes, list[bytes]], tmp_path: Path) -> None:
    body, _ = streamed
    data = bytearray(body)
    start = data.index(b"a.CSV") + len(b"a.CSV")  # the first member's compressed bytes follow its name
    data[start + 5:start + 25] = bytes(20)
    bad = bytes(data)  # the listing matches the damaged file: only the archive itself can tell
    server = Server({V2 + "masterfilelist.txt": [_listing({NAME: bad})], V2 + NAME: [bad]})
    with pytest.raises(FormatError, match=r"truncated or corrupt .* delete it from the cache and fetch again"):
        _source(server, tmp_path).fetch(DAY, DAY, dyad=USA_PRK)
    assert not list((tmp_path / "cache" / "gdelt").rglob("*.tsv*"))


def test_an_error_page_served_as_the_zip_is_refused(tmp_path: Path) -> None:
    page = b"<html><body>Service temporarily unavailable</body></html>"
    server = Server({V2 + "masterfilelist.txt": [f"{len(page)} {_md5(page)} {V2}{NAME}".encode()], V2 + NAME: [page]})
    with pytest.raises(FormatError, match=r"20180612000000\.export\.CSV\.zip: the zip archive is truncated"):
        _source(server, tmp_path).fetch(DAY, DAY, dyad=USA_PRK)
    assert not list((tmp_path / "cache" / "gdelt").rglob("*.tsv*"))


def test_progress_names_each_file_then_reports_the_end(streamed: tuple[bytes, list[bytes]], tmp_path: Path) -> None:
    body, _ = streamed
    other = "20180612001500.export.CSV.zip"
    server = Server({V2 + "masterfilelist.txt": [_listing({NAME: body, other: body})], V2 + NAME: [body],
                     V2 + other: [body]})
    seen: list[tuple[str, int, int]] = []
    _source(server, tmp_path).fetch(DAY, DAY, dyad=USA_PRK, progress=lambda *a: seen.append(a))
    assert seen == [(NAME, 0, 2), (other, 1, 2), ("", 2, 2)]


def test_a_file_without_the_dyad_does_not_break_the_ingest_of_the_others(streamed: tuple[bytes, list[bytes]],
                                                                         tmp_path: Path) -> None:
    body, _ = streamed
    empty_name = "20180612001500.export.CSV.zip"
    none = _zip({"c.CSV": _row(GDELT2_EXPORT, "USA", "CHN", "20180612", "8") + b"\n"})
    server = Server({V2 + "masterfilelist.txt": [_listing({NAME: body, empty_name: none})], V2 + NAME: [body],
                     V2 + empty_name: [none]})
    result = _source(server, tmp_path).fetch(DAY, DAY, dyad=USA_PRK)
    assert result.rows_kept == 3
    store = Store.open(":memory:")
    assert sum(r.stored for r in ingest_paths(store, "gdelt", result.files)) == 3


# --- Dataverse -------------------------------------------------------------------------------------------------------

DV = "https://dataverse.harvard.edu"
LISTING = f"{DV}/api/datasets/:persistentId/?persistentId=doi:10.7910/DVN/28075"


def _dataverse(body: bytes) -> bytes:
    files = [{"dataFile": {"id": 7, "filename": "events.2018.20200427.tab", "filesize": len(body),
                           "checksum": {"type": "MD5", "value": _md5(body)}}}]
    return json.dumps({"data": {"latestVersion": {"files": files}}}).encode()


def test_dataverse_second_fetch_only_reads_the_listing(tmp_path: Path) -> None:
    body = b"Event ID\tEvent Date\n1\t2018-06-12\n"
    server = Server({LISTING: [_dataverse(body)], f"{DV}/api/access/datafile/7": [body]})
    source = DataverseSource(server.client(), tmp_path, dataset="icews")
    [path] = source.fetch(dt.date(2018, 1, 1), dt.date(2018, 12, 31)).files
    assert path.read_bytes() == body and len(server.calls) == 2
    assert source.fetch(dt.date(2018, 1, 1), dt.date(2018, 12, 31)).files == [path]
    assert server.urls()[2:] == [LISTING]
    missing = Server({LISTING: [_dataverse(body)]})  # the listed file answers 404: reported, not fatal
    result = DataverseSource(missing.client(), tmp_path / "other", dataset="icews").fetch(
        dt.date(2018, 1, 1), dt.date(2018, 12, 31))
    assert (result.files, result.missing) == ([], [f"{DV}/api/access/datafile/7"])


@pytest.mark.parametrize(("play", "message"), [
    (500, r"returned HTTP 500; download the icews files by hand from .*dataset\.xhtml\?persistentId="
          r"doi:10\.7910/DVN/28075 and run 'detente ingest icews FILES'"),
    (b"<html>not json</html>", "not a Dataverse dataset description"),
    (json.dumps({"data": {"latestVersion": {"files": []}}}).encode(),
     r"doi:10\.7910/DVN/28075 lists no icews file for 2018-2018; check the years"),
])
def test_dataverse_listing_failures_say_what_to_do(tmp_path: Path, play: Play, message: str) -> None:
    server = Server({LISTING: [play]})
    with pytest.raises(FetchError, match=message):
        DataverseSource(server.client(), tmp_path, dataset="icews").fetch(dt.date(2018, 1, 1), dt.date(2018, 12, 31))
