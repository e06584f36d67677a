"""Verbs in a sentence: each verb or event noun of the lexicon, coded by its longest matching phrase pattern.

"impose ... sanctions" -> 163, "call for ... talks" -> 026, "express ... condolences" -> 018. A verb's patterns are
tried only when one of their first words follows it; a capitalised word inside a sentence is a name ("March"),
and a noun after a determiner is nominal ("the visit") unless a light verb makes it the act ("paid a visit").
"""

from __future__ import annotations

from itertools import compress, pairwise

from detente.coding._dared import undared
from detente.coding._figurative_offensive import figurative_offensive
from detente.coding._held_gifts import held_gift
from detente.coding._launched_attacks import launched_attack
from detente.coding._lifted import EASED_PARTICIPLES, imposed_after, passive_easing
from detente.coding._named_as import called_as
from detente.coding._resolutions import RESOLUTION_NOUNS
from detente.coding._sanctioning import SANCTION_VERBS, sanctioning
from detente.coding._stays import STAY_FORMS, stay_place
from detente.coding._words import BOUNDARIES, DETERMINERS, LIGHT, PREPOSITIONS
from detente.coding.lexicon import GAP, Lexicon, Pattern, Slot, VerbEntry, inflections
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate, RoleFinder

__all__ = ["VerbFinder"]

#: verbs of wanting: wanting another to act is an appeal (02: "wanted Peru to withdraw", as CAMEO's example "Sharon
#: wants Germany to pay more compensation" is 025), wanting to act oneself is the intent to do it ("wanted to improve
#: relations with Iraq": the act after "to", intended, and no appeal)
_WANTING = frozenset(["want", "wants", "wanted", "wanting", "wish", "wishes", "wished", "wishing"])


#: prepositions whose object is a topic, not an act ("restrictions on trade", "talks about aid")
_TOPIC_PREPOSITIONS = frozenset(["on", "about", "over", "regarding", "concerning"])
# "at" before a quantity or a time marks no target: "fired at least two missiles", "fired a missile at dawn",
# "at around 6 a.m." (a pattern's "at" is the aim of "fire at", "shoot at", "launched ... at")
_AT_NO_AIM = frozenset(["least", "most", "about", "around", "approximately", "roughly", "dawn", "daybreak",
                        "night", "nightfall", "noon", "midday", "midnight", "dusk", "sunrise", "sunset", "once",
                        "times", "sea", "the time"])
#: words after which a past participle stands before its noun as an adjective ("the agreed framework")
_ATTRIBUTIVE = frozenset([*DETERMINERS, "'s", "of", "an"])
#: the articles and possessives that may stand before an adjective inside a phrase's adjacency
_ARTICLES = frozenset(["a", "an", "the", "its", "their", "his", "her", "our"])
#: the linking words of a phrase, after which no adjective is skipped ("support the government of" is no "support of")
_PHRASE_LINKS = frozenset([*PREPOSITIONS, "to", "of", "with", "by", "as", "and", "or"])
#: words that show the participle is a verb after all ("the sanctions imposed on", "the talks held in")
_NOT_NOUNS = frozenset([*PREPOSITIONS, "and", "or", "by", "that", "which", "who", ",", ".", ";", ":", "it", "them",
                        "him", "her", "to", "a", "an", "the", "his", "its", "their", "this", "these", "those"])


#: verbs of judging whose object, in a headline's bare noun phrase, is an act of someone else: "Iran Condemns
#: Killing of Palestinians by Israeli Troops", "China Slams Detention of Its Fishermen by Japan"
_JUDGING_VERBS = frozenset(form for lemma in (
    "condemn", "denounce", "slam", "blast", "decry", "deplore", "protest", "oppose", "assail", "censure",
    "criticize", "criticise", "castigate", "lambaste", "rap", "flay", "welcome", "hail", "praise", "laud",
    "applaud", "support", "back", "reject", "refute", "mourn", "regret", "lament", "dismiss", "question",
) for form in inflections(lemma))
#: words after a noun of acting that show it is a noun with its complement ("killing of", "attack on")
_NOUN_COMPLEMENTS = frozenset(["of", "on", "upon", "against", "by", "in", "at"])


