"""Who acts on whom in real prose, the classes after the first rounds: talks told as failed, fighters that are
warplanes, open questions, a course of one's own turned down, names the parser splits at their verb, the bare
object of a verb, sentences in capitals, and a target that is only the source's own country. Each class on
sentences written for it."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.coding.intake import read_article_text
from detente.coding.mentions import shouted

DAY = dt.date(2016, 9, 21)


def _coded(coder: Coder, text: str, day: dt.date = DAY) -> set[tuple[str, str, str, str]]:
    return {(e.source, e.target, e.code, e.modality) for e in coder.code_sentence(text, date=day)}


def _pairs(coder: Coder, text: str, root: str, day: dt.date = DAY) -> set[tuple[str, str]]:
    return {(s[:3], t[:3]) for s, t, c, _ in _coded(coder, text, day) if c.startswith(root)}


# -- talks told as failed are no talks held ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Chilean-Peruvian talks collapsed on Tuesday.",
    "Negotiations between Ghana and Togo broke down on Tuesday.",
    "Talks between Ghana and Togo have collapsed since Tuesday.",
    "Ghana Accuses Togo of Wrecking Ghanaian-Togolese Border Talks",
    "Peru blamed Chile for the collapse of the Chilean-Peruvian negotiations.",
    "The talks between Chile and Peru fell apart on Tuesday.",
])
def test_talks_told_as_failed_are_no_meeting(coder: Coder, text: str) -> None:
    assert not _pairs(coder, text, "04")


@pytest.mark.parametrize(("text", "pair"), [
    ("The talks between Ghana and Togo failed to produce a deal on Tuesday.", ("GHA", "TGO")),
    ("Chile and Peru held talks on Tuesday.", ("CHL", "PER")),
])
def test_talks_held_stay_a_meeting(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(coder, text, "04") or pair[::-1] in _pairs(coder, text, "04")


def test_the_accusation_of_derailing_talks_stays_an_accusation(coder: Coder) -> None:
    text = "Peru accused Chile of derailing the border talks."
    assert ("PER", "CHL") in _pairs(coder, text, "11")
    assert not _pairs(coder, text, "04")


# -- fighters that are warplanes --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russia moved 12 stealth fighters to Syria.",
    "China sent J-20 fighters toward Taiwan on Tuesday.",
    "Turkish fighter planes intercepted Greek aircraft over the Aegean.",
])
def test_fighters_as_aircraft_are_no_rebels(coder: Coder, text: str) -> None:
    codes = {x for s, t, _, _ in _coded(coder, text) for x in (s, t)}
    assert not any(c.endswith("REB") for c in codes)


def test_fighters_on_the_ground_stay_rebels(coder: Coder) -> None:
    assert any(s.endswith("REB") for s, _, _, _ in _coded(coder, "Rebel fighters attacked the Malian army."))


def test_fighter_planes_are_the_countrys_military(coder: Coder) -> None:
    toks = ["Turkish", "fighter", "planes", "attacked", "Syrian", "positions", "."]
    mentions, _ = coder.actors.find(toks, [t.lower() for t in toks], DAY)
    assert mentions[0].code == "TURMIL"


# -- open questions ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It was not clear whether the Chilean and Peruvian ministers would be meeting.",
    "It remains to be seen if Ghana will send troops to Togo.",
    "Officials were unsure whether Bolivia had recalled its ambassador from Chile.",
])
def test_an_open_question_is_no_act(coder: Coder, text: str) -> None:
    assert all(m == "hypothetical" for _, _, _, m in _coded(coder, text))


def test_an_act_after_a_question_closed_by_a_comma_and_stays(coder: Coder) -> None:
    text = "Nobody knew whether Chile would agree, and Peru recalled its ambassador from Chile on Monday."
    assert any(s[:3] == "PER" and m == "occurred" for s, _, _, m in _coded(coder, text))


# -- a course of one's own turned down --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chile openly rejected seeking UN sanctions.",
    "Japan ruled out imposing new tariffs on China.",
])
def test_rejecting_a_course_of_ones_own_rejects_no_party(coder: Coder, text: str) -> None:
    coded = _coded(coder, text)
    assert not {(s, t) for s, t, c, _ in coded if c[:2] == "12" and t != "---"}
    assert not {c for _, _, c, _ in coded if c[:2] == "16"}  # the tariffs ruled out are not imposed


def test_rejecting_talks_with_a_party_turns_it_down(coder: Coder) -> None:
    assert ("KOR", "PRK") in _pairs(coder, "Seoul rejected negotiating with Pyongyang.", "12")


def test_rejecting_anothers_offer_still_rejects_it(coder: Coder) -> None:
    assert ("CHL", "PER") in _pairs(coder, "Chile rejected Peru's offer.", "12")


# -- names the parser splits at their verb, and bare objects of a verb ------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("The Department of State continues to have discussions with the Cuban government.", ("USA", "CUB")),
    ("The Ministry of Foreign Affairs of Chile continues to hold consultations with Peru.", ("CHL", "PER")),
])
def test_a_name_split_at_its_verb_is_the_subject(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(coder, text, "04")


# -- sentences in capitals --------------------------------------------------------------------------------------

def test_a_sentence_in_capitals_is_read_as_running_text(coder: Coder) -> None:
    text = "THE UNITED STATES HAS DECIDED TO LIFT SOME SANCTIONS ON CUBA AND VENEZUELA."
    assert {("USA", "CUB"), ("USA", "VEN")} <= _pairs(coder, text, "08")


def test_recasing_keeps_names_acronyms_and_spelled_letters(coder: Coder) -> None:
    tokens = ["V-O-A", "REPORTS", "THE", "WHITE", "HOUSE", "AND", "THE", "UN", "MET", "THE", "NORTH", "IN", "SOUTH",
              "KOREA"]
    assert coder.actors.recase(tokens) == [
        "V-O-A", "reports", "the", "White", "House", "and", "the", "UN", "met", "the", "North", "in", "South",
        "Korea"]


@pytest.mark.parametrize(("tokens", "caps"), [
    (["THE", "UNITED", "STATES", "LIFTED", "SANCTIONS"], True),
    (["The", "UN", "and", "the", "IAEA", "met", "in", "Vienna"], False),
    (["NATO", "AND", "UN"], False),  # too few words to say
])
def test_shouted_needs_most_words_in_capitals(tokens: list[str], caps: bool) -> None:
    assert shouted(tokens) is caps


# -- a target that is only the source's own country -------------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Washington eased restrictions on American exports to Cuba.", ("USA", "CUB")),
    ("Chile signed an accord in Santiago with Peru on fishing.", ("CHL", "PER")),
])
def test_the_party_after_the_sources_own_country(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    pairs = {p for root in ("0", "1") for p in _pairs(coder, text, root)}
    assert pair in pairs
    assert (pair[0], pair[0]) not in pairs


def test_an_article_of_failed_talks_codes_no_meeting() -> None:
    article = read_article_text("The Chilean-Peruvian talks collapsed on Tuesday, officials in Lima said.\n"
                                "Both sides blamed each other.", date=DAY)
    assert not [e for e in read_article_events(article).events if e.code.startswith("04")]


# -- transcripts and op-eds: speaker labels, questions, notes on the author --------------------------------------

TRANSCRIPT = """Remarks to the Press on Chile

