"""Text intake on pages shaped like real ones: chrome, prompts, paywalls, captions, bylines, datelines and dates.

The fixtures in tests/fixtures/news are written for these tests (the VOA page is public domain); see
tests/fixtures/README.md. The lines below are written here after the shapes of real scraped pages.
"""

from __future__ import annotations

import datetime as dt
import doctest
from pathlib import Path

import pytest

import detente.coding.intake
from detente.coding import Coder, read_article_events
from detente.coding.intake import read_article, read_article_html, read_article_text

NEWS = Path(__file__).resolve().parents[1] / "fixtures" / "news"
TITLE = "Envoys agree to meet again"
BODY = [
    "North and South Korean officials met at the border village of Panmunjom on Tuesday to prepare the summit.",
    "The delegations discussed military talks and the reunion of separated families, the unification ministry said.",
    "They agreed to meet again next week to settle the remaining details of the programme.",
]


def _page(*lines: str) -> str:
    return "\n".join(lines)


def test_docstring_examples() -> None:
    result = doctest.testmod(detente.coding.intake)
    assert result.attempted > 0 and result.failed == 0


# -- page furniture, one kind at a time ------------------------------------------------------------------------------

FURNITURE = [
    # paywalls and memberships
    "Already a subscriber? Make sure to log into your account before viewing this content.",
    "Try unlimited access",
    "Only $1 for four weeks",
    "All major cards accepted. No commitments, you can cancel any time.",
    "Become a member today and support independent journalism.",
    "Get unlimited access to all our content, including original reporting and analysis by our team.",
    "Fight misinformation: Sign up for the free Daily Example newsletter and follow the news that matters.",
    "We just wrapped up our fundraising drive and came up short of our goal; please make a donation today.",
    "Support The Review today.",
    "Please enter your comment!",
    "Read Full Article",
    "%d bloggers like this:",
    # an advertisement's place holder, comment prompts and e-mail briefings
    "Story continues below advertisement",
    "Article continues after this advertisement",
    "Advertisement - scroll to continue reading",
    "The report continues below",
    "Want to talk about it? Please read our Commenting Guidelines before you post.",
    "Join the conversation and share your views in the comments section below.",
    "The morning email you need for the day's top stories from Example City.",
    "Get the weekly briefing on world affairs in your inbox every Friday.",
    # captions and credits
    "Delegates arrive for the talks in Hanoi. (Jo Example/The Daily Example)",
    "Kim and Trump shake hands in Singapore on June 12, 2018.Evan Example/AP",
    "The envoys talk in private during the summit in Panmunjom. (Inter-Korean Press Pool/Example via Getty Images)",
    "Brian Example/ZUMA Press",
    "Andrew Example\u2014AP",
    "(By examplephotography/Shutterstock)",
    "FILE - In this Feb. 28, 2019, file photo, the two leaders walk in the garden of a hotel in Hanoi.",
    "File photo of the foreign minister at the United Nations. (Reuters)",
    "Photo : EXAMPLE News",
    "The foreign minister (R) and the envoy (L) arrive for a lunch in Pyongyang on July 7, 2018.",
    "Read more: Read the agreement signed by the two leaders at the summit in Singapore",
    "shutterstock_166542389-1",
    "summit-handshake-0612.jpg",
    # wire credits, stamps, site furniture
    "Reporting by Sam Sample in Seoul; Editing by Kim Editor",
    "(Additional reporting by Robin Roe in Tokyo)",
    "2 hours ago",
    "9:16 PM EST",
    "Posted inOpinion",
    "About the author",
    "More articles by Alex Example",
    "Our Standards: The Example Wire Trust Principles.",
    "News / Asia",
    "[1] discussing opening liaison offices: https://review.example.org/liaison",
    "Cookies and Privacy",
    "We use cookies to improve your experience on our website. To find out more, read our updated Cookie policy.",
    "This website stores cookies on your computer to give you a more personalised service; see our notice.",
    "By continuing to browse the site you accept the use of cookies.",
    "We hope you're enjoying The Example Review.",
    "Thank you for reading Example News.",
    "You have 2 free articles left this month.",
    "ab12_JANEROEAFPGettyImages_twoleadersshakehands Jane Roe/AFP/Getty Images",
    "summit_hanoi_2019_leaders",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_each_kind_of_furniture_inside_the_story_is_removed_and_listed(line: str) -> None:
    article = read_article_text(_page(TITLE, BODY[0], line, BODY[1], BODY[2]))
    assert article.text.split("\n") == BODY
    assert article.removed == (line,)


@pytest.mark.parametrize("line", [
    # story sentences that share words with the furniture
    "The two leaders ate cookies and drank tea at the border village before the talks resumed on Wednesday.",
    "Thank you for the invitation, the minister told his host as the delegations sat down for talks on Friday.",
    "The file, named talks_2019_minutes, was handed to the envoys at the end of the meeting on Thursday.",
    "North Korea said its membership in the talks depended on the lifting of sanctions, officials said.",
    "Analysts said the donation of rice by South Korea would ease the food shortage in the North.",
    "The ministry said the subscription to the fund was open to all six parties of the talks.",
    "Support for the agreement grew in Seoul after the summit, a poll published on Tuesday showed.",
    "By Tuesday, the two sides had agreed on the agenda of the next round of talks in Geneva.",
    "The U.S. - North Korea talks resumed in Stockholm after a break of seven months, officials said.",
    "Kim Jong Un (the leader) - the North's ruler - met the South Korean president at the border.",
    "The advertisement broadcast by loudspeakers across the border angered the North, the ministry said.",
    "The foreign minister declined to comment on the talks, saying the discussions would continue next week.",
    "Officials read the daily intelligence briefing to the president before the summit in Hanoi on Tuesday.",
    "The envoy said the negotiations would continue after the break, and the talks resumed on Monday.",
])
def test_story_sentences_that_look_like_furniture_are_kept(line: str) -> None:
    article = read_article_text(_page(TITLE, BODY[0], line, BODY[1]))
    assert article.text.split("\n") == [BODY[0], line, BODY[1]] and article.removed == ()


def test_a_caption_printed_twice_goes_with_both_copies() -> None:
    caption = "The envoy listens to a question after the meeting at the Foreign Ministry in Seoul."
    article = read_article_text(_page(TITLE, caption, caption, *BODY))
    assert article.text.split("\n") == BODY and article.removed == (caption, caption)


def test_bullets_of_a_paywall_go_with_it() -> None:
    bullets = ["\u2022 Unlimited access to all reporting and analysis", "\u2022 Searchable archive of all content",
               "\u2022 Contact our reporters with tips"]
    article = read_article_text(_page(TITLE, BODY[0], "Try unlimited access", *bullets, BODY[1], BODY[2]))
    assert article.text.split("\n") == BODY
    assert article.removed == ("Try unlimited access", *bullets)


def test_chrome_above_the_headline_and_labels_below_it_are_removed_but_a_standfirst_is_kept() -> None:
    dek = "Decades of demanding disarmament before anything else have produced neither peace nor disarmament."
    page = _page("- The Example Review - https://review.example.org -", "Politics Foreign Affairs Culture",
                 "fbpx", "38 Example offers informed analysis of events in and around the peninsula.", TITLE,
                 "Security, Asia", dek, "By Alex Example", "February 14, 2019", *BODY, "Related Topics",
                 "\u2022 Ambassador", "\u2022 G7 Summit")
    article = read_article_text(page)
    assert (article.title, article.author, article.date) == (TITLE, "Alex Example", dt.date(2019, 2, 14))
    assert article.text.split("\n") == [dek, *BODY]
    assert article.removed == ("- The Example Review - https://review.example.org -",
                               "Politics Foreign Affairs Culture", "fbpx",
                               "38 Example offers informed analysis of events in and around the peninsula.",
                               "Security, Asia", "By Alex Example", "February 14, 2019", "Related Topics",
                               "\u2022 Ambassador", "\u2022 G7 Summit")


def test_the_headline_repeated_with_the_site_name_is_the_title() -> None:
    page = _page(f"{TITLE} | Example News", "Example News Logo", "February 11, 2025", "Example News is hiring",
                 TITLE, "A standfirst that sums up the story in one long line of about fifteen words or so", *BODY)
    article = read_article_text(page)
    assert article.title == TITLE
    assert article.date == dt.date(2025, 2, 11)  # the only date, above the headline: the last resort
    assert article.text.split("\n")[0].startswith("A standfirst")


@pytest.mark.parametrize(("headline", "standfirst"), [
    ("U.S. envoy talks with N. Koreans", "Pompeo also plans to return"),
    ("Seoul Hosts Talks On Rail Link", "Officials Expect A Deal Within Weeks"),
    ("Ministers agree to meet again in March", "Border trade could resume next year"),
])
def test_a_headline_followed_by_a_short_standfirst_is_the_title(headline: str, standfirst: str) -> None:
    article = read_article_text(_page(headline, standfirst, "SEOUL, South Korea -- " + BODY[0], *BODY[1:]))
    assert article.title == headline
    assert headline not in article.removed


def test_a_label_of_names_above_the_headline_is_not_the_title() -> None:
    article = read_article_text(_page("World News Asia Pacific", TITLE, *BODY))
    assert article.title == TITLE
    assert article.removed == ("World News Asia Pacific",)


# -- datelines ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "prefix", "day"), [
    ("MOSCOW (Reuters) \u2014 Talks between Iran and the EU stalled on Tuesday, diplomats said.",
     "MOSCOW (Reuters) \u2014", None),
    ("BERLIN, March 3, 2015 \u2014 Talks between Iran and the EU stalled on Tuesday, diplomats said.",
     "BERLIN, March 3, 2015 \u2014", dt.date(2015, 3, 3)),
    ("SEOUL, SOUTH KOREA -- Talks between the two Koreas resumed on Tuesday, officials said.",
     "SEOUL, SOUTH KOREA --", None),
    ("Pyongyang, February 4 (KCNA) -- The talks between the two sides resumed on Tuesday.",
     "Pyongyang, February 4 (KCNA) --", None),
    ("Washington (CNN) \u2014 The talks between the two sides resumed on Tuesday, officials said.",
     "Washington (CNN) \u2014", None),
    ("NEW YORK (CBSNewYork/AP) -- The talks between the two sides resumed on Tuesday, officials said.",
     "NEW YORK (CBSNewYork/AP) --", None),
    ("COLOMBO The foreign ministers of the two countries held talks on Thursday, officials said.",
     "COLOMBO", None),
    ("NEW DELHI (Reuters) The foreign ministers of the two countries held talks on Thursday, officials said.",
     "NEW DELHI (Reuters)", None),
    ("ISTANBUL, TURKEY | Xinhua | Delegations of the two countries concluded their talks on Friday.",
     "ISTANBUL, TURKEY | Xinhua |", None),
    ("(WASHINGTON ) \u2014 The talks between the two sides resumed on Tuesday, officials said.",
     "(WASHINGTON ) \u2014", None),
])
def test_a_dateline_is_cut_from_the_story_and_listed(line: str, prefix: str, day: dt.date | None) -> None:
    article = read_article_text(_page(TITLE, line, *BODY[1:]))
    assert article.text.split("\n")[0] == line.removeprefix(prefix).strip()
    assert article.removed == (prefix,)
    assert article.date == day and article.date_source == ("dateline" if day else None)


