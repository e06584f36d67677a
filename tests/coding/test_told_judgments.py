"""Judgments another state's act gets where the teller is not the clause's subject: a praise told before its teller
("Laos's decision to free the fishermen is a welcome step, the Thai foreign minister said": the teller's optimistic
comment, 013, beside the disapproval `_fronted` read already), and a participle of naming after what a verb of
saying says ("said there were no troops in the convoy, branding the raid an act of aggression by Israel": the
teller brands, not the subject of what is said)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2015, 6, 10)


def _text_roots(shared_coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in shared_coder.code_text(text, date=DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Laos's decision to free the Thai fishermen is a welcome step, the Thai foreign minister said.",
     ("THA", "LAO", "01")),
    ('"The Ugandan offer of talks is a step in the right direction," the Kenyan foreign minister told reporters.',
     ("KEN", "UGA", "01")),
    ("The Malaysian proposal is constructive and useful, the Indonesian president said.", ("IDN", "MYS", "01")),
    ("The Nigerian spokesman said there were no soldiers on the boat, branding the raid an act of aggression by "
     "Cameroon.", ("NGA", "CMR", "11")),
    ("The Indian spokesman said the convoy carried only civilians, calling the strike a provocation by Pakistan.",
     ("IND", "PAK", "11")),
])
def test_a_judgment_told_apart_from_its_teller_is_the_tellers(shared_coder: Coder, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    assert expected in _text_roots(shared_coder, text)


@pytest.mark.parametrize("text", [
    "The Ugandan decision is a step backwards, the Kenyan foreign minister said.",
    "The Ugandan offer is not a positive step, the Kenyan foreign minister said.",
    "Progress in the Ugandan talks has been slow, the Kenyan foreign minister said.",
    "Our decision to free the fishermen is a welcome step, the Thai foreign minister said.",
])
def test_no_praise_of_another_state(shared_coder: Coder, text: str) -> None:
    assert not any(root in ("01", "05") and target != "---" for _, target, root in _text_roots(shared_coder, text))


def test_the_content_of_the_telling_keeps_its_own_doer(shared_coder: Coder) -> None:
    found = _text_roots(shared_coder, "The Nigerian spokesman said Cameroonian troops had shelled the village, "
                                      "killing two farmers.")
    assert not any(source == "NGA" and root in ("18", "19") for source, _, root in found)
