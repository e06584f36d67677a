"""Force a state uses at home is no act of force another state's judgment of "the test" refers back to (sentences
written for these tests).

"Peru fired a missile on Monday. Chilean police arrested three protesters in Santiago. Bolivia condemned the
launch": the launch is Peru's; the arrests, coercion of no other state, are no act of force the launch could
name (`coding.exchange.at_home`, read by `answers.referred_doer`). An answer whose object refers back to an act of
force ("condemned the test") takes its doer from that reading alone, never from the last act told (`answers.
answered`); and a text's one state using force abroad is the one its answers to force are aimed at, whatever
another state does at home (`exchange`). Condemning the arrests themselves still aims at the police's state.
"""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder
from detente.coding.answers import answered
from detente.coding.exchange import at_home, exchange_targets
from detente.coding.mentions import Mention
from detente.model import Event

DAY = dt.date(2022, 6, 7)


def _read(coder: Coder, sentences: list[str]) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for found in coder.code_many(sentences, date=DAY) for e in found}


def test_a_launch_condemned_is_not_the_arrests_told_after_it(shared_coder: Coder) -> None:
    found = _read(shared_coder, ["Peru fired a missile on Monday.",
                                 "Chilean police arrested three protesters in Santiago.",
                                 "Bolivia condemned the launch."])
    assert ("BOL", "PER", "11") in found
    assert ("BOL", "CHL", "11") not in found


def test_arrests_condemned_are_still_aimed_at_the_police_s_state(shared_coder: Coder) -> None:
    found = _read(shared_coder, ["Chilean police arrested dozens of protesters in Santiago.",
                                 "Bolivia condemned the arrests."])
    assert ("BOL", "CHL", "11") in found


def test_what_is_force_at_home() -> None:
    assert at_home(Event(DAY, "CHL", "---CVL", "172"))  # a ban on its own citizens
    assert at_home(Event(DAY, "CHLCOP", "CHLCVL", "173"))  # its police arresting its people
    assert not at_home(Event(DAY, "CHLCOP", "PERGOV", "173"))  # arresting another state's diplomats
    assert not at_home(Event(DAY, "PER", "---", "150"))  # a launch: no target, but no coercion


def test_an_answer_to_the_test_does_not_take_the_last_act_told() -> None:
    low = ["bolivia", "condemned", "the", "test", "."]
    ban = Event(DAY, "CHL", "---CVL", "172", prov_row=3, sentence="Chile banned its citizens from travelling.")
    bolivia = [Mention(0, 1, "BOL", "Bolivia", True)]
    assert answered(4, bolivia, [ban], bolivia, low, 1) == []
    # an object that names no act of force still answers the act told right before
    low = ["bolivia", "condemned", "the", "decision", "."]
    assert [m.code for m in answered(4, bolivia, [ban], bolivia, low, 1)] == ["CHL"]


def test_the_one_state_using_force_abroad_is_the_aggressor() -> None:
    coded = [[Event(DAY, "PER", "---", "150", sentence="Peru tested a nuclear device.")],
             [Event(DAY, "CHL", "---CVL", "172", sentence="Chile banned its citizens from travelling to Peru.")],
             [Event(DAY, "BOL", "---", "111", sentence="Bolivia condemned it.")]]
    assert exchange_targets(coded, [{"PER"}, {"CHL", "PER"}, {"BOL"}])[2][0].target == "PER"


def test_force_at_home_alone_still_makes_its_state_the_aggressor() -> None:
    coded = [[Event(DAY, "CHLCOP", "---CVL", "173", sentence="Chilean police detained hundreds of protesters.")],
             [Event(DAY, "BOL", "---", "111", sentence="Bolivia condemned the crackdown.")]]
    assert exchange_targets(coded, [{"CHL"}, {"BOL"}])[1][0].target == "CHL"