def _judged_noun(at: int, end: int, low: list[str]) -> bool:
    """Whether the act word at ``at`` (its phrase ending at ``end``) is the bare noun object of a verb of judging
    right before it, with its complement after it: "Condemns Killing of Palestinians", "denounced bombing of Syria
    by US forces" (a headline, or prose that drops the article). The judging is the event; the act judged is
    someone else's. A noun with its doer's name before it ("condemns Russian strike on Kyiv") is left to the rules
    of a named doer."""
    return at > 0 and low[at - 1] in _JUDGING_VERBS and end < len(low) and low[end] in _NOUN_COMPLEMENTS

#: heads of noun compounds whose first word is a verb's bare form: craft, their crews and their runs ("a supply
#: boat", "escort ships", "attack helicopters", "rescue teams", "supply lines")
_COMPOUND_HEADS = frozenset(["boat", "boats", "ship", "ships", "vessel", "vessels", "convoy", "convoys", "aircraft",
                             "plane", "planes", "jet", "jets", "helicopter", "helicopters", "submarine",
                             "submarines", "drone", "drones", "craft", "crew", "crews", "team", "teams", "line",
                             "lines", "route", "routes", "run", "runs", "depot", "depots", "flight", "flights",
                             "rifle", "rifles", "dog", "dogs"])
#: words after which a bare verb is a verb, not a modifier ("they escort ships", "to supply boats", "will attack")
_BEFORE_VERB = frozenset(["to", "they", "we", "i", "you", "who", "which", "that", "will", "would", "can", "could",
                          "should", "may", "might", "must", "shall", "did", "do", "does", "not", "never", "and",
                          "or", "also", "'ll", "please", "let", "help", "helped", "helps"])


def _compound_modifier(low: list[str], i: int, lemmas: set[str]) -> bool:
    """Whether ``low[i]``, a verb's bare form, modifies the craft or crew named right after it ("a Philippine supply
    boat", "PCG escort ships", "sent attack helicopters"): a noun compound, no act. After "to", a modal, a pronoun
    or "and" it stays a verb ("to supply boats", "they escort convoys")."""
    return (low[i] in lemmas and i + 1 < len(low) and low[i + 1] in _COMPOUND_HEADS
            and i > 0 and low[i - 1] not in _BEFORE_VERB)


#: sites that "host" troops, weapons or ships: a base that hosts foreign forces receives no visit ("Iraqi bases
#: hosting U.S. troops", "the air base, which hosts American forces")
_SITES = frozenset(["base", "bases", "airbase", "airbases", "facility", "facilities", "installation",
                    "installations", "camp", "camps", "compound", "compounds", "airfield", "airfields", "garrison",
                    "garrisons", "port", "ports", "harbor", "harbour", "site", "sites", "station", "stations"])
_HOSTING = frozenset(["host", "hosts", "hosted", "hosting"])
#: nouns a verb's form makes with the word before it ("the biggest stumbling block", "building blocks")
_NOUN_AFTER = {"block": frozenset(["stumbling", "building"]), "blocks": frozenset(["stumbling", "building"]),
               # "pay heed to", "paid no heed", "the least heed": the noun, no act of heeding
               "heed": frozenset(["pay", "pays", "paid", "paying", "no", "little", "scant", "any", "least"])}


def _no_act(low: list[str], i: int) -> bool:
    """Whether the verb's form at ``i`` is no act: a site that hosts forces ("bases hosting U.S. troops", "the base,
    which hosts"), or a noun made with the word before it ("a stumbling block", "pay heed to")."""
    if low[i] in _HOSTING:
        before = i - 1
        if before > 0 and low[before] in ("which", "that"):
            before -= 1
        if before > 0 and low[before] == ",":
            before -= 1
        return before >= 0 and low[before] in _SITES
    return i > 0 and low[i - 1] in _NOUN_AFTER.get(low[i], ())


