"""Hard-wrapped texts (written for these tests, none from an evaluation set): a text broken into lines at a fixed
column (wire and teletype archives, plain-text releases) is read as the paragraphs it was, not one sentence a line.
"""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder, read_article_events
from detente.coding.intake import read_article_text

DAY = dt.date(2021, 3, 12)


WRAPPED = """TEXT: THE FOREIGN MINISTERS OF NORWAY AND ESTONIA MET IN
OSLO ON WEDNESDAY TO DISCUSS ENERGY SECURITY IN THE BALTIC
SEA REGION. OFFICIALS SAID THE TALKS WENT WELL AND THAT
BOTH SIDES WANTED TO MEET AGAIN BEFORE THE SUMMER.
LATER, NORWAY AND ESTONIA SIGNED AN AGREEMENT ON JOINT
PATROLS OF THEIR SHIPPING LANES, AND NORWAY PROMISED TO
HELP ESTONIA BUILD A NEW LIQUEFIED GAS TERMINAL NEXT YEAR.
THE TERMINAL WOULD REDUCE THE REGION'S DEPENDENCE ON
IMPORTED FUEL.
// END //
"""


def test_a_hard_wrapped_text_is_read_as_its_paragraphs() -> None:
    article = read_article_text(WRAPPED, date=DAY)
    reading = read_article_events(article, coder=Coder())
    first = next(s for s in reading.sentences if "FOREIGN MINISTERS" in s)
    assert first.endswith("MET IN OSLO ON WEDNESDAY TO DISCUSS ENERGY SECURITY IN THE BALTIC SEA REGION.")
    triples = {(e.source[:3], e.target[:3], e.root, e.date) for e in reading.events}
    assert {("NOR", "EST", "04", dt.date(2021, 3, 10)), ("EST", "NOR", "04", dt.date(2021, 3, 10))} & triples
    assert any(s == "NOR" and t == "EST" and r == "05" for s, t, r, _ in triples)


def test_short_lines_and_ordinary_paragraphs_are_not_joined() -> None:
    text = ("Kenya and Uganda Sign Trade Deal\n\nKenya and Uganda signed a trade agreement in Nairobi on Monday, "
            "officials of both governments said after a ceremony attended by hundreds of guests and reporters.\n"
            "Share this\nThe deal lowers tariffs on farm goods.\n")
    article = read_article_text(text, date=DAY)
    assert "Share this" not in article.text
    assert "\n" in article.text  # the paragraphs stay apart
    assert article.text.splitlines()[0].startswith("Kenya and Uganda signed")


#: the same kind of text broken at a wider column (a report copied from a printed page or a PDF, about 110
#: characters a line)
WIDE = """Nepal and Bhutan held two days of talks in Kathmandu on the return of refugees, the foreign ministry said on
Friday. Officials said the two governments agreed to form a joint team that would verify the status of the
people in the camps before the end of the year, and Nepal asked Bhutan to accept the first group of returnees
in the spring. India welcomed the agreement and offered to host the next round of talks in New Delhi if both
sides wished. The talks were the first between the two countries in three years, and diplomats said the mood
was cordial. Bhutan criticized the camps' administrators for delays in the registration of families.
"""


def test_a_text_wrapped_at_a_wider_column_is_joined_too() -> None:
    article = read_article_text(WIDE, date=DAY)
    lines = article.text.splitlines()
    assert len(lines) == 1 and "verify the status of the people in the camps" in lines[0]
    reading = read_article_events(article, coder=Coder())
    assert any("the people in the camps before the end of the year, and Nepal asked Bhutan to accept" in s
               for s in reading.sentences)
    assert {(e.source[:3], e.target[:3], e.root) for e in reading.events} >= {("NPL", "BTN", "02")}


def test_short_paragraphs_of_a_page_under_the_wider_column_are_not_joined() -> None:
    paragraphs = [
        "Nepal and Bhutan held two days of talks in Kathmandu on the return of refugees, officials said.",
        "Watch the full briefing by the ministry's spokesman on the talks in Kathmandu below this page",
        "The two governments agreed to form a joint team to verify the status of the people in the camps.",
        "India welcomed the agreement and offered to host the next round of talks in New Delhi.",
    ]
    article = read_article_text("\n".join(paragraphs), date=DAY)
    assert "verify the status" in article.text and len(article.text.splitlines()) >= 3
