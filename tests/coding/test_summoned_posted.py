"""A passive summons whose envoy is named with the post and the holder's name ("Russia's ambassador to Armenia,
Sergey Kopyrkin, was summoned to ..."): the summoner protests to the envoy's state (coding._summoned)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2024, 6, 4)


def _triples(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code) for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize("sentence", [
    "Iran's ambassador to Norway was summoned to the Norwegian foreign ministry and handed a protest note.",
    ("Iran's ambassador to Norway, Ali Rezaei, was summoned to the Norwegian foreign ministry and handed a "
     "protest note."),
    ("Iran's ambassador in Oslo, Ali Rezaei, was summoned by the Norwegian foreign ministry, where a protest was "
     "lodged."),
])
def test_the_summoner_protests_to_the_envoys_state(coder: Coder, sentence: str) -> None:
    got = _triples(coder, sentence)
    assert ("NOR", "IRN", "114") in got
    assert not any(s == "IRN" for s, _, _ in got)


def test_guard_an_envoy_who_protests_in_the_active(coder: Coder) -> None:
    got = _triples(coder, "Iran's ambassador to Norway, Ali Rezaei, lodged a protest with the Norwegian government.")
    assert ("IRN", "NOR", "114") in got


@pytest.mark.parametrize(("sentence", "triple"), [
    ("Ankara called in the Swedish ambassador on Friday to protest the burning of a Koran.", ("TUR", "SWE", "114")),
    ("Canada summoned the Indian envoy to complain about the expulsion of its diplomats.", ("CAN", "IND", "11")),
])
def test_an_active_summons_with_a_purpose_aims_it_at_the_envoys_state(coder: Coder, sentence: str,
                                                                      triple: tuple[str, str, str]) -> None:
    got = {(s, t, c[:len(triple[2])]) for s, t, c in _triples(coder, sentence)}
    assert triple in got


def test_guard_a_protest_after_a_clause_break_keeps_its_own_target(coder: Coder) -> None:
    got = _triples(coder, "Ankara called in the Swedish ambassador on Friday, and later protested to Russia.")
    assert ("TUR", "SWE", "114") not in got
