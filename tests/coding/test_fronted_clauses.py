"""A clause set before the sentence's subject: its pronouns stand for that subject ("After his talks with X, Y ...",
coref fronted_subject), and a name the parser hangs on the clause is still the main verb's subject
(ClauseReader._after_fronted)."""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder

DAY = dt.date(2010, 9, 28)
INTRO = ("Chinese President Hu Jintao met Russian President Dmitry Medvedev in Beijing on Monday. "
         "Hu praised the talks. ")


def _triples(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    """The events of the text's last sentence."""
    last = text.rstrip().rsplit(". ", 1)[-1]
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY) if e.sentence == last}


def test_his_in_a_fronted_clause_is_the_subject_after_it(coder: Coder) -> None:
    got = _triples(coder, INTRO + "After his talks with Hu, Medvedev criticized Japan.")
    assert ("RUS", "JPN", "11") in got and ("CHN", "JPN", "11") not in got


def test_he_in_a_participle_clause_is_the_subject_after_it(coder: Coder) -> None:
    got = _triples(coder, INTRO + "Noting that he had visited China five times, Medvedev invited Hu to Moscow.")
    assert ("CHN", "CHN", "04") not in got and ("CHN", "RUS", "04") not in got
    assert ("RUS", "CHN", "04") in got


def test_a_name_after_the_fronted_clause_is_the_subject(coder: Coder) -> None:
    got = _triples(coder, "Russian President Dmitry Medvedev met Hu on Monday. "
                          "Before leaving the capital, Medvedev criticized Japan.")
    assert ("RUS", "JPN", "11") in got


def test_a_pronoun_after_the_clause_keeps_the_usual_reading(coder: Coder) -> None:
    # the pronoun is the main clause's subject, after the comma: the person the clause names
    got = _triples(coder, INTRO + "After Medvedev left Beijing, he criticized Japan.")
    assert ("RUS", "JPN", "11") in got and ("CHN", "JPN", "11") not in got


def test_an_apposition_is_no_fronted_clause(coder: Coder) -> None:
    got = _triples(coder, "Li Ming, a retired teacher living in Beijing told reporters that Japan is an ally.")
    assert not any(s == "CHN" for s, _, _ in got)
