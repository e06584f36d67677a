"""Dictionaries as data: a user's folder extends the shipped lexicon; PETRARCH/TABARI folders replace it.

User dictionaries are written here in tmp_path in the format of docs/coder.md ("Dictionaries") and the header
of ``src/detente/coding/dictionaries/verbs.txt``: ``...`` allows up to eight words, adjacent words tolerate one
word between them, ``a|b`` is a choice, ``~`` keeps a form from being inflected, ``---`` is a pattern that codes
nothing, irregular forms go in braces. The PETRARCH validation dictionaries in ../shared/data/gold are read as
PETRARCH would read them: synsets, paired codes ``[032:033]``, lower patterns, agent prefixes and substitution
sets, dated actor codes, discards; malformed files fail with an InputError naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from detente.coding import Coder, builtin_lexicon, load_lexicon, read_petrarch
from detente.errors import InputError

DAY = dt.date(2019, 3, 15)
ERA = dt.date(1995, 1, 5)  # inside the PETRARCH validation records' dates


def _triples(coder: Coder, sentence: str, day: dt.date | None = DAY) -> list[tuple[str, str, str]]:
    return [(e.source, e.target, e.code) for e in coder.code_sentence(sentence, date=day)]


def _folder(path: Path, **files: str) -> Path:
    for name, text in files.items():
        (path / f"{name}.txt").write_text(text, encoding="utf-8")
    return path


def _user(tmp_path: Path, **files: str) -> Coder:
    return Coder(load_lexicon(_folder(tmp_path, **files)))


# -- a user's folder in detente's own format -------------------------------------------------------------------------

USER_VERBS = """\
# toasting a friendship is praise (051 "Praise or endorse"); toasting bread is no event
051 toast ... friendship|alliance|partnership
--- toast ... bread

# an exact form only
172 ~geofenced

