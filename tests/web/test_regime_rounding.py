"""The overview's verdict card shows the current regime's mean CXI and its interval to one decimal, as the
report and the verdict's text do."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def test_the_current_regime_card_rounds_the_cxi(client: TestClient) -> None:
    page = client.get("/?dyad=USA-PRK").text
    card = re.search(r"mean CXI ([0-9.]+) \(([0-9.]+)–([0-9.]+)\)", page)
    assert card is not None, "the current regime card shows no mean CXI with its interval"
    for number in card.groups():
        assert re.fullmatch(r"\d+\.\d", number), number
