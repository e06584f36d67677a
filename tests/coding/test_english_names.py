"""The language check judges a text by its words that are no names: a short English text heavy with names (a
heading in title case, a list of delegates) is read, foreign prose is still refused (coding._english_share;
docs/coder.md, "Short English texts heavy with names pass the language check")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, check_english, read_article_events
from detente.errors import LanguageError
from detente.ingest.news import read_article_text

DAY = dt.date(2022, 8, 4)


@pytest.mark.parametrize("text", [
    "Indonesian President Joko Widodo Hosts Malaysian Prime Minister Anwar Ibrahim, Singapore Premier Lee Hsien Loong "
    "At Bogor Palace",
    "Chilean President Gabriel Boric Receives Argentine Foreign Minister Santiago Cafiero, Bolivian Foreign "
    "Minister Rogelio Mayta",
    "Pakistani Prime Minister Shehbaz Sharif, Turkish President Recep Tayyip Erdogan Hold Flood Relief Talks, Sign "
    "Trade Deal",
])
def test_a_name_heavy_english_heading_passes(text: str) -> None:
    check_english(text)


def test_a_name_heavy_heading_is_coded(shared_coder: Coder) -> None:
    text = ("Indonesian President Joko Widodo Hosts Malaysian Prime Minister Anwar Ibrahim, Singapore Premier Lee "
            "Hsien Loong At Bogor Palace")
    events = read_article_events(read_article_text(text, date=DAY), coder=shared_coder).events
    assert ("IDN", "MYS") in {(e.source[:3], e.target[:3]) for e in events}


@pytest.mark.parametrize("text", [
    # German: its capitalised nouns left out, "in" and "an" would pass for English words but for its own
    "Die Bundesregierung hat am Mittwoch die Raketentests durch Nordkorea scharf verurteilt, teilte ein Sprecher "
    "in Berlin mit. Die Regierung in Pjöngjang müsse die Resolutionen des Sicherheitsrates einhalten und auf "
    "weitere Starts verzichten.",
    # Dutch
    "De regering in Den Haag heeft woensdag de lancering van twee raketten door Noord-Korea veroordeeld. Het is "
    "een schending van de resoluties, zei de minister, die ook om nieuwe sancties vroeg.",
    # Spanish, Italian
    "El gobierno de Chile condenó el jueves el lanzamiento de dos misiles por parte de Corea del Norte, según un "
    "comunicado de la cancillería en Santiago.",
    "Il governo italiano ha condannato giovedì il lancio di due missili da parte della Corea del Nord, secondo una "
    "nota del ministero degli esteri.",
])
def test_foreign_prose_is_still_refused(text: str) -> None:
    with pytest.raises(LanguageError, match="does not look like English"):
        check_english(text)


def test_a_korean_name_is_no_foreign_word() -> None:
    check_english("The funeral committee was made up of Kim Jong Un, Kim Yong Nam, Ri Yong Ho, Kim Il Sung's "
                  "widow and the chairman of the committee, who spoke at the ceremony in Pyongyang.")


def test_the_refusal_names_the_reason_it_was_refused_for() -> None:
    # foreign function words outnumber English ones: the message names the foreign share, not a low English one
    german = ("Die Regierung in Berlin hat am Mittwoch den Start von zwei Raketen durch Nordkorea verurteilt, teilte "
              "das Auswärtige Amt mit, und sie forderte neue Sanktionen gegen das Land.")
    with pytest.raises(LanguageError, match="common words of another language") as refused:
        check_english(german)
    assert "only" not in str(refused.value).split(";")[0]
    # too few English function words and no other language's: the message names the low English share
    with pytest.raises(LanguageError, match=r"only [0-9]+% of its words are common English words"):
        check_english("kapal selam rudal balistik diluncurkan lagi pagi tadi menurut kepala staf gabungan korea "
                      "selatan sebagai peringatan keras kepada negara tetangga")
