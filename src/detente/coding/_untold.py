"""Acts a sentence names without telling that they happened: what is needed of another ("the need for Peru to
pay"), what was a topic of a meeting ("among the topics discussed was the fact that ..."), and what something
hinders or helps ("complicates the resumption of talks"). Each is read from the words before the act in its
clause; the coder reads such an act as hypothetical, nobody's act or threat."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._acts import PROSPECT_LINKS
from detente.coding._words import BOUNDARIES, CLAUSE_WORDS, CONTRAST_WORDS, DETERMINERS, PREPOSITIONS, PROSPECTS

__all__ = ["hindered", "kept_from", "listed_prospect", "need_for", "prospect_of", "topical", "will_yield"]

#: how far back the "for" of a need may stand before the "to" of what is needed ("the need for the government
#: of Peru to pay")
_NEED_FOR_REACH = 8


def need_for(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is what a noun of need, call or prospect asks of another: the noun, "for", the
    one it is asked of and "to" right before the verb ("the need for Ecuador to provide compensation", "the
    importance of ... ", "calls for Russia to withdraw", "an opportunity for both sides to meet"). What is needed or
    called for has not been done."""
    if verb < 4 or low[verb - 1] != "to":
        return False
    for q in range(verb - 2, max(1, verb - _NEED_FOR_REACH) - 1, -1):
        word = low[q]
        if word in BOUNDARIES or word in CONTRAST_WORDS or word in (".", ",", ";", "to"):
            return False
        if word == "for":
            return low[q - 1] in PROSPECTS
    return False


#: nouns of a matter talked about, and the participles that say it was talked about
_TOPICS = frozenset(["topic", "topics", "subject", "subjects", "issue", "issues", "matter", "matters", "agenda",
                     "question", "questions", "theme", "themes", "item", "items"])
_TALKED_OF = frozenset(["discussed", "raised", "covered", "addressed", "reviewed", "examined", "considered",
                        "touched", "broached", "debated", "explored"])
#: how far back the topic may stand before the act ("Among the topics discussed was the fact that Russia had
#: violated the treaty")
_TOPIC_REACH = 14


