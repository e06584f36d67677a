"""A small check of root assignment outside every evaluation set: wire-style sentences written for this test
across CAMEO roots 01 to 20 and many dyads, each with the root a CAMEO coder would give it (CAMEO 1.1b3, as
the real-prose coding guide reads it: a proposal is an appeal, condolences a comment, weapons sent to a war aid).
A root-level rule that holds only on the sentences it was written from fails here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2022, 3, 9)

CASES = [
    # 01 statements and comments
    ("Kenya's foreign minister expressed optimism about the talks with Somalia.", "KEN SOM 01"),
    ("The Chinese ambassador expressed condolences to Nepal over the earthquake.", "CHN NPL 01"),
    ("Mexico acknowledged responsibility for the border incident with Guatemala.", "MEX GTM 01"),
    ("Iran denied Saudi claims that it armed the rebels.", "IRN SAU 01"),
    # 02 appeals
    ("Seoul urged Pyongyang to return to the negotiating table.", "KOR PRK 02"),
    ("Ukraine appealed to France for more air defence systems.", "UKR FRA 02"),
    ("Peru asked Chile to extradite the former minister.", "PER CHL 02"),
    ("Bolivia sought help from Argentina to fight the wildfires.", "BOL ARG 02"),
    # 03 intents
    ("France pledged 50 million euros in aid to Niger.", "FRA NER 03"),
    ("Russia promised to supply wheat to Egypt.", "RUS EGY 03"),
    ("Serbia and Kosovo agreed to resume dialogue next month.", "SRB KSV 03"),
    ("India expressed its readiness to help Sri Lanka.", "IND LKA 03"),
    # 04 consultations
    ("The Saudi foreign minister held talks with his Iranian counterpart in Beijing on Friday.", "SAU IRN 04"),
    ("Prime Minister Modi spoke by telephone with the Japanese prime minister on Tuesday.", "IND JPN 04"),
    ("The Chinese premier received the visiting Cambodian prime minister on Tuesday.", "CHN KHM 04"),
    ("Kenya took part in talks with Ethiopia on the border dispute.", "KEN ETH 04"),
    # 05 diplomatic cooperation
    ("Saudi Arabia restored diplomatic relations with Iran.", "SAU IRN 05"),
    ("Ghana apologized to Nigeria for the treatment of its traders.", "GHA NGA 05"),
    ("Egypt welcomed Sudan's decision to join the talks.", "EGY SDN 05"),
    ("Kenya signed a trade agreement with Uganda.", "KEN UGA 05"),
    # 06 material cooperation
    ("Israel shared intelligence with Jordan on the plot.", "ISR JOR 06"),
    # 07 aid
    ("Japan sent emergency aid to the Philippines after the typhoon.", "JPN PHL 07"),
    ("Turkey donated tents and blankets to Syria after the earthquake.", "TUR SYR 07"),
    ("Morocco granted asylum to Algerian dissidents.", "MAR DZA 07"),
    # 08 yield
    ("North Korea freed the detained American student.", "PRK USA 08"),
    ("Russia withdrew its troops from Moldova's breakaway region.", "RUS MDA 08"),
    ("Washington eased sanctions on Venezuela.", "USA VEN 08"),
    # 09 investigate
    ("The Netherlands launched an investigation into Russia's role in the downing of the airliner.", "NLD RUS 09"),
    ("Japanese investigators opened an inquiry into the Chinese trawler collision.", "JPN CHN 09"),
    # 10 demands
    ("Israel demanded that Lebanon disarm the militia.", "ISR LBN 10"),
    ("China demanded an apology from Japan.", "CHN JPN 10"),
    # 11 disapproval
    ("The Philippines accused China of harassing its fishermen.", "PHL CHN 11"),
    ("Canada complained to China about the detention of its citizens.", "CAN CHN 11"),
    ("Beijing expressed strong dissatisfaction with Canada's move.", "CHN CAN 11"),
    ("Tokyo summoned the Chinese ambassador to protest the incursion.", "JPN CHN 11"),
    # 12 rejections
    ("Pakistan rejected India's offer of talks.", "PAK IND 12"),
    ("North Korea turned down South Korea's offer of food aid.", "PRK KOR 12"),
    ("India ruled out talks with Pakistan until the attacks stop.", "IND PAK 12"),
    # 13 threats
    ("Russia threatened to cut off gas supplies to Ukraine.", "RUS UKR 13"),
    ("Beijing warned Taipei against any move toward independence.", "CHN TWN 13"),
    ("Egypt warned Ethiopia not to fill the dam.", "EGY ETH 13"),
    # 14 protest
    ("Pakistani protesters burned Indian flags in Lahore.", "PAK IND 14"),
    ("Algerian students demonstrated against French policy.", "DZA FRA 14"),
    # 15 force posture
    ("India put its forces on high alert along the border with Pakistan.", "IND PAK 15"),
    # 16 reduce relations
    ("Morocco recalled its ambassador from Algeria.", "MAR DZA 16"),
    ("Canada froze the assets of Russian oligarchs.", "CAN RUS 16"),
    ("The United States postponed talks with Cuba.", "USA CUB 16"),
    # 17 coercion
    ("Russian authorities arrested a Ukrainian journalist.", "RUS UKR 17"),
    ("Belarus deported Polish journalists.", "BLR POL 17"),
    # 18 assault
    ("Gunmen abducted two Chinese engineers in Pakistan.", "--- CHN 18"),
    # 19 fight
    ("Azerbaijani forces shelled Armenian villages.", "AZE ARM 19"),
    ("Saudi jets struck targets in Yemen.", "SAU YEM 19"),
    ("Ethiopian forces launched an offensive against Eritrea.", "ETH ERI 19"),
    # 20 mass violence
    ("Iraq used chemical weapons against Iran.", "IRQ IRN 20"),
    ("Serbian forces carried out ethnic cleansing in Kosovo.", "SRB KSV 20"),
]


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def test_the_check_spans_every_root() -> None:
    assert {case[1].split()[2] for case in CASES} == {f"{r:02d}" for r in range(1, 21)}


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_root_outside_the_evaluation_sets(coder: Coder, sentence: str, expected: str) -> None:
    source, target, root = expected.split()
    got = {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)}
    assert (source, target, root) in got, got
