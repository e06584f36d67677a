"""What kind of act a coded verb is, read from the words around it: the option a verb of weighing weighs, a
judgement that makes a report a criticism, a decision that is the act itself, the promise an infinitive belongs to,
the appeal or demand a modal prescribes, an act inside another's act, an act told as background.

The :class:`~detente.coding.coder.Coder` asks these of each candidate event before it keeps, recodes or drops it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from detente.coding._behind import behind_charge
from detente.coding._letters import letter_gap
from detente.coding._released import document_released
from detente.coding._words import (
    ASKING_ROOTS,
    BACKGROUND,
    BOUNDARIES,
    CLAUSE_WORDS,
    CONDITIONS,
    CONTRAST_WORDS,
    DETERMINERS,
    INTENT_BEFORE_TO,
    LETTER_TEXTS,
    NEGATORS,
    QUOTE_MARKS,
    RECALLING,
    RECENT,
    REPORT_CODES,
    REPORTING,
    WEIGHING_CODES,
    past,
)
from detente.coding.clauses import ClauseReader
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate, RoleFinder
from detente.model import Event

__all__ = ["ASSAULTS", "JUDGED_CODES", "NO_CHOICE", "PROSPECT_LINKS", "WEAPONS", "accused", "armed_march",
           "armed_target", "background", "courtesy_call", "decided", "described_relations", "force_purpose",
           "journey_purpose", "judges", "own_acts", "own_process_praised", "pledger", "prescription",
           "projectile_blast", "rule_owner", "rule_told", "state_force", "verbal_blast", "weighed", "withdrawal"]


def weighed(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str]) -> bool:
    """Whether ``cand`` is the option a verb of weighing weighs or what an appeal or a demand asks for, no act of
    its own: "is considering sending aid", "weighs measures to ease sanctions" (CAMEO codes the consideration,
    014, alone), "demanded that Peru cancel the sale", "urged Chile to apologise" (the demand, 10, and the appeal,
    02, alone). The complement follows the verb within eight words of its clause."""
    for other in candidates:
        if other is cand or not other.verb < cand.verb <= other.end + 8:
            continue
        if other.code not in WEIGHING_CODES and other.code[:2] not in ASKING_ROOTS:
            continue
        if other.code == "040" and other.sources and other.used and low[max(other.used)] in LETTER_TEXTS \
                and letter_gap(low, max(other.used), cand.verb):
            continue  # "sent a letter to Peru protesting ...", "... that protested": what the letter says
        between = low[other.end:cand.verb]
        if between[:1] == ["that"] and other.code[:2] in ASKING_ROOTS:
            between = between[1:]  # "demanded that Peru apologize"
        if not any(w in BOUNDARIES or w in CLAUSE_WORDS or w in CONTRAST_WORDS or w in _CLAUSE_BREAKS
                   for w in between):
            return True
    return False


#: words that end the complement of a verb of weighing or asking ("urged talks, then met ...")
_CLAUSE_BREAKS = frozenset([",", "and", "then", "after", "before", "when", "as", "amid"])


#: an attack named by its weapon is conventional force of that kind ("artillery attack" 194, "missile strikes" 195)
WEAPONS = {"artillery": "194", "rocket": "194", "mortar": "194", "missile": "195", "air": "195", "aerial": "195",
            "drone": "195", "military": "190", "armed": "190", "naval": "190"}
ASSAULTS = frozenset(["attack", "attacks", "strike", "strikes", "assault", "assaults", "barrage", "raid", "raids"])
#: assaults that are conventional force when a state or its armed forces do them: a state's attack (190), its
#: bombing (from the air, 195), its raid, ambush, assault, storming or ramming of a vessel (190); "militants attacked",
#: "police raided" stay 18x
_STATE_FORCE = {"attack": "190", "bomb": "195", "raid": "190", "ambush": "190", "storm": "190",
                "ram": "190", "assault": "190"}
#: the roles whose raids and bombings are military (a police raid is no battle)
_ARMED_ROLES = frozenset(["", "MIL", "GOV"])


def state_force(word: str, code: str, role: str) -> str:
    """The code of an assault (18x) at ``word`` done by a state's actor of ``role`` (the third to sixth letters
    of its code; "" for the state itself): "Israeli warplanes bombed targets in Syria" 195, "troops raided the
    village" 190, "Peru attacked Chilean positions" 190."""
    stem = next((s for s in _STATE_FORCE if word.startswith(s)), None)
    if stem is None or code not in ("180", "183") or (stem != "attack" and role not in _ARMED_ROLES):
        return code
    return _STATE_FORCE[stem]


#: words after "called on ..." that make it an appeal ("called on Peru to withdraw", "for restraint", "over")
_APPEAL_LINKS = frozenset(["to", "for", "that", "not", "over", "against"])


def courtesy_call(low: Sequence[str], verb: int) -> bool:
    """Whether "called on" at ``verb`` is a visit (042: "the ambassador called on the foreign minister on Monday")
    rather than an appeal (02: "called on Peru to withdraw", "called upon all sides for restraint"): nothing in
    the rest of its clause says what is asked."""
    if low[verb] not in ("call", "calls", "called", "calling") or low[verb + 1:verb + 2] not in (["on"], ["upon"]):
        return False
    end = next((k for k in range(verb + 2, len(low)) if low[k] in BOUNDARIES or low[k] in (".", "but")), len(low))
    rest = low[verb + 2:end]
    return bool(rest) and _APPEAL_LINKS.isdisjoint(rest) and not CLAUSE_WORDS.intersection(rest)


