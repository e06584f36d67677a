"""Two classes seen on real reports of the Armenia-Azerbaijan talks of 2022 (sentences written for these tests,
none from an evaluation set).

A state unwilling, reluctant or hesitant to act has not acted: "Azerbaijan remains reluctant to recognize the
border" was a recognition that happened (054). What an anniversary, a commemoration or a memorial recalls is
history: "on the 30th anniversary of the killings" made the killings an act of the article's day (202), while the
act the sentence tells stays ("On the anniversary of the bombing, Japan criticized ...").
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2022, 10, 3)


def dated(coder: Coder, sentence: str) -> set[tuple[str, str, str, str]]:
    """(source country, target country or ---, root, modality) of each dated event of the sentence."""
    return {(e.source[:3], e.target[:3], e.code[:2], e.modality) for e in coder.code_sentence(sentence, date=DAY)
            if e.date != dt.date.min}


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Belgrade remains reluctant to recognize Kosovo's independence.", "05"),
        ("Hungary is unwilling to send weapons to Ukraine.", "07"),
        ("Tokyo appeared hesitant to lift its sanctions on Moscow.", "08"),
        ("India has been loath to condemn Russia.", "11"),
        ("Seoul showed reluctance to join the sanctions against Moscow.", "16"),
    ],
)
def test_an_act_one_is_reluctant_to_do_has_not_happened(shared_coder: Coder, sentence: str, root: str) -> None:
    assert not any(r == root and m == "occurred" for _s, _t, r, m in dated(shared_coder, sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Serbia is willing to recognize Kosovo.", ("SRB", "KSV", "03")),
        ("Hungary agreed to send aid to Ukraine.", ("HUN", "UKR", "03")),
    ],
)
def test_a_willing_act_is_still_an_intent(shared_coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, t, r) for s, t, r, _m in dated(shared_coder, sentence)}


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Armenia marked the anniversary of the massacre of its civilians by Azerbaijan.", "20"),
        ("On the 30th anniversary of the invasion of Kuwait by Iraq, Kuwait held a ceremony.", "19"),
        ("Vietnam held a service in memory of the victims of the bombing of Hanoi by the United States.", "19"),
        ("Greece marked the commemoration of the occupation of Crete by Germany.", "20"),
    ],
)
def test_what_an_anniversary_recalls_is_no_act_of_the_day(shared_coder: Coder, sentence: str, root: str) -> None:
    assert all(r != root for _s, _t, r, _m in dated(shared_coder, sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On the 30th anniversary of the bombing of Hiroshima, Japan criticized the United States.",
         ("JPN", "USA", "11", "occurred")),
        ("North Korea attacked South Korea on the anniversary of the armistice.", ("PRK", "KOR", "19", "occurred")),
        ("On the anniversary of the war, Russia shelled Ukrainian positions.", ("RUS", "UKR", "19", "occurred")),
    ],
)
def test_the_act_told_on_an_anniversary_stays(
    shared_coder: Coder, sentence: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in dated(shared_coder, sentence)
