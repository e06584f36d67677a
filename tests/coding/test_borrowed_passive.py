"""A passive with no subject of its own that takes one from the clause it hangs on ("Ghana protested after being
criticized by Togo", "Having been invited by Kenya, the Ugandan leader ...", "Chile was criticized by Peru and
condemned by Bolivia"): the subject it takes undergoes the act, and the "by" agent does it (docs/coder.md,
"Failure patterns of real prose and their fixes")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 4, 14)


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize(("text", "doer", "done_to", "root"), [
    ("Ghana softened its stand after being criticized by Togo.", "TGO", "GHA", "11"),
    ("Having been invited by the Togolese president, the Ghanaian leader flew to Lome.", "TGO", "GHA", "02"),
    ("Having been invited by the Chilean president, the Peruvian foreign minister arrived in Santiago on Monday.",
     "CHL", "PER", "02"),
    ("Bolivia was criticized by Peru and condemned by Chile for the border closure.", "CHL", "BOL", "11"),
    ("Ghana objected and was warned by Togo.", "TGO", "GHA", "13"),
])
def test_the_borrowed_subject_undergoes_the_act(coder: Coder, text: str, doer: str, done_to: str,
                                                 root: str) -> None:
    coded = _coded(coder, text)
    assert (doer, done_to, root) in coded, coded
    # the subject borrowed from the main clause is never read as doing the act
    assert not [e for e in coded if e[0] == done_to and e[2] == root], coded


@pytest.mark.parametrize(("text", "event"), [
    # an active verb after a passive keeps the passive's subject as its doer
    ("Bolivia was attacked by Peru and retaliated on Sunday.", ("BOL", "---", "19")),
    # an active gerund after "after" keeps the main subject as its doer
    ("Ghana protested to Togo after arresting Nigerian traders.", ("GHA", "TGO", "11")),
    # a passive with a subject of its own is untouched, and so is the verb before it
    ("Ghana criticized Togo after Nigeria was attacked by Niger.", ("NER", "NGA", "19")),
    ("Ghana criticized Togo after Nigeria was attacked by Niger.", ("GHA", "TGO", "11")),
])
def test_guard_active_verbs_and_own_subjects(coder: Coder, text: str, event: tuple[str, str, str]) -> None:
    coded = _coded(coder, text)
    assert event in coded, coded


def test_a_passive_with_no_agent_has_no_doer(coder: Coder) -> None:
    coded = _coded(coder, "Ghana softened its stand after being criticized in the press.")
    assert not [e for e in coded if e[0] == "GHA" and e[2] == "11"], coded
