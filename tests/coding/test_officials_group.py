""""The officials", "the diplomats", "the representatives" with no country of their own: the group a sentence
shortly before had as its subject, as "they" is (coref.Discourse._plural_offices)."""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder

DAY = dt.date(2021, 3, 9)


def _pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


def test_the_officials_are_the_three_states_two_sentences_back(coder: Coder) -> None:
    text = ("The top envoys of Canada, Australia and New Zealand met in Wellington on Monday. "
            "Mark Doe, a senior adviser, spoke with reporters afterwards. "
            "The officials firmly condemned Iran's seizure of the tanker.")
    got = _pairs(coder, text)
    assert {("CAN", "IRN", "11"), ("AUS", "IRN", "11"), ("NZL", "IRN", "11")} <= got


def test_the_diplomats_are_one_states_officials_named_in_the_plural(coder: Coder) -> None:
    text = ("Chilean diplomats arrived in Lima on Tuesday. "
            "The diplomats criticized Peru's new fishing rules.")
    assert ("CHL", "PER", "11") in _pairs(coder, text)


def test_no_group_before_leaves_the_officials_unresolved(coder: Coder) -> None:
    text = ("Iran seized a tanker on Monday. "
            "The officials condemned the seizure of the ship.")
    got = _pairs(coder, text)
    assert not any(s in ("IRN",) and c == "11" for s, _, c in got)


def test_the_officials_of_a_state_keep_their_own_country(coder: Coder) -> None:
    text = ("The envoys of Canada and Australia met in Wellington on Monday. "
            "The officials of Japan criticized China's coast guard law.")
    got = _pairs(coder, text)
    assert ("CAN", "CHN", "11") not in got and ("AUS", "CHN", "11") not in got
    assert ("JPN", "CHN", "11") in got


def test_a_group_four_sentences_back_is_too_far(coder: Coder) -> None:
    text = ("The envoys of Canada and Australia met in Wellington on Monday. "
            "The weather was cold. Markets were calm. Trading was light. "
            "The officials criticized China's coast guard law.")
    got = _pairs(coder, text)
    assert ("CAN", "CHN", "11") not in got and ("AUS", "CHN", "11") not in got
