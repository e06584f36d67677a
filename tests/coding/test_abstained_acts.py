"""Acts abstained from or not yet done, read as done before (sentences written for these tests, none from an
evaluation set; docs/coder.md, "Acts abstained from or not yet done").

"Refrained from nuclear tests", "stopped short of imposing sanctions", "avoided criticizing", "held off on
sanctions", "shied away from sending tanks", "has yet to condemn", "the lack of progress in getting X to
dismantle", "the absence of talks": no act done, and no refusal either (CAMEO's 12x needs a refusal told). The
guards are acts told as done beside them, which must stay.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._abstained import abstained
from detente.coding.coder import reported_act
from detente.coding.syntax import Parse, default_parser

DAY = dt.date(2012, 5, 14)


def coded(coder: Coder, sentence: str) -> set[tuple[str, str, str, str]]:
    """(source country, target country, CAMEO root, modality) of each act the sentence tells."""
    return {(e.source[:3], e.target[:3], e.code[:2], e.modality) for e in coder.code_sentence(sentence, date=DAY)
            if reported_act(e)}


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        # an act's noun in the "from" phrase of a verb of abstaining, and the acts coordinated with it
        ("Israel has refrained from large-scale retaliatory air strikes on Iran.", "19"),
        ("Israel desisted from attacks on Lebanon.", "19"),
        ("Japan abstained from talks with China.", "04"),
        # a gerund the tagger reads as an adjective on its object, after "stopped short of", "held off (on)"
        ("China stopped short of imposing sanctions on North Korea.", "16"),
        ("Japan held off on imposing sanctions on Russia.", "16"),
        ("Japan held off imposing sanctions on Russia.", "16"),
        # a gerund under "avoided", "shied away from"
        ("Pakistan avoided criticizing India.", "11"),
        ("Germany shied away from sending tanks to Ukraine.", "03"),
        # an act not yet done: "has yet to"
        ("China has yet to condemn Russia's invasion.", "11"),
        ("China has yet to hold talks with Japan.", "04"),
        # a noun of absence over the act, or over the progress toward it
        ("The lack of progress in getting North Korea to dismantle its nuclear program worried Japan.", "08"),
        ("The absence of talks between China and Japan worried Seoul.", "04"),
        # the act's noun after "ruled out": the rejection is the act told, the talks are not held
        ("Germany ruled out talks with Russia.", "04"),
    ],
)
def test_acts_abstained_from_are_not_reported(shared_coder: Coder, sentence: str, root: str) -> None:
    assert not any(e[2] == root for e in coded(shared_coder, sentence)), coded(shared_coder, sentence)


def test_an_abstention_is_no_refusal(shared_coder: Coder) -> None:
    """CAMEO's rejection (12) needs a refusal told: refraining from an act is no event at all."""
    found = coded(shared_coder, "China stopped short of imposing sanctions on North Korea.")
    assert not any(e[2] == "12" for e in found), found


def test_a_refusal_told_stays(shared_coder: Coder) -> None:
    """"ruled out" is a rejection told (12): it stays beside the talks it turns down."""
    found = coded(shared_coder, "Germany ruled out talks with Russia.")
    assert ("DEU", "RUS", "12", "occurred") in found, found


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # an act coordinated with the verb of abstaining is an act of its own
        ("North Korea refrained from comment but imposed sanctions on Japan.", ("PRK", "JPN", "16")),
        ("Pakistan criticized India and avoided talks with China.", ("PAK", "IND", "11")),
        # "held off" an attack with no gerund: the attack was made and repelled
        ("The Japanese army held off an attack by Russian forces on Tokyo.", ("RUS", "JPN", "19")),
        # acts told as done after a "from" phrase of another verb, and a lack of what is no act
        ("China withdrew from the talks and imposed sanctions on North Korea.", ("CHN", "PRK", "16")),
        ("Despite a lack of trust, Japan held talks with China.", ("JPN", "CHN", "04")),
        # "yet" with no "to": the act is told as done
        ("Japan has criticized China yet again.", ("JPN", "CHN", "11")),
    ],
)
def test_acts_done_beside_an_abstention_stay(shared_coder: Coder, sentence: str,
                                              event: tuple[str, str, str]) -> None:
    found = coded(shared_coder, sentence)
    assert any(e[:2] == event[:2] and e[2] == event[2] and e[3] == "occurred" for e in found) or any(
        {e[0], e[1]} == set(event[:2]) and e[2] == event[2] and e[3] == "occurred" for e in found), found


def test_reader_follows_the_parse() -> None:
    """The reader itself, on a parse written by hand: "refrained from launches or tests" reaches both nouns, not
    the verb coordinated with "refrained"."""
    words = ["Korea", "refrained", "from", "launches", "or", "tests", "and", "imposed", "sanctions"]
    parse = Parse(heads=(1, 1, 3, 1, 5, 3, 7, 1, 7),
                  labels=("nsubj", "root", "case", "obl", "cc", "conj", "cc", "conj", "obj"),
                  tags=("NNP", "VBD", "IN", "NNS", "CC", "NNS", "CC", "VBD", "NNS"))
    assert abstained(parse, words, 3) and abstained(parse, words, 5)
    assert not abstained(parse, words, 7) and not abstained(parse, words, 8)


def test_a_verb_of_abstaining_negated_denies_nothing() -> None:
    """"did not rule out a military strike": the strike is possible, not abstained from."""
    words = ["The", "U.S.", "did", "not", "rule", "out", "a", "military", "strike", "on", "Iran", "."]
    low = [w.lower() for w in words]
    parse = default_parser().parse(words)
    assert not abstained(parse, low, 8)
    words[2:4] = ["has"]
    words[3] = "ruled"
    assert abstained(default_parser().parse(words), [w.lower() for w in words], 7)


def test_a_round_named_next_is_no_round_held(shared_coder: Coder) -> None:
    """"the next round of negotiations is to be determined": a round to come, not one held (``_unreal._planned``)."""
    found = coded(shared_coder, "The next round of direct Indian-Pakistani negotiations is to be determined.")
    assert not any(e[2] == "04" and e[3] == "occurred" for e in found), found
