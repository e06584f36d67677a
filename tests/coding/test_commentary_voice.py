"""A DPRK paper's commentary judges, demands and appeals in its own voice (sentences written for these tests;
coding._commentary).

After a line naming the paper and its piece ("Minju Joson Friday observes in a signed commentary:"), "the
Japanese government is a ... ", "Australia must ...", "the Canadian authorities should ..." are the DPRK's
disapproval (111), demand (100) and appeal (020) of that state; a quoted or reported foreign official, a story
with no such line, a line about the DPRK itself, a condition and a copula with no noun phrase keep their reading.
"""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder
from detente.coding._commentary import commentary_start, copula_judged
from detente.coding.mentions import Mention

DAY = dt.date(2011, 9, 9)
INTRO = "Minju Joson Friday observes in a signed commentary in this regard:"


def _events(coder: Coder, sentences: list[str]) -> set[tuple[str, str, str]]:
    """Country, country and code of each event the coder reads in one text."""
    return {(e.source[:3], e.target[:3], e.code) for found in coder.code_many(sentences, date=DAY)
            for e in found}


def test_a_copula_judgment_in_the_paper_s_voice_is_its_disapproval(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["Australia sent two frigates to the region last week.", INTRO,
                                   "The Australian government is a faithful servant of its overseas masters."])
    assert ("PRK", "AUS", "111") in found


def test_must_and_should_in_the_paper_s_voice_are_its_demand_and_appeal(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["Canada joined the sanctions on Tuesday.", INTRO,
                                   "Canada must withdraw the sanctions at once.",
                                   "The Canadian authorities should reconsider their policy toward the region."])
    assert ("PRK", "CAN", "100") in found
    assert ("PRK", "CAN", "020") in found
    assert not any(s == "CAN" and t == "---" and c[:2] == "10" for s, t, c in found)


def test_the_same_lines_with_no_paper_keep_their_reading(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["Australia sent two frigates to the region last week.",
                                   "The Australian government is a faithful servant of its overseas masters.",
                                   "Canada must withdraw the sanctions at once."])
    assert not any(s == "PRK" for s, t, c in found)


def test_a_foreign_official_quoted_or_reported_is_not_the_paper_s_voice(shared_coder: Coder) -> None:
    found = _events(shared_coder, [INTRO, "The Australian foreign minister said that Australia is a partner.",
                                   "Australia is a \"reliable ally\", claimed the prime minister."])
    assert not any(s == "PRK" and t == "AUS" for s, t, c in found)


def test_the_paper_speaking_of_itself_is_still_its_voice() -> None:
    low = ["the", "canadian", "policy", "is", "a", "hostile", "one", ",", "the", "article", "says", "."]
    assert copula_judged(low, [Mention(1, 2, "CAN")]) == ["CAN"]
    low = ["the", "canadian", "policy", "is", "a", "hostile", "one", ",", "the", "minister", "says", "."]
    assert copula_judged(low, [Mention(1, 2, "CAN")]) == []


def test_no_judgment_without_a_noun_phrase_or_with_a_dprk_subject() -> None:
    assert copula_judged(["canada", "is", "now", "considering", "the", "plan", "."], [Mention(0, 1, "CAN")]) == []
    assert copula_judged(["canada", "is", "not", "a", "threat", "."], [Mention(0, 1, "CAN")]) == []
    assert copula_judged(["the", "dprk", "'s", "reply", "to", "canada", "is", "a", "just", "one", "."],
                         [Mention(1, 2, "PRK"), Mention(5, 6, "CAN")]) == []
    assert copula_judged(["if", "canada", "is", "a", "party", "."], [Mention(1, 2, "CAN")]) == []
    assert copula_judged(["canada", "and", "australia", "are", "the", "vassals", "."],
                         [Mention(0, 1, "CAN"), Mention(2, 3, "AUS")]) == ["CAN", "AUS"]


def test_the_commentary_begins_after_the_line_naming_a_dprk_paper_and_its_piece() -> None:
    lows = [["canada", "sent", "ships", "."], ["rodong", "sinmun", "says", "in", "an", "article", ":"], ["x"]]
    mentions = [[Mention(0, 1, "CAN")], [Mention(0, 2, "PRKGOV")], []]
    assert commentary_start(lows, mentions) == 2
    # a foreign paper's article, or a DPRK actor with no piece, starts none
    assert commentary_start(lows, [[Mention(0, 1, "CAN")], [Mention(0, 2, "CANMED")], []]) is None
    assert commentary_start([lows[0], ["rodong", "sinmun", "says", ":"], ["x"]], mentions) is None


def test_would_be_well_advised_in_the_paper_s_voice_is_its_warning(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["Canada joined the sanctions on Tuesday.", INTRO,
                                   "Canada would be well advised to ponder the consequences of its reckless act."])
    assert ("PRK", "CAN", "130") in found
    unheaded = _events(shared_coder, ["Canada joined the sanctions on Tuesday.",
                                      "Canada would be well advised to ponder the consequences of its act."])
    assert not any(s == "PRK" for s, t, c in unheaded)


def test_relations_a_pair_and_a_place_are_no_state_judged() -> None:
    assert copula_judged(["the", "inter-korean", "declarations", "are", "a", "legacy", "."],
                         [Mention(1, 2, "KOR")]) == []
    assert copula_judged(["the", "dprk", "and", "canada", "are", "the", "friends", "."],
                         [Mention(1, 2, "PRK"), Mention(3, 4, "CAN")]) == []


def test_a_state_after_a_preposition_is_not_the_one_appealed_to(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["Canada joined the sanctions on Tuesday.", INTRO,
                                   "The progressive forces in Canada should rise up against the sanctions."])
    assert not any(s == "PRK" and t == "CAN" for s, t, c in found)


def test_advice_with_no_fate_told_is_the_paper_s_demand(shared_coder: Coder) -> None:
    # CAMEO 130 asks for serious repercussions: advice to change a course with none told is an admonition (100)
    for advice in ("Canada would be well advised to reexamine its hostile policy toward the region.",
                   "Canada had better drop its sanctions at once and behave with discretion."):
        found = _events(shared_coder, ["Canada joined the sanctions on Tuesday.", INTRO, advice])
        assert ("PRK", "CAN", "100") in found, advice
        assert ("PRK", "CAN", "130") not in found, advice


def test_advice_telling_what_befalls_the_state_is_the_paper_s_warning(shared_coder: Coder) -> None:
    for advice in ("Canada would be well advised to behave itself, pondering over the catastrophic results of "
                   "its moves.",
                   "Canada would be well advised to bear in mind that only a miserable death awaits those who "
                   "join the sanctions.",
                   "Canada had better stop its reckless moves, mindful of the severe punishment in store for it."):
        found = _events(shared_coder, ["Canada joined the sanctions on Tuesday.", INTRO, advice])
        assert ("PRK", "CAN", "130") in found, advice
        assert ("PRK", "CAN", "100") not in found, advice
