"""Modality helpers of the coder: whether an act is only argued for, favoured or hoped for (not done), refused,
conditional, after "any", or someone else's forecast."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from detente.coding._acts import NO_CHOICE, PROSPECT_LINKS
from detente.coding._aimed_at import aimed_purpose
from detente.coding._passive_infinitive import passive_infinitive
from detente.coding._prevented import prevented
from detente.coding._standing_threats import standing_threat
from detente.coding._tried_words import tried_saying
from detente.coding._under_fire import criticised_now
from detente.coding._unreal_openers import unreal_past
from detente.coding._untold import hindered, kept_from, listed_prospect, need_for, prospect_of, topical, will_yield
from detente.coding._words import (
    ADVOCATING,
    AIMS,
    ASSENTING,
    BOUNDARIES,
    CLAUSE_WORDS,
    COMMANDING,
    CONDITIONS,
    CONTRAST_WORDS,
    DATE_WORDS,
    DETERMINERS,
    DRILLS,
    FEARED,
    FORECASTS,
    FUTURE,
    HYPOTHETICAL,
    INTENT_BEFORE_TO,
    INTENT_WORDS,
    JOURNEYS,
    NEGATING_VERBS,
    NEGATORS,
    PREPARATIONS,
    PREPOSITIONS,
    PROSPECTS,
    REFUSING_VERBS,
    RELATIVE,
    SPLIT_WORDS,
)

__all__ = ["advocated", "after_any", "approached", "asked", "asked_whether", "by_means", "clause_before", "close_to",
           "coordinated_infinitive", "forecast", "headed", "hoped", "in_condition", "inferred", "invited",
           "might_be", "modality_of", "needed", "purpose", "refusal", "scheduled", "set_for_later", "time_between",
           "unhesitating", "untimed", "untold"]


#: what "press" names when it is the news trade, no verb of pressing ("the Saudi Press Agency said", "a press
#: release said", "the press secretary said")
_PRESS_NOUNS = frozenset(["agency", "agencies", "service", "office", "secretary", "release", "releases", "statement",
                          "conference", "briefing", "corps", "officer", "spokesman", "spokeswoman", "attache", "tv",
                          "association"])


def advocated(window: Sequence[str]) -> bool:
    """Whether the act right after ``window`` is what someone argues or presses for, favours or advocates ("argued
    for an air strike", "favored stern warnings to Cuba", "advocated a naval blockade"): an article or one or two
    describing words may stand between."""
    for q in range(len(window) - 1, max(-1, len(window) - 5), -1):
        word = window[q]
        if word in ADVOCATING and not (word == "press" and q + 1 < len(window) and window[q + 1] in _PRESS_NOUNS):
            return True
        if word in ("and", "or", ",", "to") or word.endswith("ed") or word.endswith("ing"):
            return False
    return False


#: words of hope: what is hoped for ("hopes that Peru will return to talks", "in the hope that the visit would
#: revive the talks") has not happened, and is no intent of those it is hoped of
_HOPING = frozenset(["hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "wishing", "trust", "trusts",
                     "trusted"])
_HOPED_MODALS = frozenset(["will", "would", "can", "could", "shall", "should", "may", "might"])


def hoped(low: Sequence[str], verb: int) -> bool:
    """Whether the verb stands in what a word of hope says ("hope that ... will ..."), after the modal that tells
    what is hoped, in its own sentence part (no ";", ":" or "but" between), at most 24 words back. What the
    complement names before its modal happened ("hoped that the meetings held on Monday will ...")."""
    modal = False
    for q in range(verb - 1, max(0, verb - 25), -1):
        word = low[q]
        if word in BOUNDARIES or word in CONTRAST_WORDS:
            return False
        if word in _HOPED_MODALS:
            modal = True
        elif word == "that" and low[q - 1] in _HOPING:
            return modal
    return False


#: adjectives of need or worth in "it is ... that" and "it is ... for X to": what is called needed, important or
#: useful is someone's view of what should happen, no act that happened and no intent of the one it is asked of
_NEEDED = frozenset(["necessary", "important", "essential", "vital", "crucial", "imperative", "urgent", "critical",
                     "desirable", "useful", "advisable", "helpful", "better", "best", "wise", "time", "incumbent",
                     "appropriate", "preferable", "indispensable", "high"])
#: words that may stand between the copula and the adjective ("it is very important", "it would be most useful")
_DEGREE = frozenset(["very", "most", "more", "so", "also", "extremely", "absolutely", "equally", "particularly",
                     "especially", "really", "now", "therefore", "thus", "all", "the", "not", "high", "vitally",
                     "critically", "highly"])
_NEED_REACH = 24


def needed(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is what "it is necessary (important, vital, useful, time ...)" says should be
    done: "it is necessary that talks between Armenia and Azerbaijan resume", "it would be important for Iran to
    confirm its commitment", "it is high time for Serbia to recognize Kosovo". The act is a view of what should
    happen, not an act told; "it" and a copula ("is", "was", "would be", "'s") open the phrase, "that" or "for" and
    a "to" before the verb close it, in the verb's own sentence part, at most 24 words back."""
    for q in range(verb - 1, max(1, verb - _NEED_REACH) - 1, -1):
        word = low[q]
        if word in BOUNDARIES or word in CONTRAST_WORDS or word == ".":
            return False
        if word not in _NEEDED or low[q + 1] not in ("that", "for"):
            continue
        if low[q + 1] == "for" and "to" not in low[q + 2:verb]:
            continue  # "it is important for Peru's security": no act asked of anyone
        k = q - 1
        while k > 0 and low[k] in _DEGREE:
            k -= 1
        if low[k] == "be" and k > 1 and low[k - 1] in _MODALS_OF_NEED:
            k -= 1
        if low[k] in _COPULAS_OF_NEED and k > 0 and low[k - 1] in ("it", "this"):
            return True
    return False


_MODALS_OF_NEED = frozenset(["will", "would", "could", "might", "may", "should", "must", "can"])
_COPULAS_OF_NEED = frozenset(["is", "was", "'s", "remains", "remained", "seems", "seemed", "becomes", "became",
                              *_MODALS_OF_NEED])
#: verbs of inference: what a fact "means" or "implies" another will do is the teller's inference, not the other's
#: intent ("it means that Iran will resume enrichment", "this implies Moscow would retaliate")
_INFERRING = frozenset(["means", "meant", "mean", "meaning", "implies", "implied", "imply", "implying"])


def inferred(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is inferred from something else and told as what will come: a verb of
    inference ("means", "implies"), an optional "that", then a clause whose modal of the future stands before the
    verb ("this means that Moscow will retaliate against Warsaw"). Nobody announced it: no intent, no threat.
    "means" as a noun ("by all means", "the means to", "only diplomatic means would help") is no inference."""
    future = False
    for q in range(verb - 1, max(0, verb - 16), -1):
        word = low[q]
        if word in BOUNDARIES or word in CONTRAST_WORDS or word == ".":
            return False
        if word in FUTURE:
            future = True
        elif word in _INFERRING:
            return (future and low[q - 1] not in ("by", "all", "the", "any", "no", "a", "every", "other", "of")
                    and low[q + 1] not in FUTURE and low[q + 1] not in HYPOTHETICAL)  # "diplomatic means would"
    return False


#: words of invitation: what someone is invited to do ("invited Tito to visit Cairo", "an invitation to Putin to
#: visit Beijing") has not happened; the invitation is the act (02)
_INVITING = frozenset(["invite", "invites", "invited", "inviting", "invitation", "invitations"])


#: how far before the "to" of what is invited to the word of invitation may stand ("an invitation to a U.S. envoy
#: to visit the country to discuss")
_INVITE_REACH = 10


def invited(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is what an invitation invites to: "to" right before it and a word of invitation
    among the ten words before that "to", in its clause ("extended an invitation to Tito to visit", "was invited
    to visit", "the premier's invitation to the Indian prime minister to visit")."""
    if verb < 2 or low[verb - 1] != "to":
        return False
    return not _INVITING.isdisjoint(clause_before(low, verb - 1, _INVITE_REACH))


def untold(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is no act told but an invitation's object, a need or an inference (:func:`invited`,
    :func:`needed`, :func:`inferred`), what is needed of another, a topic of talks, or what is hindered or helped
    (``_untold``), or what was prevented (``_prevented``): hypothetical, and nobody's threat."""
    return (invited(low, verb) or needed(low, verb) or inferred(low, verb) or need_for(low, verb)
            or topical(low, verb) or hindered(low, verb) or listed_prospect(low, verb) or kept_from(low, verb)
            or prospect_of(low, verb) or prevented(low, verb) or standing_threat(low, verb))


def clause_before(low: Sequence[str], verb: int, reach: int = 8) -> list[str]:
    """The words before ``verb`` in its own clause, at most ``reach`` of them."""
    window = list(low[max(0, verb - reach):verb])
    for q in range(len(window) - 1, -1, -1):
        if window[q] in BOUNDARIES or window[q] in CLAUSE_WORDS or window[q] in CONTRAST_WORDS:
            return window[q + 1:]
    return window


def refusal(low: Sequence[str], verb: int) -> bool:
    """Whether a negated act is told as a refusal: under a verb of refusal ("refused to sign", "rejects
    holding talks", "failed to reach agreement", CAMEO's rejection), of assent ("did not agree to", "has not
    accepted") or announced ("will not meet", "would never accept"). A bare negation of what happened ("did not
    meet", "never met") is no refusal: nothing was done, nothing is coded for it."""
    window = clause_before(low, verb)[-5:]
    if low[verb] in ASSENTING or any(w in ASSENTING for w in window[-2:]):
        return True  # not to agree or accept is to reject ("did not agree to dismantle")
    return any(w in REFUSING_VERBS or w in FUTURE for w in window) or "cannot" in window


#: verbs whose negation affirms what follows ("will not hesitate to act", "never failed to respond")
_HESITATING = frozenset(["hesitate", "hesitates", "hesitated", "hesitating", "fail", "fails", "failed", "falter",
                         "waver", "flinch"])


def unhesitating(window: list[str]) -> list[str]:
    """The window without a negated hesitation: "will not hesitate to take measures" is a resolve to take them,
    no refusal ("did not fail to" likewise); the negator and the verb are dropped, a future word stays."""
    for q in range(len(window) - 1, 0, -1):
        if window[q] in _HESITATING and (window[q - 1] in NEGATORS or (
                q > 1 and window[q - 2] in NEGATORS and window[q - 1] in ("to", "be", "ever"))):
            cut = q - 1 if window[q - 1] in NEGATORS else q - 2
            return window[:cut] + window[q + 1:]
    return window


def after_any(low: Sequence[str], verb: int) -> bool:
    """Whether the event noun at ``verb`` follows "any" within its noun phrase ("any Peruvian incursion", "any
    such attack"): an act that may come and nobody's threat, not one that happened."""
    before = list(low[max(0, verb - 3):verb])
    if "any" not in before:
        return False
    rest = before[len(before) - 1 - before[::-1].index("any") + 1:]
    return all(w.isalpha() or "-" in w for w in rest)


def in_condition(low: Sequence[str], verb: int) -> bool:
    """Whether the verb stands inside a condition ("if China attacks Taiwan", "unless Peru pays"): an act that
    may happen, not a threat by its doer."""
    start = max(0, verb - 8)
    for q in range(verb - 1, start - 1, -1):
        if low[q] in CONDITIONS:
            return True
        if low[q] in BOUNDARIES or low[q] == ",":  # "If talks fail, Washington could impose ...": the main clause
            return False
    return False


def forecast(window: Sequence[str]) -> bool:
    """Whether the act is someone else's forecast or was not done ("is expected to offer", "is likely to meet",
    "in a bid to occupy", "the need to withdraw", "an exercise to invade"): such a word before "to" and the verb
    (adverbs aside)."""
    words = [w for w in window if not (w in SPLIT_WORDS or (w.endswith("ly") and len(w) > 4 and w != "likely"))]
    return len(words) >= 2 and words[-1] == "to" and words[-2] in FORECASTS


#: words of coming near an act without doing it: "came close to signing", "moved a step closer to reaching"
_APPROACHING = frozenset(["close", "closer", "closest", "near", "nearer"])


def approached(window: Sequence[str]) -> bool:
    """Whether the act is only approached, not done: "came close to signing a peace deal", "moved a step closer on
    Wednesday to reaching an agreement", "edged closer to a deal" (a time phrase and an article may stand
    between)."""
    words = untimed(list(window))
    while words and words[-1] in ("a", "an", "the"):
        words.pop()
    return len(words) >= 2 and words[-1] == "to" and words[-2] in _APPROACHING


def close_to(low: Sequence[str], verb: int) -> bool:
    """Whether the verb found is "close" (or "closer") as the adjective before "to": "came close to signing a border
    treaty", "sources close to the talks" close nothing."""
    return low[verb] in _APPROACHING and low[verb + 1:verb + 2] == ["to"]


#: words that join a time phrase, besides the names of days, months and units ("on Monday", "late last week")
_TIME_LINKS = frozenset(["on", "in", "at", "last", "this", "next", "early", "late", "morning", "afternoon",
                         "evening", "night", "the", ","])


def time_between(low: Sequence[str], start: int) -> int:
    """How many words from ``start`` make a time phrase standing between a verb and its particle ("agreed on
    Monday to", "pledged last week to", "vowed on March 3 to"): words of a time phrase, at least one of them naming
    a time (a day, a month, a unit, a number); 0 when there is none ("agreed in principle to")."""
    q = start
    named = False
    while q < len(low) and q - start < 5 and (low[q] in DATE_WORDS or low[q] in _TIME_LINKS or low[q].isdigit()):
        named = named or low[q] in DATE_WORDS or low[q].isdigit()
        q += 1
    while q > start and low[q - 1] in _TIME_LINKS and low[q - 1] not in ("morning", "afternoon", "evening", "night"):
        q -= 1  # "on Monday on Peru to": the particle "on" is the verb's, not the phrase's
    return q - start if named else 0


def untimed(window: list[str]) -> list[str]:
    """The window with a time phrase that stands right before a closing "to" dropped: "agreed on Monday to resume
    talks", "pledged last week to send aid" are intents as "agreed to resume" is (see :func:`time_between`)."""
    if len(window) < 3 or window[-1] != "to":
        return window
    for first in range(max(0, len(window) - 6), len(window) - 1):
        if time_between(window, first) == len(window) - 1 - first:
            return [*window[:first], "to"]
    return window


#: words after which "if" opens an open question, as "whether" always does ("it is unclear if Peru will meet")
_DOUBTING = frozenset(["clear", "unclear", "certain", "uncertain", "sure", "unsure", "know", "known", "unknown",
                       "asked", "asks", "ask", "wondered", "wonder", "wonders", "doubtful", "seen", "decide",
                       "decided", "undecided", "question", "questioned", "see"])
_QUESTION_REACH = 20


def asked_whether(low: Sequence[str], verb: int) -> bool:
    """Whether the verb stands in an open question: "it was not clear whether the ministers would be meeting",
    "it remains to be seen if Peru will attend", "asked whether Chile had fired first". What such a clause tells
    may or may not happen or have happened: no act. The question opens at most twenty words back, in the verb's
    own sentence part (no ";", ":", "but", ", and" between)."""
    for q in range(verb - 1, max(-1, verb - _QUESTION_REACH - 1), -1):
        word = low[q]
        if word in BOUNDARIES or word in CONTRAST_WORDS or word == "." or (
                word == "," and q + 1 < verb and low[q + 1] in ("and", "or")):
            return False
        if word == "whether" or (word == "if" and not _DOUBTING.isdisjoint(low[max(0, q - 3):q])):
            return True
    return False


def asked(low: Sequence[str], verb: int) -> bool:
    """Whether the verb stands in a question ("Did the United States speak with China?", "Will you meet North
    Korean officials?", a reporter's question in a transcript): what is asked about is no act told."""
    for word in low[verb:]:
        if word == "?":
            return True
        if word in (".", "!"):
            return False
    return False


def headed(window: Sequence[str], heads: Collection[str], links: Collection[str]) -> bool:
    """Whether the words before an event noun put it after one of ``heads`` and a link, an article and one
    modifier aside: "drills for a (preemptive)", "a rehearsal for an", "the threat of a (missile)"."""
    q = len(window) - 1
    if q >= 0 and window[q] not in DETERMINERS and window[q] not in links:
        q -= 1  # one modifier ("preemptive", "surprise", "missile")
    while q >= 0 and window[q] in DETERMINERS:
        q -= 1
    return q >= 1 and window[q] in links and window[q - 1] in heads


#: words of the future, and present tenses, that leave an actor "no choice but to" act: announced (not "had")
_LEFT = FUTURE | frozenset(["has", "have", "is", "are"])


def modality_of(low: list[str], verb: int, tokens: list[str]) -> str:
    """The modality of the act whose verb is at ``verb``: "occurred", "intended" (announced or to come),
    "hypothetical" (conditional, asked, forecast, feared, argued for, hoped) or "negated", read from the words
    of its clause before it and a few after it."""
    if criticised_now(low, verb):
        return "occurred"  # "Japan's Moves for Nuclear Arming under Fire": the criticism is told (coding._under_fire)
    start = max(0, verb - 6)
    if (verb > 3 and low[verb - 2:verb] == ["but", "to"] and not NO_CHOICE.isdisjoint(low[verb - 4:verb - 2])
            and not _LEFT.isdisjoint(low[max(0, verb - 7):verb - 2])):
        return "intended"  # "will have no choice but to isolate Russia", "has no other choice but to": announced
    window = low[start:verb]
    if not HYPOTHETICAL.isdisjoint(window):  # "May" the name is no "may"
        window = [w if start + k == 0 or tokens[start + k].islower() else "" for k, w in enumerate(window)]
    for q in range(len(window) - 1, -1, -1):
        if window[q] in BOUNDARIES or window[q] in CLAUSE_WORDS or window[q] in CONTRAST_WORDS:
            if window[q] in RELATIVE and "any" in window[max(0, q - 3):q]:
                return "hypothetical"  # "any materials that Russia provides": no act that happened
            if window[q] in RELATIVE and window[-1:] == ["for"] and start + q > 0 and low[start + q - 1] in PROSPECTS:
                return "hypothetical"  # "the opportunities that have opened up for improving relations"
            window = window[q + 1:]
            break
    if after_any(low, verb):
        return "hypothetical"  # "any Peruvian incursion", "any such attack": no act that happened
    if "?" in low and asked(low, verb):
        return "hypothetical"  # "Did the United States speak with China?": a question, no act told
    if ("whether" in low or "if" in low) and asked_whether(low, verb):
        return "hypothetical"  # "it was not clear whether they would be meeting": an open question
    window = unhesitating(window)
    if any(w in NEGATORS for w in window[-4:]) or any(w in NEGATING_VERBS for w in window[-3:]) \
            or stance_denied(low, verb):
        return "negated"
    if performative(window, low[verb]):
        return "occurred"  # "I want to thank Peru", "we would like to condemn": the saying does the act
    if any(w in HYPOTHETICAL for w in window):
        return "hypothetical"
    if obliged(window) and not low[verb].endswith(("ed", "en")):
        return "hypothetical"  # "Peru has to withdraw its troops": an act prescribed, like "should", not done
    if tried_saying(window, low[verb]):
        return "occurred"  # "attempted to blame the United States": an act of speech tried is said
    if forecast(window):
        return "hypothetical"  # "Japan is expected to offer aid": a third party's forecast, no intent told
    if untold(low, verb):
        return "hypothetical"  # "invited Tito to visit", "it is vital that talks resume", "it means Iran will"
    if approached(window) or close_to(low, verb):
        return "hypothetical"  # "came close to signing a deal": the act was near, not done
    if len(window) >= 2 and window[-1] in PROSPECT_LINKS:
        if window[-2] in PROSPECTS:
            return "hypothetical"  # "prospects for talks", "in order to support": an act that may come
        if window[-2] in PREPARATIONS:
            return "intended"  # "preparations for the summit"
    if headed(window, DRILLS, ("for",)) or aimed_purpose(low, verb) \
            or (headed(window, AIMS, ("of", "for", "to")) and low[verb] not in _EVENT_NOUNS):
        return "intended"  # "drills for a preemptive attack", "their aim of an invasion", "aimed at invading"
    if headed(window, FEARED, ("of", "for")):
        return "hypothetical"  # "the threat of a missile attack", "bracing for an attack": feared, not done
    if not ADVOCATING.isdisjoint(window[-4:]) and advocated(window):
        return "hypothetical"  # "argued for an air strike", "favored stern warnings": not done
    if hoped(low, verb):
        return "hypothetical"  # "hopes that both sides will settle the issues through dialogue": not done
    if any(w in FUTURE for w in window[-4:]):
        return "hypothetical" if unreal_past(window) else "intended"  # "would have sent aid": an unreal past
    while window and (window[-1] in SPLIT_WORDS or (window[-1].endswith("ly") and len(window[-1]) > 4)):
        window = window[:-1]  # "to fundamentally improve", "to one day visit": the adverb stands aside
    window = untimed(window)  # "agreed on Monday to resume talks": the time phrase stands aside
    if len(window) >= 2 and window[-1] == "to" and window[-2] in INTENT_BEFORE_TO:
        return "intended"
    if headline_infinitive(tokens, verb) or passive_infinitive(low, verb):
        return "intended"  # "Japan to Impose Sanctions on North Korea", "Birthday to Be Celebrated": to come
    if scheduled(window):
        if purpose(low, verb):
            return "hypothetical"  # "the meeting is to seek normalization": what the meeting is for, no act
        return "intended"  # "the two leaders are to meet on Saturday": an act set for later
    if len(window) >= 3 and window[-1] == "to" and window[-3] in INTENT_BEFORE_TO:
        return "intended"
    if window[-1:] == ["to"] and not COMMANDING.isdisjoint(window[:-1]):
        return "intended"  # "instructed his envoy to sign the accord": the signing is to come
    if object_of_intent(window):
        return "intended"  # "wants to restart negotiations", "efforts to resume a dialogue": the talks are to come
    if chained_intent(low, verb):
        return "intended"  # "efforts to work together to reach a settlement": the settlement is striven for
    if low[verb] in _EVENT_NOUNS and wished_for(window):
        return "intended"  # "wants a dialogue with Peru", "anticipated useful talks": the talks are to come
    if any(w in INTENT_WORDS for w in window):
        return "intended"
    after = low[verb + 1:verb + 3]
    if after and after[0] == "away" and after[1:2] != ["from"]:  # "walked away from the talks": an act
        return "intended"
    if low[verb] in JOURNEYS and tokens[verb].islower():  # "goes to Moscow for talks": the talks are ahead
        return "intended"
    first = coordinated_infinitive(low, verb)
    if first is not None and modality_of(low, first, tokens) == "hypothetical":
        return "hypothetical"  # "in order to pursue X, support Y": a purpose, the second as the first
    means = by_means(low, verb, tokens)
    if means is not None and modality_of(low, means, tokens) == "intended":
        return "intended"  # "agreed to resolve the impasse by implementing measures": the means is to come too
    if low[verb] in _EVENT_NOUNS and set_for_later(low, verb):
        return "intended"  # "the talks between them are to resume next week": the talks are to come
    if low[verb] in _EVENT_NOUNS and will_yield(low, verb):
        return "hypothetical"  # "the talks between them will produce an accord": what talks would yield
    return "occurred"


#: how far back the infinitive whose means a "by" gerund tells may stand
_MEANS_REACH = 16


def by_means(low: Sequence[str], verb: int, tokens: Sequence[str]) -> int | None:
    """The infinitive whose means the gerund at ``verb`` tells, after "by" ("agreed to resolve the impasse on food
    aid by implementing strict verification measures": the implementing is as the resolving, to come), or None. The
    coder takes only an intent from it: what a forecast or an attempt would do by some means stays as it was told.
    The infinitive is the last "to" and verb before "by" in the same clause; a "to" before a name, an article or a
    number ("food assistance to North Korea") is a preposition."""
    if verb < 3 or low[verb - 1] != "by" or not low[verb].endswith("ing"):
        return None
    for q in range(verb - 2, max(0, verb - _MEANS_REACH) - 1, -1):
        word = low[q]
        if word in BOUNDARIES or word in CLAUSE_WORDS or word in CONTRAST_WORDS or word in (".", ","):
            return None
        if word == "to" and q + 1 < verb - 1 and low[q + 1].isalpha() and low[q + 1] not in DETERMINERS \
                and not tokens[q + 1][:1].isupper():
            return q + 1
    return None


#: copulas of "be to": "the two leaders are to meet", "the talks were to be held" tell what is set for later
_BE_TO = frozenset(["is", "are", "was", "were"])
#: the forms of "be" a stance is told with ("is concerned about", "are pleased with")
_BE_FORMS = frozenset(["is", "are", "was", "were", "am", "be", "been", "being", "'s", "'re", "'m"])


#: outlooks whose denial is still a comment: "is not optimistic about the talks" is pessimism (012), no silence
_OUTLOOKS = frozenset(["optimistic", "pessimistic", "hopeful", "confident", "sanguine", "sure", "certain",
                       "convinced", "skeptical", "sceptical", "doubtful"])


def stance_denied(low: Sequence[str], verb: int) -> bool:
    """Whether the stance told with "be" at ``verb`` is denied right after it: "is not concerned about", "was
    never pleased with", "are no longer grateful to" (not "is not only concerned": a stance said the more; nor
    "is not optimistic": an outlook denied is the opposite outlook)."""
    return (low[verb] in _BE_FORMS and low[verb + 1:verb + 2] != [] and low[verb + 1] in NEGATORS | {"n't"}
            and low[verb + 2:verb + 3] != ["only"] and _OUTLOOKS.isdisjoint(low[verb + 2:verb + 5]))


def scheduled(window: Sequence[str]) -> bool:
    """Whether the act right after ``window`` is set for later by "be to": "the prime ministers are to meet
    Saturday", "talks are to be held next week", "the envoy was to visit Seoul" (an adverb aside)."""
    words = [w for w in window if not (w in SPLIT_WORDS or (w.endswith("ly") and len(w) > 4))]
    if words[-1:] == ["be"]:
        words = words[:-1]
    return len(words) >= 3 and words[-1] == "to" and words[-2] in _BE_TO and words[-3] not in ("it", "there")


#: adverbs that may follow "to" before its verb ("wanted to just thank", "to now resume")
_ADVERBS_AFTER_TO = SPLIT_WORDS | {"just", "now", "still", "first", "once", "even", "again", "personally"}


def object_of_intent(window: Sequence[str]) -> bool:
    """Whether an event noun after ``window`` is the object of an infinitive of intent: a word of intent, "to", one
    verb and at most two words (an article, an adjective) before the noun ("wants to restart negotiations", "efforts
    to resume a direct dialogue"): what is wanted or planned has not happened."""
    for k in range(len(window) - 1, max(1, len(window) - 4), -1):
        if window[k - 1] != "to" or window[k - 2] not in INTENT_BEFORE_TO:
            continue
        if not window[k].isalpha() or window[k] in DETERMINERS or window[k] in PREPOSITIONS:
            return False  # "agreed to a plan for talks": "to" is no infinitive's
        if window[k] in _ADVERBS_AFTER_TO or window[k].endswith("ly"):
            return False  # "I wanted to just thank": the word after "to" is no verb of this noun
        return all(w.replace("-", "").isalpha() and w not in PREPOSITIONS for w in window[k + 1:])
    return False


#: verbs of saying whose act a speaker does by saying that they want to do it ("I want to thank Peru")
_PERFORMED = frozenset(["thank", "praise", "commend", "congratulate", "welcome", "applaud", "salute", "condemn",
                        "denounce", "deplore", "express", "reiterate", "reaffirm", "acknowledge", "recognize",
                        "recognise", "underscore", "emphasize", "emphasise", "stress", "highlight", "pay", "extend",
                        "convey", "echo", "protest", "criticize", "criticise"])
#: a first-person wish to say, before "to": "I want to", "we wish to", "I would like to"
_SAYER = frozenset(["i", "we"])
_WISH_TO_SAY = frozenset(["want", "wish", "like"])


def performative(window: Sequence[str], verb: str) -> bool:
    """Whether the act ``verb`` after ``window`` is said in the first person as a wish to say it: "I want to praise
    Peru", "we would like to thank Chile", "I also want to condemn": a speaker who says so does it, no act to come.
    "They want to praise", "I want to visit" are left to the reading of intent."""
    if verb not in _PERFORMED or len(window) < 3 or window[-1] != "to" or window[-2] not in _WISH_TO_SAY:
        return False
    before = [w for w in window[:-2] if w not in ("also", "just", "really", "again", "first", "too")]
    if window[-2] == "like":
        return before[-2:] in (["i", "would"], ["we", "would"], ["i", "'d"], ["we", "'d"])
    return before[-1:] != [] and before[-1] in _SAYER


#: how far back from an act the word of intent heading a chain of two infinitives may stand
_CHAIN_REACH = 14
#: adverbs that may follow the first infinitive of a chain ("efforts to work together to reach")
_CHAIN_ADVERBS = frozenset(["together", "jointly", "hard", "closely", "further", "quickly", "again"])


def chained_intent(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is the second of two infinitives headed by a word of intent: "efforts by the two
    parties to work together to reach a peaceful settlement", "agreed to meet again to sign the accord". The first
    infinitive and one adverb stand between the two "to"s; at most two words (an article, an adjective) stand between
    the second "to"'s verb and the act when the act is a noun. What is striven for has not happened."""
    second = None
    for q in range(verb - 1, max(-1, verb - 5), -1):
        if low[q] == "to":
            second = q
            break
        if not low[q].replace("-", "").isalpha() or low[q] in PREPOSITIONS or low[q] in BOUNDARIES:
            return False
    if second is None:
        return False
    if second + 1 < verb and (low[second + 1] in DETERMINERS or low[second + 1] in PREPOSITIONS):
        return False  # "agreed to a plan for talks": "to" is no infinitive's
    k = second - 1
    if k >= 0 and (low[k] in _CHAIN_ADVERBS or (low[k].endswith("ly") and len(low[k]) > 4)):
        k -= 1  # "to work together to reach": the adverb stands aside
    if k < 2 or not low[k].isalpha() or low[k - 1] != "to" or low[k] in DETERMINERS or low[k] in PREPOSITIONS:
        return False
    for q in range(k - 2, max(-1, verb - _CHAIN_REACH), -1):
        if low[q] in BOUNDARIES or low[q] in CLAUSE_WORDS:
            return False
        if low[q] in INTENT_BEFORE_TO:
            return q == k - 2 or low[q + 1] in ("by", "of", "from")  # "efforts by the two parties to work"
    return False


def obliged(window: Sequence[str]) -> bool:
    """Whether the act after ``window`` is prescribed by "has to" or "have to" (adverbs aside: "has to immediately
    lift"): like "should", no act done. "Will have to" ("the U.S. will have to pay") is left to the reading of
    what is to come."""
    if "to" not in window[-4:]:
        return False
    words = list(window)
    while words and words[-1].endswith("ly") and len(words[-1]) > 4:
        words.pop()
    return (len(words) >= 2 and words[-1] == "to" and words[-2] in ("has", "have")
            and (len(words) < 3 or words[-3] not in ("will", "would", "shall", "'ll")))


#: the acts a headline announces with "to" ("Chilean President to Visit Peru", "U.S. to Impose Sanctions on Iran",
#: "DPRK to Boost Cooperation with Laos"): deeds, not words. A verb of saying after "to" in a headline is an
#: infinitive of purpose after the headline's verb ("Rally Held to Denounce", "Ministers Meet to Condemn"), what was
#: done, and is not among them; nor are "mourn", "mark" and the like, which code no act
_HEADLINE_ACTS = frozenset(["visit", "meet", "hold", "host", "attend", "stage", "impose", "sign", "send", "resume",
                            "return", "launch", "begin", "start", "open", "lift", "ease", "expel", "recall", "sever",
                            "cut", "close", "withdraw", "deploy", "sell", "buy", "supply", "provide", "offer",
                            "block", "build", "boost", "set", "establish", "dispatch", "join", "quit", "leave",
                            "enter", "expand", "strengthen", "increase", "reduce", "suspend", "halt", "stop", "ban",
                            "freeze", "seize", "attack", "strike", "bomb", "test", "fire", "conduct", "fund", "aid",
                            "release", "free", "deport", "extradite", "ratify", "conclude", "renew", "extend",
                            "deliver", "export", "import", "invest", "cooperate", "restore", "normalize", "grant",
                            "reopen", "scrap", "cancel", "abandon", "end", "mobilize", "install", "station", "invade",
                            "occupy", "arrest", "detain", "execute", "hand", "donate", "exchange", "boycott",
                            "raise", "upgrade", "shut", "step", "tighten", "intensify", "accept", "allow", "admit",
                            "evacuate", "train", "transfer", "purchase", "acquire", "develop", "produce", "blockade"])

#: words before "to" that make it a verb's or an adjective's, not a headline subject's: "Japan Urged to Stop
#: Whaling", "Iran Not to Quit Talks" (told by the words before, if at all); "Moves to" and "Move to" stay: a move
#: to act, verb or noun, announces the act
_NOT_SUBJECTS = frozenset(["not", "bound", "likely", "unlikely", "set", "ready", "due", "about",
                           "going", "forced", "made", "asked", "told", "called"])


def headline_infinitive(tokens: Sequence[str], verb: int) -> bool:
    """Whether the verb at ``verb`` is a headline's infinitive of what is to come: "to" right before it, the verb
    title-cased and one of :data:`_HEADLINE_ACTS`, and before "to" a capitalised word that ends the subject (a
    name, a noun or an acronym: "Chilean President to Visit Peru", "U.S. to Impose Sanctions on Iran", "DPRK to
    Boost Cooperation"), not a participle or a negation ("Urged to", "Forced to", "Not to"). Text in capitals throughout
    (wire scripts) is left alone: its case tells nothing, and the title-cased verb keeps it out."""
    if verb < 2 or tokens[verb - 1].lower() != "to" or tokens[verb].lower() not in _HEADLINE_ACTS:
        return False
    word, before = tokens[verb], tokens[verb - 2]
    if not (word[:1].isupper() and word[1:].islower() and before[:1].isupper()):
        return False
    low = before.lower()
    return not (low in _NOT_SUBJECTS or (low.endswith("ed") and before[1:].islower()))


#: verbs whose object, an event, is wanted or looked to, not held ("wants a dialogue with Peru", "anticipated
#: useful talks", "looks forward to the summit")
_WISHING = frozenset(["want", "wants", "wanted", "wanting", "wish", "wishes", "wished", "anticipate",
                      "anticipates", "anticipated", "anticipating", "expect", "expects", "expected", "expecting",
                      "await", "awaits", "awaited", "awaiting"])


def wished_for(window: Sequence[str]) -> bool:
    """Whether the event noun after ``window`` is the object of a verb of wanting or expecting, or of "look forward
    to": at most two words between (an article, adjectives, quotation marks aside): "Chile wants a
    results-oriented dialogue with Peru", "she anticipated 'useful' talks", "looks forward to the talks"."""
    words = [w for w in window if w not in ('"', "'", "``", "''")]
    for k in range(len(words) - 1, max(-1, len(words) - 4), -1):
        if words[k] in _WISHING or (words[k] == "to" and k > 0 and words[k - 1] == "forward"):
            return all(w.replace("-", "").isalpha() and w not in PREPOSITIONS for w in words[k + 1:])
    return False


#: how far back the first of coordinated infinitives may stand ("to ensure peace and stability on the peninsula,
#: improve the relations")
_COORDINATION_REACH = 16


def coordinated_infinitive(low: Sequence[str], verb: int) -> int | None:
    """The first infinitive whose "to" a bare verb after a comma or "and" shares ("in order to pursue better
    relations, support the accord and ease tensions": "support" and "ease" are to be done as "pursue" is), or None.
    The verb must be a bare form (no -s, -ed, -ing) and nothing but words without a boundary between. The coder
    reads a shared purpose or prospect (hypothetical) from it; what is agreed or decided to be done together ("agreed
    to implement a ceasefire and allow monitors") is one act, read from the parse (``_acts.own_acts``)."""
    if verb < 3 or low[verb - 1] not in (",", "and") or low[verb].endswith(("ed", "ing")) \
            or (low[verb].endswith("s") and not low[verb].endswith("ss")):
        return None
    for q in range(verb - 2, max(0, verb - _COORDINATION_REACH) - 1, -1):
        word = low[q]
        if word in BOUNDARIES or word in CLAUSE_WORDS or word in CONTRAST_WORDS or word == ".":
            return None
        if word == "to" and q + 1 < verb - 1 and low[q + 1].isalpha():
            return q + 1
    return None


#: the nouns of an event whose purpose "is to" tells ("the meeting is to seek ..."), and the nouns of an aim that
#: tell the purpose of an event named after them ("the purpose of the visit is to sign ...")
_EVENT_NOUNS = frozenset(["meeting", "meetings", "talks", "visit", "visits", "trip", "summit", "tour", "mission",
                          "conference", "negotiations", "dialogue", "exercise", "exercises", "drills", "drill",
                          "operation", "operations", "campaign", "session", "consultations", "forum"])
_AIM_NOUNS = frozenset(["purpose", "aim", "goal", "objective", "intention", "point", "idea", "object"])
#: verbs that tell when an event happens or how long it lasts, not what it is for ("the talks are to resume")
_ASPECTUAL = frozenset(["resume", "begin", "start", "open", "continue", "last", "end", "conclude", "close", "run",
                        "take", "follow", "coincide", "be", "proceed", "convene", "reconvene"])
#: how far back the subject of "be to" may begin
_SUBJECT_REACH = 20


def purpose(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb``, after "is/are/was/were to", is what an event is for: the subject of "be to" is
    an event ("The meeting between the two leaders is to seek the normalization of relations", "the visit is to
    discuss trade") with a verb that does not just time it ("the talks are to resume" is set for later), or an aim
    of an event ("the purpose of the visit is to sign an accord"). What an event is for is no act of anyone's: the
    event is coded, its purpose is not. The subject's head is the last word before its first preposition."""
    q = verb - 1
    while q > max(0, verb - 3) and low[q] != "to":
        q -= 1
    if low[q] != "to" or "be" in low[q + 1:verb] or low[verb] in _ASPECTUAL:
        return False
    c = q - 1
    while c > 0 and (low[c] in SPLIT_WORDS or (low[c].endswith("ly") and len(low[c]) > 4)):
        c -= 1
    if c <= 0 or low[c] not in _BE_TO:
        return False
    start = c
    while start > max(0, c - _SUBJECT_REACH) and low[start - 1] not in BOUNDARIES \
            and low[start - 1] not in CLAUSE_WORDS and low[start - 1] not in CONTRAST_WORDS \
            and low[start - 1] not in (",", ".", '"', "(", ")"):
        start -= 1
    subject = low[start:c]
    head = next((k for k, w in enumerate(subject) if w in PREPOSITIONS), len(subject))
    if head == 0:
        return False
    noun = subject[head - 1]
    return noun in _EVENT_NOUNS or (noun in _AIM_NOUNS and not _EVENT_NOUNS.isdisjoint(subject[head:]))


def set_for_later(low: Sequence[str], noun: int) -> bool:
    """Whether the event noun at ``noun`` is the subject of a verb that sets it for later: "be to", "be slated,
    due, set or scheduled to", or "will" and a verb that times it ("the talks between Armenia and Azerbaijan are to
    resume next week", "the summit is to be held in Hanoi", "the talks are slated to run from July 11", "the meeting
    will again be held at Panmunjom", a headline's "Talks to Be Held"): the event is set for later, not held. The
    verb follows the noun within its clause; "the talks will produce an accord" tells no time and is left as
    told."""
    for c in range(noun + 1, min(len(low) - 2, noun + _SUBJECT_REACH)):
        word = low[c]
        if _slated_after(low, c) or (word == "to" and low[c + 1] == "be" and low[c + 2:c + 3] != []
                                     and low[c + 2] in _HELD):
            return True  # "talks ... that were slated for next month", "Talks to Be Held in Berlin" (a headline)
        if word in BOUNDARIES or word in CLAUSE_WORDS or word in CONTRAST_WORDS or word in (",", ".", '"') \
                or (word.endswith(("ed", "ing")) and len(word) > 4 and word not in _EVENT_NOUNS):
            return False  # "the meeting adopted a statement ...", "in favor of lifting ...": another verb first
        if word in _BE_TO or word in _WILL:
            after = [w for w in low[c + 1:c + 6] if not (w in SPLIT_WORDS or (w.endswith("ly") and len(w) > 4))]
            if word in _BE_TO and after[:1] and after[0] in _SLATED:
                after = after[1:]
            if word in _BE_TO:
                if after[:1] != ["to"]:
                    return False
                after = after[1:]
            return bool(after) and (after[0] in _ASPECTUAL and (after[0] != "be" or after[1:2] == [] or
                                                                 after[1] in _HELD))
        if word in _EVENT_NOUNS:
            return False  # another event: "the talks on the visit are to ...", the visit's own reading
    return False


def _slated_after(low: Sequence[str], c: int) -> bool:
    """Whether a relative clause or a participle at ``c`` sets the event noun before it for a time: "that were
    slated for next month", "which is scheduled for Monday", ", planned for May", "set for Wednesday"."""
    q = c + 1 if low[c] in ("that", "which", ",") else c
    if low[c] in ("that", "which") and q < len(low) and low[q] in _BE_TO:
        q += 1
    return q + 1 < len(low) and low[q] in _SLATED_FOR and low[q + 1] in ("for", "to") \
        and (low[q + 1] == "for" or q > c)


_WILL = frozenset(["will", "shall", "'ll"])
#: the participles of "be" that set an event for later ("slated to", "due to") and that hold one ("be held")
_SLATED = frozenset(["slated", "due", "set", "scheduled"])
#: the participles that set an event for a time after its noun ("talks planned for May", "scheduled for Monday")
_SLATED_FOR = _SLATED | {"planned"}
_HELD = frozenset(["held", "convened", "reconvened", "resumed", "opened", "hosted", "staged", "organized",
                   "organised", "launched"])


#: the modals of what might be: an act named by a noun that is their subject has not happened ("an Israeli attack on
#: Iran would be a disaster"); "will" is left out (an event that will be held is set for later, an intent)
_MIGHT_BE = frozenset(["would", "could", "might", "may"])
#: the words that end the subject of a noun of an act before its verb
_SUBJECT_ENDS = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "did", "does", "can", "must",
                           "should", ",", ".", "and", "or", "where", "when", "whereupon"])


def might_be(low: Sequence[str], noun: int) -> bool:
    """Whether the act named by the noun at ``noun`` is the subject of "would", "could", "might" or "may": "An
    Israeli attack on Iran would be a disaster", "the Cuban Government's release of Alan would remove an
    impediment", "a withdrawal of troops could ease tensions": what it would do is told, not that it was done. A
    noun after "the", "this" or "that" with no possessive names a known act ("the attack on the embassy would not go
    unpunished": it happened), and is left as told; so is "may" after a preposition (the month). The noun's phrase
    begins with an article or a possessive ("a", "its", "Peru's"): a verb's subject does not."""
    first = noun
    while first > 0 and low[first - 1] not in BOUNDARIES and low[first - 1] not in CLAUSE_WORDS \
            and low[first - 1] not in CONTRAST_WORDS and low[first - 1] not in _SUBJECT_ENDS \
            and low[first - 1] not in PREPOSITIONS and noun - first < 6:
        first -= 1
    owned = "'s" in low[first:noun]
    if noun - first >= 6 or low[noun].endswith("ed") or not (owned or low[first] in DETERMINERS) \
            or (low[first] in ("the", "this", "that") and not owned):
        return False  # "Peru agreed the talks would resume": a verb, not a noun
    if first > 0 and low[first - 1] in PREPOSITIONS:
        return False  # "thanks to his forced march the country could be defended": no subject of the modal
    for q in range(noun + 1, min(len(low), noun + _SUBJECT_REACH)):
        word = low[q]
        if word == "might" and low[q - 1] in DETERMINERS:
            continue  # "a demonstration of its might": the noun
        if word in _MIGHT_BE:
            return not (word == "may" and low[q - 1] in PREPOSITIONS)
        if word in _SUBJECT_ENDS or word in BOUNDARIES or word in CLAUSE_WORDS or word in CONTRAST_WORDS \
                or word.endswith("ed"):
            return False
    return False