def test_the_dateline_place_is_not_an_actor_of_the_story() -> None:
    text = "MOSCOW (Reuters) \u2014 Talks between Iran and the European Union stalled on Tuesday, diplomats said."
    reading = read_article_events(read_article_text(text, date=dt.date(2015, 3, 3)))
    assert reading.events, "the talks are coded"
    assert not any("RUS" in (e.source + e.target) for e in reading.events)


@pytest.mark.parametrize("line", [
    "NATO The alliance said its ministers would meet again in the spring to review the mission.",
    "ASEAN ministers met in Jakarta on Tuesday to discuss the dispute, officials said.",
    "IAEA inspectors returned to the site on Monday, the agency said.",
])
def test_a_body_in_capitals_opening_a_sentence_is_no_dateline(line: str) -> None:
    article = read_article_text(_page(TITLE, line, *BODY))
    assert article.text.split("\n")[0] == line


# -- the article's date ------------------------------------------------------------------------------------------------

def test_dates_in_order_of_trust() -> None:
    wire = _page(TITLE, "Updated June 20, 2018", "BERLIN, June 12, 2018 \u2014 " + BODY[0], *BODY[1:])
    assert (read_article_text(wire).date, read_article_text(wire).date_source) == (dt.date(2018, 6, 12), "dateline")
    labelled = _page(TITLE, "June 20, 2018", "Published: June 12, 2018", *BODY)
    assert read_article_text(labelled).date == dt.date(2018, 6, 12)
    site_day = _page("Thursday March 23rd 2017", TITLE, "By", "11 March 2014", *BODY)  # the site's day, the story's
    assert read_article_text(site_day).date == dt.date(2014, 3, 11)
    assert read_article_text(wire, date=dt.date(2018, 6, 13)).date_source == "given"