#: nouns of a threat; after a copula they judge what the subject is ("the presence is a threat to Peru", "the arms
#: sales are a direct threat to China", "remains a grave threat"), and nobody threatens
_THREAT_NOUNS = frozenset(["threat", "threats"])
#: copulas that judge with a noun phrase
_JUDGING_COPULAS = frozenset(["is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained",
                              "become", "becomes", "became"])


def _judged_threat(low: list[str], i: int) -> bool:
    """Whether the threat noun at ``i`` is what a copula or a verb of naming's "as" calls its subject or object: a
    copula before it, an article and up to three modifiers between ("is a threat to", "are a direct threat",
    "remains the most serious threat", "condemned as a threat", "saw the drills as a threat"), not
    "there is a threat" (a threat told to exist, left to the rest of the coder) nor a verb's form right after the
    copula ("are facing the threat", "is deterred")."""
    if low[i] not in _THREAT_NOUNS:
        return False
    k = i - 1
    while k >= 0 and i - k <= 4 and low[k] not in _JUDGING_COPULAS and low[k] != "as" and (
            low[k] in DETERMINERS or (low[k].isalpha() and low[k] not in _NOT_NOUNS)):
        k -= 1
    if k >= 0 and low[k] == "as":  # "Iran Condemned as Threat to Peace", "saw the drills as a threat"
        return called_as(low, k)
    if k < 0 or low[k] not in _JUDGING_COPULAS or (k > 0 and low[k - 1] == "there"):
        return False
    return k + 1 == i or not low[k + 1].endswith(("ing", "ed"))  # "are facing the threat": a verb, no copula


#: words after which "thanks to" is gratitude given ("expressed thanks to", "a message of thanks to", "his sincere
#: thanks to"); elsewhere it is "because of" ("Thanks to the aid, ...", "grew stronger thanks to", "It was thanks
#: to his leadership", "convinced that thanks to his efforts")
_THANKING = frozenset([
    *(DETERMINERS - {"that", "any"}), "'s", "my", "your", "of", "express", "expresses", "expressed",
    "expressing", "extend", "extends", "extended", "extending", "convey", "conveys", "conveyed", "conveying", "give",
    "gives", "gave", "given", "giving", "offer", "offers", "offered", "offering", "send", "sends", "sent", "sending",
    "special", "sincere", "sincerest", "heartfelt", "deep", "deepest", "profound", "warm", "warmest", "many", "high",
    "hearty", "grateful", "particular", "great", "greatest", "official"])


#: nouns of gratitude "and thanks" may join ("appreciation and thanks to"); after any other word "and thanks to" is a
#: cause joined to another ("under the care of the leaders and thanks to the efforts of the two peoples")
_GRATITUDE = frozenset(["appreciation", "gratitude", "tribute", "respect", "respects", "greetings", "congratulations",
                        "praise", "admiration", "homage", "salutations"])


def _thanks_to_cause(low: list[str], i: int) -> bool:
    """Whether "thanks" at ``i`` opens "thanks to", a cause, not gratitude: no word of giving thanks, determiner or
    possessive before it, nor "and" after a noun of gratitude ("Thanks to Chinese aid, Peru rebuilt", "the economy
    grew thanks to investment", "under the care of the leaders and thanks to the efforts of the peoples")."""
    if low[i] != "thanks" or low[i + 1:i + 2] != ["to"]:
        return False
    if i > 1 and low[i - 1] == "and":  # "extended high appreciation and thanks to": gratitude coordinated
        return low[i - 2] not in _GRATITUDE
    return i == 0 or low[i - 1] not in _THANKING


#: forms of "be" (and "not") that may stand before "going to" when it tells what is to come ("is going to stage")
_BE_GOING = frozenset(["is", "are", "was", "were", "am", "be", "been", "being", "'s", "'re", "'m", "not"])
#: nouns of a going somewhere that stand after "to" bare ("is going to war", "are going to court")
_BARE_PLACES = frozenset(["war", "court", "school", "sea", "church", "press", "polls", "bed", "hospital", "jail",
                          "prison", "work", "market", "town"])


