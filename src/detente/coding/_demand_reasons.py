"""A participle of telling after a demand's "that" clause: the demander's words, not the demanded party's.

"South Korea demanded that Japan rescind the regulations, insisting that they are arbitrary and discriminatory",
"Chile demanded that Peru withdraw its troops, saying the deployment was illegal": the parse hangs the participle
on the verb of the "that" clause (rescind, withdraw), and its subject came out as the party asked to act (Japan,
Peru), who had said nothing; the judgement was read as Japan's criticism with no target. What a demand asks is not
yet done, so a participle of telling or judging set off by a comma after it is the demander's: its reason for the
demand (:func:`demander_tells`). After a report of an act done ("said Peru had rejected the offer, saying it was
unfair") the participle may be the doer's own, and stays with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._clause_words import JUDGING_PARTICIPLES
from detente.coding.mentions import Mention
from detente.coding.syntax import Parse

__all__ = ["demand_verb", "demanded_party", "demander_tells"]

#: participles that tell what their subject says or holds ("saying", "insisting that ...")
_TELLING = frozenset(["saying", "insisting", "arguing", "stressing", "noting", "adding", "asserting", "claiming",
                      "maintaining", "explaining", "contending", "stating", "declaring", "charging"])
#: verbs whose "that" clause asks for an act not yet done
_DEMANDING = frozenset(["demand", "demands", "demanded", "demanding", "urge", "urges", "urged", "urging", "insist",
                        "insists", "insisted", "request", "requests", "requested", "ask", "asks", "asked",
                        "propose", "proposes", "proposed", "suggest", "suggests", "suggested", "recommend",
                        "recommends", "recommended", "press", "presses", "pressed", "call", "calls", "called",
                        "calling", "tell", "tells", "told", "order", "orders", "ordered"])


def demander_tells(low: Sequence[str], parse: Parse, verb: int, head: int) -> bool:
    """Whether ``verb``, a participle of telling or judging set off by a comma and hung on ``head`` as an
    adverbial clause, tells the words of the one who demands what ``head``'s clause asks: ``head`` is the
    complement of a verb of demanding, with "that" or no mark, or its infinitive with an object ("urged Peru to
    withdraw"), and the participle's subject is that verb's."""
    if parse.labels[verb] != "advcl" or parse.tags[verb] != "VBG" or verb == 0 or low[verb - 1] != "," \
            or (low[verb] not in _TELLING and low[verb] not in JUDGING_PARTICIPLES) \
            or next(parse.children(verb, "mark"), None) is not None:
        return False
    if parse.labels[head] not in ("ccomp", "xcomp", "advcl") or parse.is_root(head) \
            or low[parse.heads[head]] not in _DEMANDING:
        return False
    marks = [low[m] for m in parse.children(head, "mark")]
    if parse.labels[head] == "ccomp":
        return all(m == "that" for m in marks)
    # "urged Peru to withdraw, saying ...", "called on Peru to withdraw, ...": asked of the verb's party
    return marks == ["to"] and _asked(parse, head) is not None


def _asked(parse: Parse, head: int) -> int | None:
    """The word of the party asked to do what ``head`` tells: the subject of a "that" clause, else the object or
    the phrase of the verb of demanding ("urged Peru to", "called on Peru to")."""
    if parse.labels[head] == "ccomp":
        return parse.child(head, "nsubj")
    return parse.child(parse.heads[head], "obj", "iobj", "obl")


def demanded_party(low: Sequence[str], parse: Parse, verb: int, mentions: Sequence[Mention]) -> Mention | None:
    """The party asked to act in the demand whose reason the participle at ``verb`` tells ("demanded that Japan
    rescind the rules, saying they are arbitrary": Japan), the one its judgement is of when it names no one."""
    head = parse.heads[verb]
    if not demander_tells(low, parse, verb, head):
        return None
    subject = _asked(parse, head)
    if subject is None:
        return None
    return next((m for m in mentions if m.start <= subject < m.end and m.has_country), None)


def demand_verb(low: Sequence[str], parse: Parse | None, verb: int) -> int | None:
    """The verb of demanding whose reason the participle at ``verb`` tells ("demanded that Peru withdraw, saying
    ...": demanded), whose tense the participle's act shares; None for any other word."""
    if parse is None or parse.is_root(verb) or not demander_tells(low, parse, verb, parse.heads[verb]):
        return None
    return parse.heads[parse.heads[verb]]
