"""Senses of government and news prose, by class (sentences written for these tests, none from an evaluation set;
docs/coder.md, "Acts of before and acts striven for").

An event noun told as "recent" ("the recent summit") is an act before the article's day, on no day said, like "the
previous talks": it keeps no date of the article. An act behind two infinitives headed by a word of intent
("efforts to work together to reach a settlement") is striven for, not done. Circumstances, a reality or a danger
recognized are said (010), no recognition of a state (054). "I want to thank X" in the first person is the thanks
itself.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import UNDATED, reported_act

DAY = dt.date(2019, 5, 8)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def dated(coder: Coder, sentence: str) -> set[tuple[str, str, str, dt.date]]:
    """(source country, target country or ---, root, date) of each act the sentence reports."""
    return {(e.source[:3], e.target[:3], e.code[:2], e.date) for e in coder.code_sentence(sentence, date=DAY)
            if reported_act(e)}


# -- an act told as recent -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "act"), [
    ("Ghana welcomed the recent summit between Togo and Benin.", ("TGO", "BEN", "04")),
    ("Ghana criticized Togo's recent visit to Benin.", ("TGO", "BEN", "04")),
    ("Ghana welcomed the recent Togo-Benin summit.", ("TGO", "BEN", "04")),
])
def test_an_act_told_as_recent_is_undated(coder: Coder, sentence: str, act: tuple[str, str, str]) -> None:
    days = {d for s, t, c, d in dated(coder, sentence) if (s, t, c) == act}
    assert days == {UNDATED}


@pytest.mark.parametrize(("sentence", "act"), [
    ("Ghana welcomed the recent summit between Togo and Benin.", ("GHA", "TGO", "05")),  # the welcome is today's
    ("Togo expelled Benin's ambassador.", ("TGO", "BEN", "16")),
    ("Ghana held talks with Togo on the border.", ("GHA", "TGO", "04")),
    # the act told in a recent speech is no noun told as recent
    ("In a recent speech in Accra, Togo's president praised Benin.", ("TGO", "BEN", "05")),
    ("Togo's government in a recent statement denounced Benin.", ("TGO", "BEN", "11")),
])
def test_an_act_not_told_as_recent_keeps_the_article_s_day(coder: Coder, sentence: str,
                                                           act: tuple[str, str, str]) -> None:
    days = {d for s, t, c, d in dated(coder, sentence) if (s, t, c) == act}
    assert days == {DAY}


# -- an act striven for through two infinitives ----------------------------------------------------------------------

def coded(coder: Coder, sentence: str) -> set[tuple[str, str, str, str]]:
    """(source country, target country or ---, root, modality) of each act the sentence reports."""
    return {(e.source[:3], e.target[:3], e.code[:2], e.modality) for e in coder.code_sentence(sentence, date=DAY)
            if reported_act(e)}


@pytest.mark.parametrize("sentence", [
    "Ghana encouraged efforts by Togo and Benin to work together to reach a peaceful settlement.",
    "Togo and Benin agreed to meet again to sign the border accord.",
])
def test_an_act_striven_for_through_two_infinitives_is_not_done(coder: Coder, sentence: str) -> None:
    done = {(s, t) for s, t, c, m in coded(coder, sentence) if c == "05" and m == "occurred"}
    assert not done & {("TGO", "BEN"), ("BEN", "TGO")}


@pytest.mark.parametrize("sentence", [
    "Togo and Benin reached a peaceful settlement.",
    "Togo and Benin met in Lome to sign the border accord.",  # a purpose told with a meeting held is left as told
])
def test_an_act_not_striven_for_stays_done(coder: Coder, sentence: str) -> None:
    done = {(s, t) for s, t, c, m in coded(coder, sentence) if c == "05" and m == "occurred"}
    assert done == {("TGO", "BEN"), ("BEN", "TGO")}


# -- circumstances recognized ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Recognizing the changed circumstances in the region, Ghana and Togo have decided to improve relations.",
    "Ghana recognized the growing threat from Togo.",
    "Benin recognises the new realities on the border with Togo.",
])
def test_circumstances_or_a_danger_recognized_are_no_recognition(coder: Coder, sentence: str) -> None:
    assert all(e.code != "054" for e in coder.code_sentence(sentence, date=DAY))


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Ghana recognized Kosovo as an independent state.", ("GHA", "KSV")),
    ("Ghana recognised the new government of Togo.", ("GHA", "TGO")),
    ("Ghana recognized Kosovo despite the danger of a rift with Serbia.", ("GHA", "KSV")),
])
def test_a_state_or_government_recognized_stays_a_recognition(coder: Coder, sentence: str,
                                                              pair: tuple[str, str]) -> None:
    assert any((e.source[:3], e.target[:3], e.code) == (*pair, "054")
               for e in coder.code_sentence(sentence, date=DAY))


# -- a first-person wish to say: the saying does the act ---------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "code"), [
    ("I want to praise Togo for its leadership.", "051"),
    ("We would like to thank Togo for its support.", "051"),
    ("I also want to condemn Togo for the attack.", "111"),
])
def test_a_first_person_wish_to_say_is_the_saying(coder: Coder, sentence: str, code: str) -> None:
    acts = {(e.target[:3], e.code, e.modality) for e in coder.code_sentence(sentence, date=DAY)}
    assert ("TGO", code, "occurred") in acts


@pytest.mark.parametrize(("sentence", "modality"), [
    ("Ghana wants to praise Togo.", "intended"),  # a third party's wish is told, not done
    ("I want to visit Togo.", "intended"),  # a visit is no saying
    ("I do not want to praise Togo.", "negated"),
])
def test_other_wishes_are_not_the_act(coder: Coder, sentence: str, modality: str) -> None:
    acts = [e for e in coder.code_sentence(sentence, date=DAY) if e.target[:3] == "TGO"]
    assert acts and all(e.modality == modality for e in acts)
