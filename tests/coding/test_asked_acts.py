"""Acts asked for by an appeal or a demand, read as done before (sentences written for these tests, none from an
evaluation set; docs/coder.md, "Acts urged, planned or supposed").

"Cuba urged the United States to lift its blockade, return Guantanamo and release the five Cubans": the return and
the release are asked for, as the lifting is; the appeal is the act told. The parse tells how far what is asked
goes (``coding._asked``). The guards are acts told beside an appeal that must stay.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._asked import asked_for
from detente.coding.coder import reported_act
from detente.coding.syntax import Parse

DAY = dt.date(2012, 5, 14)


def told(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of each act the sentence tells (done or announced)."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)
            if reported_act(e) and e.modality in ("occurred", "intended")}


@pytest.mark.parametrize(
    ("sentence", "asked", "appeal"),
    [
        # bare verbs coordinated with the infinitive (the parser hangs them on "urged" or on the infinitive)
        ("Cuba urged the United States to lift its blockade, return Guantanamo and release the five Cubans.",
         ("USA", "CUB", "08"), ("CUB", "USA", "02")),
        ("Japan urged China to stop its drills, hold talks with Vietnam and withdraw its troops from Laos.",
         ("CHN", "VNM", "04"), ("JPN", "CHN", "02")),
        ("Japan urged China to immediately stop its drills, conclude a peace agreement with Vietnam and pull its "
         "forces out of Laos at once.", ("CHN", "VNM", "05"), ("JPN", "CHN", "02")),
        # a demand's clause in the subjunctive, and the bare verb coordinated with it
        ("The DPRK demanded that the United States stop the drills and withdraw its forces from south Korea.",
         ("USA", "KOR", "08"), ("PRK", "USA", "10")),
    ],
)
def test_what_an_appeal_asks_is_not_done(shared_coder: Coder, sentence: str, asked: tuple[str, str, str],
                                          appeal: tuple[str, str, str]) -> None:
    found = told(shared_coder, sentence)
    assert appeal in found
    assert not any(e[2] == asked[2] and asked[1] in (e[0], e[1]) for e in found), found


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        # the one asked did it, in a clause of its own
        ("Japan urged China to sign a peace treaty with Vietnam, and China signed it on Monday.",
         ("CHN", "JPN", "05")),
        # a finite verb coordinated with the appeal is the asker's own act
        ("Japan urged China to stop its drills and signed a treaty with Vietnam.", ("---", "VNM", "05")),
        # no appeal: coordinated acts told as done
        ("Japan met China and signed a treaty with Vietnam.", ("JPN", "VNM", "05")),
        ("Japan agreed to hold talks with China and signed a treaty with Vietnam.", ("JPN", "VNM", "05")),
    ],
)
def test_acts_told_beside_an_appeal_stay(shared_coder: Coder, sentence: str, act: tuple[str, str, str]) -> None:
    """The act stays (its doer is not what is tested where it is "---")."""
    found = told(shared_coder, sentence)
    assert act in found or (act[0] == "---" and any(e[1:] == act[1:] for e in found)), found


def _parse(rows: list[tuple[int, str, str]]) -> Parse:
    heads, labels, tags = zip(*rows, strict=True)
    return Parse(heads=tuple(heads), labels=tuple(labels), tags=tuple(tags))


# "Peru urged Chile to stop , sign and pay": "sign" and "pay" hung on "urged" as the parser often hangs them
_URGED = ["peru", "urged", "chile", "to", "stop", ",", "sign", "and", "pay"]
_URGED_ROWS = [(1, "nsubj", "NNP"), (1, "root", "VBD"), (1, "iobj", "NNP"), (4, "mark", "TO"), (1, "xcomp", "VB"),
               (6, "punct", ","), (1, "conj", "VB"), (8, "cc", "CC"), (6, "conj", "VB")]


def test_bare_verbs_after_the_infinitive_are_asked() -> None:
    parse = _parse(_URGED_ROWS)
    assert [asked_for(parse, _URGED, k, [1]) for k in (4, 6, 8)] == [True, True, True]
    assert not asked_for(parse, _URGED, 6, [])  # no verb of asking: nothing asked


def test_a_finite_verb_after_the_appeal_is_the_askers() -> None:
    rows = list(_URGED_ROWS)
    rows[6] = (1, "conj", "VBD")  # "Peru urged Chile to stop, signed ...": the asker's own act
    assert not asked_for(_parse(rows), _URGED, 6, [1])
    rows = list(_URGED_ROWS)
    rows[4] = (1, "obj", "NN")  # "urged restraint, sign ...": no infinitive for the bare verb to go with
    assert not asked_for(_parse(rows), _URGED, 6, [1])
