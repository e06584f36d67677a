"""A KCNA story's paragraph joins that fall inside a sentence (coding._text.story_body): the scraped page broke a
line in the middle of a list or a word, and the sentence goes on after it in lower case. Cut there, the second
piece became a sentence of its own whose first name was the "he" of the next sentence, so a leader's messages to a
list of prime ministers came out as sent by the last president of the list before."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding._text import story_body
from detente.ingest._kcna_code import Document, code_documents


@pytest.mark.parametrize(("raw", "body"), [
    # a list of recipients cut after a comma of its own, and again inside a word
    ("He thanked the Malian president, , ,  the Peruvian premier and the Fij, ,  ian president.",
     "He thanked the Malian president, the Peruvian premier and the Fij, ian president."),
    # a title cut before its country: the sentence goes on
    ("The delegation met the chairman of the Bol, ,  ivian Committee for Friendship.",
     "The delegation met the chairman of the Bol, ivian Committee for Friendship."),
])
def test_a_break_inside_a_sentence_keeps_it_whole(raw: str, body: str) -> None:
    assert story_body(raw) == body


@pytest.mark.parametrize(("raw", "body"), [
    # after a sentence's mark the join is a paragraph break, whatever case follows
    ("The talks ended.,  The sides signed a protocol.", "The talks ended.\nThe sides signed a protocol."),
    ("He spoke at the meeting.,  south Korean puppets were denounced.",
     "He spoke at the meeting.\nsouth Korean puppets were denounced."),
    # a heading with no mark before a capital stays a paragraph of its own
    ("Joint Statement, ,  The two sides agreed.", "Joint Statement\nThe two sides agreed."),
])
def test_a_break_between_sentences_stays(raw: str, body: str) -> None:
    assert story_body(raw) == body


def _coded(raw: str) -> set[tuple[str, str, str]]:
    doc = Document("story", "test.jsonl", 1, dt.date(2012, 3, 5), "Leader Sends Replies", story_body(raw), None)
    [coded] = code_documents([doc])
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coded.events}


# the leader's replies: a list of presidents cut by the scraper, then "He" sending more messages
_REPLIES = ("Kim Jong Un sent messages of thanks to heads of state of different countries on March 5.,  "
            "They were the Chilean president, the Mongolian president, the Ecua, ,  dorian president, "
            "the Malawian president and the Cuban president.,  "
            "He also sent similar messages to the prime ministers of {a} and {b}.")


@pytest.mark.parametrize(("a", "b", "codes"), [
    ("Fiji", "Samoa", ("FJI", "WSM")),
    ("Laos", "Nepal", ("LAO", "NPL")),
    ("Jamaica", "Thailand", ("JAM", "THA")),
])
def test_he_after_a_cut_list_is_the_sender(a: str, b: str, codes: tuple[str, str]) -> None:
    events = _coded(_REPLIES.format(a=a, b=b))
    targets = {tgt for src, tgt, _ in events if src == "PRK"}
    assert set(codes) <= targets
    assert not any(src in ("MWI", "CUB", "ECU") and tgt in codes for src, tgt, _ in events)


def test_messages_to_a_cut_list_are_the_senders() -> None:
    """The guard: with the list cut after its own comma, its recipients are still the targets of the leader."""
    events = _coded("Kim Yong Nam sent greetings to the Zambian president, , ,  the Bolivian president and the "
                    "Irish president on March 5.")
    assert {("PRK", "ZMB"), ("PRK", "BOL"), ("PRK", "IRL")} <= {(s, t) for s, t, _ in events}


@pytest.mark.parametrize("opener", [
    "They were the Kenyan president, the Peruvian president and the Omani sultan.",
    "They included the Kenyan president, the Peruvian president and the Omani sultan.",
    "Those were the Kenyan president, the Peruvian president and the Omani sultan.",
])
def test_he_after_a_group_listed_as_they_is_the_sender(opener: str) -> None:
    events = _coded("Kim Yong Nam sent letters of thanks to foreign heads of state on March 5.,  " + opener
                    + ",  He also sent letters to the prime ministers of Fiji and Nepal.")
    assert {("PRK", "FJI"), ("PRK", "NPL")} <= {(s, t) for s, t, _ in events}
    assert not any(s in ("KEN", "PER", "OMN") and t in ("FJI", "NPL") for s, t, _ in events)


def test_he_after_a_person_met_is_still_that_person() -> None:
    """The guard: a sentence that opens with "they" and a verb of its own names its object as before."""
    events = _coded("The delegation arrived in Lima on March 5.,  They met the Peruvian president.,  "
                    "He invited Kim Yong Nam to visit Peru.")
    assert ("PER", "PRK") in {(s, t) for s, t, _ in events}


def test_he_after_a_passive_opened_by_they_is_its_doer() -> None:
    """The guard: "They were received by ..." is a passive, not a list; its doer is the "he" of the next line."""
    events = _coded("A Nepali delegation arrived in Lima on March 5.,  They were received by the Peruvian "
                    "president.,  He invited Kim Yong Nam to visit Peru.")
    assert ("PER", "PRK") in {(s, t) for s, t, _ in events}