#: words that call an act a wrong ("is a serious violation of", "constitutes a provocation")
_JUDGEMENTS = frozenset(["violation", "violations", "breach", "breaches", "provocation", "provocations",
                         "provocative", "unacceptable", "illegal", "unlawful", "reckless", "outrageous",
                         "irresponsible", "aggression", "interference", "threat", "absurd", "insufficient",
                         "inadequate", "regrettable", "deplorable", "intolerable", "unjustified", "unjustifiable",
                         "unprovoked", "unwarranted", "destabilizing", "destabilising", "baseless", "groundless",
                         "unfounded", "illegitimate", "hostile", "aggressive", "blatant", "mistake", "wrong",
                         "interferences", "infringement", "encroachment", "affront", "insult",
                         # the words the lexicon's "call ..." and "describe ... as ..." read as criticism (111)
                         "arbitrary", "discriminatory", "unfair", "unjust", "unreasonable", "disproportionate",
                         "hypocritical", "shameful", "disgraceful", "preposterous",
                         # "said the North is the culprit", "said Peru was to blame for the collapse of the talks"
                         "culprit", "culprits", "blame",
                         # a wrong told as being done ("said Lithuania is siphoning oil", "says Hanoi was spying on it")
                         "stealing", "siphoning", "smuggling", "cheating", "looting", "plundering", "pilfering",
                         "spying", "meddling", "interfering"])
#: what one is answerable for that is no wrong ("responsible for the security of", "for maintaining peace")
_DUTIES = frozenset(["security", "safety", "protection", "defence", "defense", "maintenance", "welfare",
                     "implementation", "peace", "stability", "coordination", "operation", "operations", "management",
                     "administration"])
_HOSTILE_GERUNDS = frozenset(["killing", "bombing", "shelling", "sinking", "shooting", "attacking", "kidnapping",
                              "downing", "firing", "invading", "violating", "provoking", "sabotaging"])


#: verbs of bearing a responsibility or a blame ("Peru bears full responsibility for the deaths")
_BEARING = frozenset(["bear", "bears", "bore", "borne", "shoulder", "shoulders", "shouldered"])
#: words before such a verb that make the bearing asked for ("should shoulder the blame": an appeal, 02)
_BEARING_MODALS = frozenset(["should", "must", "ought", "to", "shall", "will", "would", "can", "could", "may",
                             "might"])
#: the words between such a verb and its noun ("bears the full and sole responsibility")
_BEARING_DEGREES = frozenset(["the", "full", "ultimate", "entire", "sole", "primary", "direct", "whole", "all",
                              "and", "complete", "total"])


def _answerable(low: Sequence[str], k: int) -> bool:
    """Whether "responsible" or "accountable" at ``k`` holds someone answerable for a wrong: "for" after it and an
    act that is no duty ("responsible for the sinking of the corvette", "for the deaths of", "for shelling the
    village"; not "responsible for the security of the talks", "for maintaining peace")."""
    if low[k] in ("responsibility", "blame"):  # "bears full responsibility for": as "is responsible for"
        b = k - 1
        while b > 0 and low[b] in _BEARING_DEGREES:
            b -= 1
        if b < 0 or low[b] not in _BEARING:
            return False
    elif low[k] not in ("responsible", "accountable"):
        return False
    if low[k + 1:k + 2] != ["for"]:
        return False
    q = k + 2
    while q < len(low) and low[q] in ("the", "this", "these", "that", "those", "its", "their", "all", "any"):
        q += 1
    if q >= len(low) or low[q] in _DUTIES or low[q] in ("it", "them", "him", "her", "us", "you", "me"):
        return False  # "responsible for the security of", "would be responsible for it for a thousand years"
    return not low[q].endswith("ing") or low[q] in _HOSTILE_GERUNDS
_COPULAS = frozenset(["is", "are", "was", "were", "be", "constitutes", "constitute", "constituted", "represents",
                      "represent", "represented", "amounts", "amounted",
                      # "shared the view that China's activities pose a threat to the region": the threat is
                      # the judgement of the actor named before it, not an accord with it
                      "pose", "poses", "posed", "posing"])


#: what a judgement may be told by: a statement (010), an accord (019: "agreed that the launches are a violation")
JUDGED_CODES = frozenset([*REPORT_CODES, "019"])


def _unquoted(low: Sequence[str], start: int, count: int) -> list[str]:
    """The first ``count`` words from ``start`` on, quotation marks not counted ('was an "act of aggression"',
    'was "an act of aggression against ..."': the marks hold the judgement at a distance of no word)."""
    return [w for w in low[start:start + 2 * count] if w not in QUOTE_MARKS][:count]


def judges(low: Sequence[str], start: int, stop: int | None = None) -> bool:
    """Whether the words reported from ``start`` on call an act a wrong: a copula followed within four words by
    a word of judgement ("... said the launch was a clear violation of", "says the program constitutes a
    threat", "said Peru was solely responsible for the deaths"); the report is then a criticism (111), not a bare
    statement. ``stop`` ends what is reported (a quotation before its teller: ``_quoted_judgments``)."""
    stop = len(low) if stop is None else stop
    end = next((k for k in range(start, stop) if low[k] in BOUNDARIES), stop)
    if any(_breaks_rule(low, k, start) or _in_breach(low, k) for k in range(start, end)):
        return True
    return any(((low[k] in _COPULAS and (not _JUDGEMENTS.isdisjoint(_unquoted(low, k + 1, 4))
                                         or any(_answerable(low, j) for j in range(k + 1, min(k + 4, end)))
                                         or behind_charge(low[:end], k)))  # "said Iran was behind the attack"
                or (low[k] in _BEARING and not (k > start and low[k - 1] in _BEARING_MODALS)
                    and any(_answerable(low, j) for j in range(k + 1, min(k + 6, end)))))
               and not (low[k + 1:k + 2] and low[k + 1] in NEGATORS and low[k + 2:k + 3] != ["only"])
               and not (k > start and low[k - 1] in NEGATORS)  # "does not pose a threat": no judgement
               for k in range(start, end))


