""""It" for a text a person issued, and a subject pronoun that does not stand for what its own verb acts on
(sentences written for these tests; coding.coref).

"The UN secretary-general issued a statement ... It called on Peru ...": no person is "it", the statement is,
and it speaks for its author. "The Security Council and Peru held talks. They criticized the Council": "they" is
not the Council its own verb acts on.
"""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder

DAY = dt.date(2024, 5, 8)


def _last(coder: Coder, sentences: list[str]) -> set[tuple[str, str, str]]:
    """Country, country and root of each event of the last sentence of one text."""
    return {(e.source[:6] if e.source.startswith("IGO") else e.source[:3],
             e.target[:6] if e.target.startswith("IGO") else e.target[:3], e.code[:2])
            for e in coder.code_many(sentences, date=DAY)[-1]}


def test_it_after_a_statement_a_person_issued_is_its_author(shared_coder: Coder) -> None:
    for opening in (["The UN secretary-general issued a statement on Tuesday.",
                     "The statement condemned Peru's attack on Chile."],
                    ["The UN secretary-general in a statement on Tuesday slammed Peru's attack on Chile."],
                    ["The Chilean president issued a statement on Tuesday."]):
        found = _last(shared_coder, [*opening, "It called on Peru to respect its obligations."])
        assert any(r == "02" and t == "PER" and s != "---" for s, t, r in found), opening


def test_it_after_a_person_who_issued_nothing_stays_unread(shared_coder: Coder) -> None:
    found = _last(shared_coder, ["The UN secretary-general met the Peruvian president on Tuesday.",
                                 "It called on Peru to respect its obligations."])
    assert ("IGOUNO", "PER", "02") not in found


def test_they_is_not_what_its_own_verb_acts_on(shared_coder: Coder) -> None:
    found = _last(shared_coder, ["The Security Council and Peru held talks on Monday.",
                                 "They criticized the Council on Tuesday."])
    assert ("PER", "IGOUNO", "11") in found
    assert not any(s == "IGOUNO" for s, t, r in found)
    found = _last(shared_coder, ["Chile and Peru met on Monday.", "They criticized Chile on Tuesday."])
    assert ("PER", "CHL", "11") in found and not any(s == "CHL" for s, t, r in found)


def test_they_with_another_object_keeps_the_whole_group(shared_coder: Coder) -> None:
    found = _last(shared_coder, ["Chile and Peru met on Monday.", "They criticized Bolivia on Tuesday."])
    assert {("CHL", "BOL", "11"), ("PER", "BOL", "11")} <= found
