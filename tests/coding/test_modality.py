"""Modality (occurred / intended / hypothetical / negated), CAMEO's intent codes, and event dates in the coder.

The rules under test are those of docs/coder.md ("How the coder works", steps 3 and 4) and
``Coder._intent_code``: CAMEO codes an announced act by its intent (an intended meeting is 036 "Express intent to
meet or negotiate", an intended attack 138 "Threaten with military force"); a cooperative act negated under a
refusal, a failure or announced ("refused to", "failed to", "will not meet") is a rejection (12x), a bare negation
("never met") keeps its code; a hypothetical hostile act a threat (13x), unless it is inside a condition; the event
keeps its modality either way. Dates:
"yesterday", "last month", "this week", "on Monday", "three days ago", "next week", "June 12" are resolved against
the article's date (here through the coder, not through ``resolve_date`` alone).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from detente.coding import UNDATED, Coder, builtin_lexicon, event_row
from detente.model import Event
from detente.reference import reference_tables

FRIDAY = dt.date(2019, 3, 15)  # a Friday


def _coded(coder: Coder, sentence: str, day: dt.date | None = FRIDAY) -> list[tuple[str, str, str, str]]:
    return [(e.source, e.target, e.code, e.modality) for e in coder.code_sentence(sentence, date=day)]


# sentence, expected (source, target, code, modality) among the events, the reason
MODALITY_CASES = [
    # occurred: a plain past act keeps its own code (111 "Criticize or denounce")
    ("Japan criticized North Korea.", ("JPN", "PRK", "111", "occurred")),
    # intended: "will" before the verb; root 11 has no intent code, so 111 stays
    ("Japan will criticize North Korea.", ("JPN", "PRK", "111", "intended")),
    # intended meeting -> 036 "Express intent to meet or negotiate"
    ("The United States will meet North Korea.", ("USA", "PRK", "036", "intended")),
    ("Japan is preparing to host China.", ("JPN", "CHN", "036", "intended")),
    ("North Korea plans to visit China.", ("PRK", "CHN", "036", "intended")),
    # "would" in reported speech is future too
    ("Japan said it would meet China.", ("JPN", "CHN", "036", "intended")),
    # intended attack -> 138 "Threaten with military force"
    ("North Korea will attack Japan.", ("PRK", "JPN", "138", "intended")),
    # hypothetical attack told by its own side -> 138 as well ("could" is hypothetical)
    ("North Korea said it could attack Japan.", ("PRK", "JPN", "138", "hypothetical")),
    # a bare guess at another's attack is no threat: it keeps its code, hypothetical (no act of the article)
    ("North Korea could attack Japan.", ("PRK", "JPN", "190", "hypothetical")),
    # hypothetical cooperation keeps its code: 043 "Host a visit"
    ("South Korea may host North Korea.", ("KOR", "PRK", "043", "hypothetical")),
    # an announced negated meeting is a refusal: 125 "Reject proposal to meet, discuss, or negotiate"
    ("The United States will not meet North Korea.", ("USA", "PRK", "125", "negated")),
    # a bare negation of what happened is no refusal: the meeting keeps its code, negated (no act of the article)
    ("North Korea never met South Korea.", ("PRK", "KOR", "044", "negated")),
    ("Japan failed to meet China.", ("JPN", "CHN", "125", "negated")),
    # negated conflict keeps its code (there is no "reject" for criticism) and says negated
    ("Japan did not criticize North Korea.", ("JPN", "PRK", "111", "negated")),
    ("Japan never criticized China.", ("JPN", "CHN", "111", "negated")),
    # "refused to" negates the verb after it, the refusal itself occurred (120 "Reject")
    ("Japan refused to criticize China.", ("JPN", "CHN", "111", "negated")),
    ("Japan refused to criticize China.", ("JPN", "CHN", "120", "occurred")),
    # a conditional act is a threat: "will withdraw ... unless" -> 130 "Threaten"
    ("North Korea will withdraw troops unless Seoul pays.", ("PRK", "KORGOV", "130", "intended")),
]


@pytest.mark.parametrize(("sentence", "expected"), MODALITY_CASES,
                         ids=[f"{c[0][:36]}-{c[1][2]}" for c in MODALITY_CASES])
def test_modality_and_intent_codes(coder: Coder, sentence: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _coded(coder, sentence)


def test_may_the_name_is_not_may_the_modal(coder: Coder) -> None:
    # a capitalised "May" inside the sentence is a name: the meeting occurred (044 "Meet at a third location")
    events = coder.code_sentence("Theresa May met Moon Jae-in.", date=dt.date(2018, 6, 1))
    assert [(e.target, e.code, e.modality) for e in events] == [("KORGOV", "044", "occurred")]
    lower = coder.code_sentence("Officials said Japan may meet China.", date=FRIDAY)
    assert ("JPN", "CHN", "044", "hypothetical") in [(e.source, e.target, e.code, e.modality) for e in lower]


def test_negation_does_not_cross_a_semicolon(coder: Coder) -> None:
    coded = _coded(coder, "North Korea will not comment; Japan criticized China.")
    assert ("JPN", "CHN", "111", "occurred") in coded


def test_negation_stays_in_its_own_coordinated_clause(coder: Coder) -> None:
    coded = _coded(coder, "Japan did not criticize China but praised South Korea.")
    assert ("JPN", "CHN", "111", "negated") in coded
    assert ("JPN", "KOR", "051", "occurred") in coded  # 051 "Praise or endorse": the praise happened


def test_without_cameo_intent_the_code_stays_and_the_modality_is_kept() -> None:
    plain = Coder(dataclasses.replace(builtin_lexicon(), cameo_intent=False))
    assert ("USA", "PRK", "044", "intended") in _coded(plain, "The United States will meet North Korea.")
    # a state's attack is conventional force (190); without CAMEO's intents it stays that, hypothetical
    assert ("PRK", "JPN", "190", "hypothetical") in _coded(plain, "North Korea could attack Japan.")
    assert ("USA", "PRK", "044", "negated") in _coded(plain, "The United States will not meet North Korea.")
    # ... and the shipped lexicon, shared by every coder, is untouched
    assert builtin_lexicon().cameo_intent
    assert ("USA", "PRK", "036", "intended") in _coded(Coder(), "The United States will meet North Korea.")


@pytest.mark.parametrize(
    ("sentence", "code", "modality"),
    [
        # CAMEO's negated cooperation is a rejection (12x): 04 consult -> 125, 05 diplomatic cooperation -> 120,
        # 06 material cooperation -> 121, 07 aid -> 122, 08 yield -> 124
        ("Japan will not visit China.", "125", "negated"),
        ("Japan will not praise China.", "120", "negated"),
        ("Japan will not trade with China.", "121", "negated"),
        ("Japan will not aid China.", "122", "negated"),
        ("Japan will not release Chinese fishermen.", "124", "negated"),
        # intended cooperation is 03x "Express intent to ...": 04 -> 036, 05 -> 030, 06 -> 031, 07 -> 033, 08 -> 035
        ("Japan will visit China.", "036", "intended"),
        ("Japan will praise China.", "030", "intended"),
        ("Japan will trade with China.", "031", "intended"),
        ("Japan will aid China.", "033", "intended"),
        ("Japan will release Chinese fishermen.", "035", "intended"),
        # hostile intent is a threat (13x): 16 reduce relations -> 131, 17 coerce -> 130, 19 fight -> 138
        ("Japan will impose sanctions on China.", "131", "intended"),
        ("Japan will arrest Chinese fishermen.", "130", "intended"),
        ("Japan will invade China.", "138", "intended"),
    ],
)
def test_announced_and_negated_acts_are_coded_by_their_intent(coder: Coder, sentence: str, code: str,
                                                              modality: str) -> None:
    main = coder.main_event(coder.code_sentence(sentence, date=FRIDAY))
    assert main is not None and (main.code, main.modality) == (code, modality)
    entry = reference_tables().cameo[code]
    assert entry.root in (("12",) if modality == "negated" else ("03", "13"))  # reject / intend / threaten
    assert (main.root, main.quad_class, main.goldstein) == (entry.root, entry.quad_class, entry.goldstein)


def test_main_event_passes_over_a_negated_act() -> None:
    c = Coder()
    assert c.main_event([]) is None
    day = FRIDAY

    def event(code: str, modality: str) -> Event:
        return Event(date=day, source="JPN", target="CHN", code=code, modality=modality)

    report, negated, act = event("010", "occurred"), event("111", "negated"), event("051", "occurred")
    assert c.main_event([report, negated, act]) is act
    assert c.main_event([report, negated]) is negated  # a negated act still beats a mere report
    assert c.main_event([report]) is report
    rejection = event("125", "negated")  # a rejection is itself the act, negated or not
    assert c.main_event([rejection, act]) is rejection


# -- dates ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        ("Japan met China yesterday.", FRIDAY, dt.date(2019, 3, 14)),
        ("Japan met China last month.", FRIDAY, dt.date.min),  # a month other than the article's: undated
        ("Japan met China this week.", FRIDAY, FRIDAY),
        ("Japan met China last week.", FRIDAY, dt.date.min),  # a week other than the article's: undated
        ("Japan met China on Monday.", FRIDAY, dt.date(2019, 3, 11)),
        ("Japan criticized China last Friday.", FRIDAY, dt.date(2019, 3, 8)),  # "last" on a Friday: a week back
        ("Japan met China three days ago.", FRIDAY, dt.date(2019, 3, 12)),
        ("Japan criticized China two days earlier.", FRIDAY, dt.date(2019, 3, 13)),
        ("Japan met China last year.", FRIDAY, dt.date.min),  # a year alone: undated
        ("Japan met China on June 12, 2018.", FRIDAY, dt.date(2018, 6, 12)),
        ("Japan met China on 2018-06-12.", FRIDAY, dt.date(2018, 6, 12)),
        ("Japan criticized China on December 28.", dt.date(2019, 1, 10), dt.date(2018, 12, 28)),  # last year's
        ("Japan criticized China.", FRIDAY, FRIDAY),  # no date in the text: the article's
    ],
)
def test_event_dates_resolve_against_the_article_date(coder: Coder, sentence: str, anchor: dt.date,
                                                      expected: dt.date) -> None:
    events = coder.code_sentence(sentence, date=anchor)
    assert events and all(e.date == expected for e in events), [(e.code, e.date) for e in events]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Japan will visit China tomorrow.", FRIDAY),
        ("Japan will meet China next week.", FRIDAY),
        ("Japan will visit China next month.", FRIDAY),
        ("Japan said on Wednesday it will meet China next week.", dt.date(2019, 3, 13)),
        ("On Tuesday Japan agreed to visit China on Monday.", dt.date(2019, 3, 12)),
    ],
)
def test_intended_events_are_dated_when_announced(coder: Coder, sentence: str, expected: dt.date) -> None:
    # CAMEO codes an announced act by its intent (036) on the day the intent is expressed, not on the day planned
    [event] = [e for e in coder.code_sentence(sentence, date=FRIDAY) if e.code == "036"]
    assert (event.code, event.modality, event.date) == ("036", "intended", expected)


def test_each_sentence_of_a_text_has_its_own_date(coder: Coder) -> None:
    text = "Japan met China three days ago. Japan criticized China yesterday. Japan will visit China next week."
    events = coder.code_text(text, date=FRIDAY)
    assert [(e.code, e.date, e.prov_row) for e in events] == [
        ("044", dt.date(2019, 3, 12), 0),
        ("111", dt.date(2019, 3, 14), 1),
        ("036", FRIDAY, 2),
    ]


def test_relative_dates_without_an_article_date_stay_undated(coder: Coder) -> None:
    [event] = coder.code_sentence("Japan met China last month.")
    assert event.date == UNDATED
    assert event_row(event)["date"] is None


def test_a_written_date_dates_an_undated_text(coder: Coder) -> None:
    [event] = coder.code_sentence("Japan met China on June 12, 2018.")
    assert event.date == dt.date(2018, 6, 12)


def test_a_date_off_the_calendar_stays_at_the_anchor(coder: Coder) -> None:
    [event] = coder.code_sentence("Japan met China yesterday.", date=dt.date(1, 1, 1))
    assert event.date == dt.date(1, 1, 1)


@pytest.mark.parametrize("sentence", [
    "Chile and Peru came close to signing a border treaty on Thursday.",
    "Chile and Peru moved a step closer on Thursday to reaching a settlement.",
    "Bolivia moved closer to reaching a deal with Chile on Thursday.",
    "Bolivia and Chile came close to attacking each other's ships on Thursday.",
])
def test_an_act_come_close_to_is_not_done(coder: Coder, sentence: str) -> None:
    done = [(e.source, e.target, e.code) for e in coder.code_sentence(sentence, date=FRIDAY)
            if e.modality == "occurred" or e.code[:2] == "13"]
    assert done == []


def test_an_act_done_after_coming_close_is_done(coder: Coder) -> None:
    events = coder.code_sentence("Chile and Peru signed a fisheries agreement on Thursday after coming close in May.",
                                 date=FRIDAY)
    assert any(e.code[:2] == "05" and e.modality == "occurred" for e in events)
