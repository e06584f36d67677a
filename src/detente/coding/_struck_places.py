"""A town struck by force: the country it lies in is the target of the attack.

"Russian missiles struck Kharkiv", "Russia shelled Kherson overnight", "a missile attack on Kryvyi Rih", "Iran
fired missiles at Tel Aviv": the lexicon knows countries, their adjectives and the capitals that stand for their
governments, not the other towns of a country, so such an attack was coded with no target (``RUS --- 190``) and
counted for no dyad. CAMEO codes a strike on a state's territory as aimed at that state (``coding.places``), so
the country of the town struck is the target.

The towns are those of ``data/cities.csv``: cities, towns and regions that wire copy names as the places attacks
fall on in the wars and border disputes of the project's dyads, each with the country it lies in (the country
the United Nations recognises as sovereign there) and the public source of that fact. A town of the table, written
with a capital, is the place struck when it is the object of the force verb or noun ("shelled Kherson", "struck
the city of Sumy") or stands after a preposition of where the blow fell ("an attack on Odesa", "missiles at
Haifa", "strikes in the Kharkiv region", "shelling near Bakhmut"), within the same stretch of the sentence (a
saying verb, a semicolon or a clause of time closes it). A town after "from" or "by" is where the attack came
from or who made it ("drones launched from Kursk"), until a preposition of place opens the phrase again. Only
force (18, 19, 20) with no target is changed; a town of the attacker's own country gives nothing ("Azerbaijani
forces shelled Stepanakert"), and a known target is kept.

A visit (042) with no target is read the same way: "Modi made a surprise visit to Lahore", "the Indian prime
minister visited Lahore" are visits to Pakistan (CAMEO codes a visit by the country visited, as
:mod:`detente.coding.places` does for "arrived in the Iranian capital"); a town of the visitor's own country
gives nothing.

A town told as the subject of a passive force verb ("Kharkiv was struck by Russian missiles", "Odesa was shelled
by Russian forces overnight") is the place struck as well: a town of the table in the subject before the auxiliary
is the target. Such a passive whose town the lexicon did not know was read with its agent as the target and no
source (``--- RUS 190``); when the agent follows "by", the event is turned so that it is the source.

>>> tokens = "Russian missiles struck Kharkiv on Monday .".split()
>>> town_struck([t.lower() for t in tokens], tokens, 2)
'UKR'
>>> tokens = "Kharkiv was struck by Russian missiles .".split()
>>> passive_town([t.lower() for t in tokens], tokens, 2)
'UKR'
>>> tokens = "Russian drones launched from Kursk .".split()
>>> town_struck([t.lower() for t in tokens], tokens, 2) is None
True
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from detente.coding.lexicon import phrase_tokens
from detente.model import Event

__all__ = ["passive_town", "struck_places", "town_at", "town_names", "town_struck"]

#: roots of force: a town they fall on is the target
_FORCE = frozenset(["18", "19", "20"])
#: the code of a visit: a town visited stands for its country as well ("Modi's visit to Lahore")
_VISIT = "042"
#: prepositions of where a blow fell ("an attack on Odesa", "missiles at Haifa", "shelling near Bakhmut")
_WHERE = frozenset(["on", "at", "in", "against", "toward", "towards", "over", "across", "into", "near", "around",
                    "outside", "upon", "onto"])
#: prepositions of where an attack came from or who made it: a town after them was not struck
_WHENCE = frozenset(["from", "by", "with", "via", "through"])
#: words that close the stretch of a sentence the town is looked for in
_CLOSE = frozenset([";", ":", "said", "says", "told", "while", "whereas", "but", "after", "before", "since",
                    "because", "when", "although", "though", "which", "who", "whom", "according", "—", "--"])
#: how many words after the force verb or noun the town may stand
_REACH = 14


@lru_cache(maxsize=1)
def _towns() -> dict[tuple[str, ...], str]:
    """Each town's name and other names in ``cities.csv``, as lowercase words split and stripped of accents as the
    tokenizer does ("Medellin", "St . Petersburg"), with its country's code."""
    text = resources.files("detente.data").joinpath("cities.csv").read_text(encoding="utf-8")
    towns: dict[tuple[str, ...], str] = {}
    for row in csv.DictReader(text.splitlines()):
        for name in [row["name"], *filter(None, row["alt_names"].split(";"))]:
            towns[phrase_tokens(name.lower())] = row["country"]  # as the tokenizer splits: "St . Petersburg"
    return towns


