""""Be going to" + a bare verb tells what is to come: no going somewhere (042), and the act after it is read.

"The U.S. is going to turn its spearhead to the DPRK", "Japan is going to impose sanctions": the lexicon's "go ...
to" made a visit told as done (042) of such lines. A form of "be" before "going" and a bare verb after "to" mark
the future; a name, a determiner or an actor after "to" keeps the journey ("is going to Beijing", "are going to the
talks", "is going to south Korea"), as do "went to" and a bare place ("going to war").
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2012, 3, 1)


def _coded(coder: Coder, sentence: str) -> list[tuple[str, str, str, str]]:
    return [(e.source, e.target, e.code, e.modality) for e in coder.code_sentence(sentence, date=DAY)]


# sentences written for the rule: "be going to" + a bare verb is no visit
FUTURE = [
    "Canada is going to turn its attention to Peru.",
    "Brazil is going to raise its tariffs on Argentine goods.",
    "The Chilean navy was going to stage drills near Bolivia.",
    "Egypt is not going to follow the advice of Sudan.",
    "India is clearly going to test the patience of Pakistan.",
    "Cuba said Venezuela's rulers are going to start a crisis with Colombia.",
]


@pytest.mark.parametrize("sentence", FUTURE)
def test_going_to_a_verb_is_no_visit(coder: Coder, sentence: str) -> None:
    assert not [e for e in _coded(coder, sentence) if e[2] == "042"], sentence


def test_the_act_after_going_to_is_read_as_intended(coder: Coder) -> None:
    found = _coded(coder, "Kenya is going to impose sanctions on Somalia.")
    assert not [e for e in found if e[2] == "042"], found
    # the sanctions to come: a threat of them (131), intended
    assert ("KEN", "SOM", "131", "intended") in found, found


# guards: going somewhere stays a visit
TRAVEL = [
    ("The Canadian foreign minister is going to Peru for talks.", "PER"),
    ("The Egyptian envoy is going to the talks with Sudan in Cairo.", None),
    ("The U.S. envoy is going to south Korea next week.", "KOR"),
    ("The Indian prime minister went to Pakistan on Monday.", "PAK"),
    ("Argentina is going to war with Britain.", None),
]


@pytest.mark.parametrize(("sentence", "target"), TRAVEL)
def test_going_somewhere_stays_a_visit(coder: Coder, sentence: str, target: str | None) -> None:
    visits = [e for e in _coded(coder, sentence) if e[2] == "042"]
    assert visits, sentence
    if target is not None:
        assert any(e[1].startswith(target) for e in visits), visits
