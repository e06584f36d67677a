"""A DPRK paper's headline is news of the paper's own day (stories written for these tests, none from an evaluation
set or the KCNA corpus; docs/coder.md, "A paper's headline on its own day").

"Rodong Sinmun Slams ..." over a story that first tells the act answered, with its day, was dated on that day: the
day the story's first sentence names. The paper spoke on the story's day, or on the day a line naming it says.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import UNDATED

DAY = dt.date(2012, 6, 11)  # a Monday


def _headline_days(coder: Coder, sentences: list[str], pair: tuple[str, str]) -> set[dt.date | None]:
    first = coder.code_many(sentences, date=DAY)[0]
    return {None if e.date == UNDATED else e.date for e in first if (e.source[:3], e.target[:3]) == pair}


@pytest.mark.parametrize(("sentences", "pair"), [
    (["Rodong Sinmun Slams Japanese Defense Minister's Reckless Remarks.",
      "On June 6 the Japanese defense minister again let loose reckless remarks against the DPRK at a meeting in "
      "Tokyo.",
      "His remarks are nothing but a provocation to the dignified DPRK.",
      "Such a man had better keep his mouth shut."], ("PRK", "JPN")),
    (["KCNA Commentary Denounces S. Korean Authorities' Smear Campaign.",
      "Three days ago the south Korean authorities staged a smear campaign against the DPRK in Seoul.",
      "The campaign is a grave challenge to the efforts for dialogue.",
      "The authorities must stop it at once."], ("PRK", "KOR")),
    (["Minju Joson Accuses U.S. of Arms Buildup in Asia.",
      "The U.S. shipped a batch of new fighters to its bases in Asia on June 4.",
      "This is a dangerous move to heighten tension in the region.",
      "The U.S. should drop its arms buildup."], ("PRK", "USA")),
])
def test_a_papers_headline_is_of_the_storys_day(shared_coder: Coder, sentences: list[str],
                                                 pair: tuple[str, str]) -> None:
    assert _headline_days(shared_coder, sentences, pair) == {DAY}


def test_a_line_naming_the_paper_with_its_day_dates_the_headline(shared_coder: Coder) -> None:
    sentences = ["Rodong Sinmun Flays S. Korean Minister's Outbursts.",
                 "The south Korean minister of defense on June 1 slandered the DPRK at a press conference.",
                 "Rodong Sinmun Saturday observes in a signed article in this regard:",
                 "His outbursts are a grave provocation."]
    assert _headline_days(shared_coder, sentences, ("PRK", "KOR")) == {dt.date(2012, 6, 9)}


@pytest.mark.parametrize(("sentences", "pair", "day"), [
    # guards: a headline of another doer keeps the day its story tells the act with
    (["Cuba Denounces U.S. Radio Aggression.",
      "Cuba on June 5 denounced the U.S. radio aggression at an international conference.",
      "The Cuban delegate said the broadcasts violate the rules.",
      "He called for an end to them."], ("CUB", "USA"), dt.date(2012, 6, 5)),
    (["Peru Protests Chilean Raids.",
      "The government of Peru on June 7 lodged a protest with Chile over raids on its fishing boats.",
      "The note said the raids were illegal.",
      "It demanded an apology."], ("PER", "CHL"), dt.date(2012, 6, 7)),
])
def test_another_doers_headline_keeps_the_day_told(shared_coder: Coder, sentences: list[str],
                                                    pair: tuple[str, str], day: dt.date) -> None:
    assert _headline_days(shared_coder, sentences, pair) == {day}
