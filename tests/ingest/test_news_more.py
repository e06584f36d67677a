"""Article extraction on small documents written here: title, author and date lines; each kind of boilerplate line
(menus, share/subscribe/comment prompts, ads, cookie notices, tracking tokens, image file names) removed and listed
in ``Article.removed`` while the body is kept word for word; wire datelines and inline file names trimmed; HTML pages
through trafilatura with their metadata; plain text and HTML served through an injected ``httpx.MockTransport``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest

from detente.errors import InputError
from detente.ingest.news import read_article, read_article_html, read_article_text

TITLE = "Envoys meet at Panmunjom"
BODY = [
    "North and South Korean officials met at the border village of Panmunjom on Tuesday to prepare the summit.",
    "The delegations discussed military talks and the reunion of separated families, the unification ministry said.",
    "They agreed to meet again next week to settle the remaining details of the programme.",
]
DAY = dt.date(2018, 6, 12)


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- plain text: title, author, date -------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "author"), [
    ("By Mary Major", "Mary Major"),
    ("By Mary Major, Reuters", "Mary Major"),  # the agency after a comma is not part of the name
    ("By Mary Major | Reuters", "Mary Major"),
    ("Written by Mary Major", "Mary Major"),
    ("Author: Mary Major", "Mary Major"),
    ("By Jean-Luc O'Neill", "Jean-Luc O'Neill"),
])
def test_the_byline_gives_the_author_and_is_removed_and_listed(line: str, author: str) -> None:
    article = read_article_text(_text(TITLE, line, *BODY))
    assert (article.title, article.author, article.date) == (TITLE, author, None)
    assert article.text == "\n".join(BODY) and article.removed == (line,)


@pytest.mark.parametrize("line", [
    "Published: June 12, 2018", "2018-06-12", "12 June 2018", "Tuesday, June 12, 2018 10:30 GMT",
    "Updated: Jun. 12, 2018", "Last updated 12 June 2018 14.05 BST", "Posted 12 Jun 2018", "Date: 2018-06-12",
])
def test_a_date_line_near_the_top_gives_the_date_and_is_removed_and_listed(line: str) -> None:
    article = read_article_text(_text(TITLE, "By Mary Major", line, *BODY))
    assert (article.title, article.author, article.date, article.date_source) == (
        TITLE, "Mary Major", DAY, "date line")
    assert article.text == "\n".join(BODY) and article.removed == ("By Mary Major", line)


def test_the_date_given_by_the_caller_wins_and_the_url_is_kept() -> None:
    article = read_article_text(_text(TITLE, "June 12, 2018", *BODY), date=dt.date(2018, 6, 13),
                                url="https://news.example/panmunjom")
    assert (article.date, article.url) == (dt.date(2018, 6, 13), "https://news.example/panmunjom")
    assert "June 12, 2018" not in article.text


def test_a_date_line_below_the_story_is_removed_and_does_not_date_it() -> None:
    lines = [TITLE, *BODY, "More talks followed.", "Officials declined to comment further on Tuesday.", "June 12, 2018"]
    article = read_article_text(_text(*lines))
    assert article.date is None and article.date_source is None
    assert article.text.split("\n") == lines[1:-1]  # short closing sentences are story
    assert article.removed == ("June 12, 2018",)


@pytest.mark.parametrize(("first", "title"), [
    (TITLE, TITLE),
    ("Kim and Moon met at Panmunjom.", None),  # a sentence is body, not a title
    ("Envoys from the two Koreas meet at Panmunjom to prepare a summit that both sides say could change the "
     "whole region", None),  # 21 words: too long for a headline
])
def test_the_title_is_a_short_first_line_that_is_not_a_sentence(first: str, title: str | None) -> None:
    article = read_article_text(_text(first, *BODY))
    assert article.title == title
    assert article.text.startswith(BODY[0] if title else first)


def test_the_title_may_follow_the_byline() -> None:
    article = read_article_text(_text("By Mary Major", TITLE, *BODY))
    assert (article.author, article.title, article.text) == ("Mary Major", TITLE, "\n".join(BODY))


# --- plain text: boilerplate ---------------------------------------------------------------------------------------

BOILERPLATE = [
    # ads
    "Advertisement", "Sponsored content", "Promoted",
    # share / subscribe / comment prompts
    "Share this article", "Share on Facebook", "Tweet", "Email this", "Print this article", "Subscribe",
    "Sign up for our newsletter", "Newsletter", "Follow us on Twitter", "12 comments", "Leave a comment",
    "Log in to comment", "Add a comment",
    # navigation
    "Home", "Menu", "Latest news", "Home | World | Asia", "World Politics Asia", "Skip to main content",
    "Jump to comments", "Back to top", "Read more", "Related stories:", "More from World", "Most read", "Trending",
    "Recommended", "Click here to subscribe", "Loading",
    # legal and cookies
    "We use cookies to improve your experience", "Accept cookies", "Manage cookies", "Privacy policy",
    "Terms of use", "\u00a9 2018 Example News", "Copyright 2018 Example Media", "All rights reserved",
    # media credits
    "Image caption: Kim Jong Un in Singapore", "Photo: AP", "Getty Images", "Reuters/Jonathan Ernst",
    "AP Photo/Evan Vucci", "Picture 3", "Watch: the handshake", "Video: Kim arrives", "Listen: our podcast",
    # tracking tokens and image file names
    "https://news.example/x?utm_source=twitter&utm_medium=social", "fbclid=IwAR0abc",
    "a8f7d6e5c4b3a2918273645546372819", "kim-trump-handshake.jpg", "AFP_1A2B3C.JPG?w=640", "summit photo.png",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_each_kind_of_boilerplate_line_is_removed_and_listed(line: str) -> None:
    article = read_article_text(_text(TITLE, line, BODY[0], line, *BODY[1:]))
    assert article.removed == (line, line)
    assert article.text == "\n".join(BODY) and article.title == TITLE


def test_a_scraped_page_keeps_its_body_in_order_and_lists_the_rest_in_order() -> None:
    page = _text("Skip to main content", "Home | World | Asia", TITLE, "By Mary Major, Reuters",
                 "Published: June 12, 2018", "Share on Twitter", "panmunjom-0612.jpg", BODY[0], "Advertisement",
                 BODY[1], "https://t.example/a?utm_source=newsletter", BODY[2], "Comments (4)", "Leave a reply",
                 "\u00a9 2018 Example News")
    article = read_article_text(page)
    assert (article.title, article.author, article.date) == (TITLE, "Mary Major", DAY)
    assert article.text.split("\n") == BODY
    assert article.removed == ("Skip to main content", "Home | World | Asia", "By Mary Major, Reuters",
                               "Published: June 12, 2018", "Share on Twitter", "panmunjom-0612.jpg",
                               "Advertisement", "https://t.example/a?utm_source=newsletter", "Comments (4)",
                               "Leave a reply", "\u00a9 2018 Example News")


@pytest.mark.parametrize("line", [
    # long sentences that start like a prompt are story text
    "Share prices in Seoul rose sharply on Tuesday after the two leaders signed their joint statement in Singapore.",
    "Comments from Pyongyang's state media were unusually mild on Tuesday, analysts at the institute in Seoul said.",
    # separators inside a sentence that ends like one
    "Seoul | Pyongyang | Washington: the three capitals reacted within hours of the announcement.",
])
def test_story_lines_that_look_like_prompts_or_menus_are_kept(line: str) -> None:
    article = read_article_text(_text(TITLE, BODY[0], line, BODY[1]))
    assert article.text.split("\n") == [BODY[0], line, BODY[1]] and article.removed == ()


def test_a_short_story_sentence_starting_with_share_is_kept() -> None:
    line = "Share prices in Seoul rose after the meeting."
    article = read_article_text(_text(TITLE, BODY[0], line, BODY[1]))
    assert line in article.text.split("\n") and article.removed == ()


@pytest.mark.parametrize(("line", "kept", "removed"), [
    ("SEOUL (Reuters) - " + BODY[0], BODY[0], ("SEOUL (Reuters) -",)),
    ("SEOUL, Jun 12 (Yonhap) -- " + BODY[0], BODY[0], ("SEOUL, Jun 12 (Yonhap) --",)),
    ("PANMUNJOM \u2014 " + BODY[0], BODY[0], ("PANMUNJOM \u2014",)),
    ("Kim waved to reporters kim-wave.jpg as he left the hotel in Singapore.",
     "Kim waved to reporters as he left the hotel in Singapore.", ()),  # the file name goes, the sentence stays
])
def test_wire_datelines_and_inline_file_names_are_trimmed_from_story_lines(line: str, kept: str,
                                                                          removed: tuple[str, ...]) -> None:
    article = read_article_text(_text(TITLE, line, *BODY[1:]))
    assert article.text.split("\n") == [kept, *BODY[1:]] and article.removed == removed


def test_a_text_with_fewer_than_five_words_of_story_is_refused() -> None:
    with pytest.raises(InputError, match="no article text found: after removing menus, ads and comments fewer than 5"):
        read_article_text(_text(TITLE, "Advertisement", "Kim met Moon.", "Share on Facebook"))


# --- HTML ------------------------------------------------------------------------------------------------------------

PAGE = f"""<!DOCTYPE html>
<html><head><title>{TITLE} | Example News</title>
<meta name="author" content="Mary Major">
<meta property="article:published_time" content="2018-06-12T08:00:00Z">
<meta property="og:title" content="{TITLE}">
<style>.ad {{ color: red }}</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
</ul></nav>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<article>
<h1>{TITLE}</h1>
<p>{BODY[0]}</p>
<div class="ad">Advertisement</div>
<p>{BODY[1]}</p>
<p>{BODY[2]}</p>
</article>
<div class="comments"><h3>Comments (12)</h3><p>Great article, thanks!</p></div>
<footer><p>Subscribe to our newsletter</p><p>Copyright 2018 Example News. All rights reserved.</p></footer>
<script>var tracker = 'utm_source=feed';</script>
</body></html>"""


def test_an_html_page_gives_its_metadata_body_and_what_was_dropped() -> None:
    article = read_article_html(PAGE)
    assert (article.title, article.author, article.date, article.url) == (TITLE, "Mary Major", DAY, None)
    assert article.text.split("\n") == BODY  # the headline is not repeated in the text
    for line in ("Home", "World", "Politics", "Share on Facebook", "Tweet", "Advertisement", "Comments (12)",
                 "Great article, thanks!", "Subscribe to our newsletter"):
        assert line in article.removed, line
        assert line not in article.text
    assert not any("tracker" in line or "color" in line for line in article.removed)  # scripts and styles unseen
    assert len(set(article.removed)) == len(article.removed)


def test_an_html_page_takes_the_callers_date_and_url() -> None:
    article = read_article_html(PAGE, date=dt.date(2018, 6, 14), url="https://news.example/p")
    assert (article.date, article.url) == (dt.date(2018, 6, 14), "https://news.example/p")


def test_a_page_of_menus_and_prompts_only_is_refused() -> None:
    page = ("<html><body><nav><a>Home</a> <a>World</a></nav><p>Advertisement</p><p>Share on Facebook</p>"
            "<p>Subscribe to our newsletter</p><p>Comments (3)</p></body></html>")
    with pytest.raises(InputError, match="no article found in the page"):
        read_article_html(page)


def test_html_is_recognised_from_its_file_name_or_its_content(tmp_path: Path) -> None:
    page = tmp_path / "story.htm"
    page.write_text(PAGE, encoding="utf-8")
    assert read_article(page).title == TITLE
    fragment = "".join(f"<p>{line}</p>\n" for line in BODY)  # no <html> tag: two paragraphs are enough
    as_text = tmp_path / "story.txt"
    as_text.write_text(fragment, encoding="utf-8")
    assert read_article(as_text).text.split("\n") == BODY
    assert read_article(fragment.encode()).text.split("\n") == BODY


# --- through an injected client ----------------------------------------------------------------------------------


def test_plain_text_served_at_a_url_is_cleaned_as_text_and_keeps_the_url() -> None:
    story = _text(TITLE, "By Mary Major", "Share on Facebook", *BODY, "Subscribe").encode()
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(200, content=story, headers={"content-type": "text/plain; charset=utf-8"})

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        article = read_article("https://news.example/story.txt", client=client, date=DAY)
    assert calls == ["https://news.example/story.txt"]
    assert (article.url, article.title, article.author, article.date) == (
        "https://news.example/story.txt", TITLE, "Mary Major", DAY)
    assert article.text.split("\n") == BODY and article.removed == ("By Mary Major", "Share on Facebook", "Subscribe")


def test_an_html_page_at_a_url_keeps_the_requested_url() -> None:
    with httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, text=PAGE))) as client:
        article = read_article("https://news.example/panmunjom", client=client)
    assert (article.url, article.title, article.date) == ("https://news.example/panmunjom", TITLE, DAY)