@lru_cache(maxsize=1)
def town_names() -> frozenset[tuple[str, ...]]:
    """The names of the towns of ``cities.csv`` as lowercase words ("port", "sudan")."""
    return frozenset(_towns())


def _town_at(low: Sequence[str], tokens: Sequence[str], k: int) -> tuple[int, str] | None:
    """The end and country of a town of the table that starts at ``k`` with a capital letter, the longest."""
    if not tokens[k][:1].isupper():
        return None
    towns = _towns()
    for size in (3, 2, 1):
        words = tuple(low[k:k + size])
        if len(words) == size and words in towns:
            return k + size, towns[words]
    return None


def town_at(low: Sequence[str], tokens: Sequence[str], k: int) -> tuple[int, str] | None:
    """The end and country of a town of the table written with a capital at ``k`` ("Kharkiv"), else None."""
    return _town_at(low, tokens, k)


def town_struck(low: Sequence[str], tokens: Sequence[str], verb: int) -> str | None:
    """The country of the town the force verb or noun at ``verb`` falls on, if a town of the table is named
    where the blow fell (see the module)."""
    opened = True  # the verb itself takes the town as its object ("shelled Kherson")
    k = verb + 1
    while k < min(len(low), verb + 1 + _REACH):
        word = low[k]
        if word in _CLOSE:
            break
        if word in _WHENCE:
            opened = False
        elif word in _WHERE:
            opened = True
        elif (town := _town_at(low, tokens, k)) is not None:
            if opened:
                return town[1]
            k = town[0]
            continue
        k += 1
    return None


#: the auxiliaries of a passive ("was struck", "had been shelled", "were hit")
_PASSIVE = frozenset(["was", "were", "is", "are", "been", "being", "be", "got", "gets", "get"])
#: words that end a passive's subject, looking back from its auxiliary
_SUBJECT_END = frozenset([",", ";", ":", ".", "and", "but", "while", "after", "before", "when", "as", "that",
                          "said", "says"])


def passive_town(low: Sequence[str], tokens: Sequence[str], verb: int) -> str | None:
    """The country of a town of the table in the subject of the passive force verb at ``verb`` ("Kharkiv was
    struck by ...", "the city of Sumy was shelled ..."), adverbs between the auxiliary and the verb aside."""
    k = verb - 1
    while k >= 0 and low[k].endswith("ly") and len(low[k]) > 4:
        k -= 1
    if k < 1 or low[k] not in _PASSIVE:
        return None
    for j in range(k - 1, max(-1, k - 9), -1):
        if low[j] in _SUBJECT_END:
            return None
        if (town := _town_at(low, tokens, j)) is not None and town[0] <= k:
            return town[1]
    return None


def _agent_turned(event: Event, country: str) -> Event:
    """The passive's event read with its agent as the target, turned: the agent acts on ``country``."""
    return dataclasses.replace(event, source=event.target, source_country=event.target_country,
                               source_name=event.target_name, target=country, target_country=country,
                               target_name=None)


def struck_places(events: list[Event], verbs: Sequence[int], low: Sequence[str],
                  tokens: Sequence[str]) -> list[Event]:
    """``events`` with each act of force that has no target aimed at the country of the town it fell on, and each
    visit with no target made to the country of the town visited."""
    out: list[Event] = []
    for verb, event in zip(verbs, events, strict=True):
        if event.code[:2] in _FORCE and (country := passive_town(low, tokens, verb)) is not None:
            agent = "by" in low[verb + 1:verb + 3]
            if event.source[:3] == "---" and event.target[:3] not in ("---", country) and agent:
                event = _agent_turned(event, country)  # "Kharkiv was struck by Russian missiles": RUS -> UKR
            elif event.target[:3] == "---" and country != event.source[:3]:
                event = dataclasses.replace(event, target=country, target_country=country, target_name=None)
        if event.target[:3] == "---" and (event.code[:2] in _FORCE or event.code[:3] == _VISIT) \
                and (country := town_struck(low, tokens, verb)) is not None and country != event.source[:3]:
            event = dataclasses.replace(event, target=country, target_country=country, target_name=None)
        out.append(event)
    return out
