"""Dictionaries: the shipped lexicon, user extensions, PETRARCH/TABARI files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.coding import Coder, load_lexicon, read_petrarch
from detente.coding.lexicon import builtin_lexicon, inflections, phrase_tokens
from detente.errors import InputError, SourceNotFound
from detente.reference import reference_tables


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("visit", {"visit", "visits", "visited", "visiting"}),
        ("agree", {"agree", "agrees", "agreed", "agreeing"}),
        ("ban", {"ban", "bans", "banned", "banning"}),
        ("deny", {"deny", "denies", "denied", "denying"}),
        ("cancel", {"cancel", "cancels", "canceled", "cancelled", "canceling", "cancelling"}),
        ("depart", {"depart", "departs", "departed", "departing"}),
        ("be", {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re"}),
    ],
)
def test_inflections(lemma: str, forms: set[str]) -> None:
    assert set(inflections(lemma)) >= forms
    assert "departes" not in inflections("depart")


def test_phrase_tokens() -> None:
    assert phrase_tokens("MINAS_TIRITH") == ("minas", "tirith")
    assert phrase_tokens("Democratic People\u2019s Republic of Korea") == ("democratic", "people", "'s", "republic",
                                                                          "of", "korea")


def test_every_shipped_code_is_cameo() -> None:
    tables = reference_tables()
    lex = builtin_lexicon()
    codes = {e.code for entries in lex.verbs.values() for e in entries if e.code}
    codes |= {p.code for entries in lex.verbs.values() for e in entries for p in e.patterns if p.code}
    unknown = sorted(c for c in codes if not tables.is_code(c))
    assert not unknown, f"codes not in CAMEO 1.1b3: {unknown}"


def test_every_cameo_root_has_verbs() -> None:
    lex = builtin_lexicon()
    codes = {e.code for entries in lex.verbs.values() for e in entries if e.code}
    codes |= {p.code for entries in lex.verbs.values() for e in entries for p in e.patterns if p.code}
    assert {c[:2] for c in codes if c} == {f"{r:02d}" for r in range(1, 21)}


def test_user_dictionaries_extend_the_shipped_ones(tmp_path: Path) -> None:
    (tmp_path / "verbs.txt").write_text("# a user's own verb\n043 roll{rolled} out the red carpet for\n")
    (tmp_path / "agents.txt").write_text("GOV politburo\n")
    lex = load_lexicon(tmp_path)
    coder = Coder(lex)
    events = coder.code_sentence("China rolled out the red carpet for Kim Jong Un.", date=dt.date(2019, 1, 8))
    assert [(e.source, e.target, e.code) for e in events] == [("CHN", "PRKGOV", "043")]
    assert coder.code_sentence("The Chinese politburo met Kim Jong Un.", date=dt.date(2019, 1, 8))[0].source == "CHNGOV"


def test_bad_user_dictionary(tmp_path: Path) -> None:
    (tmp_path / "verbs.txt").write_text("043\n")
    with pytest.raises(InputError, match=r"verbs\.txt:1"):
        load_lexicon(tmp_path)
    with pytest.raises(SourceNotFound):
        load_lexicon(tmp_path / "missing")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no dictionaries"):
        load_lexicon(empty)


def test_petrarch_dictionaries(petrarch_dictionaries: Path) -> None:
    lex = read_petrarch(petrarch_dictionaries)
    assert lex.petrarch and not lex.cameo_intent
    gollum = lex.actors["gollum"][0]
    assert gollum.sense_on(dt.date(1995, 1, 1)).code == "HOB"  # type: ignore[union-attr]
    assert gollum.sense_on(dt.date(1997, 1, 1)).code == "HOBGOV"  # type: ignore[union-attr]
    assert gollum.sense_on(dt.date(2001, 1, 1)).code == "HOBREB"  # type: ignore[union-attr]
    assert any(a.prefix and a.code == "NGO" for a in lex.agents["msf"])
    assert "broken" in lex.verbs and "departes" not in lex.verbs
    coder = Coder(lex)
    events = coder.code_sentence("Arnor will abandon full economic ties with Gondor.", date=dt.date(1995, 1, 1))
    assert [(e.source, e.target, e.code) for e in events] == [("ARN", "GON", "902")]
    events = coder.code_sentence("Gondor and Osgiliath have postponed their meeting with Mordor.",
                                 date=dt.date(1995, 1, 2))
    assert {(e.source, e.code) for e in events} >= {("GON", "191"), ("OSG", "191")}


def test_petrarch_folder_is_detected(petrarch_dictionaries: Path) -> None:
    assert load_lexicon(petrarch_dictionaries).petrarch


def test_user_actors_and_people(tmp_path: Path) -> None:
    (tmp_path / "actors.txt").write_text("PRKGOV Supreme Leader\nIGOUNOIAE atomic watchdog\n")
    (tmp_path / "people.csv").write_text(
        "code,name,country,role,office,start,end,aliases,source\n"
        "USAGOV,Alex Example,USA,GOV,Deputy Special Representative,2019-01-01,2019-12-31,Example,test\n"
    )
    coder = Coder(load_lexicon(tmp_path))
    [event] = coder.code_sentence("The atomic watchdog criticized the Supreme Leader.", date=dt.date(2019, 5, 1))
    assert (event.source, event.target, event.code) == ("IGOUNOIAE", "PRKGOV", "111")
    [event] = coder.code_sentence("Example met North Korean officials.", date=dt.date(2019, 5, 1))
    assert event.source == "USAGOV" and event.source_name == "Alex Example"
    [later] = coder.code_sentence("Example met North Korean officials.", date=dt.date(2021, 5, 1))
    assert (later.source, later.target) == ("---", "PRKGOV")  # out of office: no longer a known actor
    (tmp_path / "actors.txt").write_text("just-a-phrase-without-code\n")
    with pytest.raises(InputError, match=r"actors\.txt:1"):
        load_lexicon(tmp_path)


def test_malformed_petrarch_files(tmp_path: Path) -> None:
    (tmp_path / "x.verbs.txt").write_text("_\n--- MEET [040] ---\nMEET\n", encoding="utf-8")
    assert "meet" in load_lexicon(tmp_path).verbs  # a line of connectors only is skipped
    (tmp_path / "x.actors.txt").write_text("# actors\nUNITED_STATES [USA <2018]\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.actors\.txt:2: date '2018'"):
        load_lexicon(tmp_path)
