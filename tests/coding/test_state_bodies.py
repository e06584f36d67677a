"""Named state bodies and the officials of the main dyads act for their states (sentences written for these tests).

Armed forces and commands ("the PLA", "the Korean People's Army", "U.S. Forces Korea", "the IRGC"), agencies and
state media ("OFAC", "KCNA", "Rodong Sinmun") are read from ``dictionaries/state_bodies.txt``; spokespersons, press
secretaries, chief cabinet secretaries, ministers and heads of government from ``data/people.csv``, each valid only
while in office.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2016, 3, 2)


def _pairs(coder: Coder, sentence: str, day: dt.date = DAY) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code[:2]) for e in coder.code_sentence(sentence, date=day)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The PLA Navy seized a Philippine patrol boat.", "CHNMIL"),
        ("The Korean People's Army warned Seoul against the leaflet launches.", "PRKMIL"),
        ("The KPA General Staff denounced the joint drills of Seoul and Washington.", "PRKMIL"),
        ("U.S. Forces Korea welcomed the Philippine delegation.", "USAMIL"),
        ("INDOPACOM deployed bombers to Guam in a show of force toward China.", "USAMIL"),
        ("The Islamic Revolutionary Guard Corps seized a Greek tanker.", "IRNMIL"),
        ("The Israel Defense Forces struck Syrian air defences.", "ISRMIL"),
        ("The Maritime Self-Defense Force escorted an Indian destroyer.", "JPNMIL"),
        ("OFAC designated three Venezuelan firms pursuant to the order.", "USAGOV"),
        ("Rodong Sinmun accused Tokyo of distorting history.", "PRKGOV"),
        ("The Workers' Party of Korea praised the Cuban delegation.", "PRKGOV"),
        ("The Ministry of Unification criticized Pyongyang.", "KORGOV"),
        ("The National Peace Committee of Korea denounced the Peruvian drills.", "PRKGOV"),
        ("The KAPPC urged Seoul to resume the tours.", "PRKGOV"),
        ("The Ministry of People's Armed Forces warned Tokyo.", "PRKMIL"),
    ],
)
def test_state_bodies_act_for_their_state(coder: Coder, sentence: str, expected: str) -> None:
    assert expected in {s for s, _, _ in _pairs(coder, sentence)}


def test_an_acronym_of_a_body_matches_only_in_capitals(coder: Coder) -> None:
    # "Pla" and "Idf" inside names are not the armed forces
    assert not any(s.startswith(("CHNMIL", "ISRMIL")) for s, _, _ in _pairs(coder, "Pla Idf met Chilean officials."))


@pytest.mark.parametrize(
    ("sentence", "day", "expected"),
    [
        ("Zelenskyy thanked Poland for its help.", dt.date(2022, 3, 1), "UKRGOV"),
        ("Netanyahu condemned Tehran.", dt.date(2019, 5, 1), "ISRGOV"),
        ("Khamenei denounced Washington.", dt.date(2019, 5, 1), "IRNGOV"),
        ("Tsai welcomed the Japanese delegation.", dt.date(2020, 1, 15), "TWNGOV"),
        ("Diaz-Canel met Venezuelan officials.", dt.date(2019, 5, 1), "CUBGOV"),
        ("Gilani criticized Washington.", dt.date(2011, 5, 3), "PAKGOV"),
        ("Fukuda criticized Pyongyang.", dt.date(2003, 4, 1), "JPNGOV"),
        ("Suga criticized Pyongyang.", dt.date(2017, 9, 1), "JPNGOV"),
        ("Lockhart criticized Pyongyang.", dt.date(1999, 9, 17), "USAGOV"),
        ("Boucher criticized Pyongyang.", dt.date(2002, 10, 16), "USAGOV"),
        ("Hua Chunying criticized Tokyo.", dt.date(2016, 3, 2), "CHNGOV"),
        ("Zakharova criticized Kyiv.", dt.date(2021, 3, 2), "RUSGOV"),
    ],
)
def test_officials_of_the_main_dyads_in_office(coder: Coder, sentence: str, day: dt.date, expected: str) -> None:
    assert expected in {s for s, _, _ in _pairs(coder, sentence, day)}


def test_an_official_out_of_office_is_nobody(coder: Coder) -> None:
    # Lockhart spoke for the White House from 1998 to 2000; in 2010 the name is nobody's office
    assert not any(s.startswith("USA") for s, _, _ in _pairs(coder, "Lockhart criticized Pyongyang.",
                                                                dt.date(2010, 1, 5)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Tokyo is the chief culprit of the tension, says KCNA.",
        "The drills of Seoul are a rehearsal for invasion, says Rodong Sinmun Monday in a commentary.",
        "The talks with Peru were useful, said the spokesman of Chile.",
    ],
)
def test_a_speaker_after_the_verb_is_the_source_of_no_one_in_what_is_said(coder: Coder, sentence: str) -> None:
    # the speaker reports (01), or criticises whom a judgement told before him names (11: "Tokyo is the chief
    # culprit ..., says KCNA", coding._quoted_judgments); he is never its target, nor the target his own
    reports = [(s, t) for s, t, c in _pairs(coder, sentence, dt.date(2012, 3, 5)) if c in ("01", "11")]
    assert reports and all(s[:3] in ("PRK", "CHL") and t[:3] != s[:3] for s, t in reports)


def test_to_blame_is_nobody_blaming(coder: Coder) -> None:
    # "are to blame" is no act of blaming by the Chilean authorities, and the teller is no target; the blame is the
    # teller's own charge (PER -> CHL, coding._according), as after "said" ("Kenya said Somalia is to blame")
    coded = _pairs(coder, "The Chilean authorities are to blame, according to Peru.")
    assert not any(s.startswith("CHL") or t.startswith("PER") for s, t, _ in coded), coded


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Foreign and Commonwealth Office is deeply troubled by Iran's detention of the tanker crew.",
         ("GBRGOV", "IRN")),
        ("An FCO spokesperson criticised Moscow over the cyber attacks.", ("GBRGOV", "RUS")),
        ("The Foreign, Commonwealth & Development Office condemned the Myanmar junta.", ("GBRGOV", "MMR")),
        ("The FCDO praised Ghana for the peaceful election.", ("GBRGOV", "GHA")),
        ("The Federal Foreign Office criticised Ankara over the arrests of journalists.", ("DEUGOV", "TUR")),
        ("The Quai d'Orsay condemned Iran's ballistic missile test.", ("FRAGOV", "IRN")),
    ],
)
def test_a_foreign_ministry_named_without_its_country_acts_for_it(coder: Coder, sentence: str,
                                                                   expected: tuple[str, str]) -> None:
    assert expected in {(s, t[:3]) for s, t, _ in _pairs(coder, sentence)}


def test_a_foreign_office_with_no_country_stays_without_one(coder: Coder) -> None:
    # "the Foreign Office" names a ministry of many states: no country is guessed for it
    assert not any(s.startswith("GBR") for s, _, _ in _pairs(coder, "The Foreign Office condemned the coup in Mali."))