#: verbs that say an act breaks a rule ("said the launch violates Security Council resolutions", "told Peru its
#: shelling breached the truce"): the report judges the act as "is a violation of" does ("breaches" is left out: a
#: noun as often as a verb)
_BREAKING = frozenset(["violate", "violates", "violated", "breach", "breached", "contravene",
                       "contravenes", "contravened", "flout", "flouts", "flouted", "infringe", "infringes",
                       "infringed"])
#: the words that may stand between "in" and "violation of" ("in clear violation of", "in flagrant breach of")
_BREACH_DEGREES = frozenset(["clear", "direct", "flagrant", "open", "blatant", "grave", "serious", "gross",
                             "material", "outright", "further", "continued", "repeated", "total"])


def _in_breach(low: Sequence[str], k: int) -> bool:
    """Whether the words at ``k`` say an act stands against a rule: "in violation of", "in clear breach of" ("...
    advised them that Peru has a program in violation of the accord"), not after a negator ("not in breach of")."""
    if low[k] != "in" or (k > 0 and low[k - 1] in NEGATORS):
        return False
    q = k + 1
    while q < len(low) and low[q] in _BREACH_DEGREES:
        q += 1
    return low[q:q + 2] in (["violation", "of"], ["violations", "of"], ["breach", "of"], ["contravention", "of"])


#: a pronoun before the verb: the teller's own act, or one the words do not name ("said it had violated the accord
#: once", "said they violated it"): no charge against another
_AGENT_WORDS = frozenset(["it", "we", "i", "they", "he", "she"])
#: a form of "be" before the verb makes it passive: what is violated stands before it ("rights are being
#: violated"), not the one who violates
_PASSIVE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
#: how far into what is told the verb may stand: the subject of what is told and its verb ("said the Peruvian
#: missile launch violates", eight words at most)
_BREACH_REACH = 8


def _breaks_rule(low: Sequence[str], k: int, start: int) -> bool:
    """Whether the reported words hold, at ``k``, a verb of breaking a rule said in the present or past tense and
    not negated ("... said Peru's test violates", "... said its shelling violated"): not "does not violate", "would
    violate" (what might be), "violated no accord", a pronoun's act ("said it had violated the accord"), a passive
    ("rights have been violated"), a condition or a verb far into what is told."""
    if low[k] not in _BREAKING or low[k] in ("violate", "breach", "contravene", "flout", "infringe"):
        return False  # the bare form follows a modal or an auxiliary: "would violate", "did not violate"
    if k - start > _BREACH_REACH or "if" in low[start:k]:
        return False  # a long way into what is told, or a condition ("if its territory is violated")
    before = low[max(start, k - 3):k]
    if not NEGATORS.isdisjoint(before) or (k + 1 < len(low) and low[k + 1] in NEGATORS | {"nothing", "none"}):
        return False
    subject = [w for w in before if w not in ("had", "has", "have") and not (w.endswith("ly") and len(w) > 4)][-1:]
    return subject != [] and subject[0] not in _AGENT_WORDS and subject[0] not in _PASSIVE


#: the texts a body lays down: a body named before one of them owns the rule, it is not the one judged ("a
#: violation of U.N. Security Council resolutions": the wrong is the launcher's, not the UN's)
_RULES = frozenset(["resolution", "resolutions", "charter", "convention", "conventions", "law", "laws", "rules",
                    "regulations", "guidelines", "statute", "mandate", "decision", "decisions", "sanctions"])


def rule_owner(low: Sequence[str], mention: Mention) -> bool:
    """Whether ``mention`` names the body whose rule the words after it name ("U.N. Security Council resolutions",
    "the UN Charter", "IAEA rules"): the owner of a rule, no party judged or acted on."""
    after = low[mention.end:mention.end + 3]
    if after[:2] == ["security", "council"]:
        after = after[2:]
    return bool(after) and after[0] in _RULES


#: words naming a text that says something: a verb right after one of them is what the text says, no act ("a
#: resolution prohibiting such firings", "the law banning the party", "an accord ending the war"); a press article
#: is no such text: "carried an article condemning X" is the paper's act
_TEXTS = frozenset(["resolution", "resolutions", "law", "laws", "treaty", "treaties", "accord", "accords",
                    "agreement", "agreements", "bill", "bills", "decree", "decrees", "rule", "rules", "regulation",
                    "regulations", "charter", "convention", "statute", "clause", "clauses", "provision",
                    "provisions", "directive", "ordinance", "amendment"])


#: verbs that make a text: what a text passed or signed that day says is its makers' act ("the Council passed a
#: resolution condemning Syria": 111)
_ENACTING = frozenset(["pass", "passes", "passed", "adopt", "adopts", "adopted", "approve", "approves", "approved",
                       "sign", "signs", "signed", "issue", "issues", "issued", "enact", "enacts", "enacted",
                       "introduce", "introduces", "introduced", "unveil", "unveiled", "table", "tabled", "draft",
                       "drafted", "circulate", "circulated", "propose", "proposes", "proposed", "vote", "voted",
                       "endorse", "endorsed", "back", "backed", "sponsor", "sponsored", "submit", "submitted"])


