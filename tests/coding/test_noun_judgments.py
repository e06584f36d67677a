"""Judgments a text tells in its own voice with a copula and a noun subject, no word of an act (sentences written
for these tests; coding._noun_judgments), and the copulas and modals of a DPRK paper's commentary that are no
disapproval or demand (coding._commentary).

"The naval drills by Chile are a flagrant violation of our sovereignty", "Such an action is a grave provocation"
in a text speaking as Peru are Peru's accusation (112) and criticism (111) of Chile; the same lines with no voice,
a negated judgment, a place, a quoted or reported speaker, a clause or an empty "it" as subject, the voice's own
side, a progressive and praise code nothing.

Who speaks in a text with no first-person voice (coding._speakers): the lines after "The statement said:" speak as
the state the line introducing them names, up to the text's turn to another speaker; a pointing subject past a
line not read judges no statement told before it.
"""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder
from detente.coding._noun_judgments import judged_states
from detente.coding.mentions import Mention

DAY = dt.date(2012, 3, 1)
VOICE = "The Government of Peru is deeply concerned and we will defend our waters."
INTRO = "Minju Joson Friday observes in a signed commentary in this regard:"
JUDGED = "The naval drills by Chile are a flagrant violation of the sovereignty of the region."


def _events(coder: Coder, sentences: list[str]) -> list[set[tuple[str, str, str]]]:
    """Country, country and code of each event the coder reads in each line of one text."""
    return [{(e.source[:3], e.target[:3], e.code) for e in found}
            for found in coder.code_many(sentences, date=DAY)]


def test_a_noun_subject_judged_in_the_text_s_voice_is_its_disapproval(shared_coder: Coder) -> None:
    found = _events(shared_coder, [VOICE, "Chilean warships entered our waters on Monday.",
                                   "The naval drills by Chile are a flagrant violation of our sovereignty.",
                                   "Such an action is a grave provocation against our people."])
    assert ("PER", "CHL", "112") in found[2]  # a violation alleged: an accusation
    assert ("PER", "CHL", "111") in found[3]  # "Such an action": the act told in the line before


def test_the_same_lines_with_no_voice_code_nothing(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["Chilean warships entered Peruvian waters on Monday.",
                                   "The naval drills by Chile are a flagrant violation of Peru's sovereignty.",
                                   "Such an action is a grave provocation."])
    assert not found[1] and not found[2]


def test_lines_that_are_no_judgment_of_a_foreign_state_in_the_voice_code_nothing(shared_coder: Coder) -> None:
    lines = ["The naval drills by Chile are not a violation of any treaty.",
             "The drills in Chile are a provocation, we believe.",
             "It is a crime to starve the people.",
             "What Chile did is a crime.",
             "The Peruvian navy and the Chilean navy are the closest partners.",
             "Chilean officials are committing crimes.",
             "Our friendship with Chile is a historic achievement.",
             "Is the Chilean blockade a violation of the treaty?"]
    found = _events(shared_coder, [VOICE, "Chile has recalled its ambassador.", *lines])
    assert not any(s == "PER" for line in found[2:] for s, _, _ in line)


def test_a_speaker_reported_is_not_the_voice(shared_coder: Coder) -> None:
    found = _events(shared_coder, [VOICE, "Chile's President said the drills by Peru are a provocation."])
    assert not any(s == "PER" for s, _, _ in found[1])


def test_the_subject_s_state_is_the_target_and_the_voice_s_own_side_none() -> None:
    low = ["the", "u.s.", "troops", "are", "habitual", "criminals", "."]
    assert judged_states(low, [Mention(1, 2, "USAMIL")], "PRK") == (["USAMIL"], "112")
    assert judged_states(low, [Mention(1, 2, "USAMIL")], "USA") is None
    low = ["these", "moves", "are", "a", "wanton", "challenge", "."]
    assert judged_states(low, [], "PRK") == ([], "111")  # points back: the doer of the act before
    low = ["these", "moves", "are", "a", "welcome", "step", "."]
    assert judged_states(low, [], "PRK") is None
    low = ["the", "drills", "are", ",", "in", "essence", ",", "an", "aggression", "."]
    assert judged_states(low, [], "PRK") is None  # no state and no pointing word
    assert judged_states(["these", *low[1:]], [], "PRK") == ([], "111")


def test_praise_and_must_know_in_a_commentary_are_no_disapproval_or_demand(shared_coder: Coder) -> None:
    found = _events(shared_coder, [INTRO, "The founding of the Chilean republic was a historic event.",
                                   "The Chilean authorities must know that the people will not forgive them.",
                                   "Chile must stop the drills at once.",
                                   "The Chilean government is a faithful servant of its masters."])
    assert not any(s == "PRK" for s, _, _ in found[1])
    assert not any(c[:2] == "10" for _, _, c in found[2])
    assert ("PRK", "CHL", "100") in found[3]  # guards: a demand and a judgment keep their reading
    assert ("PRK", "CHL", "111") in found[4]


