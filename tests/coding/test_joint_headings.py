"""A joint statement names its parties once, in its heading or its first sentence, and then speaks as a group
(coding._joint_authors; docs/coder.md, "Joint statements named by their heading"): "the three countries", "the
two leaders", "the four ministers" after a heading "Joint Statement of the Leaders of A, B and C", and the "we" after
"A, B and C issued a joint statement", are each of the parties. Guards: a "we" quoted from one named speaker, a
statement that names no parties, a heading of one author, leaders who only met."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2022, 6, 7)


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


def _rows(sources: str, target: str, root: str) -> set[tuple[str, str, str]]:
    return {(s, target, root) for s in sources.split()}

#: a group named by its number after a heading that names the parties: each party acts
_HEADED = [
    ("Joint Statement of the Leaders of Kenya, Uganda and Rwanda. The three countries call on Burundi to reopen "
     "its border crossings.", _rows("KEN UGA RWA", "BDI", "02")),
    ("Statement by the presidents of Argentina and Uruguay. The two leaders condemned Paraguay's seizure of the "
     "river barges.", _rows("ARG URY", "PRY", "11")),
    ("Joint communique of the foreign ministers of Norway, Sweden, Finland and Denmark. The four ministers "
     "expressed serious concern over Belarus's treatment of the opposition.", _rows("NOR SWE FIN DNK", "BLR", "11")),
    ("Trilateral Statement of Greece, Cyprus and Egypt on maritime security. The three governments urged Turkey "
     "to halt its drilling.", _rows("GRC CYP EGY", "TUR", "02")),
]
#: the "we" after a first sentence that says its subject issued a joint statement: each state of the subject
_ISSUED = [
    ("The foreign ministers of Peru, Chile and Ecuador issued a joint statement on Tuesday. We urge Bolivia to "
     "release the detained fishermen.", _rows("PER CHL ECU", "BOL", "02")),
    ("Vietnam and the Philippines released a joint declaration. We condemn China's harassment of our fishing "
     "boats.", _rows("VNM PHL", "CHN", "11")),
    ("Ghana, Togo and Benin adopted a joint communique at the end of the summit. We call on Burkina Faso to free "
     "the abducted officials.", _rows("GHA TGO BEN", "BFA", "02")),
]


@pytest.mark.parametrize(("text", "expected"), _HEADED)
def test_heading_parties_act_as_their_group(coder: Coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _coded(coder, text)


@pytest.mark.parametrize(("text", "expected"), _ISSUED)
def test_we_of_a_joint_statement_its_first_sentence_issued(coder: Coder, text: str,
                                                           expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _coded(coder, text)


def test_we_quoted_from_one_speaker_stays_his_state(coder: Coder) -> None:
    found = _coded(coder, "Peru and Chile released a joint declaration. \"We condemn Bolivia's closure of the "
                          "border,\" the Chilean foreign minister said.")
    assert ("CHL", "BOL", "11") in found
    assert ("PER", "BOL", "11") not in found


def test_statement_naming_no_parties_has_no_voice(coder: Coder) -> None:
    found = _coded(coder, "The ministers issued a joint statement on Tuesday. We condemn Bolivia's closure of the "
                          "border.")
    assert not any(t == "BOL" and s != "---" for s, t, _ in found)


def test_heading_of_one_author_is_its_voice_alone(coder: Coder) -> None:
    found = _coded(coder, "Statement by the President of Argentina on the river dispute. We condemn Paraguay's "
                          "seizure of the barges.")
    assert {(s, t) for s, t, _ in found if t == "PRY"} == {("ARG", "PRY")}


def test_leaders_who_met_stay_read_as_before(coder: Coder) -> None:
    found = _coded(coder, "The leaders of Argentina and Uruguay met in Montevideo. \"We urge Paraguay to reopen "
                          "the river,\" the Uruguayan president said.")
    assert ("URY", "PRY", "02") in found
    assert ("ARG", "PRY", "02") not in found