#: words that lay a wrong at someone's door: what they lay it for ("blamed Indian troops for targeting civilian
#: areas", "accused Peru of supporting the rebels") is the charge. "Responsible for" is not among them: CAMEO's own
#: example "Sudan's government is responsible for mass killings ..., according to a United Nations report" codes
#: the killings (202)
_ACCUSING = frozenset(["blame", "blames", "blamed", "blaming", "accuse", "accuses", "accused", "accusing", "charge",
                       "charges", "charged", "charging", "fault", "faults", "faulted", "faulting"])
_ACCUSED_REACH = 8


def accused(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is what someone is blamed or accused of: "for" or "of" before it (an article and
    a modifier or two between) and a word of accusation among the four words before that link, in the same clause
    ("Pakistan blamed Indian troops for targeting civilian areas", "Kenya said Somalia is to blame for the attacks").
    The accusation is the act (11); the act it charges is no act told in the text's own voice. "In charge of" and
    "charge d'affaires" accuse no one, and a verb of saying is no act charged ("the charge d'affaires of Peru
    said")."""
    if low[verb] in REPORTING:
        return False
    for q in range(verb - 1, max(0, verb - _ACCUSED_REACH) - 1, -1):
        word = low[q]
        if word in BOUNDARIES or word in CLAUSE_WORDS or word in (".", ",", "and", "but"):
            return False
        if word in ("for", "of"):
            return any(w in _ACCUSING and not (k > 0 and low[k - 1] == "in") and low[k + 1:k + 2] != ["d'affaires"]
                       for k, w in enumerate(low[max(0, q - 4):q], start=max(0, q - 4)))
    return False


def rule_told(low: Sequence[str], cand: Candidate) -> bool:
    """Whether the verb at ``cand`` is a present participle right after a noun naming a text, what the text says
    ("the U.N. resolution prohibiting such firings", "a law banning the party"): no act of anyone that day, unless
    the text is made in the clause ("passed a resolution condemning Syria")."""
    v = cand.verb
    return (not cand.nominal and v > 0 and low[v].endswith("ing") and low[v - 1] in _TEXTS
            and _ENACTING.isdisjoint(low[max(0, v - 8):v - 1]))


#: roots of force and coercion: what an act of them is done "to" achieve is its aim, no act of its own
_FORCE_ROOTS = frozenset(["15", "17", "18", "19", "20"])
_PURPOSE_REACH = 30


def force_purpose(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str]) -> bool:
    """Whether the act at ``cand`` is an infinitive of purpose of an act of force told before it in the same
    clause ("fired a water cannon at the boat to drive it away and prevent it from reaching the shoal", "deployed
    three ships to support them", "shelled the town to force the rebels out"): the aim, not an act that happened
    (the force itself is coded). The infinitive's "to" follows the force act's object, not a verb of intent
    ("shelled the town and vowed to retaliate" keeps the vow); a bare verb after "and" or a comma shares an
    earlier "to" ("to drive it away and prevent it")."""
    v = cand.verb
    if cand.nominal or v < 2:
        return False
    to = v - 1 if low[v - 1] == "to" else None
    if to is None and low[v - 1] in (",", "and") and not low[v].endswith(("ed", "ing")) \
            and not (low[v].endswith("s") and not low[v].endswith("ss")):
        for q in range(v - 2, max(0, v - 16) - 1, -1):
            if low[q] in BOUNDARIES or low[q] in CLAUSE_WORDS or low[q] in CONTRAST_WORDS or low[q] == ".":
                return False
            if low[q] == "to" and q + 1 < v - 1:
                if low[q + 1] in DETERMINERS or not low[q + 1].isalpha():
                    return False  # "to the people, says X": a preposition, no infinitive
                to = q
                break
    if to is None or to < 1 or low[to - 1] in INTENT_BEFORE_TO or (to > 1 and low[to - 2] in INTENT_BEFORE_TO):
        return False
    for o in candidates:
        if o is cand or o.code[:2] not in _FORCE_ROOTS or not o.end <= to or to - o.end > _PURPOSE_REACH:
            continue
        between = low[o.end:to]
        if any(w in BOUNDARIES or w in CLAUSE_WORDS or w in CONTRAST_WORDS or w in (".", "and", "after", "before")
               for w in between):
            continue
        if any(c.verb > o.end and c.verb < to and not c.nominal and c.code[:2] not in _FORCE_ROOTS
               for c in candidates if c is not cand):
            continue  # another act between: the infinitive may be its own
        return True
    return False


#: words of deciding: a decision taken on sanctions or relations is the act itself
_DECIDING = frozenset(["decide", "decides", "decided", "deciding", "decision", "decisions"])
_SANCTIONS = frozenset(["sanctions", "embargo", "embargoes"])
#: words of announcing: an easing or a sanction announced as coming ("announced that sanctions would be lifted")
_ANNOUNCING = frozenset(["announces", "announced", "announcement"])
#: words before an announcement that is itself to come ("will announce", "plans to announce")
_AHEAD = frozenset(["will", "would", "to", "'ll", "shall"])


def _administrative(code: str) -> bool:
    """Whether a code is an act a government takes by deciding it: sanctions eased or lifted (081, 085),
    relations reduced, sanctions imposed, envoys expelled (16)."""
    return code in ("081", "085") or code[:2] == "16"


def decided(low: Sequence[str], verb: int, code: str, modality: str) -> bool:
    """Whether an act told as to come is a decision taken and announced, and so the act itself (CAMEO codes an
    easing or a sanction announced by the one who takes it as done that day): "decided to lift some sanctions",
    "announced his decision to ease sanctions", "announced that some sanctions would be lifted". A decision to sell
    arms, to meet or to help is a promise; a demand or an appeal to lift sanctions is no decision."""
    window = low[max(0, verb - 8):verb]
    if modality != "intended" or not (_administrative(code) or (code == "080" and not _SANCTIONS.isdisjoint(window))):
        return False
    for q in range(len(window) - 1, -1, -1):
        if window[q] in BOUNDARIES or window[q] in CONTRAST_WORDS:
            window = window[q + 1:]
            break
    if window[-2:-1] and window[-1] == "to" and window[-2] in _DECIDING:
        return True
    told = [q for q, w in enumerate(window) if w in _ANNOUNCING and (q == 0 or window[q - 1] not in _AHEAD)]
    return bool(told) and any(w in ("would", "will") for w in window[max(told[-1] + 1, len(window) - 3):])


#: nouns of a promise whose infinitive is the promised act ("an unshakable commitment to protect South Korea")
#: and the participles of a stance that promises it ("is committed to defending Taiwan", "remains determined to
#: protect")
_PLEDGES = frozenset(["commitment", "commitments", "pledge", "pledges", "promise", "promises", "readiness",
                      "determination", "resolve", "willingness", "vow", "guarantee", "guarantees", "committed",
                      "determined", "resolved"])


def pledger(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str]) -> list[Mention]:
    """Who promised the act at ``cand`` when it is the infinitive of a noun of promise read as an act of its own
    ("The United States has an unshakable commitment to protect South Korea", "reaffirmed its pledge to defend
    Lithuania", "signaled its willingness to ease sanctions on Cuba"): that promise's actor, or nobody."""
    if cand.verb < 2 or low[cand.verb - 1] != "to" or low[cand.verb - 2] not in _PLEDGES:
        return []
    # the noun is an act of its own ("its pledge to defend") or the last word of one ("signaled willingness to")
    promise = next((c for c in candidates if c is not cand and c.sources
                    and (c.verb == cand.verb - 2 or cand.verb - 2 in c.used)), None)
    return list(promise.sources) if promise is not None else []