def _going_to_do(tokens: list[str], low: list[str], i: int, starts: dict[int, Mention]) -> bool:
    """Whether "going" at ``i`` tells what is to come, no going somewhere: a form of "be" before it (adverbs
    aside) and "to" with a bare verb after it ("is going to stage war games", "was not going to impose
    sanctions"), not a name, a determiner or an actor after "to" ("is going to Beijing", "are going to the talks",
    "is going to south Korea")."""
    if low[i] != "going" or low[i + 1:i + 2] != ["to"] or i + 2 >= len(low):
        return False
    before = i - 1
    while before >= 0 and low[before].endswith("ly") and len(low[before]) > 3:
        before -= 1
    after = i + 2
    word = low[after]
    return (before >= 0 and low[before] in _BE_GOING and word.isalpha() and tokens[after][:1].islower()
            and word not in DETERMINERS and word not in _BARE_PLACES and after not in starts)


def _participle_before_noun(low: list[str], i: int) -> bool:
    """Whether ``low[i]``, an -ed form, is an adjective before a noun: a determiner, a possessive or a year before
    it (quotes skipped), a word that can be a noun right after it."""
    if not low[i].endswith("ed") or i + 1 >= len(low):
        return False
    before = i - 1
    while before >= 0 and low[before] in ('"', "'", "``", "''"):
        before -= 1
    after = i + 1
    while after < len(low) and low[after] in ('"', "'", "``", "''"):
        after += 1
    if before < 0 or after >= len(low):
        return False
    previous = low[before]
    if previous not in _ATTRIBUTIVE and not (previous.isdigit() and len(previous) == 4):
        return False
    following = low[after]
    return following.isalpha() and following not in _NOT_NOUNS and not following.endswith("ly")


def _coordinated_aim(low: list[str], end: int, used: list[int], starts: dict[int, Mention]) -> list[Mention] | None:
    """The target when a pattern's noun is the second of two coordinated objects and the first has an actor of
    its own: the actor the pattern's closing preposition names ("expressed support for South Korea and concern
    over North Korea's launches": North Korea, not South Korea, the first actor after the verb), or none ("its
    thanks to Japan and its concern about the attack"). None when the pattern is not of that shape."""
    if not used:
        return None
    first, last = min(used), max(used)
    if low[last] not in PREPOSITIONS or "and" not in low[end:first] \
            or not any(end <= m.start < first for m in starts.values()):
        return None
    q = last + 1
    while q < len(low) and low[q] in DETERMINERS:
        q += 1
    return [starts[q]] if q in starts else []


def _own_want(cand: Candidate, low: list[str]) -> bool:
    """Whether an appeal (02) read from a verb of wanting is the subject's own wish to act: "to" right after the
    verb (adverbs aside), no one named between who is to act."""
    if not cand.code.startswith(("02", "10")):
        return False
    q = cand.verb + 1
    while q < len(low) and low[q].endswith("ly") and len(low[q]) > 4:
        q += 1
    return q < len(low) and low[q] == "to"


def _title_case(tokens: list[str], covered: set[int]) -> bool:
    """Whether a sentence is written in title case ("North Korea Agrees to Resume Talks"): its words of four
    letters or more that name no actor are nearly all capitalised. Names and capitalised months do not count, so
    "North Korea arrested Ling and Lee in March" is a sentence, its "March" a month."""
    words = [t for k, t in enumerate(tokens) if k not in covered and t.isalpha() and len(t) >= 4
             and t.lower() not in PREPOSITIONS]
    return (sum(1 for t in tokens if t.isalpha()) >= 3 and bool(words)
            and sum(1 for t in words if t[0].isupper()) >= 0.8 * len(words))


