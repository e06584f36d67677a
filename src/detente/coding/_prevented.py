"""Acts told as prevented: the object of a verb that stops it ("blocked the visit of the delegation", "disallowed
contacts and visits", "jeopardized the talks") or of a noun that does ("a ban on trade with Iran"), the subject of
such a verb's passive ("Visit to DPRK Disallowed", "the talks were called off") and the infinitive under a refused
or denied permission ("refused to allow a delegation to visit Lima", "will not allow Japan to take part"). An act
stopped, banned, refused leave or put off is no act told; the coder reads it as hypothetical, nobody's act or
threat (the stopping is the act told)."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import BOUNDARIES, CLAUSE_WORDS, CONTRAST_WORDS, DETERMINERS, NEGATORS

__all__ = ["prevented"]

#: verbs that keep an act named by their object from happening: what is blocked, banned, cancelled or put off was
#: not done ("suppressed" is left out: a rally suppressed was held)
_STOPPING = frozenset(["block", "blocks", "blocked", "blocking", "disallow", "disallows", "disallowed", "disallowing",
                       "ban", "bans", "banned", "banning", "bar", "bars", "barred", "barring", "prohibit", "prohibits",
                       "prohibited", "prohibiting", "forbid", "forbids", "forbade", "forbidden", "forbidding",
                       "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "postpone",
                       "postpones", "postponed", "postponing", "thwart", "thwarts", "thwarted", "thwarting", "foil",
                       "foils", "foiled", "foiling", "veto", "vetoes", "vetoed", "vetoing", "obstruct", "obstructs",
                       "obstructed", "obstructing",
                       # what is derailed, scrapped, shelved or put in jeopardy is not told as done ("the dispute
                       # jeopardized talks between the leaders", "Seoul scrapped its joint exercises")
                       "derail", "derails", "derailed", "derailing", "scrap", "scraps", "scrapped", "scrapping",
                       "shelve", "shelves", "shelved", "shelving", "scuttle", "scuttles", "scuttled", "scuttling",
                       "torpedo", "torpedoes", "torpedoed", "torpedoing", "jeopardize", "jeopardizes", "jeopardized",
                       "jeopardizing", "jeopardise", "jeopardises", "jeopardised", "jeopardising", "imperil",
                       "imperils", "imperiled", "imperilled", "imperiling", "imperilling", "suspend", "suspends",
                       "suspended", "suspending"])
#: nouns that keep the act after their "on", "of" or "to" from happening ("a ban on trade with Iran", "the
#: embargo on arms sales to Taiwan", "a moratorium on visits", "a halt to the talks", "the suspension of exercises")
_STOPPING_NOUNS = frozenset(["ban", "bans", "embargo", "embargoes", "prohibition", "prohibitions", "moratorium",
                             "moratoriums", "moratoria", "freeze", "halt", "suspension", "cancellation",
                             "postponement", "veto"])
#: the participles of :data:`_STOPPING` and of "call off" that end a passive ("Visit to DPRK Disallowed")
_STOPPED = frozenset(w for w in _STOPPING if w.endswith(("ed", "en")) or w == "forbade") | {"off"}
#: particles after "call" that stop an act ("called off the talks")
_CALLS_OFF = frozenset(["call", "calls", "called", "calling"])
#: verbs of permission: what they allow is told as allowed only, and when the permission is refused or denied not
#: at all ("refused to allow the delegation to visit", "did not permit the envoy to land")
_ALLOWING = frozenset(["allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "permitting",
                       "let", "lets", "letting"])
_REFUSING = frozenset(["refuse", "refuses", "refused", "refusing", "refusal", "reject", "rejects", "rejected",
                       "declined", "decline", "declines"])
#: nouns of acts a stopping verb may keep from happening ("blocked the visit", "Rally Banned")
_ACT_NOUNS = frozenset(["visit", "visits", "trip", "trips", "tour", "tours", "talks", "meeting", "meetings", "contact",
                        "contacts", "exchange", "exchanges", "rally", "rallies", "demonstration", "demonstrations",
                        "protest", "protests", "conference", "summit", "negotiations", "dialogue", "journey",
                        "delivery", "deliveries", "shipment", "shipments", "aid", "assistance", "cooperation",
                        "event", "events", "festival", "ceremony", "gathering", "march", "performance", "match",
                        "agreement", "accord", "deal", "treaty", "deployment", "exercise", "exercises", "drills",
                        "test", "launch", "strike", "sale", "sales", "transfer", "trade", "investment",
                        "investments", "imports", "exports", "flights", "travel"])
#: the adjectives a nominal act is coded at ("~joint ... exercises": "scrapped its joint exercises")
_JOINT = frozenset(["joint", "combined"])
#: auxiliaries of a passive between the act's phrase and the participle ("the visit was cancelled")
_PASSIVE_AUX = frozenset(["was", "were", "is", "are", "been", "be", "being", "has", "have", "had", "reportedly",
                          "also", "again", "abruptly", "suddenly", "finally", "now"])
#: how many words of the act's noun phrase may stand between the stopping verb and the noun ("blocked the Pyongyang
#: visit", "disallowed contacts and visits", "banned the planned joint rally")
_OBJECT_REACH = 5
#: how many words may follow the act's noun before the participle of a passive ("Pyongyang Visit of S. Korean
#: Delegation Blocked")
_PASSIVE_REACH = 9
#: how far back the refused permission may stand before the "to" of the act ("refused to allow a Chilean
#: delegation to visit")
_ALLOW_REACH = 9


def _stopped_object(low: Sequence[str], noun: int) -> bool:
    """The act's noun is the object of a stopping verb: articles, possessives, names and describing words, "and" or
    a comma of a list of acts between ("blocked the planned visit", "disallowed contacts and visits", "called off the
    talks")."""
    q = noun - 1
    while q >= 0 and noun - q <= _OBJECT_REACH:
        word = low[q]
        if word in _STOPPING:
            return True
        if word == "off" and q > 0 and low[q - 1] in _CALLS_OFF:
            return True
        if word in ("on", "of", "to") and q > 0 and low[q - 1] in _STOPPING_NOUNS:
            return True  # "a general ban on U.S. trade with Iran", "a halt to the talks"
        if word in BOUNDARIES or word in CLAUSE_WORDS or word in CONTRAST_WORDS or word in NEGATORS:
            return False
        if word in ("and", ",") and low[q - 1] not in _ACT_NOUNS:
            return False  # "blocked the road and the visit went ahead": a list of acts only
        if not (word in DETERMINERS or word in ("and", ",", "'s", "-") or word.replace("-", "").replace(".", "")
                .isalpha()) or word in ("to", "of", "for", "from", "by", "with", "on", "in", "at", "as"):
            return False
        q -= 1
    return False


def _stopped_subject(low: Sequence[str], noun: int) -> bool:
    """The act's noun heads the subject of a stopping verb's passive: its phrase ("to DPRK", "of the delegation to
    Pyongyang") and an auxiliary before the participle ("Visit to DPRK Disallowed", "the visit was cancelled", "the
    talks have been called off"). A verb of its own between ("the visit made ... was blocked") ends the search."""
    for c in range(noun + 1, min(len(low), noun + _PASSIVE_REACH + 1)):
        word = low[c]
        if word in _STOPPED and (word != "off" or low[c - 1] == "called"):
            a = c - 1 if word == "off" else c
            while a > noun + 1 and low[a - 1] in _PASSIVE_AUX:
                a -= 1  # "was", "has been": the passive's auxiliaries
            return _no_verb(low, noun, a)
        if word == "." and len(low[c - 1]) <= 3 and low[c - 1].isalpha():
            continue  # "Visit of S. Korean Del. Blocked": an abbreviation's point
        if word in BOUNDARIES or word in CLAUSE_WORDS or word in CONTRAST_WORDS or word in (",", ";", ":", '"', "."):
            return False
    return False


def _no_verb(low: Sequence[str], noun: int, participle: int) -> bool:
    """No verb word of its own between the act's noun and the passive's auxiliaries or participle ("Pyongyang Visit
    of S. Korean Delegation Blocked", not "the visit made by the envoys was blocked"): nothing ending in -ed or
    -ing, no auxiliary."""
    return all(not (w.endswith(("ed", "ing")) and len(w) > 4) and w not in _PASSIVE_AUX and w not in _DONE
               for w in low[noun + 1:participle])


#: participles not ending in -ed that tell an act done ("the visit made by", "talks held in"), and the agent's "by"
_DONE = frozenset(["made", "paid", "held", "done", "begun", "undertaken", "by"])


def _refused_leave(low: Sequence[str], verb: int) -> bool:
    """The act is the infinitive under a permission refused or denied: "to" right before it, a verb of permission
    before that in its clause, with a negator, a verb of refusal or "not to" before the permission ("refused to
    allow a Chilean delegation to visit Lima", "did not permit the envoy to land", "urged not to allow Japan to take
    part")."""
    if verb < 3 or low[verb - 1] != "to":
        return False
    for q in range(verb - 2, max(0, verb - _ALLOW_REACH) - 1, -1):
        word = low[q]
        if word in BOUNDARIES or word in CLAUSE_WORDS or word in CONTRAST_WORDS or word in (".", ";", ":", "to"):
            return False
        if word in _ALLOWING:
            before = low[max(0, q - 3):q]
            return not NEGATORS.isdisjoint(before) or not _REFUSING.isdisjoint(before) or "n't" in before
    return False


def prevented(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is told as prevented: the object of a stopping verb (an act named by a noun),
    the subject of its passive, or the infinitive under a refused permission (module docstring)."""
    if (low[verb] in _ACT_NOUNS or low[verb] in _JOINT) and low[verb - 1:verb] != ["to"] and (
            _stopped_object(low, verb) or _stopped_subject(low, verb)):
        return True
    return _refused_leave(low, verb)