#: modals that prescribe an act to its doer: what one side says another should do is its appeal (02) to it, what it
#: says the other must do its demand (10); told in the past ("said North Korea needed to cooperate", "had to
#: withdraw") the modal is the teller's words in reported speech, the same demand
_PRESCRIBING = {"should": "020", "ought": "020", "must": "100", "has": "100", "have": "100", "needs": "100",
                "need": "100", "needed": "100", "had": "100"}


def prescription(low: Sequence[str], verb: int) -> str | None:
    """The code of the modal prescribing the act at ``verb`` ("should withdraw", "must immediately release",
    "ought to halt", "has to pay", "needs to stop"), or None."""
    q = verb - 1
    while q > 0 and (low[q] in ("also", "now", "first", "then") or (low[q].endswith("ly") and len(low[q]) > 4)):
        q -= 1  # "should immediately withdraw"
    if q < 1 or not CONDITIONS.isdisjoint(low[max(0, q - 6):q]):
        return None  # "if China should attack": a condition, no appeal
    if low[q] == "to":
        return _PRESCRIBING.get(low[q - 1]) if low[q - 1] not in ("should", "must") else None
    return _PRESCRIBING.get(low[q]) if low[q] in ("should", "must") else None


#: words of vowing and resolve: what is vowed is promised to a friend or threatened to a foe ("is ready to strike",
#: "remains determined to expel")
_VOWING = ("vow", "pledg", "promis", "swear", "swore", "sworn", "resolv", "determin", "prepar", "ready", "readi")
#: roots of a hostile act: vowed, it is a threat (sanctions and cut ties 16, coercion 17, assault 18, force 19, 20)
_HOSTILE_ROOTS = frozenset(["13", "16", "17", "18", "19", "20"])


_BE_LABELS = frozenset(["cop", "aux:pass", "aux"])


def _predicate(reader: ClauseReader, verb: int) -> int:
    """The word an act told with "be" hangs on in the parse: the adjective or participle of "is concerned by the
    arrests", "is alarmed by the detentions" (the lexicon codes the copula or auxiliary), else the verb itself."""
    parse = reader.parse
    return parse.heads[verb] if parse.labels[verb] in _BE_LABELS else verb


def own_acts(events: list[Event], verbs: list[int], reader: ClauseReader | None,
              low: Sequence[str] = (), lexical: Mapping[int, str] | None = None,
              apart: frozenset[int] = frozenset()) -> list[Event]:
    """The events that are acts of their own: one between the same two countries whose verb is part of another's
    act ("agreed to implement a moratorium and allow inspectors") is that act (:meth:`ClauseReader.within`).
    An intent whose complement is an intent too keeps the complement, the more specific ("agreed to visit": 036),
    and a vow whose complement is a hostile act is that threat ("vowed to destroy", "pledged to impose sanctions":
    13, no 030; ``lexical``: each verb's code in the lexicon, so that a vow to send troops, 15 in the lexicon and 138
    as an intent, stays a promise);
    what a refusal refuses stays, as the negated act ("refused to criticize China"), and so does what an
    announcement announces ("announced the release of ..."); ``apart``: the verbs of acts of their own wherever the
    parse hangs them (a visit in a phrase of time, :mod:`~detente.coding._adjunct_meetings`)."""
    if reader is None or len(events) < 2:
        return events
    pairs = [(e.source[:3], e.target[:3]) for e in events]
    dropped: set[int] = set()
    for j, outer in enumerate(events):
        for k, inner in enumerate(events):
            # a vow with no target of its own is the vow of the threat it makes ("pledged to impose sanctions on X"),
            # and a decision with none the administrative act it takes ("decided to lift sanctions on India")
            decision = low[verbs[j]] in _DECIDING and _administrative(inner.code) if low else False
            untargeted = pairs[j] == (pairs[k][0], "---") and (
                (outer.code[:2] == "03" and inner.code[:2] == "13") or decision)
            if (pairs[j] != pairs[k] and not untargeted) or verbs[j] == verbs[k] or outer.code.startswith("12") \
                    or outer.code in REPORT_CODES or verbs[k] in apart:
                continue
            # the word of vowing between the two ("vowed to strike", "is ready to strike": the parse hangs the
            # act on "ready", not on the copula the lexicon codes)
            vow = next((q for q in range(verbs[j], verbs[k]) if low[q].startswith(_VOWING)), None) if low else None
            threat = (vow is not None and outer.code[:2] == "03" and inner.code[:2] == "13"
                      and (lexical or {}).get(verbs[k], inner.code)[:2] in _HOSTILE_ROOTS)
            if untargeted and not threat and not decision:
                continue
            if not (reader.within(verbs[k], _predicate(reader, verbs[j]))
                    or (threat and vow is not None and reader.within(verbs[k], vow))):
                continue
            dropped.add(j if outer.code[:2] == inner.code[:2] == "03" or decision or threat else k)
    return [e for k, e in enumerate(events) if k not in dropped]