@pytest.mark.parametrize(("line", "day"), [
    ("Source: Xinhua| 2020-01-07 00:15:41|Editor: huaxia", dt.date(2020, 1, 7)),
    ("Source: Example Wire | January 7, 2020 | Editor: Jo Roe", dt.date(2020, 1, 7)),
    ("Editor: Li Example | 2019-08-20 20:49", dt.date(2019, 8, 20)),
])
def test_a_source_line_of_fields_and_a_date_dates_the_article(line: str, day: dt.date) -> None:
    article = read_article_text(_page(TITLE, line, "Video PlayerClose", *BODY))
    assert (article.date, article.date_source) == (day, "date line")
    assert line in article.removed and article.text.split("\n") == BODY


def test_a_line_of_two_dates_between_bars_is_no_source_line() -> None:
    from detente.coding._boilerplate import is_labelled_date
    assert not is_labelled_date("2019-08-20 | 2019-08-21 | Editor: Jo Roe")
    assert not is_labelled_date("Talks resumed | 2019-08-20 | in Geneva after a long break")


def test_an_archive_field_header_dates_the_article_and_relative_dates_follow() -> None:
    article = read_article(NEWS / "archive_1998.txt")
    assert (article.date, article.date_source) == (dt.date(1998, 5, 4), "date line")
    assert article.removed[0].startswith("The Example Courier Copyright") and article.removed[-1] == "by EXS"
    reading = read_article_events(article)
    dates = {e.sentence.split()[0]: e.date for e in reading.events}
    assert dates["North"] == dt.date(1998, 4, 28)  # "on Tuesday" before Monday, May 4, 1998
    assert dates["A"] == dt.date(1998, 5, 4)  # "will travel next week": an intent, dated the day it is told


