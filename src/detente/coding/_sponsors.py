"""The support of terrorism one state says another gives: a charge, not the other's act.

"Riyadh said Doha supports terrorist groups", "Ghana said Togo funds terrorists", "the agency said Peru harbours
terrorists": what the speaker tells is no cooperation of the one it names but an accusation against it (CAMEO
112), as the guide codes "accused X of supporting terrorism". The statement (010) becomes the accusation toward
the state named, and the support it tells of is dropped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from detente.coding._words import BOUNDARIES, REPORT_CODES, without
from detente.model import Event
from detente.reference import ReferenceTables

__all__ = ["charged_plots", "charged_support", "plot_of"]

#: the verbs of giving support, by stem ("supports", "funded", "harbouring", "sponsors", "arming")
_SUPPORTING = ("support", "fund", "financ", "sponsor", "harbo", "shelter", "arm", "back", "bankroll", "aid", "assist")

#: words between the verb and the terrorists that make them what is fought, not what is supported
_AGAINST = frozenset(["against", "fight", "fighting", "combat", "combating", "combatting", "counter", "countering",
                      "war", "victims", "efforts", "effort", "campaign", "not", "no"])

#: how many words after the verb the terrorists are named ("supports 'terrorist and sectarian groups'")
_OBJECT_REACH = 4
#: how many words after the statement the supporting verb may be
_REACH = 16


def _terrorists(low: Sequence[str], verb: int) -> bool:
    for q in range(verb + 1, min(len(low), verb + 1 + _OBJECT_REACH)):
        w = low[q]
        if w in _AGAINST or w in BOUNDARIES:
            return False
        if w.startswith(("terror", "extremis")):
            return True
    return False


def charged_support(events: list[Event], verbs: list[int], low: Sequence[str], tables: ReferenceTables,
                    track: Callable[[str, int | None], str],
                    recode: Callable[..., Event]) -> list[Event]:
    """Each statement (010) by a state that tells of another state's support of terrorists ("said Qatar supports
    terrorist groups") as the speaker's accusation (112, by ``recode`` with ``tables`` and ``track``) of that
    state; the support itself is dropped. ``verbs`` is kept in step."""
    if len(events) < 2:
        return events
    out = list(events)
    dropped: set[int] = set()
    for k, e in enumerate(events):
        if e.code not in REPORT_CODES or e.source[:3] == "---" or e.modality != "occurred":
            continue
        for j, inner in enumerate(events):
            if j in dropped or not verbs[k] < verbs[j] <= verbs[k] + _REACH or inner.code in REPORT_CODES \
                    or inner.source[:3] in ("---", e.source[:3]) or not low[verbs[j]].startswith(_SUPPORTING) \
                    or any(w in BOUNDARIES for w in low[verbs[k]:verbs[j]]) or not _terrorists(low, verbs[j]):
                continue
            named = dataclasses.replace(inner, target=inner.source[:3], target_name=inner.source_name)
            out[k] = recode(e, "112", named, tables, track)
            dropped.add(j)
            break
    return without(out, verbs, dropped)


#: the verbs of plotting, by stem, in a past or progressive form: "planned to attack", "was preparing to strike",
#: "plotted to seize" ("prepared to" is readiness, a vow; "a plan to" and "plans to" may be nouns or one's own)
_PLOTTING = ("plan", "plott", "intend", "schem", "conspir")
_PAST_AUXILIARIES = frozenset(["was", "were", "had", "been", "is", "are", "has", "have"])
#: the pronouns of a teller telling its own plot ("said it planned to", "we planned to")
_SELF = frozenset(["it", "we", "i", "he", "she", "they"])


#: the verbs of plotting whose object is a noun of force ("planning attacks on", "plotting an invasion of",
#: "preparing provocations"); "prepared" is readiness, "plans" and "plan" as often nouns
_PLOTTING_VERBS = frozenset(["planning", "planned", "plotting", "plotted", "preparing", "scheming", "hatching",
                             "hatched"])
#: nouns of force that may be plotted
_FORCE_NOUNS = frozenset(["attack", "attacks", "invasion", "strike", "strikes", "offensive", "aggression",
                          "provocation", "provocations", "war", "assault", "incursion", "incursions", "bombing",
                          "bombings", "raid", "raids", "airstrike", "airstrikes", "cyberattack", "cyberattacks"])
#: the words that may stand between the verb of plotting and its noun ("planning a new large-scale attack")
_PLOT_MODIFIERS = frozenset(["a", "an", "new", "further", "more", "another", "fresh", "major", "large-scale",
                             "full-scale", "military", "armed", "terrorist", "missile", "drone", "nuclear",
                             "surprise", "preemptive", "pre-emptive", "imminent", "massive", "ground", "naval"])


def plot_of(low: Sequence[str], verb: int) -> int | None:
    """The verb of plotting whose object is the noun of force at ``verb`` ("was plotting attacks on", "is planning
    an invasion of"; an article and modifiers between), or None."""
    if low[verb] not in _FORCE_NOUNS:
        return None
    q = verb - 1
    while q >= 0 and verb - q <= 3 and low[q] in _PLOT_MODIFIERS:
        q -= 1
    return q if q >= 0 and low[q] in _PLOTTING_VERBS else None


def _plot(low: Sequence[str], verb: int) -> tuple[bool, bool]:
    """Whether the act at ``verb`` is what someone plots ("planned to attack", "were preparing to attack"), and
    whether the plot is told in the past ("planned", "was preparing", "had plotted"); not after a pronoun (the
    teller's own plan: "said it planned to")."""
    noun = plot_of(low, verb)  # "was plotting attacks on": as "was plotting to attack"
    if noun is None and (verb < 2 or low[verb - 1] != "to"):
        return False, False
    verb = verb if noun is None else noun + 2
    word = low[verb - 2]
    progressive = word.endswith("ing") and (word.startswith(_PLOTTING) or word == "preparing")
    if not (progressive or (word.endswith("ed") and word.startswith(_PLOTTING))):
        return False, False
    before = verb - 3
    if before >= 0 and low[before] in _PAST_AUXILIARIES:
        before -= 1
    if before >= 0 and low[before] in _SELF:
        return False, False
    return True, not progressive or (verb >= 3 and low[verb - 3] in ("was", "were", "had", "been"))


def charged_plots(events: list[Event], verbs: list[int], low: Sequence[str], tables: ReferenceTables,
                  track: Callable[[str, int | None], str],
                  recode: Callable[..., Event]) -> list[Event]:
    """A hostile act another state plots, as a third party tells it: "Turkey said Syria planned to attack Turkish
    forces", "indications that the regime planned to attack our forces". The plotter announced nothing, so the
    plot is no threat of its (13): the statement (010) of a state other than the plotter within sixteen words
    becomes the teller's accusation (112) of the plotter and the plot is dropped; a plot told in the past with no
    statement in the sentence is dropped too. The plotter's own telling ("Syria said it plans to strike") stays its
    threat. ``verbs`` is kept in step."""
    dropped: set[int] = set()
    out = list(events)
    for j, inner in enumerate(events):
        if inner.code[:2] != "13" or inner.modality != "intended" or inner.source[:3] == "---":
            continue
        plotted, told_past = _plot(low, verbs[j])
        if not plotted:
            continue
        reports = [k for k, e in enumerate(events) if e.code in REPORT_CODES and e.modality == "occurred"
                   and abs(verbs[k] - verbs[j]) <= _REACH
                   and not any(w in BOUNDARIES for w in low[min(verbs[k], verbs[j]):max(verbs[k], verbs[j])])]
        plotters = {e.source[:3] for e, v in zip(events, verbs, strict=True) if v == verbs[j]}
        if any(events[k].source[:3] in plotters for k in reports):
            continue  # the plotter's own telling: its threat
        teller = next((k for k in reports if events[k].source[:3] != "---"), None)
        if teller is not None:
            named = dataclasses.replace(inner, target=inner.source[:3], target_name=inner.source_name)
            out[teller] = recode(events[teller], "112", named, tables, track)
        elif not told_past:
            continue
        dropped.add(j)
    return without(out, verbs, dropped)
