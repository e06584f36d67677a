"""The news reader: HTML and scraped text, URLs through an injected client, refusals of bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest

from detente.errors import FetchError, FormatError, InputError, LanguageError, SourceNotFound
from detente.ingest.news import MAX_BYTES, decode, read_article, read_article_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "news"

MENU_OR_ADS = ("Home", "Advertisement", "Share on Facebook", "Comments", "Subscribe", "Sign up", "All rights reserved")


def test_saved_page() -> None:
    article = read_article(FIXTURES / "hanoi_summit.html")
    assert article.title == "Trump and Kim end Hanoi summit without a deal"
    assert article.date == dt.date(2019, 2, 28)
    assert article.author == "Jane Example"
    assert article.text.startswith("President Donald Trump and North Korean leader Kim Jong Un ended")
    for junk in MENU_OR_ADS:
        assert junk not in article.text, junk
    assert "Great article" not in article.text  # reader comments
    assert "Share on Facebook" in article.removed and "Comments (42)" in article.removed


def test_scraped_text() -> None:
    article = read_article(FIXTURES / "scraped_singapore.txt")
    assert article.title == "Trump and Kim agree to work toward denuclearization at Singapore summit"
    assert article.author == "John Sample"
    assert article.date == dt.date(2018, 6, 12)
    for junk in (*MENU_OR_ADS, "utm_source", ".jpg", "Read more", "Log in", "Sponsored", "Menu"):
        assert junk not in article.text, junk
    assert article.text.startswith("President Donald Trump and North Korean leader Kim Jong Un signed")
    assert "summit-handshake-0612.jpg" in article.removed
    assert len(article.text.splitlines()) == 5


def test_date_option_wins() -> None:
    assert read_article(FIXTURES / "scraped_singapore.txt", date=dt.date(2018, 6, 13)).date == dt.date(2018, 6, 13)


def test_url_through_injected_client() -> None:
    page = (FIXTURES / "hanoi_summit.html").read_bytes()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/hanoi":
            return httpx.Response(200, content=page, headers={"content-type": "text/html"})
        return httpx.Response(404)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        article = read_article("https://news.example/hanoi", client=client)
        assert article.url == "https://news.example/hanoi"
        assert "Yongbyon" in article.text
        with pytest.raises(FetchError, match="HTTP 404"):
            read_article("https://news.example/missing", client=client)


def test_network_failure_is_a_fetch_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route", request=request)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client, pytest.raises(FetchError, match="could not"):
        read_article("https://news.example/x", client=client)


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"", InputError, "empty"),
        (b"   \n\n  ", InputError, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), FormatError, "binary"),
        ("Kim and Trump met in Hanoi on Wednesday for a second summit.".encode("latin-1") + b"\xe9\xe8",
         FormatError, "not UTF-8"),
        (b"a" * (MAX_BYTES + 1), InputError, "MB"),
    ],
)
def test_bad_bytes(data: bytes, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        decode(data)


def test_ten_megabyte_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"North Korea and the United States met again. " * 230_000)
    with pytest.raises(InputError, match="detente code"):
        read_article(big)


def test_declared_charset_is_honoured() -> None:
    html = ('<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 owners in Seoul said the summit '
            'brought many visitors to the city this week, officials said.</p></body></html>').encode("latin-1")
    assert "Caf\u00e9" in decode(html)


def test_page_with_no_article() -> None:
    with pytest.raises(InputError, match="no article"):
        read_article(FIXTURES / "no_article.html")


def test_only_boilerplate() -> None:
    with pytest.raises(InputError, match="no article text"):
        read_article_text("Home | World | Politics\nAdvertisement\nShare on Facebook\nComments (3)")


@pytest.mark.parametrize(("name", "reason"), [("korean.txt", "Hangul"), ("french.txt", "English")])
def test_non_english_is_refused_with_a_reason(name: str, reason: str) -> None:
    with pytest.raises(LanguageError, match=reason):
        read_article(FIXTURES / name)


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFound):
        read_article(tmp_path / "nope.html")
    with pytest.raises(InputError, match="folder"):
        read_article(tmp_path)


def test_stdin_bytes() -> None:
    text = b"Pyongyang fired two missiles on Thursday, officials in Seoul said."
    article = read_article(text, date=dt.date(2019, 5, 9))
    assert article.date == dt.date(2019, 5, 9) and article.title is None
