"""The parser adapter and the rules the coder reads from a parse, each on sentences written for its pattern."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, CoderOptions
from detente.coding.syntax import Parse, default_parser

DAY = dt.date(2019, 3, 5)


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code) for e in coder.code_sentence(text, date=DAY)}


def test_the_shipped_parser_reads_subject_and_object() -> None:
    parse = default_parser().parse(["Egypt", "criticized", "Ethiopia", "."])
    assert isinstance(parse, Parse) and len(parse) == 4
    assert (parse.labels[0], parse.heads[0]) == ("nsubj", 1)
    assert (parse.labels[2], parse.heads[2]) == ("obj", 1)
    assert parse.is_root(1) and parse.verbal(1) and list(parse.children(1, "obj")) == [2]
    assert default_parser().parse_many([]) == []


def test_the_parse_is_spacys_tree_read_token_by_token_and_the_blas_threads_are_restored() -> None:
    """The adapter reads heads, labels and tags as arrays and runs the network in numpy's BLAS held to one thread:
    the same tree as spaCy's own pipeline gives token by token (a sentence with its root mid-way, one with a head
    after its dependent, a one-word sentence), and the BLAS thread count unchanged afterwards."""
    import spacy
    from spacy.tokens import Doc
    from threadpoolctl import threadpool_info

    sentences = [["Seoul", "said", "Pyongyang", ",", "which", "fired", "a", "rocket", ",", "must", "stop", "."],
                 ["Talks", "between", "the", "two", "Koreas", "resumed", "on", "Monday", "."], ["Yes"]]
    parser = default_parser()
    before = [(i["filepath"], i["num_threads"]) for i in threadpool_info()]
    parses = parser.parse_many(sentences)
    assert [(i["filepath"], i["num_threads"]) for i in threadpool_info()] == before
    nlp = spacy.load(parser.model, exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])  # blis, as shipped
    for words, parse in zip(sentences, parses, strict=True):
        doc = nlp(Doc(nlp.vocab, words=words))
        assert parse.heads == tuple(t.head.i for t in doc)
        assert parse.labels == tuple("root" if t.dep_ == "ROOT" else t.dep_ for t in doc)
        assert parse.tags == tuple(t.tag_ for t in doc)
    assert parses[0].labels.count("root") == 1 and parses[2].heads == (0,)


def test_without_syntax_no_parser_is_loaded() -> None:
    assert Coder(options=CoderOptions(syntax=False)).parser is None


@pytest.mark.parametrize("text", [
    "Brazil, which plans to send aid, urged Argentina to hold talks.",
    "Mexico, which is set to provide loans, criticized Peru.",
])
def test_a_relative_clause_keeps_its_act_away_from_the_main_clause_target(coder: Coder, text: str) -> None:
    aid = [t for t in _coded(coder, text) if t[2].startswith("03")]
    assert aid and all(target == "---" for _, target, _ in aid), aid


@pytest.mark.parametrize(("text", "accusation"), [
    ("Chile accused Bolivia of violating the water agreement.", ("CHL", "BOL", "112")),
    ("Egypt denounced Ethiopia for building the dam.", ("EGY", "ETH", "111")),
    # the denial is aimed at the state it concerns (coding._denied), the attack denied is no event
    ("Norway denied that it attacked Russia.", ("NOR", "RUS", "016")),
])
def test_what_an_accusation_or_denial_says_was_done_is_no_event(
        coder: Coder, text: str, accusation: tuple[str, str, str]) -> None:
    assert _coded(coder, text) == {accusation}


def test_reported_speech_credits_the_reported_actor(coder: Coder) -> None:
    coded = _coded(coder, "Seoul said Pyongyang fired three rockets into the sea.")
    assert ("KORGOV", "---", "010") in coded
    assert {s for s, _, c in coded if c != "010"} == {"PRKGOV"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Uganda condemned Somalia.", {("KEN", "SOM", "111"), ("UGA", "SOM", "111")}),
    ("Ghana condemned Togo and Benin.", {("GHA", "TGO", "111"), ("GHA", "BEN", "111")}),
])
def test_coordinated_actors_keep_their_roles(coder: Coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _coded(coder, text) == expected


def test_the_subject_of_the_next_verb_is_not_the_target(coder: Coder) -> None:
    coded = _coded(coder, "North Korea fired a missile and South Korea condemned the launch.")
    assert ("PRK", "KOR", "150") not in coded and ("KOR", "---", "111") in coded


def test_a_former_official_acts_as_an_elite_not_the_government(coder: Coder) -> None:
    assert _coded(coder, "Former Japanese prime minister Yukio Hatoyama met Chinese officials.") == {
        ("JPNELI", "CHNGOV", "044")}


def test_a_role_takes_the_country_of_its_place(coder: Coder) -> None:
    assert _coded(coder, "Police in Lagos, Nigeria arrested two Ghanaian traders.") == {("NGACOP", "GHA", "173")}


@pytest.mark.parametrize(("text", "not_root"), [
    ("Dockworkers in Chile held strike talks with Peru.", "14"),
    ("Kenya announced a policy of fighting corruption with Uganda.", "19"),
])
def test_nouns_and_gerunds_used_as_modifiers_are_no_acts(coder: Coder, text: str, not_root: str) -> None:
    assert not any(code.startswith(not_root) for _, _, code in _coded(coder, text))