def test_an_undated_article_has_undated_events_and_says_so() -> None:
    article = read_article_text(_page(TITLE, *BODY))
    assert article.date is None and article.date_source is None
    reading = read_article_events(article)
    assert reading.events and all(e["date"] is None for e in reading.to_dict()["events"])
    assert reading.to_dict()["notes"] and "undated" in reading.to_dict()["notes"][0]
    dated = read_article_events(read_article_text(_page(TITLE, *BODY), date=dt.date(2018, 6, 14)))
    assert dated.to_dict()["notes"] == [] and dated.to_dict()["date_source"] == "given"


# -- whole pages ------------------------------------------------------------------------------------------------------

def test_an_opinion_page_keeps_the_essay_only() -> None:
    article = read_article(NEWS / "oped_parallel.txt")
    assert article.title == "Peace First, Then Disarmament: A Better Order for Korea"
    assert (article.author, article.date) == ("Alex Example", dt.date(2019, 2, 14))
    for junk in ("Politics Foreign Affairs", "Become a member", "Log in", "Share this", "URLs in this post",
                 "Copyright", "Jamie Example", "https://", "[1]"):
        assert junk not in article.text, junk
    assert article.text.startswith("Decades of demanding")  # the standfirst is the author's
    # the note on the author closing the essay is no part of it: removed, like a byline
    assert "Alex Example is a fellow at the Example Institute." in article.removed
    assert "Alex Example is a fellow" not in article.text
    assert "US and North Korean officials are discussing opening liaison offices" in article.text


