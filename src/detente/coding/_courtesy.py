"""Courtesy titles as the parser reads them: "Mr." one word, not "Mr" and a full stop.

The coder's tokens keep a courtesy title's stop apart ("Mr", ".", "Putin": the reading of names counts on it), but
the parser was trained on text where "Mr." is one word, and a stop inside the sentence misleads it: in "Mr. Putin
and Mr. Xi held talks" it hung the second name on "held" as a conjunction and read "Mr" as the subject, so the
two leaders were no longer coordinated subjects and only one of them held the talks. The parser is handed each
title with its stop as one word; the stop gets back its own token, a punctuation mark of its title.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["joined_titles", "titles_joined", "titles_split"]

#: courtesy titles written short, whose stop the tokenizer keeps apart ("Mr", ".")
_SHORT_TITLES = frozenset(["Mr", "Mrs", "Ms", "Dr", "Messrs", "MR", "MRS", "MS", "DR"])


def joined_titles(words: Sequence[str]) -> list[int] | None:
    """The positions of the stops that close a courtesy title before a capitalised word ("Mr", ".", "Xi"), or
    ``None`` when ``words`` has none."""
    stops = [q + 1 for q in range(len(words) - 2)
             if words[q] in _SHORT_TITLES and words[q + 1] == "." and words[q + 2][:1].isupper()]
    return stops or None


def titles_joined(words: Sequence[str], stops: Sequence[int]) -> list[str]:
    """``words`` with each title and the stop after it (at ``stops``) one word."""
    drop = set(stops)
    return [w + "." if q + 1 in drop else w for q, w in enumerate(words) if q not in drop]


def titles_split(stops: Sequence[int], heads: Sequence[int], labels: Sequence[str],
                 tags: Sequence[str]) -> tuple[tuple[int, ...], tuple[str, ...], tuple[str, ...]]:
    """The parse of the joined words (heads, labels, tags) over the words again, each stop at ``stops`` a
    punctuation mark of its title."""
    drop = set(stops)
    n = len(heads) + len(stops)
    kept = [q for q in range(n) if q not in drop]  # the word each joined position stands for
    at = {q: j for j, q in enumerate(kept)}
    out_heads: list[int] = []
    out_labels: list[str] = []
    out_tags: list[str] = []
    for q in range(n):
        if q in drop:
            out_heads.append(q - 1)
            out_labels.append("punct")
            out_tags.append(".")
        else:
            j = at[q]
            out_heads.append(kept[heads[j]])
            out_labels.append(labels[j])
            out_tags.append(tags[j])
    return tuple(out_heads), tuple(out_labels), tuple(out_tags)
