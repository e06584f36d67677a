"""What a statement in its own voice says another state must do is its demand on that state (sentences written
for these tests; coding._own_voice).

"Iran must release the detained sailors", a line of a statement that speaks as "we", is the speaker's demand
(CAMEO 10), not Iran's act; a news report with no "we" of its own, a line inside a quotation, a line told by
someone the text names, and the speaker's own "must" keep their reading.
"""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder
from detente.coding._own_voice import own_demands, text_voice_of
from detente.coding.mentions import Mention
from detente.model import Event

DAY = dt.date(2024, 3, 14)


def _events(coder: Coder, sentences: list[str]) -> set[tuple[str, str, str]]:
    """Country, country and root of each event the coder reads in one text."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for found in coder.code_many(sentences, date=DAY)
            for e in found}


def test_a_statement_s_must_is_its_demand(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["The United States condemns Iran's seizure of the tanker in the Gulf of Oman.",
                            "We stand with our partners in the region.",
                            "Tehran must immediately release the vessel and its crew."])
    assert ("USA", "IRN", "10") in found
    assert not any(s == "IRN" and r == "10" for s, t, r in found)


def test_a_statement_headed_by_its_issuer_makes_the_demand(shared_coder: Coder) -> None:
    sentences = ["We have offered Venezuela a path back to the negotiating table.",
                 "But Venezuela must now take the first step and free the political prisoners."]
    found = {(e.source, e.target, e.code) for f in shared_coder.code_many(
        sentences, date=DAY, title="Statement by the Press Secretary on Venezuela", header=["THE WHITE HOUSE"])
        for e in f}
    assert ("USA", "VEN", "100") in found
    # without the heading the "we" is no one's: the line keeps its reading
    unheaded = {(e.source, e.target, e.code) for f in shared_coder.code_many(sentences, date=DAY) for e in f}
    assert ("VEN", "---", "100") in unheaded


def test_the_speaker_s_own_must_is_no_demand(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["The United Kingdom condemns the missile launch by North Korea.",
                            "We must work with our allies to respond to this threat."])
    assert not any(t == "GBR" and r == "10" for s, t, r in found)


def test_a_news_report_without_a_voice_keeps_its_reading(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["Japanese officials met Chinese diplomats in Beijing on Monday.",
                            "Tokyo must now decide whether to resume the fishing talks."])
    assert not any(r == "10" and t == "JPN" for s, t, r in found)


def test_a_must_told_by_someone_named_stays_with_the_teller(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["We welcome the talks between the two countries.",
                            "Brazil's foreign minister said Paraguay must withdraw its troops from the border."])
    assert ("BRA", "PRY", "10") in found
    assert ("USA", "PRY", "10") not in found


def test_inside_a_quotation_the_must_is_not_the_text_s() -> None:
    low = [["we", "condemn", "the", "attack", "."],
           ["the", "minister", "said", ":", '"', "we", "will", "respond", "."],
           ["chile", "must", "pay", "for", "this", ".", '"']]
    mentions = [[Mention(0, 1, "USA")], [Mention(5, 6, "PER")], [Mention(0, 1, "CHL")]]
    coded: list[list[Event]] = [[], [], [Event(DAY, "CHL", "---", "100", sentence="Chile must pay for this.")]]
    assert text_voice_of(low, mentions) == "USA"  # the "we" inside the quotation is the minister's
    out = own_demands(coded, low, mentions)
    assert [(e.source, e.target) for e in out[2]] == [("CHL", "---")]  # inside the quotation opened before


def test_the_state_right_before_must_is_the_one_demanded_of() -> None:
    low = [["we", "condemn", "the", "launch", "."], ["pyongyang", "must", "cease", "its", "provocations", "."]]
    mentions = [[Mention(0, 1, "USA")], [Mention(0, 1, "PRKGOV")]]
    coded: list[list[Event]] = [[], [Event(DAY, "PRKGOV", "---", "100", sentence="Pyongyang must cease.")]]
    assert [(e.source, e.target, e.code) for e in own_demands(coded, low, mentions)[1]] == [("USA", "PRKGOV", "100")]
    coded[1] = [Event(DAY, "PRKGOV", "JPN", "100", sentence="Pyongyang must cease.")]  # a target read: left
    assert [(e.source, e.target) for e in own_demands(coded, low, mentions)[1]] == [("PRKGOV", "JPN")]
