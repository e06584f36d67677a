"""Request handling: HEAD is answered like GET without a body, and every route reads a dyad the same way."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from detente.errors import DyadError
from detente.model import Dyad


@pytest.mark.parametrize("path", ["/", "/index.json", "/events", "/events.json", "/dyad.json", "/status",
                                  "/milestones.json", "/api", "/static/style.css"])
def test_head_is_answered_like_get_without_a_body(client: TestClient, path: str) -> None:
    got = client.get(path)
    head = client.head(path)
    assert head.status_code == got.status_code == 200, (head.status_code, head.text)
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers.get("content-security-policy") == got.headers.get("content-security-policy")


def test_head_of_a_missing_page_is_404(client: TestClient) -> None:
    assert client.head("/no-such-page").status_code == 404


@pytest.mark.parametrize("dyad", ["USA-PRK", "usa-prk", "PRK-USA", "USA_PRK", "USA/PRK", "USA PRK", "USAPRK",
                                  "USA-PRK-CHN", "USA-PRKX", "USA-USA", "ÜSA-PRK", "USA-PRК", "١٢٣-PRK", "",
                                  "X" * 300])
def test_every_route_reads_a_dyad_alike(client: TestClient, dyad: str) -> None:
    try:
        Dyad.parse(dyad)
        valid = True
    except DyadError:
        valid = False
    events = client.get("/events.json", params={"dyad": dyad, "size": 1})
    explorer = client.get("/dyad.json", params={"dyad": dyad})
    milestones = client.get("/milestones.json", params={"dyad": dyad})
    if not dyad:
        return  # an empty dyad means the default one on every route
    codes = {events.status_code, explorer.status_code, milestones.status_code}
    if valid:
        assert 400 not in codes and 422 not in codes, (events.text, explorer.text)
    else:
        assert len(codes) == 1 and codes <= {400, 422}, (events.text, explorer.text, milestones.text)
        assert events.json()["error"] == explorer.json()["error"] == milestones.json()["error"]


@pytest.mark.parametrize("text", ["ÜSA-PRK", "USA-PRК", "ＵＳＡ-PRK", "١٢٣-PRK", "ßSA-PRK"])
def test_non_ascii_letters_are_not_country_codes(text: str) -> None:
    with pytest.raises(DyadError, match="3-letter country codes"):
        Dyad.parse(text)
