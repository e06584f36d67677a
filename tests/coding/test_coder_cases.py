"""Who did what to whom: a table of sentences written for these tests, each justified by its CAMEO definition.

Covers the coder's claimed rules (module docstring of ``detente.coding.coder`` and docs/coder.md): the source is
the subject of the verb's clause, the target the first actor after the verb; capitals and seats of government
stand for the government ("Pyongyang" -> PRKGOV) except as places ("in Seoul"); people resolve by the sentence's
date (people.csv); joint actors ("X and Y", "X and Y officials"); reported speech; passives with an agent; and
every coded event's Goldstein/QuadClass/PLOVER/track agree with the reference tables and with an independent
reading of GDELT's published Goldstein file (tests/fixtures/reference). Also: determinism, empty, whitespace and
non-English input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.coding import Coder, check_english
from detente.coding.coder import UNDATED
from detente.errors import LanguageError
from detente.model import Event
from detente.reference import reference_tables

DAY = dt.date(2019, 3, 15)

# sentence, source, target, code prefix, a word of the CAMEO name of the expected code (CAMEO 1.1b3)
CASES: list[tuple[str, str, str, str, str]] = [
    # 111 "Criticize or denounce"
    ("Japan condemned North Korea.", "JPN", "PRK", "111", "criticize"),
    # 051 "Praise or endorse"
    ("China praised South Korea.", "CHN", "KOR", "051", "praise"),
    # 112 "Accuse" (its children 1121..1125 specify the accusation)
    ("Russia accused Japan of espionage.", "RUS", "JPN", "112", "accuse"),
    ("Russia blamed Ukraine.", "RUS", "UKR", "112", "accuse"),
    # 084 "Return, release person(s)"
    ("South Korea returned fishermen to North Korea.", "KOR", "PRK", "084", "release"),
    # 163 "Impose embargo, boycott, or sanctions"
    ("The United States imposed sanctions on Iran.", "USA", "IRN", "163", "sanctions"),
    # 085 "Ease economic sanctions, boycott, embargo"
    ("The United States lifted sanctions on Russia.", "USA", "RUS", "085", "sanctions"),
    # 130 "Threaten, not specified below"
    ("Pyongyang threatened Washington.", "PRKGOV", "USAGOV", "130", "threaten"),
    ("North Korea warned Japan.", "PRK", "JPN", "130", "threaten"),
    # 138 "Threaten with military force"
    ("Iran threatened to attack Israel.", "IRN", "ISR", "138", "military"),
    # 043 "Host a visit"
    ("Seoul hosted a delegation from Pyongyang.", "KORGOV", "PRKGOV", "043", "host"),
    # 042 "Make a visit"
    ("Japan's prime minister visited China.", "JPNGOV", "CHN", "042", "visit"),
    # 055 "Apologize"
    ("Japan apologized to South Korea.", "JPN", "KOR", "055", "apologize"),
    # 071 "Provide economic aid"
    ("China gave a loan to North Korea.", "CHN", "PRK", "071", "economic"),
    # 106 "Demand meeting, negotiation"
    ("Japan demanded talks with North Korea.", "JPN", "PRK", "106", "meeting"),
    # 194 "Fight with artillery and tanks"
    ("China shelled Taiwan.", "CHN", "TWN", "194", "artillery"),
    # 190 "Use conventional military force, not specified below"
    ("North Korea invaded South Korea.", "PRK", "KOR", "190", "military"),
    # 173 "Arrest, detain, or charge with legal action"
    ("India arrested Pakistani fishermen.", "IND", "PAK", "173", "arrest"),
    # 166 "Expel or withdraw" (diplomats, inspectors, peacekeepers)
    ("Japan expelled North Korean diplomats.", "JPN", "PRKGOV", "166", "expel"),
    # 057 "Sign formal agreement"
    ("Russia and China signed an agreement.", "RUS", "CHN", "057", "agreement"),
    # 090 "Investigate, not specified below"
    ("China investigated Japan.", "CHN", "JPN", "090", "investigate"),
    # 125 "Reject proposal to meet, discuss, or negotiate"
    ("North Korea refused to meet South Korea.", "PRK", "KOR", "125", "meet"),
    # 127 "Reject plan, agreement to settle dispute"
    ("North Korea rejected the proposal.", "PRK", "---", "127", "reject"),
    # 150 "Demonstrate military or police power": the lexicon codes weapons tests and launches as shows of force
    ("North Korea fired missiles.", "PRK", "---", "150", "military"),
    # organisations and seats of government: 111 and 051 again
    ("The IAEA criticized Iran.", "IGOUNOIAE", "IRN", "111", "criticize"),
    ("The Kremlin praised Pyongyang.", "RUSGOV", "PRKGOV", "051", "praise"),
    ("The White House criticized Beijing.", "USAGOV", "CHNGOV", "111", "criticize"),
    # a role after a country adjective joins the country: citizens are civilians (CVL)
    ("North Korea released two Japanese citizens.", "PRK", "JPNCVL", "084", "release"),
]


def _triples(events: list[Event]) -> list[tuple[str, str, str]]:
    return [(e.source, e.target, e.code) for e in events]


def _main(coder: Coder, sentence: str, day: dt.date | None = DAY) -> Event:
    main = coder.main_event(coder.code_sentence(sentence, date=day))
    assert main is not None, f"no event coded from {sentence!r}"
    return main


@pytest.mark.parametrize(("sentence", "source", "target", "code", "word"), CASES, ids=[c[0][:40] for c in CASES])
def test_who_did_what_to_whom(coder: Coder, sentence: str, source: str, target: str, code: str, word: str) -> None:
    main = _main(coder, sentence)
    assert (main.source, main.target) == (source, target), _triples(coder.code_sentence(sentence, date=DAY))
    assert main.code.startswith(code), main.code
    # the justification: the CAMEO name of the code the test expects says what the sentence does
    assert word in reference_tables().cameo[code].name.lower(), reference_tables().cameo[code].name
    assert main.modality == "occurred" and main.date == DAY and main.sentence == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The weather was mild in the capital.",
        "Officials met in a hotel.",  # a role without a country is no known actor
        "The Washington summit was cancelled.",  # a capital before "summit" is a place, and a passive without agent
        "Analysts discussed the economy.",
    ],
)
def test_sentences_without_a_known_actor_code_nothing(coder: Coder, sentence: str) -> None:
    assert coder.code_sentence(sentence, date=DAY) == []


# -- capitals as governments, and as places --------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Washington criticized Pyongyang.", "USAGOV", "PRKGOV"),
        ("Seoul praised Washington.", "KORGOV", "USAGOV"),
        ("Pyongyang condemned Seoul.", "PRKGOV", "KORGOV"),
    ],
)
def test_capitals_stand_for_their_governments(coder: Coder, sentence: str, source: str, target: str) -> None:
    main = _main(coder, sentence)
    assert (main.source, main.target) == (source, target)
    assert main.source_name is None and main.target_name is None  # a government, not a person


def test_a_capital_after_in_is_where_it_happened(coder: Coder) -> None:
    events = coder.code_sentence("Japanese officials met Chinese officials in Seoul.", date=DAY)
    assert ("JPNGOV", "CHNGOV", "044") in _triples(events)
    assert all("KORGOV" not in (e.source, e.target) for e in events)


# -- people resolved by the sentence's date (src/detente/data/people.csv) --------------------------------------------

@pytest.mark.parametrize(
    ("day", "name"),
    [
        (dt.date(1994, 3, 1), "Kim Il Sung"),  # Supreme Leader 1948-09-09 .. 1994-07-08
        (dt.date(1994, 7, 9), "Kim Jong Il"),  # 1994-07-08 .. 2011-12-17
        (dt.date(2005, 9, 19), "Kim Jong Il"),
        (dt.date(2011, 12, 16), "Kim Jong Il"),
        (dt.date(2011, 12, 18), "Kim Jong Un"),  # from 2011-12-17
        (dt.date(2019, 2, 27), "Kim Jong Un"),
    ],
)
def test_kim_is_the_leader_of_the_day(coder: Coder, day: dt.date, name: str) -> None:
    main = _main(coder, "Kim criticized Japan.", day)
    assert (main.source, main.target, main.code) == ("PRKGOV", "JPN", "111")
    assert main.source_name == name and main.date == day


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (dt.date(2019, 2, 20), "Stephen Biegun"),  # Special Representative from 2018-08-23
        (dt.date(2017, 6, 1), "Joseph Yun"),
        (dt.date(2012, 6, 1), "Glyn Davies"),
        (dt.date(2005, 9, 19), "Christopher Hill"),
    ],
)
def test_the_us_envoy_is_the_envoy_of_the_day(coder: Coder, day: dt.date, name: str) -> None:
    main = _main(coder, "The U.S. envoy met North Korean officials.", day)
    assert (main.source, main.target, main.code) == ("USAGOV", "PRKGOV", "044")  # 044 "Meet at a third location"
    assert main.source_name == name


def test_the_longest_name_wins_over_a_shorter_alias(coder: Coder) -> None:
    # "Ambassador Kim" is Sung Kim (U.S. special representative 2014-11-20 .. 2016-10-16), not the "Kim" of Pyongyang
    main = _main(coder, "Ambassador Kim met North Korean officials.", dt.date(2015, 6, 1))
    assert (main.source, main.source_name, main.target) == ("USAGOV", "Sung Kim", "PRKGOV")


def test_a_person_out_of_office_is_no_actor(coder: Coder) -> None:
    # Donald Trump held office 2017-01-20 .. 2021-01-20 and from 2025-01-20: not in 2023
    main = _main(coder, "Trump criticized Kim.", dt.date(2023, 6, 1))
    assert (main.source, main.target, main.source_name, main.target_name) == ("---", "PRKGOV", None, "Kim Jong Un")
    in_office = _main(coder, "Trump criticized Kim.", dt.date(2019, 6, 1))
    assert (in_office.source, in_office.source_name) == ("USAGOV", "Donald Trump")


def test_undated_sentences_name_no_office_holder(coder: Coder) -> None:
    """With no date, an office names nobody in particular (never today's holder); the country still acts."""
    main = _main(coder, "Kim criticized Japan.", None)
    assert (main.source, main.source_name, main.date) == ("PRKGOV", None, UNDATED)
    envoy = _main(coder, "The U.S. envoy criticized Japan.", None)
    assert (envoy.source, envoy.source_name) == ("USAGOV", None)
    secretary = _main(coder, "The U.S. Secretary of State met Japanese officials.", None)
    assert (secretary.source, secretary.source_name) == ("USAGOV", None)


def test_the_date_cache_does_not_leak_between_dates() -> None:
    shared_coder = Coder()
    days = [dt.date(1994, 3, 1), dt.date(2005, 1, 1), dt.date(2019, 1, 1), dt.date(1994, 3, 1), dt.date(2005, 1, 1)]
    for day in days:
        again = shared_coder.code_sentence("Kim criticized Japan.", date=day)
        fresh = Coder().code_sentence("Kim criticized Japan.", date=day)
        assert again == fresh


def test_an_envoy_nobody_is_listed_for_is_still_his_government(coder: Coder) -> None:
    main = _main(coder, "The U.S. envoy met North Korean officials.", dt.date(1990, 1, 10))
    assert (main.source, main.target) == ("USAGOV", "PRKGOV")


def test_an_adverb_before_the_verb_keeps_the_event(coder: Coder) -> None:
    # 111 "Criticize or denounce", the commonest form of it in the news
    assert _triples(coder.code_sentence("Japan strongly condemned North Korea.", date=DAY)) == [("JPN", "PRK", "111")]


# -- joint actors ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two sources of one criticism (111)
        ("Japan and South Korea condemned North Korea.", {("JPN", "PRK", "111"), ("KOR", "PRK", "111")}),
        # two targets of one criticism
        ("China criticized Japan and South Korea.", {("CHN", "JPN", "111"), ("CHN", "KOR", "111")}),
        # a symmetric act (04 consult) between joint sources is coded both ways; the role word is shared
        ("Japanese and South Korean officials discussed the summit.",
         {("JPNGOV", "KORGOV", "040"), ("KORGOV", "JPNGOV", "040")}),
        # 057 sign formal agreement: both signatories are parties
        ("Russia and China signed an agreement.", {("RUS", "CHN", "057"), ("CHN", "RUS", "057")}),
    ],
)
def test_joint_actors(coder: Coder, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(_triples(coder.code_sentence(sentence, date=DAY))) == expected


def test_an_asymmetric_act_of_joint_sources_has_no_target_between_them(coder: Coder) -> None:
    # 111 is not symmetric: two critics of nobody named are not critics of each other
    events = coder.code_sentence("Japan and South Korea complained.", date=DAY)
    assert set(_triples(events)) == {("JPN", "---", "110"), ("KOR", "---", "110")}  # 110 "Disapprove"


# -- reported speech and passives ------------------------------------------------------------------------------------

def test_reported_speech_keeps_the_reported_act(coder: Coder) -> None:
    events = coder.code_sentence("North Korea tested a missile, Japanese officials said.", date=DAY)
    assert _triples(events) == [("PRK", "---", "150"), ("JPNGOV", "---", "010")]  # 010 "Make statement"
    main = coder.main_event(events)
    assert main is not None and main.code == "150"  # the act, not the report


def test_the_reporter_before_the_report_is_not_the_target(coder: Coder) -> None:
    events = coder.code_sentence("South Korea's military said North Korea fired artillery.", date=DAY)
    triples = _triples(events)
    assert ("KORMIL", "---", "010") in triples
    act = coder.main_event(events)
    assert act is not None and act.source == "PRK" and act.code[:2] == "19"  # 194 artillery


def test_passive_with_an_agent(coder: Coder) -> None:
    # "X was criticized by Y": Y is the critic
    assert _triples(coder.code_sentence("North Korea was criticized by Japan.", date=DAY)) == [("JPN", "PRK", "111")]


# -- the reference tables agree with every coded event ---------------------------------------------------------------

def _gdelt_goldstein(path: Path) -> dict[str, float]:
    weights: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            code, weight = line.split("\t")
            weights[code.strip()] = float(weight)
    return weights


def _quad_from_root(root: str) -> int:
    """QuadClass by CAMEO root as GDELT and the Phoenix pipeline define it: verbal cooperation 01-05, material
    cooperation 06-09, verbal conflict 10-14, material conflict 15-20."""
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


ALL_SENTENCES = [c[0] for c in CASES] + [
    "Japanese and South Korean officials discussed trade.",
    "North Korea tested a missile, Japanese officials said.",
    "Japan will meet China next week.",
    "The United States will not meet North Korea.",
    "North Korea could attack Japan.",
    "North Korea conducted a nuclear test and South Korea condemned it.",
    "South Korea sent rice to North Korea.",
    "North Korea agreed to dismantle its nuclear reactor.",
]


def test_reference_figures_agree_for_every_coded_event(coder: Coder, fixture_file: Callable[[str], Path]) -> None:
    tables = reference_tables()
    gdelt = _gdelt_goldstein(fixture_file("reference/gdelt_CAMEO.goldsteinscale.txt"))
    events = [e for s in ALL_SENTENCES for e in coder.code_sentence(s, date=DAY)]
    assert len(events) >= len(ALL_SENTENCES)
    for e in events:
        entry = tables.cameo[e.code]
        assert e.root == entry.root == e.code[:2], e
        assert e.quad_class == entry.quad_class == _quad_from_root(e.root), e
        assert e.goldstein == entry.goldstein, e
        if e.code in gdelt:  # the one pinned table is GDELT's published weights
            assert e.goldstein == gdelt[e.code], e
        mapping = tables.plover_for(e.code)
        assert (e.plover_event, e.plover_mode, e.plover_context) == (
            (mapping.event, mapping.mode, mapping.context) if mapping else (None, None, None)), e


def test_tracks_follow_the_quad_class_and_the_nuclear_words(coder: Coder) -> None:
    nuclear = {"nuclear", "missile", "missiles", "denuclearization", "uranium", "reactor"}
    seen: set[str] = set()
    for sentence in ALL_SENTENCES:
        words = {w.strip(".,").lower() for w in sentence.split()}
        for e in coder.code_sentence(sentence, date=DAY):
            if e.code == "010":
                expected = "other"
            elif e.quad_class in (1, 2):
                expected = "denuclearization" if words & nuclear else "peace"
            else:
                expected = "tension"
            assert e.track == expected, (sentence, e.code, e.track)
            seen.add(expected)
    assert seen == {"other", "peace", "denuclearization", "tension"}


# -- determinism and odd input ---------------------------------------------------------------------------------------

def test_a_text_codes_as_its_sentences_in_order(coder: Coder) -> None:
    sentences = [c[0] for c in CASES[:8]]
    whole = coder.code_text(" ".join(sentences), date=DAY)
    one_by_one = [e for s in sentences for e in coder.code_sentence(s, date=DAY)]
    assert _triples(whole) == _triples(one_by_one)
    assert [e.prov_row for e in whole] == [n for n, s in enumerate(sentences)
                                           for _ in coder.code_sentence(s, date=DAY)]
    backwards = coder.code_text(" ".join(reversed(sentences)), date=DAY)
    assert sorted(_triples(backwards)) == sorted(_triples(whole))  # no state carried from one sentence to the next


def test_coding_is_deterministic_across_coders(coder: Coder) -> None:
    text = " ".join(c[0] for c in CASES)
    first = coder.code_text(text, date=DAY, url="https://example.org/a", doc_id="a")
    assert first == Coder().code_text(text, date=DAY, url="https://example.org/a", doc_id="a") == coder.code_text(
        text, date=DAY, url="https://example.org/a", doc_id="a")
    assert all(e.url == "https://example.org/a" and e.prov_file == "a" for e in first)


@pytest.mark.parametrize("text", ["", " ", "   \n\t  \n", "...", "12345 67", "\u3000\u00a0"])
def test_empty_and_blank_text_codes_nothing(coder: Coder, text: str) -> None:
    assert coder.code_text(text, date=DAY) == []
    assert coder.code_sentence(text, date=DAY) == []


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("북한은 동해상으로 탄도미사일 두 발을 발사했다고 합동참모본부가 밝혔다.", "Hangul"),
        ("朝鲜向日本海发射了两枚弹道导弹。", "Chinese or Japanese"),
        ("Северная Корея запустила две баллистические ракеты.", "Cyrillic"),
    ],
)
def test_non_latin_text_codes_nothing_and_is_refused_by_name(coder: Coder, text: str, script: str) -> None:
    assert coder.code_text(text, date=DAY) == []
    with pytest.raises(LanguageError, match=script) as err:
        check_english(text)
    assert "English" in str(err.value) and "\n" not in str(err.value)


def test_latin_script_foreign_text_is_refused_and_codes_nothing(coder: Coder) -> None:
    french = ("Le gouvernement japonais a vivement condamné mercredi le tir de deux missiles balistiques par la "
              "Corée du Nord, selon un communiqué du ministère des affaires étrangères publié dans la soirée.")
    with pytest.raises(LanguageError, match="does not look like English"):
        check_english(french)
    assert coder.code_text("Le Japon a condamné la Corée du Nord.", date=DAY) == []


def test_short_or_english_text_passes_the_language_check() -> None:
    check_english("Kim met Trump.")  # fewer than 12 words: let through
    check_english("The United States and North Korea held talks in Hanoi on Wednesday, officials said.")
    check_english("")
