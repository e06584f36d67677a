"""Several states acting as one and named so: each member acts (coding._collective; docs/coder.md, "Joint actors
named together"). A group named again by its number or as allies ("the three countries", "all four leaders",
"the allies"), the "we" of a quotation several states speak, the "we" of a joint statement whose first line says
who issues it, and companions of an actor ("A, along with B, condemned", "A joined B in condemning"). Guards: a
number the text does not name as many states, allies never named, one speaker, one issuing state, companions
that are no state, "joined" with no act of the companions, and "the two sides"."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2022, 6, 7)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


def _rows(sources: str, target: str, root: str) -> set[tuple[str, str, str]]:
    return {(s, target, root) for s in sources.split()}


#: a group named again by its number or as allies acts through each member
_NUMBERED = [
    ("Kenya, Uganda and Tanzania held a summit in Arusha on Monday. The three countries condemned Sudan's closure of "
     "the border.", _rows("KEN UGA TZA", "SDN", "11")),
    ("The foreign ministers of Poland, Hungary, Slovakia and Austria met in Warsaw. All four governments condemned "
     "Belarus's detention of the journalists.", _rows("POL HUN SVK AUT", "BLR", "11")),
    ("Canberra and Wellington signed a security pact on Thursday. The allies criticised Beijing's naval exercises "
     "near Fiji.", _rows("AUS NZL", "CHN", "11")),
    ("The leaders of Chile, Peru and Colombia met in Lima. The three leaders urged Venezuela to hold free "
     "elections.", _rows("CHL PER COL", "VEN", "02")),
    ("President Macron received the presidents of Senegal and Ghana in Paris on Friday. The three governments "
     "called on Mali to release the detained soldiers.", _rows("FRA SEN GHA", "MLI", "02")),
]
#: the "we" of a quotation several states speak is each of them
_QUOTED = [
    ("\"We condemn Serbia's blockade of the crossing,\" the foreign ministers of Croatia and Slovenia said on "
     "Monday.", _rows("HRV SVN", "SRB", "11")),
    ("\"We condemn Ethiopia's seizure of the port,\" said Eritrea and Djibouti in a joint statement.",
     _rows("ERI DJI", "ETH", "11")),
    ("Norway and Denmark said in a joint statement: \"We urge Russia to release the fishermen.\"",
     _rows("NOR DNK", "RUS", "02")),
    ("\"Our governments condemn Azerbaijan's shelling of the border villages,\" the Armenian and French foreign "
     "ministers said.", _rows("ARM FRA", "AZE", "11")),
]
#: the "we" of a joint statement is each state its first line says issues it
_ISSUED = [
    ("The Governments of Kenya, Ethiopia and Somalia issue the following joint statement. We condemn Eritrea's "
     "interference in the region.", _rows("KEN ETH SOM", "ERI", "11")),
    ("Mexico and Colombia have issued the following joint declaration. We call on Nicaragua to release the "
     "political prisoners.", _rows("MEX COL", "NIC", "02")),
    ("The governments of Portugal, Spain and Morocco issue the following joint communique. We reject Algeria's "
     "decision to close its airspace.", _rows("PRT ESP MAR", "DZA", "12")),
    ("The Republic of Finland and the Kingdom of Sweden issue this joint statement. We condemn Russia's violation "
     "of Finnish airspace.", _rows("FIN SWE", "RUS", "11")),
]


@pytest.mark.parametrize(("text", "kept", "target"), [
    # a number the text does not name as many states: no members made up
    ("Ghana and Nigeria held talks in Accra. The three countries condemned Togo's closure of the border.",
     set(), "TGO"),
    # allies the text never names
    ("The allies condemned Iran's seizure of the tanker.", set(), "IRN"),
    # one speaker beside another state
    ("\"We condemn Serbia's blockade,\" the Croatian foreign minister said after talks with Slovenia.",
     {("HRV", "SRB", "11")}, "SRB"),
    # one state issues the statement
    ("Mexico issued the following statement. We call on Nicaragua to release the political prisoners.",
     {("MEX", "NIC", "02")}, "NIC"),
])
def test_guards_keep_their_coding(coder: Coder, text: str, kept: set[tuple[str, str, str]], target: str) -> None:
    coded = _coded(coder, text)
    acting = {(s, r) for s, t, r in coded if t == target and s != "---"}
    assert acting == {(s, r) for s, _, r in kept}, coded


@pytest.mark.parametrize(("text", "pair"), [
    ("Spain, along with Portugal, condemned Morocco's seizure of the fishing boats.", {"ESP", "PRT"}),
    ("Latvia joined Estonia's call for talks with Russia.", {"LVA", "EST"}),
    ("Latvia, along with its neighbours, condemned Russia's shelling of the border post.", {"LVA", "EST"}),
])
def test_companions_do_not_act_on_each_other(coder: Coder, text: str, pair: set[str]) -> None:
    coded = _coded(coder, text)
    assert not any({s, t} == pair for s, t, _ in coded), coded


def test_a_companion_that_is_no_state_adds_no_member(coder: Coder) -> None:
    coded = _coded(coder, "Latvia, along with its neighbours, condemned Russia's shelling of the border post.")
    assert {s for s, t, _ in coded if t == "RUS"} == {"LVA"}, coded


def test_the_two_sides_keep_their_reading(coder: Coder) -> None:
    coded = _coded(coder, "Armenia and Georgia held talks in Tbilisi on Monday. The two sides agreed to reopen the "
                          "railway.")
    assert {s for s, t, r in coded if r == "03"} == {"ARM", "GEO"}, coded


#: "our governments", "our leaders" are those of the states "our" stands for
_OURS = [
    ("Chile and Peru condemn Bolivia's closure of the border. Our governments call on Bolivia to reopen it.",
     _rows("CHL PER", "BOL", "02")),
    ("\"Our leaders condemn Serbia's blockade of the crossing,\" the foreign ministers of Croatia and Slovenia said.",
     _rows("HRV SVN", "SRB", "11")),
    ("\"Our governments condemn Ethiopia's seizure of the port,\" the Kenyan foreign minister said.",
     {("KEN", "ETH", "11")}),
]


#: companions joined to an actor do its act too, and are not its target
_COMPANIONS = [
    ("Spain, along with Portugal and Greece, condemned Morocco's seizure of the fishing boats.",
     _rows("ESP PRT GRC", "MAR", "11")),
    ("Italy, along with Greece and Malta, called on Libya to stop the departures.", _rows("ITA GRC MLT", "LBY", "02")),
    ("Canada has joined the European Union in condemning Belarus's crackdown on the opposition.",
     _rows("CAN IGO", "BLR", "11")),
]


@pytest.mark.parametrize(("text", "expected"), [*_NUMBERED, *_QUOTED, *_ISSUED, *_OURS, *_COMPANIONS])
def test_each_member_of_a_joint_actor_acts(coder: Coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    coded = _coded(coder, text)
    assert expected <= coded, coded
