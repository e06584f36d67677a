"""Remarks made at the United Nations and the UN's summaries of its meetings (texts written for the tests).

- A state's envoy to the UN speaks for the state: the header of a representative's remarks ("Ambassador X, U.S.
  Permanent Representative to the United Nations", "U.S. Mission to the United Nations") makes the text that
  state's, and the organisation the envoy is accredited to is no author of it; a title that says where the remarks
  were given and on what ("Remarks at a UN Security Council Briefing on ...") names no author.
- A participle's clause that opens a sentence ("Expressing grave concern about ..., the Council imposed ...") is
  the main clause's subject's act, also when the parser reads the participle as the sentence's root or subject.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.coding._text import tokenize
from detente.coding.issuer import accredited, issuer_of
from detente.coding.mentions import Mention
from detente.coding.syntax import Parse, default_parser, participle_opener
from detente.model import Article


def _events(coder: Coder, text: str, header: tuple[str, ...]) -> set[tuple[str, str, str]]:
    article = Article(text, date=dt.date(2011, 3, 2), removed=header)
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in read_article_events(article, coder=coder).events}


@pytest.mark.parametrize(("header", "text", "expected"), [
    (("Remarks at a UN Security Council Briefing on the Situation in Ghana", "Ambassador Jane Roe",
      "Permanent Representative", "U.S. Mission to the United Nations", "New York, New York", "March 2, 2011"),
     "We condemn in the strongest terms Togo's shelling of Ghanaian villages.", ("USA", "TGO", "11")),
    (("Remarks by Ambassador Jane Roe at a UN Security Council Debate on Togo", "Ambassador Jane Roe",
      "U.S. Representative to the United Nations", "March 2, 2011"),
     "We call on Togo to withdraw its troops from Ghanaian territory.", ("USA", "TGO", "02")),
    (("Remarks on the Council's Consultations on Togo",
      "Ambassador Jane Roe, Japanese Permanent Representative to the United Nations", "March 2, 2011"),
     "We strongly condemn the shelling of Ghanaian villages by Togolese troops.", ("JPN", "TGO", "11")),
    (("Additional Remarks at a UN Security Council Briefing on Togo", "Ambassador Jane Roe",
      "Alternate U.S. Representative for Special Political Affairs", "March 2, 2011"),
     "I urge Togo to halt the shelling at once.", ("USA", "TGO", "02")),
])
def test_an_envoys_remarks_at_the_un_are_her_states(coder: Coder, header: tuple[str, ...], text: str,
                                                      expected: tuple[str, str, str]) -> None:
    found = _events(coder, text, header)
    assert expected in found
    assert not any(source == "IGO" for source, _, _ in found)  # the UN is where she speaks, not who


def test_a_title_that_says_where_and_on_what_names_no_author(coder: Coder) -> None:
    header = ("Remarks at a UN Security Council Briefing on Togo", "March 2, 2011")
    assert _events(coder, "We call on Togo to withdraw its troops from Ghanaian territory.", header) == {
        ("---", "TGO", "02")}
    # the organisation's own statement is still the organisation's
    own = ("Statement by the UN Secretary-General on Ghana and Togo",)
    assert ("IGO", "TGO", "02") in _events(coder, "We call on Togo to withdraw its troops from Ghana.", own)


def test_the_accredited_organisation_is_dropped_and_the_envoys_country_is_her_government() -> None:
    low = ["u.s.", "permanent", "representative", "to", "the", "united", "nations"]
    mentions = [Mention(0, 1, "USA"), Mention(5, 7, "IGOUNO")]
    [envoy] = accredited(low, mentions)
    assert (envoy.code, envoy.person) == ("USAGOV", True)
    assert issuer_of([(low, mentions), (["remarks", "at", "the", "security", "council"],
                                        [Mention(3, 5, "IGOUNO")])]) == ["USA"]
    # a country with no envoy's office keeps the organisation: "Ghana and the United Nations" are two parties
    both = accredited(["ghana", "and", "the", "united", "nations"], [Mention(0, 1, "GHA"), Mention(3, 5, "IGOUNO")])
    assert [m.code for m in both] == ["GHA", "IGOUNO"]


OPENED = ("Expressing grave concern about Togo's repeated shelling of Ghanaian border villages in violation of its "
          "earlier commitments under the ceasefire agreement, the Security Council imposed an arms embargo on Togo.")


def test_an_opening_participle_read_as_the_subject_is_parsed_again() -> None:
    words = tokenize(OPENED)
    comma = words.index(",")
    parse = default_parser().parse(words)
    assert parse.labels[0] == "advcl" and parse.heads[0] == words.index("imposed")
    assert parse.labels[words.index("Council")] == "nsubj" and parse.is_root(words.index("imposed"))
    assert parse.labels[comma] == "punct"


def test_an_opening_participles_act_is_the_main_subjects(coder: Coder) -> None:
    found = _events(coder, OPENED, ())
    assert {("IGO", "TGO", "11"), ("IGO", "TGO", "16")} <= found


@pytest.mark.parametrize(("words", "tags", "labels", "root", "expected"), [
    # the participle is the root: the comma closes its clause
    ("Noting the launch , the Council urged restraint .", "VBG", "root", 0, 3),
    # read as an adverbial clause of the main verb already: nothing to do
    ("Noting the launch , the Council urged restraint .", "VBG", "advcl", 6, 0),
    # a preposition in "-ing", and a name in "-ing", open no participle's clause
    ("During the talks , the Council urged restraint .", "VBG", "root", 0, 0),
    ("Beijing , which hosted the talks , urged restraint .", "NNP", "root", 0, 0),
    # a comma inside brackets or quotation marks does not close it
    ("Adopting resolution 9 ( Ghana , Togo ) , the Council urged restraint .", "VBG", "root", 0, 8),
    # too few words after the comma for a main clause
    ("Noting that , she agreed", "VBG", "root", 0, 0),
    # an inverted sentence: the participle's subject after "were", the comma inside it
    ("Attending it were envoys , ministers and officials of Ghana .", "VBG", "root", 0, 0),
    # a clause of the participle's own may have its verb "to be"
    ("Expressing belief that the ties were strong , the envoy praised Ghana .", "VBG", "root", 0, 7),
])
def test_where_an_opening_participles_clause_ends(words: str, tags: str, labels: str, root: int,
                                                  expected: int) -> None:
    tokens = words.split()
    n = len(tokens)
    heads = tuple(root if i != root else i for i in range(n))
    parse = Parse(heads, (labels,) + ("dep",) * (n - 1), (tags,) + ("NN",) * (n - 1))
    if labels == "advcl":
        parse = Parse(heads, ("advcl",) + ("dep",) * (n - 1), (tags,) + ("NN",) * (n - 1))
    assert participle_opener(tokens, parse) == expected


# -- a verb's object after a phrase of manner, place or time ----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the UN's formula: the object after "in the strongest terms", the Council its source (not a headline's
    # passive whose subject undergoes the act)
    ("The Security Council condemned in the strongest terms Togo's shelling of Ghanaian villages.",
     ("IGO", "TGO", "11")),
    ("Japan condemned in Tokyo the attack on Ghana's embassy.", ("JPN", "GHA", "11")),
    ("Ghana welcomed on Monday the decision of Togo to withdraw its troops.", ("GHA", "TGO", "05")),
])
def test_an_object_after_a_phrase_of_manner_or_time(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    found = _events(coder, text, ())
    assert expected in found
    assert not any(target == expected[0] for _, target, _ in found)  # never the speaker as the one condemned


@pytest.mark.parametrize("text", ["Four French Soldiers Killed in Mali on Sunday", "Japan Urged to Stop Whaling"])
def test_a_headlines_passive_is_still_passive(text: str) -> None:
    from detente.coding._headline import headline_passive

    words = tokenize(text)
    low = [w.lower() for w in words]
    verb = next(q for q, w in enumerate(low) if w in ("killed", "urged"))
    assert headline_passive(default_parser().parse(words), low, verb)


def test_a_day_may_stand_between_the_phrase_and_the_object(coder: Coder) -> None:
    found = _events(coder, "The Ghanaian government criticized in a statement Wednesday the Togolese decision to "
                           "close the border.", ())
    assert ("GHA", "TGO", "11") in found


def test_a_time_word_after_a_place_is_no_object() -> None:
    from detente.coding.syntax import object_after_oblique

    words = tokenize("The envoy met in Tokyo last week with the foreign minister of Ghana.")
    parse = default_parser().parse(words)
    assert parse.labels[words.index("week")] != "obj"
    assert object_after_oblique(words, parse) is parse or "obj" not in object_after_oblique(words, parse).labels


def test_the_government_and_the_people_of_a_state_are_both_its(coder: Coder) -> None:
    found = _events(coder, "The Council expressed its condolences to the Government and the people of the Russian "
                           "Federation.", ())
    assert any(target == "RUS" for _, target, _ in found)
    scanned = coder._scan("They met the Government and the people of the Russian Federation.", None)
    assert scanned is not None
    codes = [m.code for m in scanned[2]]
    assert codes == ["RUSGOV", "RUSCVL"]


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # the country an envoy is "for" is the office's remit: the visit is to the host, not to that country
    ("Ghana's special envoy for Togo arrived in Benin on Saturday for talks with Beninese officials.",
     ("GHA", "BEN", "04"), "TGO"),
    ("The Japanese Special Representative for Togo met the Ghanaian foreign minister in Accra.",
     ("JPN", "GHA", "04"), "TGO"),
])
def test_the_country_an_envoy_is_for_is_no_party(coder: Coder, text: str, expected: tuple[str, str, str],
                                                 absent: str) -> None:
    found = _events(coder, text, ())
    assert expected in found
    assert not any(absent in (source, target) for source, target, _ in found)


def test_a_countrys_short_name_in_brackets_before_its_office(coder: Coder) -> None:
    found = _events(coder, "Ghana's defence minister met with Republic of Korea (ROK) Minister of National Defense "
                           "Lee Min-ho in Accra on Friday.", ())
    assert ("GHA", "KOR", "04") in found
    scanned = coder._scan("Secretary Roe met with Republic of Korea (ROK) Minister of National Defense Lee Min-ho.",
                          None)
    assert scanned is not None and "KORGOV" in [m.code for m in scanned[2]]  # the minister is Korea's
    # brackets that define a short name for the text, before no office, are left alone
    scanned = coder._scan("The Democratic People's Republic of Korea (DPRK) launched a missile.", None)
    assert scanned is not None and [m.code for m in scanned[2]] == ["PRK", "PRK"]
