"""What a statement in its own voice says of another state's act, that it violates resolutions or law, is the
voice's disapproval of that state (sentences written for these tests; coding._own_voice).

"Iran has repeatedly violated its safeguards obligations", a line of a statement that speaks as "we", is read
alone as Iran's defiance of norms (128) with no target; in the text's voice it is the speaker's criticism (111) of
Iran. A news report with no "we" of its own, a line told by someone the text names, a line inside a quotation and
the speaker's own violation keep their reading.
"""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder
from detente.coding._own_voice import own_demands
from detente.coding.mentions import Mention
from detente.model import Event

DAY = dt.date(2024, 5, 8)


def _events(coder: Coder, sentences: list[str]) -> set[tuple[str, str, str]]:
    """Country, country and root of each event the coder reads in one text."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for found in coder.code_many(sentences, date=DAY)
            for e in found}


def test_a_statement_s_judgment_of_a_violation_is_its_criticism(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["The United States condemns the seizure of the fishing vessels.",
                                   "We stand with our partners in the region.",
                                   "Iran has once again brazenly violated its safeguards obligations."])
    assert ("USA", "IRN", "11") in found
    assert not any(s == "IRN" and r == "12" for s, t, r in found)


def test_a_news_report_without_a_voice_keeps_the_violation(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["Diplomats gathered in Vienna on Tuesday for the board meeting.",
                                   "Iran has once again brazenly violated its safeguards obligations."])
    assert ("IRN", "---", "12") in found
    assert not any(r == "11" and t == "IRN" for s, t, r in found)


def test_a_violation_told_by_someone_named_is_not_the_text_s(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["We welcome the resumption of the border talks.",
                                   "Officials in Seoul said Pyongyang had violated the armistice rules again."])
    assert ("USA", "PRK", "11") not in found


def test_inside_a_quotation_and_the_voice_s_own_act_are_left() -> None:
    low = [["we", "condemn", "the", "attack", "."],
           ['"', "syria", "has", "violated", "the", "accord", ".", '"'],
           ["the", "united", "states", "violated", "no", "rule", "."]]
    mentions = [[Mention(0, 1, "USA")], [Mention(1, 2, "SYR")], [Mention(0, 3, "USA")]]
    coded: list[list[Event]] = [[], [Event(DAY, "SYR", "---", "128", sentence="Syria has violated the accord.")],
                                [Event(DAY, "USA", "---", "128", sentence="The United States violated no rule.")]]
    out = own_demands(coded, low, mentions)
    assert [(e.source, e.target, e.code) for e in out[1]] == [("SYR", "---", "128")]
    assert [(e.source, e.target, e.code) for e in out[2]] == [("USA", "---", "128")]
    coded[1] = [Event(DAY, "SYR", "---", "128", sentence="Syria has violated the accord.")]
    low[1] = ["syria", "has", "violated", "the", "accord", "."]
    mentions[1] = [Mention(0, 1, "SYR")]
    assert [(e.source, e.target, e.code) for e in own_demands(coded, low, mentions)[1]] == [("USA", "SYR", "111")]


def test_the_criticism_is_coded_whole() -> None:
    low = [["we", "condemn", "the", "launch", "."], ["the", "dprk", "violated", "the", "resolutions", "."]]
    mentions = [[Mention(0, 1, "USA")], [Mention(1, 2, "PRK")]]
    coded: list[list[Event]] = [[], [Event(DAY, "PRK", "---", "128", root="12", quad_class=3, goldstein=-4.0,
                                           sentence="The DPRK violated the resolutions.")]]
    [e] = own_demands(coded, low, mentions)[1]
    assert (e.source, e.target, e.code, e.root) == ("USA", "PRK", "111", "11")
    assert (e.source_country, e.target_country) == ("USA", "PRK")
    assert e.goldstein is not None and e.goldstein > -4.0 and e.quad_class == 3


_OPENING = ["Chile condemns the seizure of the fishing vessels.", "We stand with our partners in the region."]


def test_a_defiance_the_voice_tells_is_its_criticism(shared_coder: Coder) -> None:
    # "defied the Security Council" (128 aimed at a body) and "ignore its obligations" (128): not "violate"
    for line in ("Peru has defied the Security Council again.",
                 "Peru continues to ignore its obligations under the treaty."):
        found = _events(shared_coder, [*_OPENING, line])
        assert ("CHL", "PER", "11") in found
        assert not any(s == "PER" and r == "12" for s, t, r in found)


def test_an_act_the_voice_judges_in_violation_is_its_criticism_of_the_doer(shared_coder: Coder) -> None:
    last = shared_coder.code_many([*_OPENING, "Peru fired two missiles into the sea on Monday, in clear violation "
                                              "of Security Council resolutions."], date=DAY)[-1]
    assert ("CHL", "PER", "11") in {(e.source, e.target[:3], e.code[:2]) for e in last}
    assert any(e.source == "PER" and e.code[:2] == "15" for e in last)  # the launch stays


def test_the_doer_is_the_state_named_last_before_the_judgment(shared_coder: Coder) -> None:
    out = shared_coder.code_many([*_OPENING, "We note that the Bolivian delegation did not condemn this Peruvian "
                                             "missile launch, which again, is in violation of the resolutions."],
                                 date=DAY)
    judged = {(e.source, e.target[:3]) for e in out[2] if e.code == "111" and e.modality == "occurred"}
    assert ("CHL", "PER") in judged


def test_a_judgment_in_violation_in_a_report_told_by_another_or_of_what_may_be_is_left(shared_coder: Coder) -> None:
    news = _events(shared_coder, ["Diplomats gathered in Vienna on Tuesday for the board meeting.",
                                  "Peru fired two missiles into the sea on Monday, in clear violation of Security "
                                  "Council resolutions."])
    assert not any(r == "11" for s, t, r in news)
    for line in ("Any missile launch by Peru would be in violation of the resolutions.",
                 "Bolivia said Peru's missile launch was in violation of the resolutions.",
                 "Peru fired two missiles into the sea on Monday, which was not in violation of any resolution.",
                 "Chile fired two missiles into the sea on Monday, in violation of no resolution."):
        last = shared_coder.code_many([*_OPENING, line], date=DAY)[-1]
        assert not any(e.source == "CHL" and e.code[:2] == "11" for e in last), line


def test_a_state_speaking_with_the_voice_is_not_the_doer_judged() -> None:
    # a joint statement's "we" (Chile with Bolivia): Bolivia's act in the judged line is no other state's
    low = [["we", "condemn", "the", "launch", "."],
           ["bolivia", "fired", "missiles", ",", "in", "violation", "of", "the", "accord", "."]]
    we = Mention(0, 1, "CHL", also=[Mention(0, 1, "BOL")])
    mentions = [[we], [Mention(0, 1, "BOL")]]
    coded: list[list[Event]] = [[], [Event(DAY, "BOL", "---", "150", modality="occurred",
                                           sentence="Bolivia fired missiles, in violation of the accord.")]]
    assert [(e.source, e.code) for e in own_demands(coded, low, mentions)[1]] == [("BOL", "150")]
    mentions[0] = [Mention(0, 1, "CHL")]
    assert ("CHL", "BOL", "111") in {(e.source, e.target, e.code) for e in own_demands(coded, low, mentions)[1]}