def test_a_wire_story() -> None:
    article = read_article(NEWS / "wire_berlin.txt")
    assert (article.title, article.author, article.date, article.date_source) == (
        "Iran and EU fail to agree on nuclear text", "Sam Sample and Robin Roe", dt.date(2015, 3, 3), "dateline")
    assert article.text.startswith("Talks between Iran and the European Union")
    assert "Reporting by" not in article.text and "FILE PHOTO" not in article.text
    assert "Our Standards" not in article.text and "Min Read" not in article.text


def test_a_public_domain_voa_page() -> None:
    article = read_article(NEWS / "voa_2011_talks.txt", date=dt.date(2011, 12, 8))
    assert article.title == "US Not Ruling Out More Talks with North Korea"
    assert article.removed[0] == "News / Asia" and len(article.removed) == 3  # the menu and the caption twice
    assert article.text.startswith("Amid indications of continuing behind-the-scenes contacts")
    reading = read_article_events(article, coder=Coder())
    assert any({e.source[:3], e.target[:3]} == {"USA", "PRK"} for e in reading.events)


def test_a_paywalled_html_page() -> None:
    article = read_article_html((NEWS / "paywalled.html").read_text(encoding="utf-8"))
    assert (article.title, article.author, article.date, article.date_source) == (
        "Envoys agree to resume working-level talks", "Pat Example", dt.date(2019, 10, 1), "metadata")
    assert article.text.startswith("North Korea said on Tuesday it had agreed to hold working-level talks")
    for junk in ("subscriber", "Unlimited access", "Subscribe", "member", "Copyright", "Lee Example", "SEOUL"):
        assert junk not in article.text, junk
    assert "SEOUL, Oct. 1 (Example Wire) --" in article.removed
    assert len(article.text.split("\n")) == 3


def test_a_date_line_further_down_does_not_cut_the_story_above_it() -> None:
    # a summary of a statement, then the statement with its own header: both are story
    page = _page(TITLE, *BODY, "Following is the text of the statement:", "Office of the Spokesman", "June 12, 2018",
                 "STATEMENT BY THE SPOKESMAN",
                 "Earlier this month, officials of the two countries met in Panmunjom to begin the talks.")
    article = read_article_text(page)
    assert article.text.split("\n")[:3] == BODY
    assert article.text.endswith("to begin the talks.") and "June 12, 2018" in article.removed
    assert article.date is None  # a date line inside the story does not date it


def test_a_paragraph_printed_twice_is_kept_once() -> None:
    paragraph = " ".join(BODY)  # three sentences: a story paragraph, not a caption
    article = read_article_text(_page(TITLE, paragraph, paragraph, "Officials declined to comment further."))
    assert article.text.split("\n") == [paragraph, "Officials declined to comment further."]
    assert article.removed == (paragraph,)


