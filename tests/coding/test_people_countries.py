"""Leaders and foreign ministers of the states that news of conflict and diplomacy names most (sentences written for
these tests).

Each row of ``detente/data/people.csv`` dates an office: the holder's name is the state's government on a day inside
the term, and nobody on a day before it or after it. Names written with accents ("Mevlüt Çavuşoğlu") are read as
their plain spellings are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._text import tokenize
from detente.coding.lexicon import phrase_tokens


def _sources(coder: Coder, sentence: str, day: dt.date) -> set[tuple[str, str | None]]:
    return {(e.source, e.source_name) for e in coder.code_sentence(sentence, date=day)}


@pytest.mark.parametrize(("sentence", "day", "source", "name"), [
    # Turkey: two terms of the same minister, and his successor
    ("Cavusoglu criticized Greece over the islands.", dt.date(2014, 10, 1), "TURGOV", "Mevlut Cavusoglu"),
    ("Cavusoglu criticized Greece over the islands.", dt.date(2020, 1, 20), "TURGOV", "Mevlut Cavusoglu"),
    ("On Monday Çavuşoğlu criticized Greece over the islands.", dt.date(2020, 1, 20), "TURGOV", "Mevlut Cavusoglu"),
    ("Fidan criticized Greece over the islands.", dt.date(2024, 1, 10), "TURGOV", "Hakan Fidan"),
    # Vietnam, written with and without its diacritics
    ("Pham Binh Minh criticized China over the islands.", dt.date(2018, 5, 3), "VNMGOV", "Pham Binh Minh"),
    ("Phạm Bình Minh criticized China over the islands.", dt.date(2018, 5, 3), "VNMGOV", "Pham Binh Minh"),
    ("Bui Thanh Son criticized China over the islands.", dt.date(2023, 5, 3), "VNMGOV", "Bui Thanh Son"),
    # India and Pakistan
    ("Swaraj accused Pakistan of sheltering militants.", dt.date(2016, 9, 26), "INDGOV", "Sushma Swaraj"),
    ("Jaishankar accused Pakistan of sheltering militants.", dt.date(2021, 9, 26), "INDGOV",
     "Subrahmanyam Jaishankar"),
    ("Sartaj Aziz accused India of wrecking the talks.", dt.date(2015, 8, 22), "PAKGOV", "Sartaj Aziz"),
    # Ukraine, Egypt, Syria, Eritrea, Venezuela
    ("Kuleba urged Germany to send tanks.", dt.date(2022, 6, 1), "UKRGOV", "Dmytro Kuleba"),
    ("Sybiha urged Germany to send missiles.", dt.date(2025, 3, 1), "UKRGOV", "Andrii Sybiha"),
    ("Shoukry warned Ethiopia over the dam.", dt.date(2020, 7, 15), "EGYGOV", "Sameh Shoukry"),
    ("Abdelatty warned Ethiopia over the dam.", dt.date(2024, 9, 15), "EGYGOV", "Badr Abdelatty"),
    ("Mekdad condemned Israel for the strikes.", dt.date(2022, 3, 15), "SYRGOV", "Faisal Mekdad"),
    ("Osman Saleh accused Ethiopia of occupying Badme.", dt.date(2016, 6, 20), "ERIGOV", "Osman Saleh"),
    ("Arreaza accused Colombia of harbouring mercenaries.", dt.date(2019, 2, 25), "VENGOV", "Jorge Arreaza"),
    # Germany: chancellors and foreign ministers
    ("Merkel telephoned Putin on Sunday.", dt.date(2015, 9, 1), "DEUGOV", "Angela Merkel"),
    ("Scholz telephoned Putin on Sunday.", dt.date(2022, 12, 2), "DEUGOV", "Olaf Scholz"),
    ("Merz telephoned Zelenskyy on Sunday.", dt.date(2025, 6, 1), "DEUGOV", "Friedrich Merz"),
    ("Maas criticized Russia over the poisoning.", dt.date(2020, 9, 2), "DEUGOV", "Heiko Maas"),
    ("Baerbock criticized Russia over the poisoning.", dt.date(2023, 6, 1), "DEUGOV", "Annalena Baerbock"),
    ("Wadephul criticized Russia over the drones.", dt.date(2025, 9, 20), "DEUGOV", "Johann Wadephul"),
])
def test_a_holder_in_office_is_the_government(coder: Coder, sentence: str, day: dt.date, source: str,
                                              name: str) -> None:
    assert (source, name) in _sources(coder, sentence, day)


@pytest.mark.parametrize(("sentence", "day", "country"), [
    ("Cavusoglu criticized Greece over the islands.", dt.date(2015, 10, 1), "TUR"),  # between his two terms
    ("Cavusoglu criticized Greece over the islands.", dt.date(2024, 1, 10), "TUR"),  # after them
    ("Fidan criticized Greece over the islands.", dt.date(2019, 1, 10), "TUR"),  # before his term
    ("Kuleba urged Germany to send missiles.", dt.date(2025, 3, 1), "UKR"),
    ("Swaraj accused Pakistan of sheltering militants.", dt.date(2021, 9, 26), "IND"),
    ("Jaishankar accused Pakistan of sheltering militants.", dt.date(2016, 9, 26), "IND"),
    ("Mekdad condemned Israel for the strikes.", dt.date(2025, 3, 15), "SYR"),
    ("Merz criticized Russia over the pipeline.", dt.date(2010, 6, 1), "DEU"),
    ("Baerbock criticized Russia over the pipeline.", dt.date(2010, 6, 1), "DEU"),
    ("Merkel criticized Russia over the pipeline.", dt.date(2023, 6, 1), "DEU"),
])
def test_a_name_out_of_office_is_no_government(coder: Coder, sentence: str, day: dt.date, country: str) -> None:
    assert all(not source.startswith(country) for source, _ in _sources(coder, sentence, day))


def test_both_ministers_of_a_meeting_are_named(coder: Coder) -> None:
    events = coder.code_sentence(
        "Foreign Minister Mevlüt Çavuşoğlu met Venezuelan Foreign Minister Jorge Arreaza in Caracas on Monday.",
        date=dt.date(2020, 1, 20))
    assert ("TURGOV", "VENGOV", "Mevlut Cavusoglu", "Jorge Arreaza") in {
        (e.source, e.target, e.source_name, e.target_name) for e in events}


def test_a_visit_by_an_accented_name_has_its_state(coder: Coder) -> None:
    events = coder.code_sentence("Foreign Minister Mevlüt Çavuşoğlu visited Venezuela.", date=dt.date(2020, 8, 18))
    assert ("TURGOV", "VEN") in {(e.source, e.target) for e in events}


def test_accents_fold_to_the_plain_letters() -> None:
    assert tokenize("Çavuşoğlu met Pérez in Hà Nội.") == ["Cavusoglu", "met", "Perez", "in", "Ha", "Noi", "."]
    assert phrase_tokens("Mevlüt Çavuşoğlu") == ("mevlut", "cavusoglu")


@pytest.mark.parametrize(("sentence", "day", "source", "name"), [
    # Australia and Canada
    ("Rudd telephoned Obama on Sunday.", dt.date(2009, 6, 1), "AUSGOV", "Kevin Rudd"),
    ("Rudd telephoned Obama on Sunday.", dt.date(2013, 8, 1), "AUSGOV", "Kevin Rudd"),
    ("Gillard criticized China over the tariffs.", dt.date(2012, 6, 1), "AUSGOV", "Julia Gillard"),
    ("Prime Minister Morrison criticized China over the tariffs.", dt.date(2020, 6, 1), "AUSGOV", "Scott Morrison"),
    ("Penny Wong criticized China over the tariffs.", dt.date(2023, 6, 1), "AUSGOV", "Penny Wong"),
    ("Harper criticized Russia over the Arctic.", dt.date(2010, 6, 1), "CANGOV", "Stephen Harper"),
    ("Trudeau criticized China over the detentions.", dt.date(2019, 6, 1), "CANGOV", "Justin Trudeau"),
    ("Carney criticized the United States over the tariffs.", dt.date(2025, 6, 1), "CANGOV", "Mark Carney"),
    # Iraq
    ("Maliki accused Iran of arming militias.", dt.date(2008, 6, 1), "IRQGOV", "Nouri al-Maliki"),
    ("Abadi accused Turkey of violating Iraqi sovereignty.", dt.date(2016, 6, 1), "IRQGOV", "Haider al-Abadi"),
    ("Kadhimi accused Turkey of violating Iraqi sovereignty.", dt.date(2021, 6, 1), "IRQGOV", "Mustafa al-Kadhimi"),
    ("Sudani accused Turkey of violating Iraqi sovereignty.", dt.date(2023, 6, 1), "IRQGOV",
     "Mohammed Shia al-Sudani"),
    # Israel: a minister moving from one office to another keeps his state
    ("Eli Cohen accused Iran of arming Hezbollah.", dt.date(2023, 6, 1), "ISRGOV", "Eli Cohen"),
    ("Katz accused Turkey of supporting Hamas.", dt.date(2024, 6, 1), "ISRGOV", "Israel Katz"),
    ("Katz threatened Hezbollah with war.", dt.date(2025, 1, 5), "ISRGOV", "Israel Katz"),
    ("Foreign Minister Gideon Sa'ar accused Turkey of supporting Hamas.", dt.date(2025, 1, 5), "ISRGOV",
     "Gideon Saar"),
    # the Philippines and Indonesia
    ("Aquino accused China of bullying.", dt.date(2013, 6, 1), "PHLGOV", "Benigno Aquino III"),
    ("Locsin protested to China.", dt.date(2020, 6, 1), "PHLGOV", "Teodoro Locsin Jr."),
    ("Secretary Manalo protested to China.", dt.date(2024, 6, 1), "PHLGOV", "Enrique Manalo"),
    ("Yudhoyono visited Australia.", dt.date(2010, 6, 1), "IDNGOV", "Susilo Bambang Yudhoyono"),
    ("Jokowi visited Australia.", dt.date(2017, 6, 1), "IDNGOV", "Joko Widodo"),
    ("Prabowo visited China.", dt.date(2025, 6, 1), "IDNGOV", "Prabowo Subianto"),
    ("Retno Marsudi visited China.", dt.date(2020, 6, 1), "IDNGOV", "Retno Marsudi"),
    # Saudi Arabia
    ("King Abdullah bin Abdulaziz received Obama in Riyadh.", dt.date(2010, 6, 1), "SAUGOV",
     "Abdullah bin Abdulaziz"),
    ("Mohammed bin Salman threatened Iran.", dt.date(2016, 6, 1), "SAUGOV", "Mohammed bin Salman"),
    ("Crown Prince Mohammed bin Salman received Xi Jinping in Riyadh.", dt.date(2023, 6, 1), "SAUGOV",
     "Mohammed bin Salman"),
])
def test_a_leader_in_office_is_the_government(coder: Coder, sentence: str, day: dt.date, source: str,
                                              name: str) -> None:
    assert (source, name) in _sources(coder, sentence, day)


@pytest.mark.parametrize(("sentence", "day", "country"), [
    ("Rudd criticized China over the tariffs.", dt.date(2019, 6, 1), "AUS"),  # between and after his terms
    ("Jokowi visited Australia.", dt.date(2014, 6, 1), "IDN"),  # before his term
    ("Katz accused Turkey of supporting Hamas.", dt.date(2021, 6, 1), "ISR"),
    ("Maliki accused Iran of arming militias.", dt.date(2016, 6, 1), "IRQ"),
    ("Trudeau criticized China over the tariffs.", dt.date(2025, 6, 1), "CAN"),
])
def test_a_leader_out_of_office_is_no_government(coder: Coder, sentence: str, day: dt.date, country: str) -> None:
    assert all(not source.startswith(country) for source, _ in _sources(coder, sentence, day))


def test_a_crown_prince_of_another_state_keeps_his_state(coder: Coder) -> None:
    # "Crown Prince Mohammed" alone would name both Gulf crown princes of 2017-2022: it is no alias
    events = coder.code_sentence("Crown Prince Mohammed bin Zayed received Modi in Abu Dhabi.",
                                 date=dt.date(2019, 6, 1))
    assert ("AREGOV", "INDGOV") in {(e.source, e.target) for e in events}


@pytest.mark.parametrize(("sentence", "day", "source", "name"), [
    ("Abdullah bin Zayed met Pompeo in Abu Dhabi.", dt.date(2019, 6, 1), "AREGOV", "Abdullah bin Zayed"),
    ("Sheikh Mohammed bin Abdulrahman Al Thani met Blinken in Doha.", dt.date(2024, 6, 1), "QATGOV",
     "Mohammed bin Abdulrahman Al Thani"),
    ("Burhan accused the United Arab Emirates of arming the militia.", dt.date(2024, 6, 1), "SDNGOV",
     "Abdel Fattah al-Burhan"),
    ("President Sargsyan accused Azerbaijan of provocations.", dt.date(2013, 6, 1), "ARMGOV", "Serzh Sargsyan"),
    ("Kavelashvili criticized the European Union.", dt.date(2025, 3, 1), "GEOGOV", "Mikheil Kavelashvili"),
    ("Lula criticized the United States.", dt.date(2008, 6, 1), "BRAGOV", "Luiz Inacio Lula da Silva"),
    ("Rousseff criticized the United States over the spying.", dt.date(2014, 6, 1), "BRAGOV", "Dilma Rousseff"),
    ("Temer criticized Venezuela.", dt.date(2016, 7, 1), "BRAGOV", "Michel Temer"),  # acting president
    ("Bolsonaro criticized China.", dt.date(2020, 6, 1), "BRAGOV", "Jair Bolsonaro"),
    ("Lula criticized Israel.", dt.date(2024, 6, 1), "BRAGOV", "Luiz Inacio Lula da Silva"),
])
def test_a_head_of_state_in_office_is_the_government(coder: Coder, sentence: str, day: dt.date, source: str,
                                                     name: str) -> None:
    assert (source, name) in _sources(coder, sentence, day)


@pytest.mark.parametrize(("sentence", "day", "country"), [
    ("Lula criticized Israel.", dt.date(2018, 6, 1), "BRA"),  # between his two presidencies
    ("Burhan accused Egypt of arming the militia.", dt.date(2015, 6, 1), "SDN"),  # before the council
    ("President Sargsyan accused Azerbaijan of provocations.", dt.date(2020, 6, 1), "ARM"),
])
def test_a_head_of_state_out_of_office_is_no_government(coder: Coder, sentence: str, day: dt.date,
                                                        country: str) -> None:
    assert all(not source.startswith(country) for source, _ in _sources(coder, sentence, day))