#: the words that join a noun of prospect or preparation to the act it looks to
NO_CHOICE = frozenset(["choice", "option", "alternative", "recourse"])
PROSPECT_LINKS = frozenset(["for", "of", "to", "toward", "towards"])


#: prepositions of an earlier act whose phrase, closed by a comma, leaves the clause after it on the text's day
_PRECEDING = frozenset(["after", "following"])


def background(low: Sequence[str], noun: int, verbs: Iterable[int] = ()) -> bool:
    """Whether an event word names an act before the article's day: "the previous talks", "following a third
    exploratory round of U.S.-Peru talks", "since the summit", "after Peru met Chile" (the twelve words before it,
    back to a boundary or another verb of the lexicon), "the recent summit" (:data:`RECENT` with at most two words,
    hyphens aside, between, and no verb in the past: "in a recent editorial denounced the U.S." is told today).
    An "after" or "following" phrase a comma closes before a verb in the past is not its time: "After the meeting,
    Putin praised ...", "Speaking after his talks with Xi, Kishida said ..." tell of acts after it, on the text's
    day (an act to come after it, "After his meetings, Pompeo will travel to ...", is not dated by it)."""
    stops = set(verbs)
    if noun > 0 and low[noun - 1] == "after" and low[noun].endswith("ing") \
            and not {"had", "having"} & set(low[max(0, noun - 10):noun]):
        return False  # "Kerry spoke after meeting with ...": the doer's act just before the clause's, of its day
    closed = False  # a comma between: "After the meeting, Putin praised ...": the phrase ended before the act
    for q in range(noun - 1, max(-1, noun - 13), -1):
        closed = closed or low[q] == ","
        if closed and low[q] in _PRECEDING and past(low[noun]):
            return False  # the act told came after the one the phrase names, on the day the text tells
        if low[q] in BACKGROUND or (low[q] in RECENT and sum(w != "-" for w in low[q + 1:noun]) <= 2
                                    and not low[noun].endswith("ed")):
            return True  # "the recent summit", "the recent North-South summit"; "in a recent editorial denounced"
        if low[q] in BOUNDARIES or low[q] in CLAUSE_WORDS or q in stops:
            return False
    return False


def recalled(low: Sequence[str], noun: int) -> bool:
    """Whether an event noun is what an anniversary or a commemoration recalls: "on the 30th anniversary of the
    killings", "in memory of the victims of the bombing" (one of :data:`RECALLING`, then "of", at most eight words
    back and no boundary between)."""
    for q in range(noun - 1, max(0, noun - 9), -1):
        if low[q] in BOUNDARIES:
            return False
        if low[q] == "of" and low[q - 1] in RECALLING:
            return True
    return False


# -- senses read from the doer and the words around the verb -------------------------------------------------------

#: words that may stand between a subject and its verb ("forces have reportedly targeted", "that was fired")
_BETWEEN_SUBJECT = frozenset(["has", "have", "had", "was", "were", "is", "are", "been", "being", "be", "also", "then",
                              "reportedly", "allegedly", "apparently", "deliberately", "repeatedly", "later",
                              "that", "which", "subsequently", "again"])
#: what armed forces are named by ("Pakistani artillery targeted ...", "the jets that targeted ...")
_ARMED_NOUNS = frozenset(["forces", "force", "troops", "army", "armies", "navy", "military", "militaries", "soldiers",
                          "jets", "warplanes", "aircraft", "artillery", "drones", "drone", "missiles", "missile",
                          "rockets", "rocket", "warships", "warship", "tanks", "gunboats", "bombers", "units",
                          "militias", "militia", "marines", "commandos", "paratroopers", "infantry", "guard"])
#: what an armed attack hits ("targeted villages", "targeting U.S. bases"); sanctions target banks and people
_ATTACKED = frozenset(["positions", "position", "posts", "post", "villages", "village", "bases", "base", "camps",
                       "camp", "sites", "site", "facilities", "facility", "targets", "headquarters", "depots",
                       "depot", "convoy", "convoys", "vessels", "vessel", "ships", "ship", "infrastructure", "cities",
                       "city", "towns", "town", "troops", "soldiers", "fighters", "militants", "commanders",
                       "hideouts", "strongholds", "stronghold", "launchers", "airfield", "airfields", "airport",
                       "airports", "port", "ports", "bridges", "bridge", "installations", "bunkers", "tunnels",
                       "outposts", "outpost", "forces", "warships", "tanks", "border", "areas", "area", "homes",
                       "houses", "civilians", "residential", "power", "energy", "plant", "plants", "refinery",
                       "refineries", "military", "nuclear", "radar", "air", "naval", "army"])
