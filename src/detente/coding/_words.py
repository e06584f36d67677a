"""The word classes the coder's steps share (closed-class English words; no dictionary entries here)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

PREPOSITIONS = frozenset(
    [
        "of", "in", "at", "on", "by", "with", "to", "from", "against", "for", "into", "over", "under",
        "about", "between", "among", "near", "toward", "towards", "across", "through", "after", "before",
        "during", "without", "within", "upon", "via", "including", "like", "than",
    ]
)
BOUNDARIES = frozenset(";:")
CLAUSE_WORDS = frozenset([
    "that", "which", "who", "whom", "whose", "while", "whereas", "although", "though", "because", "since",
])
DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
                         "any"])
#: words that end the reach of a negation or modal before a verb ("did not criticize X but praised Y")
CONTRAST_WORDS = frozenset(["but", "yet", "instead"])
REPORTING = frozenset([
    "said", "says", "say", "told", "tells", "reported", "reports", "according", "added", "adds", "noted",
])
SAY = frozenset([
    "say", "says", "said", "saying", "add", "adds", "added", "adding", "note", "notes", "noted", "report",
    "reports", "reported", "claim", "claims", "claimed", "state", "states", "stated",
])
CONNECTORS = frozenset({"and", ",", "&", "as", "well", "both"})
MODIFIERS = frozenset(
    [
        "'s", "new", "former", "top", "senior", "chief", "acting", "deputy", "then", "own", "first",
        "current", "late", "outgoing", "incoming", "the", "two",
    ]
)
BE = frozenset(["be", "is", "are", "was", "were", "been", "being", "am"])
AUX = frozenset([
    "has", "have", "had", "will", "would", "is", "are", "was", "were", "also", "has", "did", "does", "do",
    "could", "should", "may", "might", "must", "can", "'ll", "then", "now", "again", "officially",
])
#: acts whose complement is no act of its own: an option weighed or discussed ("considering measures to ease
#: sanctions" is 014 alone, "discussing opening liaison offices" 040), what an appeal or a demand asks for ("urged
#: Chile to apologise", "demanded that Peru cancel the sale")
WEIGHING_CODES = frozenset({"014", "040"})
#: texts sent or issued whose words a participle right after them tells ("a statement denouncing ...", "sent a
#: letter to Peru protesting ..."): the sender's act, no option weighed (coding._letters)
LETTER_TEXTS = frozenset(["letter", "letters", "message", "messages", "note", "notes", "statement", "statements",
                          "memorandum", "telegram", "telegrams", "cable", "communique", "reply"])
ASKING_ROOTS = frozenset({"02", "10"})
#: words that may stand between "to" and its verb ("to fundamentally improve", "to one day visit")
SPLIT_WORDS = frozenset(["one", "day", "soon", "eventually", "also", "further", "then", "again", "finally",
                         "jointly", "formally", "fully", "quickly", "immediately", "gradually", "fundamentally"])
NEGATORS = frozenset(["not", "never", "no", "neither", "nor", "without"])
#: verbs of instruction: what someone is instructed, directed or authorized to do is to come ("instructed his
#: envoy to sign the accord"); an order is left out, as what was ordered is often told as done
COMMANDING = frozenset(["instruct", "instructs", "instructed", "instructing", "direct", "directs", "directed",
                        "directing", "authorize", "authorizes", "authorized", "authorizing", "authorise",
                        "authorises", "authorised", "task", "tasks", "tasked", "mandate", "mandates", "mandated",
                        "empower", "empowers", "empowered"])
NEGATING_VERBS = frozenset(
    [
        "refused", "refuses", "refuse", "declined", "declines", "decline", "failed", "fails", "fail",
        "rejected", "rejects", "denied", "denies", "refrain", "refrains", "refrained", "refraining",
        # the gerund and the noun of refusal or failure ("is refusing to allow the debate", "the refusal to permit
        # entry", "the failure to conclude an agreement")
        "refusing", "refusal", "declining", "failure",
        # a state unwilling or reluctant to act has not acted ("remains reluctant to recognize the border")
        "unwilling", "reluctant", "hesitant", "loath", "loth", "disinclined", "unprepared", "unready",
        "reluctance", "unwillingness", "hesitancy",
    ]
)
#: verbs of refusal: a negation under them is a refusal told as such ("refused to sign": 12x, never a signing);
#: a failure to agree is CAMEO's rejection too ("failed to reach agreement": 12)
REFUSING_VERBS = frozenset(["refused", "refuses", "refuse", "refusing", "declined", "declines", "decline",
                            "declining", "rejected", "rejects", "reject", "rejecting", "failed", "fails", "fail",
                            "failing"])
#: reports that restate a stand: what they say, when it is a cooperative intent, is a promise to their target
REAFFIRMING = frozenset(["reaffirm", "reaffirms", "reaffirmed", "reaffirming", "reiterate", "reiterates",
                         "reiterated", "reiterating", "reassure", "reassures", "reassured", "confirm", "confirms",
                         "confirmed", "underscore", "underscores", "underscored"])
#: verbs of assent: not to assent is to reject ("did not agree to dismantle", "has not accepted the proposal": 12x)
ASSENTING = frozenset(["agree", "agrees", "agreed", "accept", "accepts", "accepted", "approve", "approves",
                       "approved", "endorse", "endorses", "endorsed", "recognize", "recognizes", "recognized",
                       "recognise", "recognises", "recognised"])
HYPOTHETICAL = frozenset(["if", "could", "might", "may", "unless", "whether", "should", "can"])
#: words opening a condition: an act inside one is no act at all ("if China attacks", "unless Peru pays"), not a
#: threat by its doer; the threat is the consequence announced in the main clause
CONDITIONS = frozenset(["if", "unless", "whether", "provided", "lest"])
#: nouns whose object is an act that may come, not one that came ("prospects for talks", "the need for dialogue",
#: "a chance of a summit", "the way to normal relations", "in the interest of improving ties", "in order to
#: support"): after them and "for", "of", "to" or "toward", the act is hypothetical
PROSPECTS = frozenset(["prospects", "prospect", "hopes", "hope", "need", "possibility", "possibilities", "chance",
                       "chances", "way", "path", "road", "conditions", "opportunity", "opportunities", "idea",
                       "calls", "call", "push", "proposal", "proposals", "request", "requests", "demand", "demands",
                       "offer", "offers", "interest", "order", "view", "prelude", "prerequisite", "precondition",
                       "atmosphere", "climate", "environment", "venue", "groundwork", "basis", "momentum", "room",
                       "avenue", "avenues", "ground", "importance", "necessity", "urgency", "significance",
                       # what stands in the way of an act has not happened ("the biggest stumbling block to direct
                       # negotiations", "an obstacle to the summit")
                       "obstacle", "obstacles", "block", "barrier", "barriers", "hurdle", "hurdles", "impediment",
                       "impediments", "roadblock", "roadblocks", "hindrance"])
#: nouns of preparation: the act they prepare is intended ("preparations for the summit", "work for talks")
PREPARATIONS = frozenset(["plans", "plan", "preparations", "preparation", "work", "arrangements"])
#: what is feared or braced for has not happened ("the threat of a missile attack", "bracing for an attack from the
#: North"): hypothetical, with an article and one modifier between
FEARED = frozenset(["threat", "threats", "danger", "dangers", "risk", "risks", "fear", "fears", "spectre",
                    "specter", "brace", "braces", "braced", "bracing"])
#: words that put an event noun before the article's day: "the previous talks", "following the talks", "since the
#: summit" (undated unless a time phrase of its own dates it)
BACKGROUND = frozenset(["previous", "earlier", "past", "former", "prior", "preceding", "following", "after",
                        "since", "last"])
#: an event noun told as recent is an act before the article's day too ("the recent summit", "Lee's recent visit");
#: a verb after "recent" is not ("in a recent speech, Lavrov clarified": the clarification is told by the speech)
RECENT = frozenset(["recent"])
#: what an anniversary or a commemoration recalls is history, no act of the article's day ("on the 30th anniversary
#: of the killings", "marked the anniversary of the bombing"): an event noun after one of these and "of"
RECALLING = frozenset(["anniversary", "anniversaries", "commemoration", "commemorations", "remembrance",
                       "memory", "memorial"])
#: a journey in the present tense ("goes to Moscow for talks", "heads to Beijing", "is flying to Tokyo"): the
#: visit and its talks are ahead, an intent; told in the past ("flew to Beijing to meet") it is the visit
JOURNEYS = frozenset(["goes", "heads", "travels", "flies", "heading", "travelling", "traveling", "flying"])
#: what drills and war games are held for has not happened ("drills for a preemptive attack", "a rehearsal for an
#: invasion"): intended, with an article and one modifier between
DRILLS = frozenset(["drill", "drills", "exercise", "exercises", "games", "maneuvers", "manoeuvres", "rehearsal",
                    "rehearsals", "training"])
#: what an aim or a plot is of has not happened ("revealing their aim of the invasion of the DPRK", "Israel's
#: intention of an attack on Iran", "a plot for an invasion"): intended, with an article and one modifier between
AIMS = frozenset(["aim", "aims", "intention", "intentions", "intent", "plot", "plots", "scheme", "schemes",
                  "design", "designs", "ambition", "ambitions", "goal", "goals", "objective", "objectives",
                  # a scenario or a blueprint for a war is written, not fought ("the scenario for invading the DPRK")
                  "scenario", "scenarios", "blueprint", "blueprints"])
#: a third party's forecast of what an actor will do ("Japan is expected to offer aid", "is likely to meet"): the
#: actor has announced nothing, so the act is hypothetical, never its intent
FORECASTS = frozenset(["expected", "likely", "unlikely", "poised", "predicted", "forecast", "tipped", "projected",
                       "anticipated", "rumoured", "rumored", "speculated",
                       # an attempt, a plot or a need is no act done ("in a bid to occupy", "tried to seize",
                       # "the need to withdraw the troops")
                       "attempt", "attempts", "attempted", "attempting", "bid", "try", "tries", "tried", "trying",
                       "plot", "plots", "plotting", "scheme", "schemes", "need", "needs", "necessity",
                       # moves and manoeuvres toward an act, told by those who oppose them ("halt its moves to
                       # conclude a military agreement", "the maneuvers to stifle the DPRK"): sought, not done
                       "moves", "maneuvers", "manoeuvres", "machinations", "intrigues", "ploy", "ploys",
                       # what drills, exercises and preparations are held for has not happened ("a landing
                       # exercise to invade the island"): DRILLS below, training aside
                       "preparations"]) | (DRILLS - {"training"})
FUTURE = frozenset(["will", "would", "shall", "'ll", "going"])
INTENT_BEFORE_TO = frozenset(
    [
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "agree", "agrees",
        "agreed", "promise", "promises", "promised", "pledge", "pledges", "pledged", "vow", "vows",
        "vowed", "want", "wants", "wanted", "seek", "seeks", "seeking", "sought", "scheduled", "set",
        "due", "ready", "willing", "prepared", "going", "about", "sworn", "swore", "swear", "vow",
        "vowing", "hope", "hopes", "hoped", "aim", "aims", "aimed", "offer", "offers", "offered",
        "preparing", "prepare", "prepares", "able", "eager", "commitment", "commitments",
        "committed", "commit", "commits", "committing", "resolved", "determined", "determination", "resolve",
        "pledge", "promise", "readiness",
        "willingness", "decision", "order", "efforts", "effort", "aim", "like", "steps", "stand", "intention",
        "intentions", "intent", "wish", "wishes", "wished", "desire", "desires", "desired",
        # nouns of a design on another ("the North's ambition to attack"; a plot, a scheme or a bid is a FORECAST)
        "ambition", "ambitions", "designs", "goal", "goals",
    ]
)
#: verbs of advocacy: what is argued, pressed or lobbied for, favoured or advocated has not happened ("argued for
#: an air strike", "others favored stern warnings to Cuba"): hypothetical
ADVOCATING = frozenset(["argue", "argues", "argued", "arguing", "press", "pressed", "pressing", "lobby", "lobbied",
                        "lobbying", "campaign", "campaigned", "campaigning", "favor", "favors", "favored",
                        "favoring", "favour", "favours", "favoured", "favouring", "advocate", "advocates",
                        "advocated", "advocating", "recommend", "recommends", "recommended", "recommending"])
INTENT_WORDS = frozenset(
    [
        "upcoming", "forthcoming", "planned", "proposed", "prospective", "possible", "potential",
        "next", "future", "away", "ahead", "preparation", "preparations", "prepare",
        "preparing",
    ]
)
LIGHT = frozenset(
    [
        "make", "makes", "made", "making", "issue", "issues", "issued", "renew", "renews", "renewed",
        "launch", "launches", "launched", "give", "gives", "gave", "given", "send", "sends", "sent",
        "take", "takes", "took", "taken", "continue", "continues", "continued", "begin", "begins", "began",
        "begun", "hold", "holds", "held", "stage", "stages", "staged", "conduct", "conducts", "conducted",
        "carry", "carries", "carried", "reiterate", "reiterated", "repeat", "repeated", "express",
        "expressed", "voice", "voiced", "lodge", "lodged", "file", "filed", "pay", "paid", "organize",
        "organized", "organise", "organised", "call", "called", "start", "started", "resume", "resumed",
        "announce", "announced", "mount", "mounted", "open", "opened", "complete", "completed", "speed",
        "sped", "speeded",
    ]
)
DATE_WORDS = frozenset(
    [
        "yesterday", "today", "tomorrow", "day", "week", "month", "year", "weekend", "ago", "away", "later",
        "earlier", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
)
PLACE_NOUNS = frozenset(
    [
        "summit", "summits", "talks", "meeting", "meetings", "declaration", "agreement", "accord",
        "statement", "conference", "process", "visit", "trip", "negotiations", "deal", "channel", "office",
        "bureau", "correspondent", "time", "-",
    ]
)
DIGIT = re.compile(r"\d")
SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06"})
REPORT_CODES = frozenset({"010"})

NUCLEAR = frozenset(
    [
        "nuclear", "denuclearization", "denuclearisation", "denuclearize", "denuclearise", "missile",
        "missiles", "icbm", "icbms", "warhead", "warheads", "enrichment", "uranium", "plutonium",
        "reactor", "yongbyon", "punggye-ri", "sohae", "inspectors", "inspection", "inspections",
        "verification", "dismantlement", "dismantle", "dismantling", "cvid", "test-site",
        "nonproliferation", "atomic",
    ]
)


#: the last word of a phrase that names an office rather than a person ("U.S. envoy", "chief negotiator")
OFFICE_NOUNS = frozenset(["envoy", "negotiator", "president", "secretary", "ambassador", "minister", "premier",
                           "representative", "adviser", "advisor", "leader", "chairman", "spokesman", "spokeswoman"])
#: the words of an organisation's office that name the person who holds it ("the IAEA Director-General")
_HEAD_NOUNS = frozenset([*OFFICE_NOUNS, "director-general", "secretary-general", "director", "chief", "head",
                         "commissioner", "high", "rapporteur", "coordinator"])


def names_office(low: Sequence[str], start: int, end: int) -> bool:
    """Whether an organisation's name at ``start:end`` names, in it or right after it, an office of that body, and
    so the person who holds it ("the UN Secretary-General", "the IAEA Director-General"), not the body alone."""
    return any(w in _HEAD_NOUNS for w in low[start:end + 1])


RELATIVE = frozenset({"that", "which", "who", "whom", "whose", "while", "whereas", "although", "though",
                       "because"})

#: the quotation marks as the tokenizer leaves them (straight, curly, and the treebank's two-character forms)
QUOTE_MARKS = frozenset(['"', "\u201c", "\u201d", "``", "''"])


#: irregular past forms of the verbs of diplomatic prose
_IRREGULAR_PAST = frozenset(["met", "said", "told", "held", "made", "took", "sent", "gave", "went", "came", "left",
                             "spoke", "saw", "began", "brought", "sought", "won", "struck", "shot", "fought", "led",
                             "paid", "put", "set", "kept", "stood", "drew", "threw", "laid", "withdrew", "undertook"])

#: verbs of protecting people: whom such an act would protect, and where (coding._protected, coding._abroad)
PROTECTING = frozenset(["protect", "defend", "safeguard", "shield", "rescue", "evacuate"])

def past(word: str) -> bool:
    """Whether a verb form is a simple past ("rejected", "met")."""
    return word.endswith("ed") or word in _IRREGULAR_PAST


_T = TypeVar("_T")


def without(items: list[_T], verbs: list[int], dropped: set[int]) -> list[_T]:
    """``items`` without those at the indices in ``dropped``; ``verbs``, one for each item, loses the same ones in
    place (the finishing steps that fold one event into another keep a sentence's events and verbs aligned)."""
    if not dropped:
        return items
    verbs[:] = [v for k, v in enumerate(verbs) if k not in dropped]
    return [e for k, e in enumerate(items) if k not in dropped]