def topical(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is the content of a topic of talks, told after "the fact that": a noun of a
    topic and a participle of talking ("the topics discussed", "issues raised") or "on the agenda" before "the fact
    that" and the act ("Among the topics discussed was the fact that Russia had violated the treaty", "Issues raised
    included the fact that Syria had ..."). What was talked about is the meeting's content, not an act told on the
    day of the meeting."""
    fact = None
    for q in range(verb - 1, max(2, verb - _TOPIC_REACH) - 1, -1):
        word = low[q]
        if word in (".", ";"):
            return False
        if word == "that" and low[q - 1] == "fact" and low[q - 2] == "the":
            fact = q - 2
            break
    if fact is None:
        return False
    before = low[max(0, fact - 8):fact]
    for k, word in enumerate(before):
        if word in _TOPICS:
            rest = before[k + 1:k + 4]
            if not _TALKED_OF.isdisjoint(rest) or rest[:2] == ["on", "the"] or word == "agenda":
                return True
    return False


#: verbs that hinder or help an act to come: what they act on has not happened ("complicates the resumption of
#: talks", "paves the way for talks", "would delay the signing of the accord")
_HINDERING = frozenset(["complicate", "complicates", "complicated", "complicating", "hinder", "hinders", "hindered",
                        "hindering", "impede", "impedes", "impeded", "impeding", "hamper", "hampers", "hampered",
                        "hampering", "jeopardize", "jeopardizes", "jeopardized", "jeopardizing", "jeopardise",
                        "jeopardises", "jeopardised", "jeopardising", "endanger", "endangers", "endangered",
                        "endangering", "obstruct", "obstructs", "obstructed", "obstructing", "preclude", "precludes",
                        "precluded", "precluding", "delay", "delays", "delayed", "delaying", "facilitate",
                        "facilitates", "facilitated", "facilitating", "hasten", "hastens", "hastened", "hastening",
                        "expedite", "expedites", "expedited", "expediting"])
#: how many words (hyphens among them) may stand between "of" and the noun of the act
_MODIFIERS = 5
#: nouns of an act's beginning or coming about: "the resumption of talks" names talks that are to come
_BEGINNINGS = frozenset(["resumption", "restart", "start", "launch", "holding", "revival", "reopening", "opening",
                         "conclusion", "signing", "return", "convening", "beginning", "onset", "renewal"])


def hindered(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is named by a noun after a verb that hinders or helps it, or after a noun of
    prospect or need and its link, through a noun of its beginning ("complicates the resumption of talks between
    Morocco and Algeria", "would delay the signing of the accord", "conditions for an early resumption of direct
    negotiations between Israel and Palestine"), or by its own gerund after such a verb and an article ("jeopardizes
    the signing of the accord"): the act is to come, not done. An act named right after the verb
    ("delayed the talks") is left as told: talks that are delayed may be under way."""
    if low[verb] in _BEGINNINGS or (low[verb].endswith("ing") and len(low[verb]) > 5):
        k = verb - 1  # "jeopardizes the signing of the accord": the act's own noun after the verb
        while k > 0 and (low[k] in DETERMINERS or low[k] in _SOON):
            k -= 1
        if low[k] in _HINDERING and k < verb - 1:
            return True
    q = verb - 1
    while q > 0 and verb - q <= _MODIFIERS and (low[q] in DETERMINERS or low[q] == "-" or (
            low[q].replace("-", "").isalpha() and low[q] not in ("of", "to") and low[q] not in _BEGINNINGS)):
        q -= 1  # "of (the) (new) direct talks", "of direct Palestinian-Israeli negotiations"
    if q < 2 or low[q] not in ("of", "to"):
        return False
    if low[q - 1] not in _BEGINNINGS:
        return False
    k = q - 2
    while k > 0 and (low[k] in DETERMINERS or low[k] in _SOON):
        k -= 1
    return low[k] in _HINDERING or (k > 0 and low[k] in PROSPECT_LINKS and low[k - 1] in PROSPECTS)


#: adjectives of when an act begins, between a link and its noun of beginning ("conditions for (an) early
#: resumption of talks")
_SOON = frozenset(["early", "earliest", "swift", "speedy", "quick", "prompt", "immediate", "rapid", "timely",
                   "eventual", "possible", "full", "unconditional"])


#: verbs of what an event brings about: "the talks will produce an accord" tells what talks to come would yield
_YIELDING = frozenset(["produce", "yield", "bring", "deliver", "achieve", "lead", "result", "succeed", "fail",
                       "help", "contribute", "ease", "resolve", "settle", "break", "end"])


def will_yield(low: Sequence[str], noun: int, reach: int = 12) -> bool:
    """Whether the event named by the noun at ``noun`` ("the talks", "the summit between ...") is the subject of
    "will" and a verb of what it brings about ("The talks between Kenya and Somalia will produce an accord", "the
    summit will help ease tensions"): a forecast of its fruit, not an event told as held. The noun's phrase begins
    with "the" alone (a possessive names a known event: "Kim's visit to Russia will go a long way" is left as told)
    and "will" follows it in its clause before any other verb word."""
    first = noun - 1
    while first > 0 and low[first].isalpha() and low[first] not in DETERMINERS and noun - first < 3:
        first -= 1  # "the (first) direct talks"
    if low[first] != "the" or "'s" in low[first:noun]:
        return False
    for c in range(noun + 1, min(len(low) - 1, noun + reach)):
        word = low[c]
        if word in BOUNDARIES or word in CONTRAST_WORDS or word in (",", ".", '"', ";") \
                or (word.endswith(("ed", "ing")) and len(word) > 4):
            return False
        if word in ("will", "would"):
            after = low[c + 1]
            if after in ("not", "only", "also", "likely", "surely", "certainly"):
                after = low[c + 2] if c + 2 < len(low) else ""
            return after in _YIELDING
    return False


#: how far back the first gerund of a list may stand ("the urgency of ending the bloodshed, preventing further
#: deterioration of the institutions of the state, and protecting the rights of all Syrians")
_LIST_REACH = 24


def listed_prospect(low: Sequence[str], verb: int) -> bool:
    """Whether the gerund at ``verb``, after a comma or "and", is one of a list whose first gerund follows a noun of
    prospect or need and its link ("underscored the urgency of ending the bloodshed, preventing further
    deterioration ... and protecting the rights of all Syrians": the protecting is needed as the ending is)."""
    if verb < 4 or not low[verb].endswith("ing") or low[verb - 1] not in (",", "and"):
        return False
    for q in range(verb - 2, max(2, verb - _LIST_REACH) - 1, -1):
        word = low[q]
        if word in BOUNDARIES or word in CLAUSE_WORDS or word in CONTRAST_WORDS or word in (".", ";", '"'):
            return False
        if word.endswith("ing") and low[q - 1] in PROSPECT_LINKS and low[q - 2] in PROSPECTS:
            return True
    return False


#: verbs that keep another from an act: "doesn't preclude the two ministers from talking", "prevented the
#: delegations from meeting"
_KEEPING = frozenset(["prevent", "prevents", "prevented", "preventing", "preclude", "precludes", "precluded",
                      "precluding", "stop", "stops", "stopped", "stopping", "bar", "bars", "barred", "barring",
                      "keep", "keeps", "kept", "keeping", "deter", "deters", "deterred", "deterring", "block",
                      "blocks", "blocked", "blocking", "prohibit", "prohibits", "prohibited", "prohibiting", "ban",
                      "bans", "banned", "banning", "discourage", "discourages", "discouraged", "discouraging",
                      "dissuade", "dissuades", "dissuaded", "dissuading", "restrain", "restrains", "restrained",
                      "restraining", "hinder", "hinders", "hindered", "hindering"])
#: how far back the verb that keeps another from an act may stand before "from"
_KEEP_REACH = 12


def kept_from(low: Sequence[str], verb: int) -> bool:
    """Whether the gerund at ``verb`` after "from" is what a verb of keeping keeps another from ("it doesn't
    preclude the secretary of state and Foreign Minister Lavrov from talking", "the blockade prevented the envoys
    from meeting"): an act kept from, or not kept from, is no act told."""
    if verb < 3 or low[verb - 1] != "from" or not low[verb].endswith("ing"):
        return False
    for q in range(verb - 2, max(0, verb - _KEEP_REACH) - 1, -1):
        word = low[q]
        if word in BOUNDARIES or word in CLAUSE_WORDS or word in CONTRAST_WORDS or word in (".", ";", ","):
            return False
        if word in _KEEPING:
            return True
    return False


#: nouns of what is needed or looked to whose act may stand a few words after their link (not "view", "order",
#: "basis", "interest", "demand": "in view of the Israeli attack" names an attack that happened)
_LOOKING_TO = frozenset(["need", "needs", "importance", "necessity", "urgency", "prospects", "prospect",
                         "possibility", "possibilities", "chance", "chances", "hope", "hopes", "opportunity",
                         "opportunities", "conditions", "prerequisite", "precondition", "obstacle", "obstacles",
                         "barrier", "barriers", "hurdle", "hurdles", "impediment", "impediments"])
#: how many words (names, adjectives, "and", hyphens) may stand between a noun of prospect's link and the noun of
#: the act it looks to ("the importance of US and EU coordination", "prospects for a Russian-American summit")
_PROSPECT_REACH = 6


def prospect_of(low: Sequence[str], verb: int) -> bool:
    """Whether the act named by the noun at ``verb`` is what a noun of prospect or need looks to, with the parties or
    modifiers between ("talked about the importance of US and EU coordination to support the transition", "the
    need for closer Japanese-Korean cooperation"), or the purpose after such a noun ("coordination to support"):
    the act is to come, not done. The words between are names,
    adjectives, "a" or "an", "and" or a hyphen: no verb of their own (no "-ed", "to" or preposition), no "the" or
    possessive (a known event: "the importance of the summit" may be of one held)."""
    if low[verb].endswith("ed") or not low[verb].isalpha():
        return False
    end = verb - 1 if low[verb - 1] == "to" else verb  # "coordination to support the transition": its purpose
    q = end - 1
    while q > 1 and end - q <= _PROSPECT_REACH:
        word = low[q]
        if word in PROSPECT_LINKS and word != "to":  # "hopes to reopen talks": "hopes" may be a verb
            return low[q - 1] in _LOOKING_TO and q < end - 1
        if word in PREPOSITIONS or word in BOUNDARIES or word in CLAUSE_WORDS or word in CONTRAST_WORDS \
                or (word in DETERMINERS and word not in ("a", "an")) or word.endswith("ed") \
                or not (word.replace("-", "").isalpha() or word == "-"):
            return False  # "the importance of the summit", "of Xi's visit": a known event, told as it is
        q -= 1
    return False