# adjacent words: one word may come between
042 parachute into
"""


@pytest.fixture
def user_coder(tmp_path: Path) -> Coder:
    return _user(tmp_path, verbs=USER_VERBS)


def test_a_phrase_with_alternatives_codes_each_alternative(user_coder: Coder) -> None:
    for noun in ("friendship", "alliance", "partnership", "friendships"):  # the plural of a one-word choice too
        assert _triples(user_coder, f"Japan toasted its {noun} with China.") == [("JPN", "CHN", "051")], noun


def test_a_verb_without_a_bare_entry_codes_only_through_its_phrases(user_coder: Coder) -> None:
    assert _triples(user_coder, "Japan toasted China.") == []


def test_a_dash_pattern_matches_and_codes_nothing(user_coder: Coder) -> None:
    assert _triples(user_coder, "Japan toasted bread with China.") == []


@pytest.mark.parametrize(("filler", "coded"), [(8, True), (9, False)])
def test_dots_allow_up_to_eight_words(user_coder: Coder, filler: int, coded: bool) -> None:
    words = " ".join(["very"] * filler)
    sentence = f"Japan toasted {words} friendship with China."
    assert _triples(user_coder, sentence) == ([("JPN", "CHN", "051")] if coded else [])


@pytest.mark.parametrize(
    ("sentence", "coded"),
    [
        ("Japan parachuted into China.", True),
        ("Japan parachuted secretly into China.", True),  # one word between adjacent words
        ("Japan parachuted very secretly into China.", False),
        ("Japan parachutes into China.", True),  # regular forms are generated
    ],
)
def test_adjacent_words_tolerate_one_word(user_coder: Coder, sentence: str, coded: bool) -> None:
    assert _triples(user_coder, sentence) == ([("JPN", "CHN", "042")] if coded else [])


def test_a_tilde_keeps_the_form_exact(user_coder: Coder) -> None:
    verbs = user_coder.lexicon.verbs
    assert "geofenced" in verbs
    assert not {"geofence", "geofences", "geofenceds", "geofencing"} & set(verbs)
    assert _triples(user_coder, "China geofenced Japanese journalists.") == [("CHN", "JPNMED", "172")]


def test_user_dictionaries_leave_the_shipped_lexicon_alone(tmp_path: Path) -> None:
    before = len(builtin_lexicon())
    lex = load_lexicon(_folder(tmp_path, verbs=USER_VERBS))
    assert "toast" in lex.verbs and lex.name == f"detente+{tmp_path.name}"
    assert "toast" not in builtin_lexicon().verbs and len(builtin_lexicon()) == before
    assert load_lexicon(None) is builtin_lexicon()
    # the shipped verbs are all still there
    assert set(builtin_lexicon().verbs) <= set(lex.verbs)


def test_loading_a_folder_twice_gives_the_same_lexicon(tmp_path: Path) -> None:
    folder = _folder(tmp_path, verbs=USER_VERBS, agents="MIL cavalryman{cavalrymen}\n")
    one, two = load_lexicon(folder), load_lexicon(folder)
    assert one.verbs.keys() == two.verbs.keys() and one.agents.keys() == two.agents.keys()
    assert len(one) == len(two)
    assert all(len(one.verbs[k]) == len(two.verbs[k]) for k in one.verbs)
    sentence = "Japan toasted its alliance with China."
    assert Coder(one).code_sentence(sentence, date=DAY) == Coder(two).code_sentence(sentence, date=DAY)


def test_user_agents_with_plurals(tmp_path: Path) -> None:
    coder = _user(tmp_path, agents="MIL cavalryman{cavalrymen}\nGOV apparatchik\n")
    assert _triples(coder, "North Korean cavalrymen attacked South Korea.")[0][:2] == ("PRKMIL", "KOR")
    assert _triples(coder, "North Korean cavalryman attacked South Korea.")[0][:2] == ("PRKMIL", "KOR")
    assert _triples(coder, "Chinese apparatchiks criticized Japan.") == [("CHNGOV", "JPN", "111")]  # plural made


def test_user_actor_phrases_respect_capitals(tmp_path: Path) -> None:
    coder = _user(tmp_path, actors="PRKGOV Supreme Leader\nIGOUNOIAE atomic watchdog\n")
    assert _triples(coder, "The Supreme Leader criticized Japan.") == [("PRKGOV", "JPN", "111")]
    # a capitalised phrase is a name: in lower case it is an ordinary noun phrase, where only the shipped role
    # word "leader" (GOV) is read, with no country
    assert _triples(coder, "The supreme leader criticized Japan.") == [("---GOV", "JPN", "111")]
    # a lower-case phrase matches in any case
    assert _triples(coder, "The Atomic Watchdog criticized Iran.") == [("IGOUNOIAE", "IRN", "111")]


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("verbs", "051 toast ... friendship\n\n# fine so far\n111\n", 4),
        ("agents", "GOV politburo\nGOV\n", 2),
        ("actors", "PRKGOV Supreme Leader\nPRK;GOV Dear Leader\n", 2),
        ("actors", "# comment only\nPRKGOV\n", 2),
    ],
)
def test_a_malformed_user_file_names_its_file_and_line(tmp_path: Path, name: str, text: str, line: int) -> None:
    _folder(tmp_path, **{name: text})
    with pytest.raises(InputError, match=rf"{name}\.txt:{line}: expected") as err:
        load_lexicon(tmp_path)
    assert "\n" not in str(err.value)


# -- PETRARCH / TABARI dictionaries from ../shared/data/gold ---------------------------------------------------------

@pytest.fixture(scope="module")
def petrarch(petrarch_dictionaries: Path) -> Coder:
    return Coder(read_petrarch(petrarch_dictionaries))


def test_the_petrarch_lexicon_is_used_alone(petrarch: Coder, petrarch_dictionaries: Path) -> None:
    lex = petrarch.lexicon
    assert lex.name == f"petrarch:{petrarch_dictionaries.name}"
    assert "japan" in lex.actors and "north" in lex.actors  # JAPAN [JAP], NORTH_KOREA [PRK]
    assert lex.actors["japan"][0].senses[0].code == "JAP"  # the file's code, not the shipped JPN
    assert "pyongyang" in lex.actors and lex.actors["pyongyang"][0].senses[0].code == "PRK"  # +PYONGYANG synonym
    assert "condemned" in lex.verbs and "toast" not in lex.verbs


def test_a_folder_with_petrarch_files_ignores_own_format_files(tmp_path: Path, petrarch_dictionaries: Path) -> None:
    folder = tmp_path / "dicts"
    shutil.copytree(petrarch_dictionaries, folder)
    (folder / "verbs.txt").write_text(USER_VERBS, encoding="utf-8")
    lex = load_lexicon(folder)
    assert lex.petrarch and "toast" not in lex.verbs


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # CRITICIZE's block code [121] (the validation set uses WEIS codes); a lower pattern "- HEAVILY * [122]"
        ("Arnor criticized Gondor.", [("ARN", "GON", "121")]),
        ("Arnor heavily criticized the Gondor government.", [("ARN", "GONGOV", "122")]),
        ("Arnor heavily unjustly criticized the Gondor army.", [("ARN", "GON", "123")]),
        # +MINAS_TIRITH is a synonym of GONDOR [GON]
        ("Arnor criticized Minas Tirith.", [("ARN", "GON", "121")]),
        # ARRIVE [032:033]: the visit and, paired, the hosting of it
        ("Arnor arrived in Gondor.", [("ARN", "GON", "032"), ("GON", "ARN", "033")]),
        # synsets: CONTRIBUTE "- * &CURRENCY [903]", "- * &HYPERCURR [904]", "- * RUPEES [071]"
        ("Arnor contributed five dollars to Gondor.", [("ARN", "GON", "903")]),
        ("Arnor contributed five yen to Gondor.", [("ARN", "GON", "903")]),
        ("Arnor contributed five bitcoin to Gondor.", [("ARN", "GON", "904")]),
        ("Arnor contributed leprechaun gold to Gondor.", [("ARN", "GON", "904")]),
        ("Arnor contributed five rupees to Gondor.", [("ARN", "GON", "071")]),
        # ABANDON "- * &TIETYPES TIES [902]" and "- * DIPLOMATIC TIES [901]"
        ("Arnor will abandon economic ties with Gondor.", [("ARN", "GON", "902")]),
        ("Arnor will abandon diplomatic ties with Gondor.", [("ARN", "GON", "901")]),
        # agents: a prefixed agent (MSF [NGO~]) and one from a substitution set (!MINST!_OF_SILLY_WALKS [~GOV])
        ("MSF Arnor criticized Gondor.", [("NGOARN", "GON", "121")]),
        ("The Calenardhon Minister of Silly Walks criticized Gondor.", [("CALGOV", "GON", "121")]),
        ("The Calenardhon Ministry of Silly Walks criticized Gondor.", [("CALGOV", "GON", "121")]),
        ("Ithilen military criticized Gondor.", [("ITHMIL", "GON", "121")]),
    ],
)
def test_petrarch_coding(petrarch: Coder, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(petrarch, sentence, ERA) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Arnor criticized the weather.",  # PETRARCH codes only events with a source and a target
        "Arnor criticized Gondor in the baseball game.",  # BASEBALL: a discard
        "Arnor criticized Gondor years later.",  # YEARS LATER: a discard phrase
        "Arnor criticized Gondor after the typhoon.",  # +TYPHOON: a story-level discard, read per sentence
        "ARNOR CRITICIZED GONDOR IN A LONG STATEMENT.",  # an all-caps headline
    ],
)
def test_petrarch_codes_nothing(petrarch: Coder, sentence: str) -> None:
    assert _triples(petrarch, sentence, ERA) == []


def test_petrarch_intent_is_not_recoded_as_cameo(petrarch: Coder) -> None:
    # cameo_intent is off: "will abandon" keeps the dictionary's code and says it is intended
    [event] = petrarch.code_sentence("Arnor will abandon economic ties with Gondor.", date=ERA)
    assert (event.code, event.modality) == ("902", "intended")


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (dt.date(2008, 1, 20), "HOBMIL"),  # [HOBMIL 20080120-20121109], lower bound included
        (dt.date(2010, 1, 10), "ORCHOB"),  # [ORCHOB 20100109-20100112] overrides the enclosing HOBMIL interval
        (dt.date(2010, 1, 13), "HOBMIL"),  # just after the embedded interval
        (dt.date(2012, 12, 1), "HOBGOV"),  # [HOBGOV 20121109-20130119]
        (dt.date(2014, 1, 10), "HOBELI"),  # [HOBELI >20130119]
    ],
)
def test_dated_actor_codes(petrarch: Coder, day: dt.date, code: str) -> None:
    assert _triples(petrarch, "Sam Gamgee criticized Gondor.", day) == [(code, "GON", "121")]


@pytest.mark.parametrize(("day", "code"),
                         [(ERA, "HOB"), (dt.date(2012, 12, 25), "HOBGOV"), (dt.date(2014, 1, 4), "HOB")])
def test_a_default_code_outside_its_interval(petrarch: Coder, day: dt.date, code: str) -> None:
    # HAMFAST GAMGEE [HOB] with [HOBGOV 20121109-20130119]: the default before and after the interval
    assert _triples(petrarch, "Hamfast Gamgee criticized Gondor.", day) == [(code, "GON", "121")]


def test_a_restriction_beats_the_default_code(petrarch: Coder) -> None:
    assert _triples(petrarch, "Sam Gamgee criticized Gondor.", dt.date(2007, 1, 10)) == [("HOBCIV", "GON", "121")]


# -- malformed PETRARCH folders --------------------------------------------------------------------------------------

def _copy(petrarch_dictionaries: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "petr"
    shutil.copytree(petrarch_dictionaries, folder)
    return folder


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ("[HOB <95061]", "date '95061' is not YYMMDD or YYYYMMDD"),
        ("[HOB >2010011]", "date '2010011' is not YYMMDD or YYYYMMDD"),
        ("[HOB <991340]", "month must be in 1..12"),
        ("[HOB <abcdef]", "is not YYMMDD"),
    ],
)
def test_a_bad_date_restriction_names_the_file_and_line(petrarch_dictionaries: Path, tmp_path: Path, block: str,
                                                        message: str) -> None:
    folder = _copy(petrarch_dictionaries, tmp_path)
    actors = folder / "PETR.Validate.actors.txt"
    lines = actors.read_text(encoding="utf-8").splitlines()
    actors.write_text("\n".join([*lines, f"BAGGINS {block}"]) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_lexicon(folder)
    text = str(err.value)
    assert f"PETR.Validate.actors.txt:{len(lines) + 1}:" in text and message in text
    assert "[CODE <YYMMDD]" in text and "\n" not in text  # says how to write it


def test_a_folder_with_only_discards_is_refused(petrarch_dictionaries: Path, tmp_path: Path) -> None:
    folder = tmp_path / "only"
    folder.mkdir()
    shutil.copy(petrarch_dictionaries / "PETR.Validate.discards.txt", folder)
    with pytest.raises(InputError, match=r"no PETRARCH \*verbs\*\.txt or \*actors\*\.txt"):
        load_lexicon(folder)
    with pytest.raises(InputError, match="no PETRARCH"):
        read_petrarch(folder)


def test_undecodable_bytes_do_not_stop_the_other_entries(tmp_path: Path) -> None:
    folder = tmp_path / "latin"
    folder.mkdir()
    (folder / "x.actors.txt").write_bytes("M\u00c9XICO [MEX]\nGONDOR [GON]\nARNOR [ARN]\n".encode("latin-1"))
    (folder / "x.verbs.txt").write_text("--- CRITICIZE [111] ---\nCRITICIZE\n", encoding="utf-8")
    coder = Coder(load_lexicon(folder))
    assert _triples(coder, "Arnor criticized Gondor.", ERA) == [("ARN", "GON", "111")]


def test_an_actor_without_code_block_is_not_an_actor(tmp_path: Path) -> None:
    folder = tmp_path / "partial"
    folder.mkdir()
    (folder / "x.actors.txt").write_text("ARNOR [ARN]\nGONDOR\nROHAN [ROH]\n", encoding="utf-8")
    (folder / "x.verbs.txt").write_text("--- CRITICIZE [111] ---\nCRITICIZE\n", encoding="utf-8")
    lex = load_lexicon(folder)
    assert "gondor" not in lex.actors and {"arnor", "rohan"} <= set(lex.actors)
    assert _triples(Coder(lex), "Arnor criticized Rohan.", ERA) == [("ARN", "ROH", "111")]
