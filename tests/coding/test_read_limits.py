"""`detente read` never reads without bound: the 2 MB limit holds while reading (files, standard input,
downloads), a download has one deadline for the whole transfer, and devices and FIFOs are refused.

Downloads go through an injected ``httpx.MockTransport`` and a fake clock; nothing touches the network.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from detente.coding._source import MAX_BYTES, fetch_url, read_file, read_stream
from detente.coding.intake import read_article
from detente.errors import FetchError, FormatError, InputError, LanguageError

STORY = (b"North and South Korean officials met at the border village of Panmunjom on Tuesday to prepare the "
         b"summit, the unification ministry said.\n")


class _Body:
    """A streamed response body that counts what was pulled from it."""

    def __init__(self, total: int, chunk: int = 65_536) -> None:
        self.total, self.chunk, self.pulled = total, chunk, 0

    def __iter__(self) -> Iterator[bytes]:
        while self.pulled < self.total:
            size = min(self.chunk, self.total - self.pulled)
            self.pulled += size
            yield b"a" * size


def _client(handler: httpx.MockTransport) -> httpx.Client:
    return httpx.Client(transport=handler)


def test_a_400_megabyte_download_stops_just_past_the_limit() -> None:
    body = _Body(400_000_000)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    with _client(transport) as client, pytest.raises(InputError, match="more than 2 MB"):
        fetch_url("https://news.example/huge", client)
    assert MAX_BYTES < body.pulled <= MAX_BYTES + body.chunk  # streamed: one chunk past the limit, not 400 MB


def test_a_declared_length_over_the_limit_is_refused_before_the_body_is_read() -> None:
    body = _Body(400_000_000)
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"content-length": "400000000"}))
    with _client(transport) as client, pytest.raises(InputError, match=r"400\.0 MB"):
        fetch_url("https://news.example/huge", client)
    assert body.pulled == 0


def test_a_server_dripping_a_byte_a_second_is_cut_at_the_deadline() -> None:
    now = [0.0]

    def drip() -> Iterator[bytes]:
        for _ in range(10_000):
            now[0] += 1.0  # each byte takes a second of the fake clock
            yield b"a"

    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=drip()))
    with _client(transport) as client, pytest.raises(FetchError, match="more than 30 s"):
        fetch_url("https://news.example/slow", client, deadline=30.0, clock=lambda: now[0])
    assert 30.0 < now[0] <= 32.0  # one deadline for the whole download, not one per read


def test_a_short_real_deadline_holds_too() -> None:
    import time

    def drip() -> Iterator[bytes]:
        while True:
            time.sleep(0.05)
            yield b"a"

    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=drip()))
    start = time.monotonic()
    with _client(transport) as client, pytest.raises(FetchError, match="took more than"):
        read_article("https://news.example/slow", client=client, deadline=0.3)
    assert time.monotonic() - start < 2.0


def test_a_page_within_the_limit_and_the_deadline_is_read() -> None:
    page = STORY + b"They agreed to meet again next week in the village.\n"
    transport = httpx.MockTransport(lambda request: httpx.Response(
        200, content=page, headers={"content-type": "text/plain; charset=utf-8"}))
    with _client(transport) as client:
        article = read_article("https://news.example/story", client=client)
    assert article.url == "https://news.example/story" and "Panmunjom" in article.text


def test_an_http_error_and_a_transport_error_are_fetch_errors() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with _client(httpx.MockTransport(fail)) as client, pytest.raises(FetchError, match="timed out"):
        fetch_url("https://news.example/x", client)
    with _client(httpx.MockTransport(lambda r: httpx.Response(503))) as client, \
            pytest.raises(FetchError, match="HTTP 503"):
        fetch_url("https://news.example/x", client)


# -- files, devices, FIFOs, standard input ---------------------------------------------------------------------------

def test_a_file_over_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "page.html"
    with big.open("wb") as fh:
        fh.truncate(50_000_000)  # a 50 MB page (sparse: nothing is written)
    with pytest.raises(InputError, match=r"50\.0 MB.*detente code"):
        read_file(big)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_a_device_is_refused() -> None:
    with pytest.raises(InputError, match="is a device"):
        read_article("/dev/zero")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code = f"from detente.coding.intake import read_article\nread_article({str(fifo)!r})"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "is a pipe (FIFO)" in done.stderr


def test_standard_input_is_bounded() -> None:
    with pytest.raises(InputError, match="more than 2 MB"):
        read_stream(io.BytesIO(b"a" * (MAX_BYTES + 10)))
    assert read_stream(io.BytesIO(STORY)) == STORY


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_detente_read_of_dev_zero_on_standard_input_ends_with_one_line() -> None:
    with open("/dev/zero", "rb") as zero:
        done = subprocess.run([sys.executable, "-m", "detente", "read", "-"], stdin=zero, capture_output=True,
                              text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "more than 2 MB" in done.stderr


@pytest.mark.parametrize(("data", "error", "message"), [
    (b"", InputError, "empty"),
    (b"\x00\x01\x02" * 100, FormatError, "binary"),
    ("Les deux dirigeants se sont rencontr\u00e9s \u00e0 Hanoi pour un deuxi\u00e8me sommet sur le "
     "programme nucl\u00e9aire de la Cor\u00e9e du Nord et les sanctions.".encode(), LanguageError, "English"),
])
def test_bad_input_on_standard_input(data: bytes, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        read_article(io.BytesIO(data))
