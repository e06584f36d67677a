"""Fixtures of the coder's tests; their material comes through tests/conftest.py (fixture_file, shared_file)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.coding import Coder

#: (source country, target country, root, modality) of each event of a sentence with both actors known
CountryCoded = Callable[[str, dt.date], set[tuple[str, str, str, str]]]


@pytest.fixture(scope="session")
def petrarch_dictionaries(fixture_file: Callable[[str], Path]) -> Path:
    """The PETRARCH validation dictionaries (actors, agents, verbs, discards), as published with PETRARCH."""
    return fixture_file("gold/petrarch_unit_dictionaries")


@pytest.fixture(scope="session")
def shared_coder() -> Coder:
    """One coder for the modules that only read sentences with it (it keeps no state between sentences)."""
    return Coder()


@pytest.fixture(scope="session")
def coder(shared_coder: Coder) -> Coder:
    """The shared coder under the name most modules use (a module needing other options defines its own)."""
    return shared_coder


@pytest.fixture(scope="session")
def country_coded(shared_coder: Coder) -> CountryCoded:
    """``country_coded(sentence, day)``: (source country, target country, root, modality) of each event of the
    sentence whose two actors are known."""
    def coded(sentence: str, day: dt.date) -> set[tuple[str, str, str, str]]:
        return {(e.source[:3], e.target[:3], e.code[:2], e.modality)
                for e in shared_coder.code_sentence(sentence, date=day)
                if e.source[:3] != "---" and e.target[:3] != "---"}
    return coded


#: (source country, target country, code) of each event of a sentence, "---" where an actor's country is unknown
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.fixture(scope="session")
def code_coded(shared_coder: Coder) -> CodeCoded:
    """``code_coded(sentence)``: (source country, target country, code) of each event of the sentence, read on
    1 March 2012."""
    def coded(sentence: str) -> list[tuple[str, str, str]]:
        return [(e.source[:3], e.target[:3], e.code)
                for e in shared_coder.code_sentence(sentence, date=dt.date(2012, 3, 1))]
    return coded