#: nouns "targeted" modifies when it is no verb ("targeted sanctions", "targeted strikes": the noun codes itself)
_TARGETED_NOUNS = frozenset(["sanctions", "measures", "strikes", "strike", "attacks", "attack", "killings",
                             "killing", "assassinations", "assassination", "operations", "operation", "raids",
                             "raid", "aid", "assistance", "support", "restrictions", "tariffs", "approach",
                             "campaign", "campaigns", "program", "programme", "investment", "investments", "relief",
                             "individuals", "entities", "action", "actions", "steps", "policy", "policies"])


def _subject_word(low: Sequence[str], verb: int) -> int:
    """The position of the word a verb's subject ends on, the auxiliaries, adverbs and relative words between
    them aside ("the missile that had exploded": the position of "missile"); -1 at the sentence's start."""
    q = verb - 1
    while q >= 0 and (low[q] in _BETWEEN_SUBJECT or (low[q].endswith("ly") and len(low[q]) > 4)):
        q -= 1
    return q


def armed_target(low: Sequence[str], verb: int, role: str) -> bool:
    """Whether "targeted"/"targeting" at ``verb`` is an armed attack by its source of ``role`` (the third to sixth
    letters of its code): armed forces target ("Indian forces targeted villages", "the artillery that targeted the
    posts"), and a state does when what it targets is hit by arms ("Iran targeted U.S. bases"); no verb in
    "targeted sanctions", "targeted strikes against military targets" (the noun it modifies is the act), and a state
    targeting banks or people is sanctioning them."""
    after = low[verb + 1:verb + 2]
    if low[verb] == "targeted" and after and after[0] in _TARGETED_NOUNS:
        return False
    q = _subject_word(low, verb)
    if role == "MIL" or (q >= 0 and low[q] in _ARMED_NOUNS):
        return True
    if role != "":
        return False
    return not _ATTACKED.isdisjoint(low[verb + 1:verb + 7])


#: weapons that explode where they strike: the act is their firing, told by its own verb
_PROJECTILES = frozenset(["missile", "missiles", "rocket", "rockets", "shell", "shells", "projectile", "projectiles",
                          "drone", "drones", "warhead", "warheads", "interceptor", "interceptors", "mortar",
                          "mortars", "munition", "munitions"])


def projectile_blast(low: Sequence[str], verb: int) -> bool:
    """Whether the explosion at ``verb`` is a fired weapon's ("the missile exploded over the city", "a rocket
    that exploded after launch"): no bombing (183) of its own; the firing, if told, is coded from its own verb.
    A bomb that explodes is a bombing."""
    if not low[verb].startswith("explod"):
        return False
    q = _subject_word(low, verb)
    return q >= 0 and low[q] in _PROJECTILES


#: the roles of armed doers: a blast they set off is force, whatever the verb's object
_ARMED_DOERS = frozenset(["MIL", "REB", "INS", "UAF", "COP", "SPY"])
#: the bodies of armed forces that speak for them: what they blast they criticise ("the General Staff blasts the
#: drills", "a military commentator blasted ...", "the Defence Ministry spokesman blasted ...")
_SPEAKING_BODIES = frozenset(["spokesman", "spokesperson", "spokeswoman", "commentator", "staff", "ministry",
                              "department", "office"])


def verbal_blast(low: Sequence[str], cand: Candidate) -> bool:
    """Whether the verb "blast" at ``cand`` is a criticism (111), not a bombing: its doers are states, bodies or
    persons (of a country, or a government or a body whose country is not told) and none is an armed force ("KCNA
    blasts Japan's suppression of ...", "the spokesman blasted the joint drills", "Iran blasted the decision").
    Armed doers blast what they strike ("militants blasted a police station", "jets blasted targets in Gaza"),
    unless a body that speaks for them does ("the General Staff", "a military commentator"); the noun ("a blast
    hit the embassy", "two blasts killed") has no doer of its own and stays a bombing; a passive with no agent
    ("Japan's smear campaign blasted in Peru") is a criticism by a critic left untold."""
    if cand.nominal or not low[cand.verb].startswith("blast"):
        return False
    if not cand.sources:  # "Japan's smear campaign blasted in Peru": blasted by a critic the headline leaves out
        return RoleFinder.passive(list(low), cand.verb)
    return all(m.code != "---" and (_ARMED_DOERS.isdisjoint(m.code[k:k + 3] for k in range(3, len(m.code), 3))
                                    or not _SPEAKING_BODIES.isdisjoint(low[m.start:m.end + 3]))
               for m in cand.sources)


#: what a withdrawal from a deal is from; and what makes a withdrawal a military one
_DEALS = frozenset(["deal", "deals", "agreement", "agreements", "accord", "accords", "treaty", "treaties", "pact",
                    "jcpoa", "convention", "framework", "arrangement", "protocol", "talks", "negotiations"])
_MILITARY = frozenset(["troops", "forces", "force", "soldiers", "army", "military", "units", "tanks", "warships",
                       "personnel", "peacekeepers", "contingent", "brigade", "brigades", "battalion", "battalions",
                       "fighters", "militia", "militias", "garrison", "navy", "fleet", "artillery"])


