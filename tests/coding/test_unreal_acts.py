"""Acts told as planned, as what should or can be done, or as a supposition, read as done before (sentences written
for these tests, none from an evaluation set; docs/coder.md, "Acts urged, planned or supposed").

"The projected joint military exercises", "should not turn away but pull its forces out", "can strike the U.S.
mainland", "even though the U.S. applies severer sanctions, it can never ...", "Iran to block the strait": none
is an act done. The guards are acts told as done that must stay.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._unreal import not_done
from detente.coding.coder import reported_act
from detente.coding.syntax import Parse

DAY = dt.date(2012, 5, 14)


def coded(coder: Coder, sentence: str) -> set[tuple[str, str, str, str]]:
    """(source country, target country, CAMEO root, modality) of each act the sentence tells."""
    return {(e.source[:3], e.target[:3], e.code[:2], e.modality) for e in coder.code_sentence(sentence, date=DAY)
            if reported_act(e)}


def done(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    return {e[:3] for e in coded(coder, sentence) if e[3] == "occurred"}


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        # a participle of planning before the event noun, or before the noun whose "of" phrase it is
        ("China criticized the projected U.S.-Japan joint military exercises.", "06"),
        ("China welcomed the projected resumption of talks between Japan and South Korea.", "04"),
        # a bare verb coordinated with a verb under "should", past "but"
        ("The United States should not turn its face away from the trend of the times but pull its forces out of "
         "South Korea.", "08"),
        # a capability declared: "can"
        ("The DPRK declared that it can strike the U.S. mainland.", "19"),
        ("Japan can provide food aid to Peru.", "07"),
        # "even though" with a present tense before a main clause under a modal: a supposition
        ("Even though the U.S. applies severer sanctions against the DPRK, it can never browbeat the country.", "16"),
    ],
)
def test_acts_not_done_are_not_read_as_done(shared_coder: Coder, sentence: str, root: str) -> None:
    assert not any(e[2] == root for e in done(shared_coder, sentence)), coded(shared_coder, sentence)


def test_a_hostile_act_planned_is_no_threat(shared_coder: Coder) -> None:
    """"the projected North Korean attack": no attack done, and no threat made to anyone."""
    found = coded(shared_coder, "The projected North Korean attack on South Korea was denounced.")
    assert not any(e[0] == "PRK" and e[2] in ("13", "19") and e[3] in ("occurred", "intended") for e in found), found


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # planned exercises are announced (an intent), a declared capability to strike a threat
        ("China criticized the projected U.S.-Japan joint military exercises.", ("USA", "JPN", "03", "intended")),
        ("China welcomed the projected resumption of talks between Japan and South Korea.",
         ("JPN", "KOR", "03", "intended")),
        ("The DPRK declared that it can strike the U.S. mainland.", ("PRK", "USA", "13", "hypothetical")),
        # a blockade or a protest to come is a threat of it, as an attack to come is
        ("Iran to Block Strait of Hormuz in Response to U.S. Threats", ("IRN", "USA", "13", "intended")),
        ("Iran will block the Strait of Hormuz to U.S. warships.", ("IRN", "USA", "13", "intended")),
    ],
)
def test_what_the_act_is_instead(shared_coder: Coder, sentence: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(shared_coder, sentence)


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("The two sides held talks as planned.", None),
        ("Japan and China held the planned talks on Monday.", ("JPN", "CHN", "04")),
        ("The United States did not turn away but pulled its forces out of South Korea.", ("USA", "KOR", "08")),
        ("Even though the U.S. imposed sanctions on the DPRK last year, the DPRK has grown stronger.",
         ("USA", "PRK", "16")),
        ("Iran blocked the Strait of Hormuz to U.S. warships.", ("IRN", "USA", "14")),
        ("Japan provided food aid to Peru and can send more.", ("JPN", "PER", "07")),
    ],
)
def test_acts_done_stay(shared_coder: Coder, sentence: str, act: tuple[str, str, str] | None) -> None:
    found = done(shared_coder, sentence)
    if act is None:  # no actor named: nothing of the sentence is read as not done
        assert all(e[3] == "occurred" for e in coded(shared_coder, sentence))
    else:
        assert act in found, coded(shared_coder, sentence)


def _parse(rows: list[tuple[int, str, str]]) -> Parse:
    heads, labels, tags = zip(*rows, strict=True)
    return Parse(heads=tuple(heads), labels=tuple(labels), tags=tuple(tags))


# "even though peru imposes sanctions , chile can endure": the parse as the parser gives it
_SUPPOSED = ["even", "though", "peru", "imposes", "sanctions", ",", "chile", "can", "endure"]
_SUPPOSED_ROWS = [(1, "advmod", "RB"), (3, "mark", "IN"), (3, "nsubj", "NNP"), (8, "advcl", "VBZ"),
                  (3, "obj", "NNS"), (8, "punct", ","), (8, "nsubj", "NNP"), (8, "aux", "MD"), (8, "root", "VB")]


def test_a_supposition_needs_the_present_and_a_modal() -> None:
    assert not_done(_parse(_SUPPOSED_ROWS), _SUPPOSED, 3) == ("hypothetical", True)
    rows = list(_SUPPOSED_ROWS)
    rows[3] = (8, "advcl", "VBD")  # "even though Peru imposed sanctions": told as done
    assert not_done(_parse(rows), _SUPPOSED, 3) is None
    rows = list(_SUPPOSED_ROWS)
    rows[7] = (8, "advmod", "RB")  # no modal in the main clause
    assert not_done(_parse(rows), _SUPPOSED, 3) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan will not sign the treaty but meet with Chinese officials.",
        "The DPRK will not talk with the United States but meet Japan.",
    ],
)
def test_a_bare_verb_after_will_not_but_is_announced(shared_coder: Coder, sentence: str) -> None:
    """"will not sign the treaty but meet with Chinese officials": the meeting is announced (036), not held."""
    found = coded(shared_coder, sentence)
    assert not any(e[2] == "04" and e[3] == "occurred" for e in found), found
    assert any(e[2] == "03" and e[3] == "intended" for e in found), found


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # a verb with a tense or a subject of its own is an act of its own
        ("Japan will not sign the treaty but met with Chinese officials on Monday.", ("JPN", "CHN", "04")),
        ("Japan will not sign the treaty, but China met with South Korea.", ("CHN", "KOR", "04")),
    ],
)
def test_a_verb_of_its_own_after_will_not_but_stays(shared_coder: Coder, sentence: str,
                                                   event: tuple[str, str, str]) -> None:
    assert event in done(shared_coder, sentence), coded(shared_coder, sentence)