def test_a_stop_and_a_comma_end_a_sentence() -> None:
    from detente.coding._text import split_sentences

    text = "Unity is a precondition for reunification., It is imperative to act., The U.S., Japan and Peru agreed."
    assert split_sentences(text) == ["Unity is a precondition for reunification.", "It is imperative to act.",
                                     "The U.S., Japan and Peru agreed."]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a stop with no space after it, as scraped text loses it
        ("Chile has reopened its embassy in Lima.The reopening came after two years.",
         ["Chile has reopened its embassy in Lima.", "The reopening came after two years."]),
        ("Quito expelled the envoy.\"We had no choice,\" the minister said.",
         ["Quito expelled the envoy.", "\"We had no choice,\" the minister said."]),
        ("Talks ended on Friday.In March they resume.", ["Talks ended on Friday.", "In March they resume."]),
        # initials, abbreviations, decimals, domain names and web addresses keep their stop
        ("Ambassador Pavel K.Ivanov met Gen.Ortega in Lima.", ["Ambassador Pavel K.Ivanov met Gen.Ortega in Lima."]),
        ("Trade grew 4.5 percent, said the U.S.Embassy.", ["Trade grew 4.5 percent, said the U.S.Embassy."]),
        ("The text is on example.gov/Statements and at peru.Com today.",
         ["The text is on example.gov/Statements and at peru.Com today."]),
        # paragraphs joined with a comma set off after the stop, or after a closing colon (scraped corpora)
        ("Peru and Chile agreed to resume talks. , This agreement was reached in Quito.",
         ["Peru and Chile agreed to resume talks.", "This agreement was reached in Quito."]),
        ("The islands are \"part of our territory.\" , He repeated the claim.",
         ["The islands are \"part of our territory.\"", "He repeated the claim."]),
        ("The spokesman gave the following answer:, Delegations of Peru and Chile met in Quito.",
         ["The spokesman gave the following answer:", "Delegations of Peru and Chile met in Quito."]),
        # a sentence ends with a day's figure; a list item's number stays with its item
        ("Lima recalled its envoy on June 3. Quito protested.",
         ["Lima recalled its envoy on June 3.", "Quito protested."]),
        ("The accord says:\n1. The parties will meet. 2. Talks resume.",
         ["The accord says:", "1. The parties will meet.", "2. Talks resume."]),
        # a comma after a colon in prose, and a comma after an abbreviation, stay
        ("He named two: Peru, Chile.", ["He named two: Peru, Chile."]),
    ],
)
def test_scraped_sentence_boundaries(text: str, sentences: list[str]) -> None:
    from detente.coding._text import split_sentences

    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "day", "gone"),
    [
        # a wire archive's header of "FIELD=value" lines, its date written in figures, month first
        ("DATE=3/14/97\nTYPE=CORRESPONDENT REPORT\nNUMBER=2-123456\nBYLINE=JANE ROE\nDATELINE=LIMA\n" + "\n".join(BODY),
         dt.date(1997, 3, 14), "DATE=3/14/97"),
        ("Date=11/2/2004\nType= Correspondent Report\n" + "\n".join(BODY), dt.date(2004, 11, 2), "Date=11/2/2004"),
        # a release page's date and time in figures, and its "For Immediate Release" line
        (f"{TITLE}\n09/14/2021 10:15 AM EDT\n" + "\n".join(BODY), dt.date(2021, 9, 14), "09/14/2021 10:15 AM EDT"),
        (f"OFFICE OF THE SPOKESMAN\nFor Immediate Release March 3, 2011\n{TITLE}\n" + "\n".join(BODY),
         dt.date(2011, 3, 3), "For Immediate Release March 3, 2011"),
        # a dateline whose date follows a dash
        ("LIMA, Peru – May 4, 2023 — " + "\n".join(BODY), dt.date(2023, 5, 4), "LIMA, Peru – May 4, 2023 —"),
    ],
)
def test_an_article_dated_by_its_header_lines(text: str, day: dt.date, gone: str) -> None:
    article = read_article_text(text)
    assert (article.date, article.date_source) == (day, "dateline" if "LIMA" in gone else "date line")
    assert gone in article.removed
    assert article.text.split("\n")[0].startswith("North and South Korean officials met")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a heading or a source line above the story whose last words are the date
        ("Envoys Agree to Meet Again - 2012-05-09\n\n" + "\n".join(BODY), dt.date(2012, 5, 9)),
        ("Joint statement of the foreign ministers, Quito, Ecuador, June 3, 2009.\n\n" + "\n".join(BODY),
         dt.date(2009, 6, 3)),
        ("Remarks of the Foreign Minister on the Fisheries Accord with Chile. 8 April 2014\n\n" + "\n".join(BODY),
         dt.date(2014, 4, 8)),
        # a date inside a heading is what it is about, not when it was written; a date in the story does not date it
        ("The June 3, 2009 Accord on Fisheries and Its Legacy\n\n" + "\n".join(BODY), None),
        ("\n".join(BODY) + "\nThe envoys first met in Quito in the spring, on a visit that ended on June 3, 2009.",
         None),
    ],
)
def test_a_heading_or_source_line_closed_by_a_date_dates_the_article(text: str, day: dt.date | None) -> None:
    assert read_article_text(text).date == day


def test_a_function_word_run_into_a_name_is_mended() -> None:
    text = ("The visit marked the end ofMorales's tour of Chile.\nTalks betweenPeru andChile resumed in Lima.\n"
            "Senator McCain and the iPhone maker's envoy met in Toronto.")
    assert read_article_text(text).text.split("\n") == [
        "The visit marked the end of Morales's tour of Chile.", "Talks between Peru and Chile resumed in Lima.",
        "Senator McCain and the iPhone maker's envoy met in Toronto."]
