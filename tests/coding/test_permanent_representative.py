"""A state's permanent representative to the United Nations is its state's official, never the UN's
(dictionaries/agents.txt)."""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder

DAY = dt.date(2019, 10, 2)


def _sources(coder: Coder, sentence: str) -> set[str]:
    return {e.source for e in coder.code_sentence(sentence, date=DAY)}


def test_the_permanent_representative_of_a_state_is_its_government(coder: Coder) -> None:
    assert "NORGOV" in _sources(coder, "The permanent representative of Norway to the United Nations criticized Sudan.")


def test_a_states_permanent_representative_is_no_un_official(coder: Coder) -> None:
    got = _sources(coder, "Norway's Permanent Representative criticized Sudan over the attacks on aid workers.")
    assert "NORGOV" in got and not any(s.startswith("IGO") for s in got)