def withdrawal(low: Sequence[str], cand: Candidate) -> str:
    """The code of a withdrawal: a bare "withdraw" (087 in the lexicon, a military withdrawal) with no armed force in
    its sentence and a deal in it is one from the deal ("the United States withdrew in 2018 and the deal collapsed",
    "the pact, from which Russia withdrew": 164); armed forces that withdraw ("troops withdrew from the villages
    after the ceasefire agreement") withdraw militarily (087) whatever deal the sentence names; a release (084) of
    a text ("released a report", "a video released by the ministry") is a statement (010,
    :func:`~detente.coding._released.document_released`); else the lexicon's code."""
    if cand.code == "084" and document_released(low, cand.verb):
        return "010"
    if cand.code not in ("087", "164") or not low[cand.verb].startswith("withdr"):
        return cand.code
    if cand.code == "164":
        return "087" if not _MILITARY.isdisjoint(low[max(0, cand.verb - 3):cand.verb + 4]) else "164"
    if cand.used or not _MILITARY.isdisjoint(low) or _DEALS.isdisjoint(low):
        return cand.code
    return "164"


#: what the object of an act is doing when the act's purpose is the object's ("attacked the boat while it was on its
#: way to help fishermen": the helping is the boat's, not the attacker's)
_JOURNEY_OWNERS = frozenset(["its", "their", "his", "her"])


def journey_purpose(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str]) -> bool:
    """Whether the act at ``cand`` is the purpose of a journey told after another act of the sentence, the
    journey of that act's object ("Israeli forces attacked the boat while on its way to help fishermen", "seized
    the ship en route to deliver aid"): no act of the first act's doer, nor yet of anyone."""
    v = cand.verb
    if v < 3 or low[v - 1] != "to":
        return False
    if not ((low[v - 2] == "route" and low[v - 3] == "en") or (low[v - 2] == "way" and low[v - 3] in _JOURNEY_OWNERS)):
        return False
    return any(o is not cand and o.verb < v - 3 and o.code not in REPORT_CODES and o.code[:2] not in ("04", "03")
               for o in candidates)


def armed_march(low: Sequence[str], verb: int, code: str, role: str) -> str:
    """The code of a march (141, a demonstration) by a source of ``role``: armed forces' march, named by their role
    or by an armed noun as the subject, is a show of force (150: "Ethiopian troops marched toward the front");
    crowds, veterans and protesters demonstrate."""
    if code != "141" or not low[verb].startswith("march"):
        return code
    q = _subject_word(low, verb)
    return "150" if role == "MIL" or (q >= 0 and low[q] in _ARMED_NOUNS) else code


#: words after which a past participle is an adjective of the noun it precedes: verbs of seeking and prepositions
#: ("pursue improved relations", "led to normalized ties", "the way for strengthened cooperation")
_BEFORE_ADJECTIVE = frozenset(["pursue", "pursues", "pursued", "pursuing", "seek", "seeks", "sought", "seeking",
                               "want", "wants", "wanted", "wanting", "desire", "desires", "desired", "enjoy",
                               "enjoys", "enjoyed", "expect", "expects", "expected", "to", "for", "toward",
                               "towards", "of", "on", "about", "into", "with", "an", "a", "the", "their", "its",
                               "our"])


def described_relations(low: Sequence[str], cand: Candidate) -> bool:
    """Whether a verb of bettering relations (050) in its past participle is an adjective of its object, the
    relations named as a goal or a result, no act ("in order to pursue improved relations with Argentina", "led to
    normalized relations"): right after a verb of seeking, a preposition or a determiner, with its object next or one
    word on ("improved overall relations")."""
    word = low[cand.verb]
    return (cand.code == "050" and word.endswith("ed") and cand.verb > 0
            and bool(cand.used) and cand.used <= {cand.verb + 1, cand.verb + 2}
            and low[cand.verb - 1] in _BEFORE_ADJECTIVE)


_PRAISING = frozenset(["praise", "praises", "praised", "praising", "hail", "hails", "hailed", "hailing", "laud",
                       "lauds", "lauded", "lauding", "applaud", "applauds", "applauded", "applauding", "commend",
                       "commends", "commended", "commending", "welcome", "welcomes", "welcomed", "welcoming",
                       "appreciate", "appreciates", "appreciated", "appreciating"])
_PROCESSES = frozenset(["meeting", "meetings", "talks", "summit", "summits", "dialogue", "negotiations",
                        "discussions", "relations", "ties", "relationship", "conversation", "consultations"])
_PROCESS_OWNERS = frozenset(["his", "her", "its", "their", "our", "my"])
_PRAISED_BREAKS = frozenset([",", ";", ":", "that", "for", "to", "and", "but", "as", "which", "who", "by"])
_PRAISED_REACH = 7


def own_process_praised(low: Sequence[str], verb: int, source: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether a verb of praise (05) praises talks, a meeting or relations its praiser takes part in, a comment on
    its own dealings (013) and no praise of the other side: "praised his latest meeting with Kim", "hailed the
    results of the talks between Pakistan and India" told by Pakistan, "lauded Sino-Russian relations" told by
    China. The talks' noun within seven words of the verb with no clause break before it, owned by a possessive
    before it, by a mention of the praiser's state right before it, or by one of the states after "between" it."""
    if low[verb] not in _PRAISING or not source.has_country:
        return False
    country = source.code[:3]
    for k in range(verb + 1, min(len(low), verb + 1 + _PRAISED_REACH)):
        word = low[k]
        if word in _PRAISED_BREAKS:
            return False
        if word not in _PROCESSES:
            continue
        if not _PROCESS_OWNERS.isdisjoint(low[verb + 1:k]):
            return True
        if any(m.has_country and m.code[:3] == country and verb < m.start and k - 3 <= m.end <= k
               for m in mentions):
            return True
        return k + 1 < len(low) and low[k + 1] == "between" and any(
            m.has_country and m.code[:3] == country and k + 1 < m.start <= k + 8 for m in mentions)
    return False