class VerbFinder:
    """Finds the lexicon's verbs in a sentence."""

    def __init__(self, lexicon: Lexicon, roles: RoleFinder) -> None:
        self.lexicon = lexicon
        self.roles = roles

    def find(
        self, tokens: list[str], low: list[str], covered: set[int], mentions: list[Mention]
    ) -> list[Candidate]:
        verbs = self.lexicon.verbs
        out: list[Candidate] = []
        consumed: set[int] = set()
        starts = {m.start: m for m in mentions}
        ends = {m.end: m for m in mentions}
        title_case: bool | None = None
        for i in list(compress(range(len(low)), map(verbs.__contains__, low))):
            word = low[i]
            entries = verbs[word]
            if i in covered or i in consumed:
                continue
            if i > 0 and tokens[i][0].isupper() and title_case is None:
                title_case = _title_case(tokens, covered)
            if i > 0 and tokens[i][0].isupper() and not tokens[i].isupper() and not title_case:
                continue  # a capitalised word inside a sentence is a name ("March", "Strike Force")
            if (word.endswith("ed") and i + 1 < len(tokens) and tokens[i + 1][:1].isupper() and i > 1
                    and low[i - 1].endswith("ly") and low[i - 2] in DETERMINERS and not title_case):
                continue  # "the internationally recognised Government": an adjective
            if _participle_before_noun(low, i):
                continue  # "the agreed framework", "its 1994 'agreed framework' accord": an adjective
            if _no_act(low, i):
                continue  # "bases hosting U.S. troops", "the biggest stumbling block": no act
            if figurative_offensive(low, i):
                continue  # "a human rights offensive against the DPRK": a campaign, no fighting
            if _thanks_to_cause(low, i):
                continue  # "Thanks to Chinese aid, Peru rebuilt its ports": a cause, nobody thanked
            if _judged_threat(low, i):
                continue  # "the U.S. military presence is a threat to the DPRK": a judgment, nobody threatens
            if _going_to_do(tokens, low, i, starts):
                continue  # "is going to stage war games": what is to come, no going somewhere
            if _compound_modifier(low, i, {e.lemma for e in entries}):
                continue  # "a supply boat", "escort ships", "attack helicopters": a noun's modifier
            eased = passive_easing(low, i, starts, ends) if word in EASED_PARTICIPLES else None
            if eased is not None and (eased.sources or eased.targets):  # "sanctions on Iran were lifted"
                consumed.update(eased.used)
                out.append(Candidate(i, i + 1, "085", None, False, eased.sources, eased.targets, fixed_source=True,
                                     fixed_target=bool(eased.targets), used=eased.used))
                continue
            sanctioned = sanctioning(low, i, starts, ends) if word in SANCTION_VERBS else None
            if word in SANCTION_VERBS and sanctioned is None:
                continue  # "sanctions against Iran", "the U.S. sanctions on Russia": the noun
            for entry in entries:
                cand = self._match_entry(entry, i, low, starts, ends, consumed)
                if cand is not None and undared(cand.code, low, i, starts):
                    break  # "the biggest challenge to peace": no dare, no demand
                if cand is not None and any(figurative_offensive(low, j) for j in cand.used):
                    break  # "launched a diplomatic offensive": a campaign, no fighting
                if cand is not None:
                    if sanctioned is not None:  # "Britain sanctions Russian oligarchs": its subject and object
                        cand.sources, cand.fixed_source = ([sanctioned[0]], True) if sanctioned[0] else ([], False)
                        cand.targets, cand.fixed_target = ([sanctioned[1]], True) if sanctioned[1] else ([], False)
                    imposed = imposed_after(low, max(cand.used), starts) if cand.code == "085" and cand.used else None
                    if imposed is not None:  # "lifted the sanctions imposed on India": aimed at India, no imposing
                        consumed.update(imposed.used)
                        cand.used.update(imposed.used)
                        if imposed.targets and not cand.targets:
                            cand.targets, cand.fixed_target = imposed.targets, True
                    out.append(cand)
                    break
        for before, cand in pairwise(out):
            if (before.nominal and cand.verb == before.end + 1 and low[before.end] in ("and", "or")
                    and self._topic(before.verb, low, ends)):
                cand.nominal = True  # "restrictions on trade and finance": a topic coordinated with a topic
        # a word that completed another verb's pattern ("indicated" in "indicated ... would act") is no event
        return [c for c in out if (c.verb not in consumed or c.verb in c.used)
                and not (low[c.verb] in _WANTING and _own_want(c, low))]

    @staticmethod
    def _topic(i: int, low: list[str], ends: dict[int, Mention]) -> bool:
        """Whether the word at ``i`` is a topic after "on", "about", "over", "regarding" ("restrictions on U.S.
        trade", "talks about aid"; an actor's adjective, or one hyphenated modifier, may stand between): a noun,
        no act."""
        start = ends[i].start if i in ends else i
        if start > 1 and "-" in low[start - 1] and low[start - 1] not in _TOPIC_PREPOSITIONS:
            start -= 1  # "on U-S trade", "on cross-border trade"
        return start > 0 and low[start - 1] in _TOPIC_PREPOSITIONS

    def _match_entry(
        self,
        entry: VerbEntry,
        i: int,
        low: list[str],
        starts: dict[int, Mention],
        ends: dict[int, Mention],
        consumed: set[int],
    ) -> Candidate | None:
        k_pre, k_post = len(entry.pre), len(entry.post)
        if k_pre and tuple(low[i - k_pre:i]) != entry.pre:
            return None
        if k_post and tuple(low[i + 1:i + 1 + k_post]) != entry.post:
            return None
        end = i + 1 + k_post
        prev = low[i - k_pre - 1] if i - k_pre > 0 else ""
        nominal = prev in DETERMINERS or prev == "'s"
        if nominal and prev == "that" and low[i] != entry.lemma and not low[i].endswith(("s", "ing")) \
                and not self.lexicon.petrarch:
            nominal = False  # "a note that protested ...", "a letter that said": a past tense after a relative
        if nominal and prev == "that" and i - k_pre > 1 and low[i - k_pre - 2] in RESOLUTION_NOUNS:
            nominal = False  # "a resolution that imposes sanctions": a relative clause, no noun
        if not nominal and not self.lexicon.petrarch:
            nominal = self._topic(i - k_pre, low, ends) or _judged_noun(i - k_pre, end, low)
        if nominal or prev in LIGHT:  # "renewed an appeal", "staged a hunger strike": the noun is the event
            light = prev if prev in LIGHT else (low[i - k_pre - 2] if i - k_pre > 1 else "")
            if light in LIGHT and not self.lexicon.petrarch:
                nominal = False
        best: tuple[Pattern, list[int], list[tuple[str, Mention]]] | None = None
        window = set(low[end:end + GAP + 2]) if entry.patterns else set()
        for pattern in entry.patterns:
            if best is not None and pattern.weight < best[0].weight:
                break
            if pattern.first_words and pattern.first_words.isdisjoint(window):
                continue
            bound = self._match_pattern(pattern, i - k_pre, end, low, starts, ends)
            if bound is None:
                continue
            if best is None or (bound[0] and best[1] and max(bound[0]) < max(best[1])):
                best = (pattern, bound[0], bound[1])
        if best is not None:
            pattern, used, roles = best
            aim = _coordinated_aim(low, end, used, starts) if roles == [] and not self.lexicon.petrarch else None
            if pattern.code is None and entry.code is not None and (held := held_gift(low, i, starts, ends)):
                giver, holder = held  # "Peru has the support of Brazil": Brazil's support of Peru
                return Candidate(i, end, entry.code, entry.paired, True, [giver], [holder] if holder else [],
                                 fixed_source=True, fixed_target=holder is not None)
            if pattern.code is None:
                if used and not self.lexicon.petrarch:  # the phrase's words are no events either
                    consumed.update(range(end, max(used) + 1))
                return None
            if pattern.code == "042" and low[i] in STAY_FORMS and used and not stay_place(low, max(used), starts):
                return None  # "have been killed in", "was born in": no stay, and the verb between is the act
            code = pattern.code
            if used and not self.lexicon.petrarch:
                used = list(range(end, max(used) + 1))  # the words inside a matched phrase are not events
                if code == "150" and (attack := launched_attack(low, used)) is not None:
                    code, noun = attack  # "launched a missile attack on Israel": the attack, no launch shown
                    used.append(noun)
            consumed.update(used)
            nominal = nominal and not pattern.lower  # "have postponed their meeting": the pattern says it is an act
            cand = Candidate(i, end, code, pattern.paired, nominal, used=set(used))
            for role, mention in roles:
                if role == "source":
                    cand.sources.append(mention)
                    cand.fixed_source = True
                elif role == "target":
                    cand.targets.append(mention)
                    cand.fixed_target = True
                elif role == "compound":
                    cand.compound.extend(self.roles.whole_chain(mention, list(starts.values()), low))
            if aim is not None:  # the noun's own aim, or none: never the first object's actor
                cand.targets.extend(aim)
                cand.fixed_target = True
            return cand
        if entry.code is None:
            return None
        return Candidate(i, end, entry.code, entry.paired, nominal)

    def _match_pattern(
        self,
        pattern: Pattern,
        verb_start: int,
        verb_end: int,
        low: list[str],
        starts: dict[int, Mention],
        ends: dict[int, Mention],
    ) -> tuple[list[int], list[tuple[str, Mention]]] | None:
        used: list[int] = []
        roles: list[tuple[str, Mention]] = []
        # upper: left to right after the verb
        pos = verb_end
        limit = len(low)
        for slot in pattern.upper:
            found = self._find_forward(slot, pos, low, starts, limit, wide=pattern.code is None)
            if found is None:
                return None
            first, after, mention = found
            if mention is not None:
                roles.append((slot.kind, mention))
            else:
                used.extend(range(first, after))
            pos = after
        # lower: right to left before the verb
        pos = verb_start
        gap = pattern.lower_gap
        for slot in reversed(pattern.lower):
            found_back = self._find_backward(slot, pos, gap, low, ends)
            if found_back is None:
                return None
            first, mention = found_back
            if mention is not None:
                roles.append((slot.kind, mention))
            else:
                used.extend(range(first, pos))
            pos = first
            gap = slot.gap
        return used, roles

    @staticmethod
    def _word_at(slot: Slot, q: int, low: list[str]) -> int | None:
        if low[q] in slot.singles:
            return q + 1
        for alt in slot.multi:
            k = len(alt)
            if low[q] == alt[0] and (tuple(low[q:q + k]) == alt or (
                tuple(low[q:q + k - 1]) == alt[:-1] and q + k <= len(low) and low[q + k - 1] == alt[-1] + "s"
            )):
                return q + k
        return None

    def _find_forward(
        self, slot: Slot, pos: int, low: list[str], starts: dict[int, Mention], limit: int, *, wide: bool = False
    ) -> tuple[int, int, Mention | None] | None:
        reach = slot.gap + 1
        if wide and slot.gap == 1 and pos < limit and low[pos] in _ARTICLES and not self.lexicon.petrarch \
                and slot.singles.isdisjoint(_PHRASE_LINKS):
            reach += 1  # a null phrase's noun after an article and one adjective: "meet a miserable end"
        stop = min(limit, pos + reach)
        for q in range(pos, stop):
            if low[q] in BOUNDARIES:
                return None
            if slot.kind == "word":
                if low[q] == "at" and q + 1 < len(low) and (low[q + 1] in _AT_NO_AIM or low[q + 1][:1].isdigit()):
                    continue  # "fired at least two missiles", "fired at 6 a.m.": no aim
                after = self._word_at(slot, q, low)
                if after is not None:
                    if low[q] == "by" and slot.gap == 1 and q > pos and low[q - 1].endswith("ed") \
                            and not self.lexicon.petrarch:
                        return None  # "Cuba's Stand Supported by Peru": the passive's participle, no adjective
                    return q, after, None
            else:
                mention = starts.get(q)
                if mention is not None:
                    return q, mention.end, mention
        return None

    def _find_backward(
        self, slot: Slot, pos: int, gap: int, low: list[str], ends: dict[int, Mention]
    ) -> tuple[int, Mention | None] | None:
        for q in range(pos - 1, max(-1, pos - gap - 2), -1):
            if low[q] in BOUNDARIES:
                return None
            if slot.kind == "word":
                for alt in slot.alts:
                    k = len(alt)
                    if q - k + 1 >= 0 and tuple(low[q - k + 1:q + 1]) == alt:
                        return q - k + 1, None
            else:
                mention = ends.get(q + 1)
                if mention is not None:
                    return mention.start, mention
        return None

    # -- sources and targets -----------------------------------------------------------------------------------
