"""A dotted abbreviation ("U.S.", "U.N.", "R.O.K.", "D.C.", "p.m."), alone or ending a hyphenated word
("Japan-U.S."), ends a sentence only when what follows opens one; before the noun it qualifies it ends none."""

from __future__ import annotations

import pytest

from detente.coding import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Aiko Mori, Minister of Defense, held a Japan-U.S. Defense Ministers' meeting with her counterpart.",
        "The two leaders agreed to hold a Korea-U.S. Summit in the autumn.",
        "Officers of the U.S. Forces stationed near Osan were questioned.",
        "A statement from the U.S. Embassy in Seoul was issued on Friday.",
        "France raised the matter at the U.N. Security Council on Monday.",
        "Drills of the R.O.K.-U.S. Combined Forces Command began in March.",
        "Sailors of the U.S. 7th Fleet docked at Busan.",
        'Pyongyang denounced the U.S. "Human Rights Act" as a provocation.',
        "The Sino-U.S. Joint Communique of 1972 was cited.",
        "Mr. Ken Ito, Minister for Foreign Affairs, held a Japan-U.S. Foreign Ministers' telephone talk with "
        "Mr. John Hart, Secretary of State of the United States.",
    ],
)
def test_an_abbreviation_before_the_noun_it_qualifies_ends_no_sentence(text: str) -> None:
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The minister flew back from the U.S. The talks resume in June.",
         ["The minister flew back from the U.S.", "The talks resume in June."]),
        ("Seoul signed a new pact with the U.S. It takes effect next year.",
         ["Seoul signed a new pact with the U.S.", "It takes effect next year."]),
        ("The envoy met officials of the U.N. However, no statement followed.",
         ["The envoy met officials of the U.N.", "However, no statement followed."]),
        ("The committee sits in Washington, D.C. Its chair is a senator.",
         ["The committee sits in Washington, D.C.", "Its chair is a senator."]),
        ("The vote was set for 4 p.m. After it, the delegates left.",
         ["The vote was set for 4 p.m.", "After it, the delegates left."]),
        ('He blamed the U.S. "We will respond," he said.', ["He blamed the U.S.", '"We will respond," he said.']),
        ("The crowd outside the embassy was loudly anti-U.S. It burned flags.",
         ["The crowd outside the embassy was loudly anti-U.S.", "It burned flags."]),
    ],
)
def test_an_abbreviation_before_an_opening_word_ends_the_sentence(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    "text",
    [
        "P.S. The meeting moved to Tuesday.",  # an abbreviation that opens the paragraph
        "Mr. Lee met Gen. Park. Both spoke.",  # the abbreviations of the list are left as they were
        "Talks ran long... I left.",  # an ellipsis is no dotted abbreviation
    ],
)
def test_other_stops_keep_their_rule(text: str) -> None:
    expected = {
        "P.S. The meeting moved to Tuesday.": ["P.S. The meeting moved to Tuesday."],
        "Mr. Lee met Gen. Park. Both spoke.": ["Mr. Lee met Gen. Park.", "Both spoke."],
        "Talks ran long... I left.": ["Talks ran long...", "I left."],
    }[text]
    assert split_sentences(text) == expected

