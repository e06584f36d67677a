"""Who "we" is in a statement: the voice of a text outside its quotations, read from its heading, its first line
and the states that name themselves beside "we", "our" and "I" (:class:`detente.coding.coref.Discourse` keeps it
as ``Discourse.find_voice``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from detente.coding._collective import issues_text
from detente.coding._mention_shapes import _FIRST, _subjects, _vocative
from detente.coding._names import heading_authors, stance
from detente.coding._words import PREPOSITIONS, QUOTE_MARKS
from detente.coding.mentions import Mention


def find_voice(sentences: Sequence[tuple[Sequence[str], Sequence[Mention]]],
               heading: tuple[Sequence[str], Sequence[Mention]] | None = None) -> list[Mention]:
    """Who "we" is outside quotations: the authors a statement names in its heading or first line ("Statement
    by President ... on ...", "Joint Statement by the foreign ministers of A, B and C"); else the states that
    name themselves beside "we", "our", "I" in the main clause of a sentence (two points each) or are the
    subject of the text's first sentence with an actor, stating a stance in the present ("A and B condemn",
    "A is deeply concerned": one point): the best-scored states, when they are one
    state or the whole first subject; else nobody."""
    if all(_FIRST.isdisjoint(low) for low, _ in sentences):
        return []
    for low, mentions in ([heading] if heading is not None else []) + list(sentences[:1]):
        authors = heading_authors(low, mentions)
        if authors:
            return authors
    score: Counter[str] = Counter()
    first: list[Mention] = []
    in_quote = spoken = False
    opening = 0
    for low, mentions in sentences:
        outside: set[int] = set()
        if QUOTE_MARKS.isdisjoint(low):  # most sentences: every word on the side of a quotation it opens on
            outside = set() if in_quote else set(range(len(low)))
        else:
            for q, w in enumerate(low):
                if w in QUOTE_MARKS:
                    in_quote = not in_quote
                elif not in_quote:
                    outside.add(q)
        subjects = [m for m in _subjects(low, mentions) if m.has_country]
        spoken = spoken or any(low[q] in _FIRST for q in outside)
        # "to our country", "at my direction": a possessive under a preposition says nothing of the subject
        first_person = next((q for q in sorted(outside) if low[q] in _FIRST
                             and not (q > 0 and low[q - 1] in PREPOSITIONS)), None)
        if subjects and not first and opening < 3:
            opening += 1
            # a joint statement opens with its authors and their stance ("A, B and C strongly condemn ...");
            # people named together in a heading may only meet ("A, B and C Before Their Meeting"), and one
            # state opening the text may be the one the text is about ("Iran launched missiles ...")
            joined = "and" in low[subjects[0].end:subjects[-1].start]
            # "The Governments of A, B and C issue the following joint statement": its authors
            issuing = issues_text(low, subjects[-1].end)
            if joined and len({m.code[:3] for m in subjects}) > 1 and (stance(low, subjects[-1].end) or issuing):
                first = subjects
                for code in dict.fromkeys(m.code[:3] for m in subjects):
                    score[code] += 1
            elif len({m.code[:3] for m in subjects}) == 1 and (stance(low, subjects[-1].end) or issuing):
                # a statement opens with its author's stance in the present ("The United States is deeply
                # concerned ...", "Ruritania condemns ..."); a story tells what a state did
                first = subjects[:1]
                score[subjects[0].code[:3]] += 1
        if first_person is not None and subjects:
            # "The United States and our allies", "X remains committed, and we will": the state before the
            # pronoun, in the same clause
            for code in dict.fromkeys(m.code[:3] for m in subjects
                                      if m.start in outside and m.start < first_person
                                      and not _vocative(low, m)):
                score[code] += 2
    if not score or not spoken:
        return []
    order = {c: k for k, c in enumerate(score)}
    top = max(score.values())
    best = {c for c, n in score.items() if n == top}
    if len(best) == 1 or best == {m.code[:3] for m in first}:
        # in the order the text names them (a set's order would change from one run to the next)
        return [Mention(0, 0, c[:3], None, True) for c in sorted(best, key=lambda c: (-score[c], order[c]))]
    return []

# -- one sentence ---------------------------------------------------------------------------------------------