def test_a_pointing_subject_judges_the_agent_its_predicate_names(shared_coder: Coder) -> None:
    found = _events(shared_coder, [VOICE, "Chilean warships entered our waters on Monday.",
                                   "Such an action is a grave provocation instigated by Bolivia."])
    assert ("PER", "BOL", "111") in found[2]
    assert not any(t == "CHL" for _, t, _ in found[2])


def test_a_headline_s_judge_is_the_voice_of_the_story_below_it(shared_coder: Coder) -> None:
    story = ["Peruvian Foreign Ministry Slams Chile's Naval Drills.", "Chilean warships entered Peruvian waters.",
             "The naval drills by Chile are a flagrant violation of the sovereignty of Peru."]
    found = _events(shared_coder, story)
    assert ("PER", "CHL", "112") in found[2]
    # guards: a first line written as a sentence, and a headline that tells no judgment, give no voice
    lead = ["The Peruvian Foreign Ministry on Monday slammed the naval drills of Chile near the coast.", *story[1:]]
    assert not any(s == "PER" for s, _, _ in _events(shared_coder, lead)[2])
    plain = ["Chilean Navy Stages Drills off Peru.", *story[1:]]
    assert not any(s == "PER" for s, _, _ in _events(shared_coder, plain)[2])


def test_the_lines_after_an_introducing_line_speak_as_its_speaker(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["The Peruvian Foreign Ministry issued a statement on Monday.",
                                   "The statement said:", JUDGED])
    assert ("PER", "CHL", "112") in found[2]  # "The statement": the one who issued it
    found = _events(shared_coder, ["A rally was held in La Paz on Monday.", "The Bolivian Workers' Union said:",
                                   JUDGED, "It went on:", "The Chilean government is a hostile gang of warmongers."])
    assert ("BOL", "CHL", "112") in found[2]  # the speaker the line names, not the story's teller
    assert ("BOL", "CHL", "111") in found[4]  # "It went on:": the same speaker


def test_no_speaker_no_judgment(shared_coder: Coder) -> None:
    # guards: the same line with no introducing line, a speaker who is no state, the judged state as speaker,
    # and a text that turned to another's words
    assert not _events(shared_coder, ["A rally was held in La Paz on Monday.", JUDGED])[1]
    assert not _events(shared_coder, ["A rally was held on Monday.", "A passer-by, Juan Perez, said:", JUDGED])[2]
    found = _events(shared_coder, ["A rally was held on Monday.", "The Chilean Navy said:", JUDGED])
    assert not any(t == "CHL" for _, t, _ in found[2])
    found = _events(shared_coder, ["The Peruvian Foreign Ministry issued a statement on Monday.", "The statement said:",
                                   "Peru will defend its waters.",
                                   "Chile's foreign minister said on Tuesday the drills were routine.", JUDGED])
    assert not any(s == "PER" for s, _, _ in found[4])


def test_a_pointing_subject_past_a_line_not_read_judges_no_statement(shared_coder: Coder) -> None:
    said = "Chilean diplomats said they are making efforts for peace."
    found = _events(shared_coder, [VOICE, said, "The hostile forces are now busy with a smear campaign.",
                                   "This is a revelation of their wicked criminal scheme."])
    assert not any(s == "PER" for s, _, _ in found[3])
    # guards: the statement right before is what is pointed to, and so it is past a line that points back to it
    found = _events(shared_coder, [VOICE, said, "This is a revelation of their wicked criminal scheme."])
    assert ("PER", "CHL", "112") in found[2]
    found = _events(shared_coder, [VOICE, said, "These outpourings are nothing but hysterical outbursts.",
                                   "This is a revelation of their wicked criminal scheme."])
    assert ("PER", "CHL", "112") in found[3]


def test_must_in_a_speaker_s_lines_is_the_speaker_s_demand(shared_coder: Coder) -> None:
    must = "Chile must stop the naval drills at once."
    found = _events(shared_coder, ["A rally was held in La Paz on Monday.", "The Bolivian Workers' Union said:", must])
    assert ("BOL", "CHL", "100") in found[2]
    # guards: the same line with no introducing line, and the speaker's own course, are no demand of the speaker
    assert not any(s == "BOL" for s, _, _ in _events(shared_coder, ["A rally was held in La Paz on Monday.", must])[1])
    found = _events(shared_coder, ["A rally was held in La Paz on Monday.", "The Bolivian Workers' Union said:",
                                   "Bolivia must defend its sovereignty.",
                                   "The Chilean navy must be well aware of this."])
    assert not any(s == "BOL" and t != "---" for s, t, _ in found[2])
    assert not any(c[:2] == "10" for _, _, c in found[3])  # "must be well aware": what will come, no demand
