"""Which CAMEO root, by the verb's object and by what is told of the act (sentences written for these tests, none
from an evaluation set).

The object decides the root: looking into sanctions is weighing a policy option (014) where looking into an
incident is an inquiry (090); offering views is saying them (010) where offering aid is an offer (03). Blockades
and naval quarantines are imposed (191) and ended (087); labelling, terming or dubbing another's act a violation
is criticism (111); isolating a state reduces relations with it (16; announced, a threat: 13); declaring an envoy
persona non grata, giving diplomats days to leave and ordering an embassy closed are diplomatic breaks (161);
reopening an embassy is 054; a joint communique issued by two states is an agreement between them (057). Wanting
to act is the intent to act, wanting another to act an appeal (02, as CAMEO's own example "Sharon wants Germany to
pay more compensation" is 025); what is argued for, favoured or advocated has not happened; "will have no choice
but to" announces.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from detente.coding import Coder

CountryCoded = Callable[[str, dt.date], set[tuple[str, str, str, str]]]
DAY = dt.date(2023, 3, 14)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Norway is looking into new sanctions against Belarus.", ("NOR", "BLR", "01", "occurred")),
        ("Kenya is exploring punitive measures against Somalia.", ("KEN", "SOM", "01", "occurred")),
        ("Ghana offered its own interpretation of the accord with Togo.", ("GHA", "TGO", "01", "occurred")),
        ("Ghana offered food aid to Togo.", ("GHA", "TGO", "03", "occurred")),
        ("Greece ordered a naval blockade of Albania.", ("GRC", "ALB", "19", "occurred")),
        ("Greece ended its naval quarantine of Albania.", ("GRC", "ALB", "08", "occurred")),
        ("The Turkish foreign ministry labelled the Greek move a flagrant violation of the treaty.",
         ("TUR", "GRC", "11", "occurred")),
        ("Algeria termed Morocco's decision an act of aggression.", ("DZA", "MAR", "11", "occurred")),
        ("Sweden isolated Belarus diplomatically.", ("SWE", "BLR", "16", "occurred")),
        ("Sweden will isolate Belarus if the crackdown goes on.", ("SWE", "BLR", "13", "intended")),
        ("Mali declared the French ambassador persona non grata.", ("MLI", "FRA", "16", "occurred")),
        ("Mali gave French diplomats 48 hours to leave the country.", ("MLI", "FRA", "16", "occurred")),
        ("Qatar reopened its embassy in Egypt.", ("QAT", "EGY", "05", "occurred")),
        ("Bolivia and Paraguay issued a joint communique on the border.", ("BOL", "PRY", "05", "occurred")),
        ("Uganda wanted to improve relations with Rwanda.", ("UGA", "RWA", "03", "intended")),
        ("Uganda wanted Rwanda to withdraw its troops.", ("UGA", "RWA", "02", "occurred")),
    ],
)
def test_the_object_and_the_act_decide_the_root(country_coded: CountryCoded, sentence: str,
                                                expected: tuple[str, str, str, str]) -> None:
    assert expected in country_coded(sentence, DAY)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Norway is looking into new sanctions against Belarus.", "09"),  # no inquiry
        ("Ghana offered its own interpretation of the accord with Togo.", "03"),  # no offer
        ("Uganda wanted to improve relations with Rwanda.", "10"),  # no demand of Rwanda
        ("Mali declared the French ambassador persona non grata.", "01"),  # more than a statement
    ],
)
def test_the_root_the_object_rules_out(country_coded: CountryCoded, sentence: str, wrong: str) -> None:
    assert wrong not in {root for _, _, root, _ in country_coded(sentence, DAY)}


def test_an_inquiry_stays_an_inquiry(shared_coder: Coder) -> None:
    codes = {e.code for e in shared_coder.code_sentence("Estonia will look into the incident on its border.",
                                                        date=DAY)}
    assert "090" in codes and "014" not in codes


def test_an_isolated_incident_is_no_act(shared_coder: Coder) -> None:
    assert not [e for e in shared_coder.code_sentence("An isolated incident angered Latvia.", date=DAY)
                if e.code.startswith("16")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some Israeli ministers argued for an air strike on Lebanon.",
        "Several advisers favoured a naval blockade of Yemen.",
        "The Saudi minister advocated a naval blockade of Yemen.",
    ],
)
def test_what_is_advocated_has_not_happened(shared_coder: Coder, sentence: str) -> None:
    acts = [e for e in shared_coder.code_sentence(sentence, date=DAY) if e.code[:2] in ("13", "18", "19")]
    assert acts and all(e.modality == "hypothetical" and e.code[:2] != "13" for e in acts)


def test_no_choice_but_to_announces_and_a_past_one_happened(country_coded: CountryCoded) -> None:
    assert ("FRA", "MLI", "13", "intended") in country_coded(
        "France will have no choice but to isolate Mali politically.", DAY)
    assert ("FRA", "MLI", "16", "occurred") in country_coded(
        "France had no choice but to sever relations with Mali.", DAY)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Belarus called the Lithuanian vote a coup.", ("BLR", "LTU", "11", "occurred")),
        ("Serbia branded Croatia's raid a war crime.", ("SRB", "HRV", "11", "occurred")),
        ("Malaysia called its accord with Singapore a step in the right direction.", ("MYS", "SGP", "01", "occurred")),
        ("Georgia cast doubt on the validity of the Russian referendum.", ("GEO", "RUS", "11", "occurred")),
        ("Moldova questioned the legitimacy of the Russian election.", ("MDA", "RUS", "11", "occurred")),
    ],
)
def test_the_names_of_blame_and_praise(country_coded: CountryCoded, sentence: str,
                                       expected: tuple[str, str, str, str]) -> None:
    assert expected in country_coded(sentence, DAY)


def test_doubt_alone_stays_pessimism(country_coded: CountryCoded) -> None:
    assert ("GEO", "RUS", "01", "occurred") in country_coded("Georgia cast doubt on the Russian claim.", DAY)
    assert ("GEO", "RUS", "11", "occurred") not in country_coded("Georgia cast doubt on the Russian claim.", DAY)


def test_what_is_hoped_has_not_happened(shared_coder: Coder) -> None:
    events = shared_coder.code_sentence("Norway hopes that Sweden and Finland will settle the dispute through "
                                        "dialogue with Denmark.", date=DAY)
    assert [e for e in events if e.code.startswith("04")]
    assert all(e.modality == "hypothetical" for e in events if e.code.startswith("04"))
    # what the hope names before its modal happened: the talks held on Monday
    held = shared_coder.code_sentence("Norway voiced hope that the talks Sweden held with Finland on Monday will "
                                      "bring peace.", date=DAY)
    assert all(e.modality != "hypothetical" for e in held if e.code.startswith("04"))
