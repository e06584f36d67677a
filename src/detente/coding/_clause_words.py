"""The words and tags the parse reader of :mod:`detente.coding.clauses` relies on, the :class:`Roles` it returns,
and the repairs it makes to a parse before reading it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from detente.coding._words import CLAUSE_WORDS, PREPOSITIONS
from detente.coding.mentions import Mention
from detente.coding.syntax import Parse

SUBJECT = ("nsubj", "csubj", "nsubj:outer")
#: the nouns of a meeting that may stand in an event noun's phrase before its target ("openness to meeting with")
MEETING_WORDS = frozenset(["meeting", "meet", "talks", "talk", "dialogue", "negotiations", "negotiate",
                           "discussions", "consultations"])
#: what may stand between a preposition and the actor it governs ("with the Peruvian delegation")
ARTICLE_WORDS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our"])
#: cooperative roots whose purpose infinitive shares the object of the verb before ("met Peru to discuss ...")
SHARED_PURPOSE = frozenset(["01", "02", "03", "04", "05", "06", "07", "08"])
#: verbs of a visit or a meeting whose infinitive after the object is their subject's purpose ("visited Venezuela to
#: discuss relations", "met Peru to sign a deal"), whatever label the parser gives it: the visitor discusses, no object
#: control as in "asked Peru to sign"
PURPOSE_HEADS = frozenset(["visit", "visits", "visited", "visiting", "meet", "meets", "met", "meeting", "host",
                           "hosts", "hosted", "hosting", "receive", "receives", "received", "receiving"])
#: plans and measures whose infinitive is their author's act when they are a verb's object ("announced measures to
#: ease sanctions", "unveiled plans to withdraw troops")
PLAN_NOUNS = frozenset(["measures", "measure", "steps", "step", "plans", "plan", "moves", "move", "action",
                        "actions", "decision", "decisions", "arrangements", "legislation", "orders", "order"])
#: verbs by which a plan or a measure is its subject's own ("announced measures", not "welcomed" or "demanded" them)
AUTHORING = frozenset(["announce", "announces", "announced", "announcing", "adopt", "adopts", "adopted", "adopting",
                       "unveil", "unveils", "unveiled", "unveiling", "approve", "approves", "approved", "approving",
                       "implement", "implements", "implemented", "implementing", "introduce", "introduces",
                       "introduced", "introducing", "outline", "outlines", "outlined", "enact", "enacts", "enacted",
                       "prepare", "prepares", "prepared", "launch", "launches", "launched", "issue", "issues",
                       "issued", "take", "takes", "took", "taken", "taking"])
#: verbs whose object is no party to the act coordinated with them
NO_SHARING = frozenset(["asked", "urged", "told", "called", "invited", "help", "helped", "allow", "allowed"])
#: people sent by several states ("delegations from Chile and Peru", "envoys of Ghana and Togo")
PARTY_NOUNS = frozenset(["delegations", "officials", "envoys", "representatives", "leaders", "ministers",
                         "diplomats", "negotiators", "teams", "delegates", "troops", "forces", "soldiers"])
PASSIVE_SUBJECT = ("nsubj:pass", "csubj:pass")
RELATIVE_PRONOUNS = frozenset(["which", "who", "that", "whom", "whose"])
#: relations through which a noun's actor is found: "the sister of Kim", "Russia's annexation", "Gondor and Rohan"
NOUN_LINKS = ("nmod", "nmod:poss", "nmod:desc", "appos", "compound", "flat", "amod", "nmod:unmarked")
PRONOUNS = frozenset(["he", "she", "it", "they", "him", "her", "them", "we", "i", "you", "this", "that"])
POSSESSIVES = frozenset(["its", "their", "his", "her", "our", "my", "your"])
#: prepositions that bring the target of an act ("sanctions on Iran", "talks with Seoul", "aid to Cuba")
TARGET_CASES = frozenset(["to", "with", "on", "against", "toward", "towards", "at", "into", "upon", "for", "from",
                          "over", "between", "among", "of", "about"])
#: prepositions of a place inside a noun phrase: "the talks in Geneva" names no party to the talks
PLACE_CASES = frozenset(["in", "at", "near", "inside", "within", "throughout"])
#: verbs whose clausal complement is what one side says the other did, not an act that happened
ACCUSING = frozenset([
    "accuse", "accused", "accuses", "accusing", "blame", "blamed", "blames", "blaming", "charge", "charged",
    "charges", "charging", "condemn", "condemned", "condemns", "condemning", "denounce", "denounced", "denounces",
    "denouncing", "criticize", "criticized", "criticizes", "criticizing", "criticise", "criticised", "criticises",
    "deny", "denied", "denies", "denying", "allege", "alleged", "alleges", "alleging", "fault", "faulted",
    "slam", "slammed", "slams", "rebuke", "rebuked", "censure", "censured", "punish", "punished", "sanction",
    "sanctioned", "reject", "rejected", "rejects", "dismiss", "dismissed", "dismisses", "suspect", "suspected",
    "suspects", "implicate", "implicated", "indict", "indicted", "sue", "sued", "protest", "protested",
    "complain", "complained", "complains",
])
#: verbs whose clause is an accusation when it tells another's act ("claimed that Peru had fired first")
CLAIMING = frozenset(["claim", "claims", "claimed", "claiming"])
#: nouns whose clause is what one side says the other did ("rejected Chile's accusation that it shelled ...")
CHARGES = frozenset(["accusation", "accusations", "allegation", "allegations", "charge", "charges", "claim",
                     "claims", "assertion", "assertions"])
#: nouns whose noun modifier names the act itself ("a mediation effort", "a peacekeeping mission"), unlike
#: "strike talks" (talks about a strike) or "attack helicopters"
ACT_HEADS = frozenset(["effort", "efforts", "bid", "bids", "attempt", "attempts", "mission", "missions", "campaign",
                       "campaigns", "operation", "operations", "drive", "initiative", "initiatives", "process",
                       "activities", "activity", "work", "visit", "visits", "trip", "tour", "exercise",
                       "exercises", "drill", "drills", "deal", "agreement", "accord"])
AUXILIARIES = frozenset(["has", "have", "had"])
CLAUSE_LABELS = frozenset(["acl:relcl", "acl", "advcl", "advcl:relcl", "ccomp", "parataxis", "csubj", "csubj:pass",
                           "list"])
COMPLEMENTS = ("advcl", "acl", "ccomp", "xcomp", "obl", "nmod", "csubj")
#: words and tags inside a noun phrase before its head noun ("Iran's new missile strikes", "U.S.-ROK drills")
NOUN_JOINS = frozenset(["-", "and", ",", "'s", "&", "/"])
MODIFIER_TAGS = ("JJ", "NN", "CD", "VBN", "VBG", "HYPH", "POS")
BEFORE_NOUN_TAGS = (*MODIFIER_TAGS, "DT", "PRP$", "WP$", "PDT")
#: how an event noun hangs on the verb whose subject does it ("held talks", "continue about a round of talks")
DONE_BY_HEAD = frozenset(["obj", "xcomp", "obl", "nsubj:pass", "nmod"])
#: prepositions that make an event noun the topic of what is said ("questions concerning the talks")
TOPIC_CASES = frozenset(["regarding", "concerning", "about", "regards"])
#: assaults, fights and mass violence: what they hit "in" a country, they do to it ("strikes on targets in Syria")
ASSAULTS = frozenset(["18", "19", "20"])
#: nouns of giving people or things back, and verbs of obtaining that ("secured the release of ... from ...")
RELEASES = frozenset(["release", "return", "handover", "repatriation", "freeing", "extradition", "transfer"])
OBTAINING = frozenset(["secure", "secured", "secures", "securing", "win", "won", "wins", "winning", "obtain",
                       "obtained", "obtains", "obtaining", "negotiate", "negotiated", "negotiates", "negotiating",
                       "arrange", "arranged", "arranges", "arranging", "broker", "brokered", "brokers",
                       "facilitate", "facilitated", "facilitates", "gain", "gained", "gains", "achieve", "achieved",
                       "get", "got", "gets"])
#: verbs of making one's own act known: the act announced is the announcer's ("announced new aid for Chile")
ANNOUNCING = frozenset(["announce", "announced", "announces", "announcing", "unveil", "unveiled", "unveils",
                        "unveiling"])
#: verbs that say whom something is aimed at ("drills directed against", "measures that target")
AIMING = frozenset(["aimed", "targeted", "targeting", "directed", "target", "targets", "aiming"])
#: how a word hangs on an act it is part of ("agreed to implement", "easing restrictions on trade")
PART_OF_ACT = frozenset(["xcomp", "obj", "iobj", "obl", "obl:agent", "nmod", "compound", "acl"])



@dataclass(slots=True)
class Roles:
    """What the parse says of one verb: its sources and targets, or that it is no event at all."""

    sources: list[Mention]
    targets: list[Mention]
    subject_found: bool  # False: the parse names no subject; read the roles from word order
    target_found: bool
    drop: str | None = None  # why the verb is no event ("accused of", "modifier", ...)
    #: an event noun whose actors are those of its own phrase: no word-order reading of the sentence's subject
    noun: bool = False
    #: the sources are the states of a hyphenated pair acting together ("joint U.S.-ROK drills"), the targets
    #: the others a pair sharing one of them names (:mod:`~detente.coding._paired`)
    joint: bool = False


#: the nouns of talks whose failure a sentence may tell instead of their being held
TALK_NOUNS = frozenset(["talks", "talk", "negotiations", "dialogue", "discussions", "consultations", "summit",
                        "meeting", "meetings", "negotiation"])
#: words before talks that tell their failure: "accused Seoul of derailing the ministerial talks", "the collapse
#: of the talks" (talks that stall or deadlock are still being held: they stay a meeting)
_FAILING_BEFORE = frozenset([
    "derail", "derails", "derailed", "derailing", "scuttle", "scuttles", "scuttled", "scuttling", "torpedo",
    "torpedoes", "torpedoed", "torpedoing", "wreck", "wrecks", "wrecked", "wrecking", "sabotage", "sabotages",
    "sabotaged", "sabotaging", "collapse", "breakdown", "break-down", "failure", "failed", "aborted", "collapsed",
    "foundering"])
#: verbs after talks that tell their failure: "the talks collapsed", "negotiations broke down", "fell apart"
_FAILING_AFTER = frozenset(["collapsed", "collapse", "collapses", "collapsing", "foundered", "founders", "broke",
                            "break", "breaks", "broken", "fell", "fall", "falls", "failed", "fail", "fails"])
#: words that may stand between talks and the verb of their failure ("talks between Peru and Chile have
#: collapsed"): articles, prepositions of the parties, auxiliaries
_TALK_FILLERS = frozenset(["between", "and", "with", "of", "the", "a", "an", "have", "has", "had", "reportedly",
                           "apparently", "-", "two", "both", "sides", "countries", "their", "its", "on", "over",
                           "finally", "effectively", "again", "once", "also", "then", "abruptly", "suddenly",
                           "quickly", "soon"])


_TALK_STOPS = frozenset([",", ";", ":", "and", "but", "or", "that", "which", "who", "after", "before", "while",
                         "as", "since", "when", "by", "for", "with", "to", "from"])


def failed_talks(tokens: list[str], low: list[str], noun: int) -> bool:
    """Whether a sentence tells the failure of the talks named at ``noun``, not talks held: "The Peruvian-Chilean
    talks collapsed on Monday", "negotiations between Ghana and Togo broke down", "accused Lima of derailing the
    ministerial talks", "the collapse of the talks". The failure is no meeting (CAMEO 04); with no one who
    breaks the talks off, it is no act of 16 either ("broke off the talks", a side's act, is 164 in the
    lexicon). Talks that "failed to produce" a deal were held and stay 04."""
    for q in range(noun - 1, max(-1, noun - 9), -1):
        word = low[q]
        if word in _FAILING_BEFORE:
            return True
        if word in _TALK_STOPS or (word.endswith(("ed", "ing")) and not tokens[q][:1].isupper()):
            break  # "derailed the truce and held talks", "by holding talks": another verb's talks
    for q in range(noun + 1, min(len(low), noun + 9)):
        word = low[q]
        if word in _FAILING_AFTER:
            after = low[q + 1] if q + 1 < len(low) else ""
            if word.startswith("fail"):
                return after != "to"  # "failed to produce a deal": the talks were held
            if word in ("broke", "break", "breaks", "broken"):
                return after == "down"
            if word.startswith("fell") or word.startswith("fall"):
                return after in ("apart", "through")
            return True
        if not (word in _TALK_FILLERS or tokens[q][:1].isupper()):
            return False
    return False


def own_course(low: list[str], end: int) -> int | None:
    """Whether a rejection's object is a course of the rejecter's own, told by a gerund right after the verb
    ("Seoul rejected seeking UN sanctions", "ruled out imposing new tariffs on Peru"): no other party is
    rejected; the actors in the gerund's phrase are what the course concerns (those met "with" excepted:
    "rejected negotiating with Peru" turns Peru down). The gerund's index, or None; the act it names is turned
    down, not done."""
    q = end
    while q < len(low) and ((low[q].endswith("ly") and len(low[q]) > 4) or low[q] in ("out", "even", "again")):
        q += 1
    gerund = q < len(low) and low[q].endswith("ing") and len(low[q]) > 5 and low[q].isalpha() \
        and low[q] not in TALK_NOUNS and low[q] not in ("meeting", "briefing", "bombing", "shelling", "funding",
                                                       "ruling", "offering", "building", "proceedings")
    return q if gerund else None


_PAST_OWN = frozenset(["with", "to", "against", "toward", "towards", "on"])


def beyond_own(low: list[str], sources: list[Mention], targets: list[Mention], mentions: list[Mention]
               ) -> list[Mention]:
    """The targets of an act whose only targets are its sources' own country ("easing restrictions on U.S. trade
    with North Korea", "curbs on American exports to Cuba"): the country named own is what the act concerns on
    its side; the party is the actor after "with", "to", "against" in the same phrase (eight words, no comma),
    else none (``targets`` unchanged when they are not the sources' own)."""
    own = {m.code[:3] for m in sources if m.has_country}
    if not own or not targets or any(t.code[:3] not in own or not t.has_country for t in targets):
        return targets
    last = max(t.end for t in targets)
    for m in mentions:
        if m.start <= last or m.start > last + 8 or not m.has_country or m.code[:3] in own:
            continue
        between = low[last:m.start]
        if any(w in (",", ";", ":", "that", "which", "who", "but") for w in between):
            break
        before = low[m.start - 1]
        if before in _PAST_OWN or (before in ARTICLE_WORDS and m.start > 1 and low[m.start - 2] in _PAST_OWN):
            return [m]  # "with Peru", "to the Cuban government"
    return targets


def placed_roles(found: list[Mention]) -> list[Mention]:
    """Roles without a country beside a country take it: "police in Lagos, Nigeria" is Nigeria's police."""
    country = next((m for m in found if m.has_country), None)
    if country is None or len(found) < 2:
        return found
    placed = [m if m.has_country else Mention(m.start, m.end, country.code[:3] + m.code[3:], m.name, True)
              for m in found]
    if any(not m.has_country for m in found) and country.code == country.code[:3]:
        placed = [m for m in placed if m is not country]  # the country was where the role is, not a second actor
    return [m for k, m in enumerate(placed) if all(m.code != o.code for o in placed[:k])]


#: participles used as adjectives before a country ("with neighboring Colombia") that the parser reads as verbs
ATTRIBUTIVE = frozenset(["neighboring", "neighbouring", "bordering", "warring", "feuding"])


def attributive_modifiers(parse: Parse, low: list[str], mentions: list[Mention]) -> Parse:
    """The parse with an attributive participle right before an actor ("severed relations with neighboring
    Colombia", read as a clause "neighboring Colombia") made the actor's modifier: the actor takes the
    participle's place in the tree, and the participle's other dependents go to the actor."""
    heads, labels = list(parse.heads), list(parse.labels)
    changed = False
    for m in mentions:
        q = m.start - 1
        if q < 1 or low[q] not in ATTRIBUTIVE or parse.is_root(q) or heads[q - 1] != q:
            continue  # the phrase opens with a preposition of the participle's own ("with neighboring ...")
        head = next((t for t in range(m.start, m.end) if heads[t] == q), None)
        if head is None:
            continue
        up = heads[q]
        heads[head], heads[q], labels[q] = up, head, "amod"
        labels[head] = "obl" if parse.tags[up].startswith("VB") else "nmod"
        for k, h in enumerate(heads):
            if h == q and k != q:
                heads[k] = head
        if low[q - 1] in PREPOSITIONS:  # "with neighboring Colombia": the preposition marks the actor
            labels[q - 1] = "case"
        changed = True
    return Parse(tuple(heads), tuple(labels), parse.tags) if changed else parse


_FINITE = ("VBZ", "VBD", "VBP")


def split_names(parse: Parse, mentions: list[Mention], low: list[str] | None = None) -> Parse:
    """The parse with a name of several words that the parser split at the verb after it made that verb's
    subject: in "The Department of State continues to have discussions with Peru" the parser may read "State
    continues" as a noun phrase hanging on "Department". When the finite verb right after a name has no subject
    and hangs inside the name, or a word of the name hangs on it, the name's head becomes its subject and the
    verb takes the name's place in the tree. A name inside a prepositional phrase ("a delegation of the Foreign
    Ministry led by ...") and a verb followed by "by" (a participle) are left alone (``low``: the lower-cased
    tokens)."""
    heads, labels = list(parse.heads), list(parse.labels)
    changed = False
    n = len(heads)
    for m in mentions:
        v = m.end
        if m.end - m.start < 2 or v >= n or not parse.tags[v].startswith(_FINITE) \
                or any(labels[c].startswith(("nsubj", "csubj")) for c in range(n) if heads[c] == v and c != v):
            continue
        inside = range(m.start, m.end)
        if heads[v] not in inside and not any(heads[t] == v for t in inside):
            continue
        if low is not None:
            q = m.start - 1
            while q >= 0 and low[q] in ARTICLE_WORDS:
                q -= 1
            if (q >= 0 and low[q] in PREPOSITIONS) or (v + 1 < n and low[v + 1] == "by"):
                continue  # "a delegation of the Foreign Ministry led by ...": a name in a phrase, a participle
        top = [t for t in inside if heads[t] not in inside or heads[t] == t]
        head = next((t for t in top if heads[t] != v), None)
        if head is None:
            continue
        for t in inside:
            if heads[t] == v:
                heads[t] = head
        root = heads[head] == head or heads[head] == v
        heads[v], labels[v] = (v, "root") if root else (heads[head], labels[head])
        for k in range(n):
            if heads[k] == head and k not in inside and k != v and k > v:
                heads[k] = v  # the rest of the sentence hangs on the verb
        heads[head], labels[head] = v, "nsubj"
        changed = True
    return Parse(tuple(heads), tuple(labels), parse.tags) if changed else parse
#: verbs by which the subject holds what another gives ("have the support of", "enjoys the backing of")
RECEIVING = frozenset(["have", "has", "had", "having", "enjoy", "enjoys", "enjoyed", "enjoying", "receive",
                       "receives", "received", "receiving", "win", "wins", "won", "gain", "gains", "gained",
                       "retain", "retains", "retained", "count", "counts"])
#: what one party gives another and the other holds ("the support of", "the backing of"): the "of" phrase gives
GIVEN = frozenset(["support", "backing", "help", "assistance", "aid", "engagement", "sympathy", "solidarity",
                   "endorsement", "blessing", "protection", "approval", "confidence", "trust", "friendship"])
#: what ends a list of gerunds read backwards: a clause word, a quotation, a parenthesis; and a finite verb
LIST_BREAKS = CLAUSE_WORDS | frozenset([";", ":", '"', "“", "”", "(", ")"])
FINITE_TAGS = frozenset(["VBZ", "VBD", "VBP", "MD"])


#: how the parse may hang a participle that is a noun's reduced relative clause on the verb before it
_MISREAD_PARTICIPLE = frozenset(["ccomp", "xcomp", "advcl", "conj", "dep", "parataxis"])


def reduced_passive(p: Parse, verb: int) -> bool:
    """A past participle right after a noun, with no auxiliary or subject of its own, that the parse hung on
    another verb ("ready to sign a peace treaty sought by Baku" read as "said ... sought"): a reduced relative
    clause on the noun, which undergoes the act (its "by" agent is the source, never a target)."""
    return (p.tags[verb] == "VBN" and verb > 0 and p.tags[verb - 1].startswith("NN")
            and p.labels[verb] in _MISREAD_PARTICIPLE
            and p.child(verb, "aux", "aux:pass", "cop", "nsubj", "nsubj:pass", "obj") is None)


def modifies(low: Sequence[str], tags: Sequence[str], mention: Mention) -> bool:
    """``mention`` is followed by the noun it modifies ("the DPRK (North Korea) ballistic missile launches")."""
    q = mention.end
    if q < len(low) and low[q] == "(":
        q = next((k + 1 for k in range(q, min(len(low), q + 6)) if low[k] == ")"), q)
    return q < len(low) and tags[q].startswith(("NN", "JJ")) and low[q].isalpha()


def condition(p: Parse, low: Sequence[str], verb: int) -> bool:
    """``verb`` heads an "unless ..." or "if ..." clause."""
    return any(low[c] in ("unless", "if") for c in p.children(verb, "mark"))


#: roots of acts that judge, demand of or threaten whoever did what they name: praise, demand, disapprove, reject,
#: threaten ("condemned the sanctions imposed by Washington" is aimed at Washington; "sent aid delivered by the Red
#: Cross" is not aimed at the Red Cross)
JUDGING_DOERS = frozenset({"05", "10", "11", "12", "13"})
#: nouns of the way something was done, whose clause's subject is the doer judged ("praised the way Peru responded")
MANNER_NOUNS = frozenset(["way", "manner", "fashion"])
#: participles of telling, whose "by" phrase names a teller, not a doer
TELLING_PARTICIPLES = frozenset(["described", "quoted", "cited", "broadcast", "published", "announced", "disclosed",
                                 "revealed", "confirmed", "alleged", "denied"])
#: participles set off by a comma that tell a further act of the clause's own subject, a word of naming, judging
#: or asking ("condemned the strike, calling it an act of aggression", "denounced the move, urging Peru to
#: reverse it", "rejected the report, describing the deployment as a provocation"): the teller's act, not what
#: the verb of condemning before them says was done (ClauseReader.dropped)
JUDGING_PARTICIPLES = frozenset([
    "calling", "describing", "branding", "terming", "labelling", "labeling", "dubbing", "characterizing",
    "characterising", "accusing", "blaming", "urging", "demanding", "denouncing", "condemning", "criticizing",
    "criticising", "warning"])