Secretary Example: Good afternoon. We remain ready to meet with Peru without preconditions.

MR DOE: Next question, please.

QUESTION: Thank you. Did Chile speak with Bolivia on Monday?

FOREIGN MINISTER ROE: (Via interpreter) Thank you all for coming today.
"""


def test_speaker_labels_are_removed_from_a_transcript() -> None:
    article = read_article_text(TRANSCRIPT, date=DAY)
    assert {"Secretary Example:", "MR DOE:", "QUESTION:", "FOREIGN MINISTER ROE:"} <= set(article.removed)
    assert "Example:" not in article.text and "DOE:" not in article.text
    assert "We remain ready to meet with Peru without preconditions." in article.text


def test_a_question_asked_is_no_act(coder: Coder) -> None:
    assert all(m == "hypothetical" for _, _, _, m in _coded(coder, "Did Chile speak with Bolivia on Monday?"))
    told = _coded(coder, "Chile spoke with Bolivia on Monday.")
    assert any(m == "occurred" for _, _, _, m in told)


@pytest.mark.parametrize("note", [
    "Jo Example is a senior fellow at the Example Institute for Peace.",
    "Jo Example, professor of history, Example University",
])
def test_a_note_on_the_author_is_neither_title_nor_story(note: str) -> None:
    article = read_article_text(f"{note}\n\nChile should offer Peru a border treaty. Both sides have waited for "
                                "decades and a treaty would serve them well.\n", date=DAY)
    assert article.title != note and note not in article.text
    assert note in article.removed and article.author == "Jo Example"


def test_a_source_quoted_with_an_institution_stays_in_the_story() -> None:
    line = ("Jo Example, a senior fellow at the Example Institute, said Chile recalled its ambassador from Peru "
            "on Monday.")
    article = read_article_text(f"Chile recalls its envoy\n\n{line}\n", date=DAY)
    assert line in article.text


# -- a part of a period names no day ----------------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("late last year", dt.date(2015, 8, 31), dt.date(2015, 12, 31)),
    ("early last month", dt.date(2016, 8, 1), dt.date(2016, 8, 11)),
    ("mid-last week", dt.date(2016, 9, 14), dt.date(2016, 9, 16)),
])
def test_a_part_of_a_period_is_a_span_with_no_day(phrase: str, start: dt.date, end: dt.date) -> None:
    from detente.coding.dates import find_when
    when = find_when(f"Chile and Peru met {phrase}.", DAY)[0]
    assert (when.day, when.start, when.end) == (None, start, end)


def test_an_act_told_late_last_year_is_undated_not_a_year_back(coder: Coder) -> None:
    events = coder.code_sentence("Chile and Peru held talks late last year.", date=DAY)
    assert events and all(e.date == dt.date.min for e in events)  # undated (the coder's mark), not 2015-09-21
    whole = coder.code_sentence("Chile and Peru held talks last year.", date=DAY)
    assert whole and all(e.date == dt.date.min for e in whole)  # a whole year names no day either
    dated = coder.code_sentence("Chile and Peru held talks last month.", date=DAY)
    assert dated and all(e.date == dt.date.min for e in dated)  # nor does a month other than the article's
