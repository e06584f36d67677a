"""Officials named again by part of their title in readouts (sentences written for these tests).

A readout introduces each official once with title and name ("Secretary of State Antony J. Blinken met ...",
"Chilean Foreign Minister Alberto van Klaveren") and then names them by the title alone ("The Secretary
welcomed ...") or by title and the first word of the name ("Foreign Minister Park"): coding._retitled.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._retitled import (
    after_title,
    bare_titles,
    counterparts_of,
    introduced_surnames,
    named_title,
    titled_names,
)
from detente.coding.mentions import Mention


def _text(coder: Coder, sentences: list[str], day: dt.date) -> list[set[tuple[str, str, str]]]:
    return [{(e.source[:3], e.target[:3], e.code[:2]) for e in found}
            for found in coder.code_many(sentences, date=day)]


def test_the_secretary_is_the_secretary_named_before(coder: Coder) -> None:
    found = _text(coder, ["Secretary of State Antony J. Blinken met today with Chilean Foreign Minister Alberto "
                          "van Klaveren in Santiago.",
                          "The Secretary welcomed Chile's leadership on regional migration."], dt.date(2023, 3, 9))
    assert ("USA", "CHL", "05") in found[1]


def test_the_secretary_owns_the_pronoun_after_it(coder: Coder) -> None:
    # "his" is the Secretary's, not the minister named last
    found = coder.code_many(["Secretary of State Antony J. Blinken hosted Chinese Foreign Minister Wang Yi in "
                             "Washington.",
                             "The Secretary reaffirmed his commitment to the defense of the Philippines."],
                            date=dt.date(2023, 10, 26))
    assert {(e.source[:3], e.target[:3], e.code[:2]) for e in found[1]} == {("USA", "PHL", "03")}


def test_the_secretary_of_defense_named_without_a_title_actor(coder: Coder) -> None:
    # the lexicon reads "Austin" alone; the title before the name is still his
    found = _text(coder, ["Secretary of Defense Lloyd J. Austin III hosted Polish Minister of National Defense "
                          "Mariusz Blaszczak at the Pentagon.",
                          "The Secretary thanked Poland for hosting the meeting."], dt.date(2022, 11, 16))
    assert ("USA", "POL", "05") in found[1]


def test_the_secretary_and_the_minister_discussed(coder: Coder) -> None:
    found = _text(coder, ["Secretary of State Antony J. Blinken met with Peruvian Foreign Minister Ana Cecilia "
                          "Gervasi in Washington.",
                          "The Secretary and the Foreign Minister discussed trade and security."], dt.date(2023, 1, 20))
    assert {("USA", "PER", "04"), ("PER", "USA", "04")} & found[1]


def test_a_secretary_no_one_was_named_with_stays_unread(coder: Coder) -> None:
    # no official was introduced with the title: nobody is guessed
    found = _text(coder, ["Chile and Peru held talks in Lima.", "The Secretary welcomed Peru's offer."],
                  dt.date(2023, 1, 20))
    assert not any(s == "USA" for s, _, _ in found[1])
    assert all(s != "---" or t == "PER" for s, t, _ in found[1])


def test_two_secretaries_of_two_states_leave_it_unread(coder: Coder) -> None:
    found = coder.code_many(["Secretary of State Antony J. Blinken met Foreign Secretary James Cleverly of the "
                             "United Kingdom and Secretary of State Rex Tillerson.",
                             "The Secretary praised Chile."], date=dt.date(2023, 5, 1))
    assert all(e.source[:3] in ("USA", "---") for e in found[1])


def test_title_and_first_name_word_is_the_person_named_so(coder: Coder) -> None:
    found = _text(coder, ["Secretary of State Antony J. Blinken held a call with Republic of Korea Foreign Minister "
                          "Park Jin.",
                          "Foreign Minister Park condemned North Korea's missile launch."], dt.date(2022, 11, 3))
    assert ("KOR", "PRK", "11") in found[1]


def test_title_and_name_word_of_no_one_named_stays_unread(coder: Coder) -> None:
    found = _text(coder, ["Chile and Peru held talks in Lima.", "Foreign Minister Park condemned the launch."],
                  dt.date(2022, 11, 3))
    assert all(s == "---" for s, _, _ in found[1])


def test_titled_names_joins_a_title_and_the_person_after_it() -> None:
    tokens = ["Secretary", "of", "State", "Antony", "J.", "Blinken", "met", "Chile", "'s", "minister", "."]
    low = [t.lower() for t in tokens]
    title, person = Mention(0, 3, "USAGOV"), Mention(5, 6, "USAGOV", "Antony Blinken", person=True)
    assert titled_names(tokens, low, [title, person, Mention(7, 8, "CHL")]) == [(tuple(low[:6]), person)]
    # the title need not be an actor the lexicon read
    assert titled_names(tokens, low, [person]) == [(tuple(low[:6]), person)]
    # a title of another country, or words between that are no name, join nothing
    assert titled_names(tokens, low, [Mention(0, 3, "CHLGOV"), person]) == []
    other = ["Secretary", "of", "State", "said", "Blinken", "met"]
    assert titled_names(other, [t.lower() for t in other],
                        [Mention(0, 3, "USAGOV"), Mention(4, 5, "USAGOV", "Antony Blinken", person=True)]) == []
    # a person with no title before the name
    plain = ["Antony", "J.", "Blinken", "met", "Chile", "'s", "minister", "."]
    assert titled_names(plain, [t.lower() for t in plain],
                        [Mention(2, 3, "USAGOV", "Antony Blinken", person=True)]) == []


@pytest.mark.parametrize(("sentence", "spans"), [
    ("The Secretary welcomed Chile 's offer .", [(1, 2)]),
    ("the Deputy Secretary met Peru 's envoy .", [(1, 3)]),
    ("The Foreign Secretary and the Chairman spoke .", [(1, 3), (5, 6)]),
    ("The Secretary of State met Chile 's envoy .", []),      # a longer title
    ("The Secretary - General spoke .", []),                 # another office
    ("A secretary spoke .", []),                             # no "the", no capital
    ("Press Secretary Jean-Pierre spoke .", []),             # a title before a name
])
def test_bare_titles(sentence: str, spans: list[tuple[int, int]]) -> None:
    tokens = sentence.split()
    assert bare_titles(tokens, [t.lower() for t in tokens], []) == spans


def test_named_title_is_a_title_then_a_name_word() -> None:
    low = ["foreign", "minister", "park", "condemned", "the", "launch"]
    assert named_title(low, Mention(0, 3, "---GOV", has_country=False, role_only=True, person=True))
    assert not named_title(low, Mention(0, 2, "---GOV", has_country=False, role_only=True, person=True))
    assert not named_title(low, Mention(0, 3, "KORGOV", role_only=True, person=True))


def test_a_counterpart_from_a_country_is_its_official(coder: Coder) -> None:
    found = _text(coder, ["Secretary of Defense Lloyd J. Austin III spoke by phone with his counterpart from "
                          "Denmark on Tuesday.",
                          "The two leaders pledged to deepen defense cooperation."], dt.date(2023, 3, 1))
    assert ("USA", "DNK", "04") in found[0]
    assert {("USA", "DNK", "03"), ("DNK", "USA", "03")} & found[1]


def test_counterparts_of_reads_the_country_after_the_noun() -> None:
    low = ["he", "met", "his", "counterpart", "from", "the", "united", "kingdom", "."]
    found = counterparts_of(low, [Mention(6, 8, "GBR")])
    assert [(m.start, m.end, m.code, m.person) for m in found] == [(3, 8, "GBRGOV", True)]
    # a country named with a role, or an organisation, is left as it is
    assert counterparts_of(low, [Mention(6, 8, "GBRGOV", person=True)])[0].code == "GBRGOV"
    assert counterparts_of(low, [Mention(6, 8, "IGOUNO")])[0].start == 6
    # no "from", "of" or "in" right after the noun
    other = ["he", "met", "his", "counterpart", "and", "the", "united", "kingdom"]
    assert counterparts_of(other, [Mention(6, 8, "GBR")])[0].start == 6


def test_a_surname_the_text_gave_to_its_own_person(coder: Coder) -> None:
    # "Kim" alone is the lexicon's Kim Jong Un; this text introduced an American named Kim
    found = coder.code_many(["U.S. special envoy for North Korea Sung Kim arrived in Tokyo on Monday.",
                             "Kim praised Japan for its support."], date=dt.date(2021, 10, 25))
    assert {(e.source[:3], e.target[:3], e.code[:2]) for e in found[1]} == {("USA", "JPN", "05")}


def test_the_famous_bearer_named_in_full_keeps_the_surname(coder: Coder) -> None:
    found = coder.code_many(["South Korean President Kim Dae-jung met Kim Jong Il in Pyongyang.",
                             "Kim praised the summit."], date=dt.date(2000, 6, 14))
    assert all(e.source[:3] == "PRK" for e in found[1])


def test_introduced_surnames_needs_another_person_of_another_country() -> None:
    low = ["kim", "praised", "japan"]
    famous = Mention(0, 1, "PRKGOV", "Kim Jong Un", person=True)
    envoy = Mention(0, 0, "USAGOV", "Sung Kim", person=True)
    assert introduced_surnames(low, [famous], {"kim": envoy})[0].code == "USAGOV"
    # the same country's person, or the famous bearer introduced too, leave the lexicon's reading
    assert introduced_surnames(low, [famous], {"kim": Mention(0, 0, "PRKGOV", "Kim Yo Jong", person=True)})[0] is famous
    assert introduced_surnames(low, [famous], {"kim": envoy, "un": famous})[0] is famous


def test_the_counterpart_s_name_after_the_title_names_him_again(coder: Coder) -> None:
    found = _text(coder, ["Secretary of Defense Lloyd J. Austin III met his counterpart from Sweden, Defense "
                          "Minister Pal Jonson, in Stockholm.",
                          "Jonson praised the United States for its support."], dt.date(2023, 5, 1))
    assert ("SWE", "USA", "05") in found[1]


@pytest.mark.parametrize(("words", "start"), [
    ("State Secretary for Defense Michael Fallon .", 4),
    ("Defense Minister Tomomi Inada , met", 2),
    ("Michael Fallon , said", 0),          # no title before the name
    ("Defense Minister , said", 0),        # no name after the title
    ("Defense Minister Inada said", 0),    # the phrase does not end with the name
])
def test_after_title(words: str, start: int) -> None:
    tokens = words.split()
    assert after_title(tokens, [t.lower() for t in tokens], 0) == start
