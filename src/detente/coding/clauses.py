"""Who did it to whom, read from the sentence's dependency parse (:mod:`detente.coding.syntax`).

For a verb of the lexicon the source is its subject, found through the structures that word order gets wrong:

- relative clauses: in "Canada, which is set to send aid, asked Cuba ..." the aid is Canada's (the relative
  pronoun stands for the noun the clause hangs on) and has no target;
- control: in "Seoul asked Tokyo to lift the ban" the lifting is Tokyo's (the object of "asked" controls it), in
  "Pyongyang vowed to retaliate" it is Pyongyang's;
- coordination: "met the leader and praised him" shares its subject; "France and Germany condemned" has two;
- passives: the subject is the target, the "by" agent the source ("China was criticized by the United States");
  a participle after a noun ("sanctions imposed by the UN on Iran") takes the noun's actor as target;
- appositives and "of"-phrases: "Kim Yo Jong, the sister of the leader" is Kim Yo Jong; the target of
  "condemned Russia's annexation" is Russia;
- reported speech: in "A said B fired missiles" the launch is B's (its own subject), never A's.

Acts that are only the content of an accusation or a denial are not events: "Caracas accused Bogota of violating
the accord" is Venezuela's accusation (112) and no violation; "Israel denied that it attacked Syria" is a denial.
Nouns used as modifiers ("strike talks") and gerunds after "of" ("a policy of fighting corruption") are no acts.

When the parse names no subject (a fragment, a headline) the word-order reading of :mod:`~detente.coding.roles`
is used instead.
"""

from __future__ import annotations

from collections.abc import Callable

from detente.coding._agencies import agency_report, borrowed_from_agency, reporter
from detente.coding._agreement_topics import agreement_field
from detente.coding._alongside import met_alongside
from detente.coding._blamed import blame_laid
from detente.coding._casualty_passive import copular_casualty
from detente.coding._clause_words import (
    ACCUSING,
    ACT_HEADS,
    AIMING,
    ARTICLE_WORDS,
    ASSAULTS,
    ATTRIBUTIVE,
    AUTHORING,
    CHARGES,
    CLAIMING,
    CLAUSE_LABELS,
    COMPLEMENTS,
    FINITE_TAGS,
    JUDGING_DOERS,
    JUDGING_PARTICIPLES,
    LIST_BREAKS,
    MANNER_NOUNS,
    MEETING_WORDS,
    NO_SHARING,
    PART_OF_ACT,
    PARTY_NOUNS,
    PASSIVE_SUBJECT,
    PLAN_NOUNS,
    POSSESSIVES,
    PRONOUNS,
    PURPOSE_HEADS,
    RELATIVE_PRONOUNS,
    SHARED_PURPOSE,
    SUBJECT,
    TARGET_CASES,
    TELLING_PARTICIPLES,
    Roles,
    attributive_modifiers,
    condition,
    modifies,
    placed_roles,
    reduced_passive,
    split_names,
)
from detente.coding._demand_reasons import demander_tells
from detente.coding._denied import denied_report
from detente.coding._elicited import elicited
from detente.coding._event_nouns import EventNouns
from detente.coding._headline import headline_passive
from detente.coding._mention_shapes import fronted
from detente.coding._named_as import named_as
from detente.coding._noun_actors import posted_to
from detente.coding._paired import paired_parties
from detente.coding._passive_infinitive import passive_infinitive
from detente.coding._place_voices import VOICED, place_voices
from detente.coding._protected import protected_in
from detente.coding._supported import supported_holder
from detente.coding._words import ASKING_ROOTS, DATE_WORDS, OFFICE_NOUNS, SAY
from detente.coding.mentions import Mention
from detente.coding.syntax import Parse

__all__ = ["ACCUSING", "CLAIMING", "ClauseReader", "Roles"]

#: the prepositions of a phrase of target joined to the ones before by "and" ("and to the people of Peru")
_JOINED_CASES = frozenset(["to", "against", "on", "with", "toward", "towards"])
#: the word before "thanks" when thanks are given: its tag ("heartfelt thanks", "its thanks"), an article or a verb
#: of giving ("that thanks to ..." is "because of")
_THANKED = ("JJ", "PRP$", "POS", "CD")
_GIVING = frozenset(["the", "a", "an", "special", "express", "expressed", "expresses", "expressing", "extend",
                     "extended", "extends", "extending", "convey", "conveyed", "conveys", "conveying", "offer",
                     "offered", "offers", "send", "sent", "sends", "give", "gave", "gives"])


class ClauseReader(EventNouns):
    """Reads sources and targets of a sentence's verbs from its parse."""

    def __init__(self, parse: Parse, low: list[str], mentions: list[Mention],
                 chain: Callable[[Mention], list[Mention]] | None = None, *, acts: frozenset[int] = frozenset()
                 ) -> None:
        self.parse = attributive_modifiers(parse, low, mentions) if not ATTRIBUTIVE.isdisjoint(low) else parse
        self.parse = split_names(self.parse, mentions, low)
        #: the tokens of the sentence's verbs and event nouns of the lexicon
        self.acts = acts
        #: the actors joined to one by "and" and commas in word order ("China, South Korea, Japan and Russia")
        self.chain = chain
        self.low = low
        self.mentions = mentions
        #: actors coordinated with a pronoun subject, found by the last call of :meth:`subject`
        self.companions: list[Mention] = []
        self.at: dict[int, Mention] = {}
        for m in mentions:
            for q in range(m.start, m.end):
                self.at[q] = m

    # -- subjects and objects --------------------------------------------------------------------------------

    def _after_fronted(self, verb: int) -> int | None:
        """The subject of a main verb the parse left without one because it hung the name before it on the clause
        set before the sentence's subject ("Before leaving the capital, Medvedev criticized Japan", a name the
        parser does not know parsed as the object of "leaving"): the actor named right after that clause's comma
        and right before the verb."""
        m = self.at.get(verb - 1)
        if m is None or m.start < 2 or self.low[m.start - 1] != "," or not m.has_country or not fronted(self.low) \
                or "," in self.low[:m.start - 1]:
            return None  # "X, a man living in Pyongyang told ...": an apposition, no clause set before
        own = self.head_of(m)
        return own if self.parse.heads[own] < m.start else None

    def _antecedent(self, verb: int) -> int | None:
        """The noun a relative clause hangs on, for the clause's verb (climbing through xcomp/conj)."""
        p = self.parse
        v = verb
        for _ in range(4):
            if p.labels[v] in ("acl:relcl", "acl", "advcl:relcl"):
                return p.heads[v]
            if p.labels[v] in ("xcomp", "conj", "ccomp") and not p.is_root(v):
                v = p.heads[v]
                continue
            return None
        return None

    def subject(self, verb: int) -> tuple[int | None, bool]:
        """The token that is ``verb``'s subject, and whether the verb is passive (its subject undergoes the act)."""
        p = self.parse
        v = verb
        self.companions = []
        for _ in range(5):
            passive = p.child(v, *PASSIVE_SUBJECT)
            active = p.child(v, *SUBJECT)
            own = active if active is not None else passive
            if own is not None and self.low[own] in PRONOUNS and own not in self.at:
                # "he and Kim agreed": Kim acts beside whoever "he" is
                self.companions = [m for c in self._conjuncts(own) if (m := self.at.get(c)) is not None]
                if p.labels[v] == "ccomp" and not p.is_root(v):  # "Japan said it will meet China": the speaker
                    v = p.heads[v]
                    continue
                return None, False  # "he met ...": read by word order here, resolved across the article later
            if own is not None and (post := posted_to(self.low, p.tags, own)) is not None:
                # "the ambassadors of Russia to Pakistan paid ...", parsed "to Pakistan pay": the envoys' states
                inside = next((self.at[q] for q in range(post, own) if q in self.at and self.at[q].has_country), None)
                own = self.head_of(inside) if inside is not None else post
            if own is not None:
                if borrowed_from_agency(self.low, p, verb, v, own):
                    return None, False  # "They agreed ..., the agency reported": no act of the agency's
                if self.low[own] in RELATIVE_PRONOUNS:
                    antecedent = self._antecedent(v)
                    if antecedent is not None:
                        own = antecedent
                return own, (active is None and v == verb) or (v != verb and self._borrowed_passive(verb, active)) \
                    or (v == verb and (copular_casualty(p, self.low, verb)  # "said four soldiers were wounded"
                                       or blame_laid(self.low, verb)))  # "Israel Solely to Blame for ..."
            label = p.labels[v]
            if p.is_root(v):
                return self._after_fronted(v), False
            if v == verb and reduced_passive(p, verb) and self.agent(verb):
                return verb - 1, True  # "sign a treaty sought by Baku" parsed as "said ... sought": the treaty's
            head = p.heads[v]
            if label == "xcomp" and v == verb and blame_laid(self.low, verb) and p.child(head, "nsubj") is not None:
                return p.child(head, "nsubj"), True  # "U.S. Chiefly to Blame": the adverb parsed as a verb
            if label == "xcomp":  # "asked Cuba to release": Cuba releases; "vowed to retaliate": the vower
                controller = p.child(head, "obj", "iobj")
                if controller is not None and not p.verbal(controller) and self.low[head] not in PURPOSE_HEADS:
                    return controller, False
                v = head
            elif label in ("conj", "advcl") and p.verbal(head):
                v = head
                if v != verb and self._judging_participle(verb) and p.labels[v] == "ccomp" and not p.is_root(v) \
                        and self.low[p.heads[v]] in SAY:
                    v = p.heads[v]  # "said there were no troops there, branding the raid ...": the teller brands
                elif v != verb and demander_tells(self.low, p, verb, v):
                    v = p.heads[v]  # "demanded that Peru withdraw, saying ...": the demander says it
            elif label in ("advcl", "xcomp", "parataxis") and p.is_root(head) and head < v \
                    and p.tags[head].startswith("NN") \
                    and p.child(head, "cop") is None:
                # a sentence whose only verb hangs on a name the parse took for its root ("Kenyan Foreign Minister
                # X and his Tanzanian counterpart, Y, signed ..."): that name is the subject
                return (self.head_of(self.at[head]) if head in self.at else head), False
            elif label == "acl" and self._planned(v, head):
                v = p.heads[head]  # "announced measures to ease sanctions": the announcer eases them
            elif label in ("acl", "acl:relcl") and not p.verbal(head):
                # "sanctions imposed by ...": the noun undergoes the act; "troops attacking ...": they act; a
                # sentence with no verb but this one ("The Union called on Russia to ...", the participle read as
                # the noun's modifier) is active; "Peruvian government to blame for ...": the blamed
                return head, blame_laid(self.low, verb) or (self.parse.tags[verb] == "VBN" and p.child(
                    verb, "obj") is None and not (label == "acl" and p.is_root(head) and self.agent(verb) == []))
            else:
                return None, False
        return None, False

    def _planned(self, verb: int, noun: int) -> bool:
        """Whether ``verb`` is the infinitive of a plan or a measure (``noun``, :data:`PLAN_NOUNS`) that is the
        object of a verb of authoring (:data:`AUTHORING`): "announced measures to ease sanctions", "adopted steps to
        lift the embargo" (the measures' author acts, not the measures)."""
        p = self.parse
        return (self.low[noun] in PLAN_NOUNS and p.labels[noun] == "obj" and not p.is_root(noun)
                and self.low[p.heads[noun]] in AUTHORING and any(self.low[c] == "to" for c in p.children(verb, "mark")))

    def _borrowed_passive(self, verb: int, active: int | None) -> bool:
        """``verb`` has no subject of its own and is passive, so the subject it takes from the clause it hangs on
        undergoes its act: a passive auxiliary of its own ("Ghana protested after being criticized by Togo",
        "Having been invited by Togo, Ghana ...", "Ghana objected and was warned by Togo"), or a bare participle
        coordinated after a passive with a "by" agent of its own ("Ghana was criticized by Togo and condemned by
        Nigeria")."""
        p = self.parse
        if p.child(verb, "aux:pass") is not None:
            return p.labels[verb] in ("advcl", "conj", "xcomp")
        return (active is None and p.labels[verb] == "conj" and p.tags[verb] == "VBN"
                and p.child(verb, "aux", "cop", "mark") is None and bool(self.agent(verb)))

    def agent(self, verb: int) -> list[Mention]:
        p = self.parse
        for child in p.children(verb, "obl:agent", "obl", "nmod:agent"):
            if p.labels[child] == "obl:agent" or any(self.low[c] == "by" for c in p.children(child, "case")):
                return self.actors(child)
        # "Branded as Wrecker of Peace by Belgian Party": the parse hangs the agent on the "as" phrase's noun
        for named in p.children(verb, "obl", "xcomp"):
            if self._case(named) == "as":
                for child in p.children(named, "nmod"):
                    if self._case(child) == "by":
                        return self.actors(child)
        return []

    def _own(self, found: list[Mention], own: frozenset[str]) -> list[Mention]:
        """``found`` without the possessive pronouns that stand for the verb's own subject: in "Chile reaffirmed
        its support for Peru" "its" is Chile, and the support is for Peru."""
        # "recalled its ambassador to Peru": a role behind a possessive pronoun that names no country is the
        # subject's own too
        return [m for m in found if not (m.code[:3] in own and self.low[m.start] in POSSESSIVES)
                and not (not m.has_country and m.start > 0 and self.low[m.start - 1] in POSSESSIVES)]

    def _done_by(self, participle: int) -> list[Mention]:
        """The actors of the "by" phrase of a participle hanging on a noun ("the sanctions imposed by Washington");
        none for a participle of reporting ("the killing reported by Peruvian radio": the reporter did nothing)."""
        if self.low[participle] in SAY or self.low[participle] in TELLING_PARTICIPLES:
            return []
        for child in self.parse.children(participle, "obl:agent", "obl"):
            if self._case(child) == "by" and (found := self.actors(child)):
                return found
        return []

    def _manner_doer(self, noun: int) -> list[Mention]:
        """The subject of the clause that tells the way of doing a noun of manner names ("the way Eritrea responded
        to the initiative", "the manner in which Peru handled the crisis"): the one whose conduct is judged."""
        if self.low[noun] not in MANNER_NOUNS:
            return []
        for clause in self.parse.children(noun, "acl:relcl", "acl"):
            if (subject := self.parse.child(clause, "nsubj")) is not None and (found := self.actors(subject)):
                return found
        return []

    def objects(self, verb: int, code: str, own: frozenset[str] = frozenset()) -> tuple[list[Mention], bool]:
        """The actors ``verb`` acts on, and whether the parse gave the verb any object or target phrase. ``own``:
        the countries of the verb's sources, whose possessive pronouns ("its", "their") name no target."""
        p = self.parse
        seen = False
        for child in p.children(verb, "iobj", "obj"):
            seen = True
            if self.low[child] in RELATIVE_PRONOUNS:  # "Cuba, which Canada is set to help"
                child = self._antecedent(verb) or child
            if code[:2] in JUDGING_DOERS and (found := self._manner_doer(child)):
                return found, True  # "praised the way Peru handled the crisis": Peru is praised
            for agent in p.children(child, "nmod", "acl"):  # "condemned the provision of arms by X to Y": X
                if self._case(agent) == "by":
                    found = self.actors(agent)
                    if found:
                        return found, True
                if p.labels[agent] == "acl" and code[:2] in JUDGING_DOERS and (found := self._done_by(agent)):
                    return found, True  # "condemned the sanctions imposed by Washington": the doer is judged
                if self._case(agent) == "of":  # "the shelling of Ghanaian villages by Togolese troops": Togo
                    for deeper in [*p.children(agent, "nmod", "acl"), *(
                            # the parse hangs the noun's "by" phrase on an active verb with a subject
                            p.children(verb, "obl") if p.child(verb, "nsubj") is not None else ())]:
                        if self._case(deeper) == "by" and (found := self.actors(deeper)):
                            return found, True
                        if p.labels[deeper] == "acl" and p.heads[deeper] == agent and code[:2] in JUDGING_DOERS \
                                and (found := self._done_by(deeper)):
                            return found, True  # "expressed appreciation of the role played by Saudi Arabia"
                if code[:2] in JUDGING_DOERS and (found := self._manner_doer(agent)):
                    return found, True  # "paid tribute to the way Eritrea responded": Eritrea is praised
            found = self._own(self.actors(child), own)
            if found:
                return found, True
            for grand in p.children(child, "nmod"):  # "imposed sanctions on Iran"
                if self._case(grand) in TARGET_CASES:
                    found = self._own(self.actors(grand), own)
                    if found:
                        return found, True
            if found := self._aimed(child, own):  # "imposed sanctions aimed at Iran"
                return found, True
            if found := self._own_clause(child, own, verb):  # "lifted the sanctions it had imposed on Peru"
                return found, True
        say = self.low[verb] in SAY
        obliques = list(p.children(verb, "obl", "nmod", "obl:unmarked"))
        if seen:  # "condemn the provision of arms by X to Y": the "by" phrase is the object's agent, X
            for child in obliques:
                if self._case(child) == "by" and (found := self.actors(child)):
                    return found, True
        for child in obliques:
            case = self._case(child)
            if case is None:
                continue
            seen = True
            if (say and case != "to") or self.low[child] in DATE_WORDS:
                continue
            if case in TARGET_CASES or (case == "in" and (code in ("032", "033", "042", "043", "087")
                                                          or code[:2] in ASSAULTS)):
                found = self._own(self.actors(child), own)
                if not found and code[:2] in ASSAULTS:  # "an attack against military facilities in Israel"
                    found = next((self.actors(g) for g in p.children(child, "nmod")
                                  if self._case(g) == "in" and self.actors(g)), [])
                if found:
                    return found, True
            if case == "in" and code == "051" and (found := supported_holder(p, self.low, self.mentions, child, own)):
                return found, True  # "issued a statement in support of the statement of the DPRK's spokesman"
        if found := self._own(self._joined_phrase(verb), own):  # "... and to the government of Peru"
            return found, True
        # what an accuser says ("alleged that Peruvian troops had crossed"): its doer is the accused
        accusing = code == "112" and (self.low[verb] in ACCUSING or self.low[verb] in CLAIMING)
        found = self._asked(verb, asking=code[:2] in ASKING_ROOTS or accusing)
        if accusing:
            found = [m for m in found if m.code[:3] not in own]  # "claimed that it had tested": no accusation
        if found:
            return found, True
        return [], seen

    def _joined_phrase(self, verb: int) -> list[Mention]:
        """"condolences to the families of the victims, including ..., and to the government and people of
        Peru": a phrase of target joined by "and" and its own preposition to the verb's object or phrases, which the
        parse of a long list hangs on a noun deep inside them or on the verb; its actors of a country are the act's
        targets."""
        p, low = self.parse, self.low
        todo = [c for c in p.children(verb, "obj", "iobj", "obl", "conj") if not p.verbal(c)]
        found: list[Mention] = []
        while todo:
            t = todo.pop()
            todo.extend(p.children(t))
            case = p.child(t, "case")
            if p.labels[t] == "conj" and case is not None and low[case] in _JOINED_CASES and low[case - 1] == "and":
                found += [m for m in self.actors(t) if m.has_country and all(m is not f for f in found)]
        return found

    def _aimed(self, noun: int, own: frozenset[str]) -> list[Mention]:
        """Whom the object of an act is aimed at, by a participle or a relative clause on it: "drills directed
        against Cuba", "sanctions aimed at Iran", "measures that target the Russian banking sector"."""
        p = self.parse
        for clause in p.children(noun, "acl", "acl:relcl"):
            if self.low[clause] not in AIMING:
                continue
            for child in p.children(clause, "obl", "obj"):
                if p.labels[child] == "obj" or self._case(child) in TARGET_CASES:
                    found = self._own([m for m in self.actors(child) if m.has_country], own)
                    if found:
                        return found
        return []

    def _own_clause(self, noun: int, own: frozenset[str], verb: int) -> list[Mention]:
        """Whom the object was aimed at, told by a relative clause on it whose subject is the verb's own subject
        (a pronoun, or none): "lifted the sanctions it had imposed on Peru", "ended the aid that it had given to
        Peru" (the parser may hang such a clause on the verb, as its complement, right after the object). A
        clause with another subject ("the aid that Bolivia gave to Peru") names no target of the verb."""
        p = self.parse
        clauses = list(p.children(noun, "acl:relcl"))
        for clause in p.children(verb, "ccomp"):
            subject = p.child(clause, *SUBJECT)
            if subject is not None and (subject == noun + 1 or (subject == noun + 2 and self.low[noun + 1] in
                                                                ("that", "which"))):
                clauses.append(clause)
        for clause in clauses:
            subject = p.child(clause, *SUBJECT)
            if subject is not None and self.low[subject] not in ("it", "they", "he", "she", "we") \
                    and not (subject in self.at and self.at[subject].code[:3] in own):
                continue
            for child in p.children(clause, "obl"):
                if self._case(child) in ("on", "against", "to", "toward", "towards"):
                    found = self._own([m for m in self.actors(child) if m.has_country and m.code[:3] not in own],
                                      own)
                    if found:
                        return found
        return []

    def _closing_subject(self, verb: int) -> int | None:
        """The subject of a verb that closes the sentence after a comma or a quotation ("..., Colombia urged.",
        "'...,' the minister said."), which the parser may hang on the words before: the actor right before it."""
        if verb < 2 or any(w.isalnum() for w in self.low[verb + 1:]):
            return None
        mention = self.at.get(verb - 1)
        if mention is None or mention.start == 0 or self.low[mention.start - 1] not in (",", '"', "''", "”", "the"):
            return None
        if self.low[mention.start - 1] == "the" and (mention.start < 2 or self.low[mention.start - 2] not in
                                                     (",", '"', "''", "”")):
            return None
        return self.head_of(mention)

    def _asked(self, verb: int, *, asking: bool) -> list[Mention]:
        """Whom an act is done to when no object names it: the subject of a bare infinitive after it ("helped
        Israel shoot down the drones"); for an appeal or a demand (``asking``), the subject of what is asked
        ("demanded that China release the crew", "insisted Peru withdraw", "'Chile must pay,' Bolivia
        demanded")."""
        p = self.parse
        for clause in p.children(verb, *(("ccomp", "xcomp", "parataxis") if asking else ("xcomp",))):
            if not asking and p.tags[clause] != "VB":
                continue
            for subject in [*self._clause_subjects(clause), *p.children(clause, "compound")]:
                if subject < clause and (found := [m for m in self.actors(subject) if m.has_country]):
                    return found
        if asking and all(not w.isalnum() for w in self.low[verb + 1:]):  # "Chile must pay, Bolivia urged."
            root = next((t for t in range(verb) if p.is_root(t)), None)
            said = p.child(root, "nsubj", "nsubj:pass") if root is not None else None
            if root is not None and said is not None and "," in self.low[root:verb]:
                return [m for m in self.actors(said) if m.has_country]
        return []

    # -- whether a verb is an act at all ---------------------------------------------------------------------

    def dropped(self, verb: int, phrase: set[int]) -> str | None:
        """Why the verb (with the words of its matched ``phrase``) is no act, or None."""
        p = self.parse
        tag, label = p.tags[verb], p.labels[verb]
        if tag.startswith("NN") and label == "compound" and p.heads[verb] == verb + 1 and verb + 1 not in phrase \
                and not self.low[verb].endswith("ed") \
                and p.tags[verb + 1].startswith("NN") and self.low[verb + 1] not in ACT_HEADS:
            return "a noun modifying the next noun"
        if tag == "VBG" and verb > 1 and self.low[verb - 1] == "of" and p.tags[verb - 2].startswith("NN") \
                and self.low[verb - 2] not in ("accusation", "accusations", "charges"):
            return "a gerund after 'of'"
        if not p.verbal(verb):
            return None
        v = verb
        for _ in range(3):
            if not p.is_root(v) and p.labels[v] == "conj" and p.tags[v] == "VBG" and self.low[v - 1] == "of":
                # "accused Peru of violating the accord and of shelling ...": the second charge
                if self.low[p.heads[v]] in ACCUSING:
                    return f"what '{self.low[p.heads[v]]}' says was done"
                v = p.heads[v]
            if p.is_root(v):
                return None
            head = p.heads[v]
            if v == verb and p.labels[v] == "acl:relcl" and self.low[head] in CHARGES:
                # "Chile's accusation that Peru shelled ...": the parser reads "that" as a relative pronoun
                return f"what '{self.low[head]}' says was done"
            if p.labels[v] not in COMPLEMENTS:
                return None
            if (self.low[head] in ACCUSING or self.low[head] in CHARGES) and head != verb \
                    and not self._judging_participle(v):
                return f"what '{self.low[head]}' says was done"
            if self.low[head] in CLAIMING and head != verb and self._claimed_of_another(head, v):
                return f"what '{self.low[head]}' says another did"
            if p.labels[v] in ("obl", "nmod") and p.verbal(v):
                v = head
                continue
            v = head
        return None

    def _judging_participle(self, v: int) -> bool:
        """``v`` is a participle of naming, judging or asking set off by a comma and hung on the verb before it
        as an adverbial clause ("condemned the strike, calling it an act of aggression"): the subject's own act."""
        p = self.parse
        return (p.labels[v] == "advcl" and p.tags[v] == "VBG" and v > 0 and self.low[v - 1] == ","
                and self.low[v] in JUDGING_PARTICIPLES and next(p.children(v, "mark"), None) is None)

    def _claimed_of_another(self, claim: int, clause: int) -> bool:
        """"The U.S. report claimed that Pakistani forces had fired first": the claim is about another's act (an
        accusation, not an act); "Pyongyang claimed that it had tested a missile" tells its own."""
        p = self.parse
        claimer, doer = p.child(claim, "nsubj"), next(iter(self._clause_subjects(clause)), None)
        if claimer is None or doer is None:
            return False
        own = {m.code[:3] for m in self.actors(claimer) if m.has_country}
        others = {m.code[:3] for m in self.actors(doer) if m.has_country}
        return bool(own) and bool(others) and own.isdisjoint(others)

    def _clause_subjects(self, clause: int) -> list[int]:
        """The subjects of a clause's verb, and those the parser hangs on its auxiliary ("forces had first fired":
        "forces" under "had")."""
        p = self.parse
        return [*p.children(clause, "nsubj", "nsubj:pass"),
                *(s for aux in p.children(clause, "aux") for s in p.children(aux, "nsubj", "nsubj:pass"))]

    def subjects(self, subject: int, verb: int) -> list[Mention]:
        """The actors of ``subject`` and of any further subject of the same verb (a coordination parsed flat)."""
        found = self.actors(subject) or self._titled_list(subject)
        for other in self.parse.children(verb, *SUBJECT):
            if other != subject:
                found.extend(m for m in self.actors(other) if all(m is not f for f in found))
        if found and ("counterpart" in self.low or "counterparts" in self.low):
            found += self._counterpart_beside(found, verb)
        found = [m for m in found if posted_to(self.low, self.parse.tags, m.start) is None] or found
        return placed_roles(self._opening(found))

    def _titled_list(self, subject: int) -> list[Mention]:
        """"Chile's Foreign Minister Juan Lopez, Peruvian Foreign Minister Ana Garcia, and ... condemned": an
        office whose holder's name the actors' table lacks ends its actor before the name, and the parse hangs the
        office on the name and takes a word inside the office's phrase ("Chile") for the subject. The office is
        then the subject's actor, with the actors listed after it in word order."""
        p, m = self.parse, self.at.get(subject)
        if m is None or self.chain is None or self.low[m.end - 1] not in OFFICE_NOUNS:
            return []
        name = p.heads[self.head_of(m)]
        if not m.end <= name < m.end + 3 or any(p.tags[q] != "NNP" or q in self.at for q in range(m.end, name + 1)):
            return []
        return self.chain(m)

    def _counterpart_beside(self, found: list[Mention], verb: int) -> list[Mention]:
        """The counterpart joined to a subject before the verb ("Russian FM Sergey Lavrov and his Chinese
        counterpart, Wang Yi, spoke by phone"), which the parse often hangs on the subject's name as an
        apposition or leaves out: the person "his/her/their ... counterpart" after "and" (a name between the two
        allowed), up to the verb."""
        last = max(found, key=lambda m: m.end)
        out: list[Mention] = []
        for m in self.mentions:
            if m.start <= last.end or m.end > verb or not m.person or m.start == 0 \
                    or self.low[m.end - 1] not in ("counterpart", "counterparts") \
                    or self.low[m.start - 1] not in POSSESSIVES or any(m is f for f in found):
                continue
            between = self.low[last.end:m.start - 1]
            if between and between[-1] == "and" and len(between) <= 5 \
                    and all(w.isalpha() or w == "," for w in between):
                out.append(m)
        return out

    def _opening(self, found: list[Mention]) -> list[Mention]:
        """``found`` with the actors listed before it at the start of its clause, which the parser often leaves
        out of a subject that opens a sentence ("Chile and Argentina launched ...": "Chile" read as a modifier)."""
        if self.chain is None or not found:
            return found
        first = min(found, key=lambda m: m.start)
        for m in self.mentions:
            if m.start >= first.start or not any(c is first for c in self.chain(m)):
                continue
            q = m.start - 1
            while q >= 0 and self.low[q] in ("the", "both"):
                q -= 1
            if q > 0 and self.low[q] in ("from", "of") and self.low[q - 1] in PARTY_NOUNS:
                q -= 2  # "said delegations from Chile and Peru had met": the parser splits the list
                while q >= 0 and self.low[q] in ("the", "both"):
                    q -= 1
            if q < 0 or self.low[q] in (",", ";", ":", "that", '"', "“", "``") or self.low[q] in SAY:
                return [c for c in self.chain(m) if c.start < first.start and all(c is not f for f in found)] \
                    + found
            break
        return found

    def _path(self, token: int) -> list[int]:
        return [token, *self.parse.ancestors(token)]

    def separated(self, verb: int, mention: Mention, *, target: bool = False) -> bool:
        """True when ``mention`` stands in another clause than ``verb``: the path between them in the tree
        crosses a clause boundary (a relative or adverbial clause, a complement clause, a parenthetical;
        coordinated verbs share their objects: "met and had talks with the envoy"). "Canada, which is set to send
        aid, asked Cuba": Cuba is not the aid's recipient."""
        p = self.parse
        if target and (self._governed_by(verb, mention) or self.named_after(verb, mention)):
            return False  # "talks with Peru", "a letter to Peru", "with NAME, ROLE of Peru": whatever the tree says
        up_verb = self._path(verb)
        up_mention = self._path(self.head_of(mention))
        common = next((t for t in up_mention if t in set(up_verb)), None)
        if common is None:
            return True
        if common == up_mention[0]:
            return False  # the verb hangs from the actor itself (its relative clause, or a loose attachment)
        conditional = mention.start > 0 and self.low[mention.start - 1] in ("unless", "if")
        if target and not conditional and mention.end != verb and self._followed_by_verb(mention):
            return True  # "... and South Korea condemned": the subject of the next verb, whatever the tree says
        for path in (up_verb, up_mention):
            for t in path:
                if t == common:
                    break
                label = p.labels[t]
                if label == "advcl" and condition(p, self.low, t):
                    continue  # "will withdraw unless Seoul pays": the condition names whom the threat is for
                if label in CLAUSE_LABELS:
                    return True
                if target and path is up_verb and label in ("nsubj", "nsubj:pass") and self.low[common] in VOICED:
                    return True  # "the Israeli strikes were condemned by Jordan": Jordan judged, was not struck
                if target and path is up_mention and label in ("nsubj", "nsubj:pass", "csubj") \
                        and p.heads[t] != verb and p.verbal(p.heads[t]) and not condition(p, self.low, p.heads[t]):
                    return True  # the subject of another verb ("fired a missile and Seoul condemned it")
        return False

    def _governed_by(self, verb: int, mention: Mention) -> bool:
        """``mention`` is the object of a preposition of target right after the event noun ``verb`` ("talks with
        Peru", "new sanctions on the Peruvian navy", "aid to Peru"): its own phrase, which the parser often hangs
        on a later verb ("ready to resume talks with Peru, the minister said")."""
        if not self.parse.tags[verb].startswith("NN"):
            return False
        low, at = self.low, verb + 1  # "openness to meeting with the DPRK", "readiness for talks with Peru"
        if low[at:at + 1] in (["to"], ["for"], ["of"]) and low[at + 1:at + 2] and low[at + 1] in MEETING_WORDS:
            at += 1  # the act's own words; "a visit to the U.S.", "aid for Peru": the phrase is the target's
        while at < min(len(low), verb + 4) and low[at] in MEETING_WORDS:
            at += 1
        if at >= len(low) or low[at] not in TARGET_CASES or (low[at] == "of" if at == verb + 1 else
                                                              low[at] in ("to", "for", "of")):
            return False
        if low[verb] == "thanks" and (verb == 0 or not (self.parse.tags[verb - 1].startswith(_THANKED)
                                                        or low[verb - 1] in _GIVING)):
            return False  # "thanks to his leadership the party won": because of it, no thanks given
        between = self.low[at + 1:mention.start]
        return len(between) <= 2 and all(w in ARTICLE_WORDS for w in between)

    def within(self, verb: int, act: int) -> bool:
        """``verb`` is part of the act of ``act``, not an act of its own: it lies in what ``act`` does or says
        ("agreed to implement a moratorium and allow inspectors", "easing restrictions on trade", "decided to
        further contacts and talks"). Verbs coordinated with ``act`` ("condemned the attack and called on ..."),
        in a clause beside it, or with a subject of their own are acts of their own."""
        p = self.parse
        t = verb
        for _ in range(8):
            if p.is_root(t) or p.child(t, *SUBJECT, *PASSIVE_SUBJECT) is not None:
                return False  # a clause with its own subject ("..., and we urge Iran") is an act of its own
            label, head = p.labels[t], p.heads[t]
            if head == act:
                return label in PART_OF_ACT
            if label not in PART_OF_ACT and label != "conj":
                return False
            t = head
        return False

    def _shared_object(self, verb: int, code: str, own: frozenset[str]) -> list[Mention]:
        """Whom a verb with no target of its own acts on when it shares its clause with the verb before: the
        second of two coordinated verbs with one subject ("Chile condemned Peru and demanded an apology": of
        Peru; the verb before must be an act of the lexicon), or a purpose after an act ("telephoned Peru's
        president to discuss the crisis": with him). Not after a verb of saying, asking or helping, and a
        purpose only for cooperative acts (01-08)."""
        p = self.parse
        if p.is_root(verb) or p.child(verb, *SUBJECT, *PASSIVE_SUBJECT) is not None:
            return []
        head, label = p.heads[verb], p.labels[verb]
        if head not in self.acts or self.low[head] in SAY or self.low[head] in NO_SHARING:
            return []
        purpose = (label == "advcl" or (label == "xcomp" and self.low[head] in PURPOSE_HEADS)) \
            and any(self.low[c] == "to" for c in p.children(verb, "mark"))
        if not (label == "conj" or (purpose and code[:2] in SHARED_PURPOSE)):
            return []
        if p.child(head, *PASSIVE_SUBJECT) is not None:  # "Peru was attacked and condemned ...": not Peru's
            return []
        found: list[Mention] = []
        for child in p.children(head, "obj", "iobj"):
            if child not in self.at or modifies(self.low, p.tags, self.at[child]):
                continue  # an actor, not an actor's thing ("condemn the DPRK's launches, commit to")
            found = self._own([m for m in self.actors(child) if m.has_country], own)
            if found:
                break
        if not found and label == "conj" and not p.labels[head].startswith("acl") \
                and all(self.low[s] not in RELATIVE_PRONOUNS for s in p.children(head, *SUBJECT)):
            found = self._shared_phrase(head, own)  # not in a relative clause ("who is on a visit to X, met")
        return found

    def _shared_phrase(self, head: int, own: frozenset[str]) -> list[Mention]:
        """The target the verb before names in a phrase of its own, for the second of two coordinated verbs:
        "protested to Peru and demanded compensation", "imposed sanctions on Peru and froze its assets" (Peru's).
        The phrase hangs on that verb or on its object, its preposition directs an act ("to", "against", "on",
        "with", "toward"), and it names an actor of a country other than the source's. Not when the verb before is
        in a relative clause ("who is on a visit to Peru, met and had talks with ...")."""
        p = self.parse
        phrases = [c for c in p.children(head, "obl") if self._case(c) in _JOINED_CASES]
        for obj in p.children(head, "obj"):
            phrases += [c for c in p.children(obj, "nmod") if self._case(c) in _JOINED_CASES]
        for phrase in phrases:
            if phrase in self.at and not modifies(self.low, p.tags, self.at[phrase]):
                found = self._own([m for m in self.actors(phrase) if m.has_country], own)
                if found:
                    return found
        return []

    def _talks_after(self, verb: int, own: frozenset[str]) -> list[Mention]:
        """Whom a meeting with no party of its own is held with when a verb coordinated after it, with no subject
        of its own and no act of the lexicon, names the party: "met and had a talk with a delegation of Peru"
        (the party of the "with" phrase on the second verb or on its object)."""
        p = self.parse
        for conj in p.children(verb, "conj"):
            if conj in self.acts or p.child(conj, *SUBJECT, *PASSIVE_SUBJECT) is not None:
                continue
            phrases = [c for c in p.children(conj, "obl", "nmod") if self._case(c) == "with"]
            for obj in p.children(conj, "obj"):
                phrases += [c for c in p.children(obj, "nmod") if self._case(c) == "with"]
            for phrase in phrases:
                found = self._own([m for m in self.actors(phrase) if m.has_country], own)
                if found:
                    return found
        return []

    def _gerund_partner(self, verb: int, own: frozenset[str]) -> list[Mention]:
        """Whom a gerund with no party of its own acts on when it goes on a list of gerunds after the one that
        names the party: "reacted by downgrading relations with India, suspending bilateral trade and closing the
        border" (India's, each). Read in word order, as the parse hangs such lists on the main verb, on the first
        gerund or on a noun: the gerund follows a comma or "and"; the gerund before it on the list (or, when that
        one names no party either, the one before it), an act of the lexicon, is within twelve words with no
        finite verb, clause word or quotation between; its party is the first actor between the two that is not
        the source's own."""
        low, tags = self.low, self.parse.tags
        if not (tags[verb] == "VBG" and verb > 1 and low[verb - 1] in (",", "and")):
            return []
        for q in range(verb - 2, max(-1, verb - 13), -1):
            if low[q] in LIST_BREAKS or tags[q] in FINITE_TAGS:
                return []
            if q in self.acts and tags[q] == "VBG":
                found = [m for m in self.mentions if q < m.start and m.end < verb and m.has_country
                         and m.code[:3] not in own and low[m.start] not in POSSESSIVES][:1]
                if found or not (q > 1 and low[q - 1] in (",", "and")):
                    return found  # a gerund with no party of its own on the list: the one before it
        return []

    def roles(self, verb: int, code: str, phrase: set[int] | None = None) -> Roles:
        found = self._roles(verb, code, phrase)
        paired = paired_parties(self.low, self.mentions, {verb, *(phrase or ())}, code) if not found.drop else None
        return found if paired is None else Roles(*paired, True, True, noun=found.noun, joint=True)

    def _roles(self, verb: int, code: str, phrase: set[int] | None) -> Roles:
        drop = self.dropped(verb, phrase or set()) or denied_report(self.low, verb)  # "denied reports that ..."
        if not drop and agreement_field(self.low, self.parse.tags, verb, code):
            drop = "a field an agreement covers, not an act"  # "signed agreements on gas import and export"
        if not drop and self.parse.tags[verb].startswith("NN") and named_as(self.parse, self.low, verb):
            drop = "what a verb of naming calls the one it judges, not an act"  # "Branded as Saboteur of Talks"
        if (reaction := elicited(self, verb)) is not None:  # "the launch drew condemnation from Japan"
            return Roles(*reaction, True, True, drop, noun=True)
        if self._noun(verb):
            return self._noun_roles(verb, code, drop)
        subject, passive = self.subject(verb)
        if (closing := self._closing_subject(verb)) is not None:
            subject, passive = closing, False
        elif subject is not None and not passive and (headline_passive(self.parse, self.low, verb)
                                                      or passive_infinitive(self.low, verb)):
            passive = True  # "Japan Urged to Stop Whaling", "Day to Be Celebrated in Cuba": a headline's passive
        elif subject is None and headline_passive(self.parse, self.low, verb):
            return Roles([], [], False, False, drop)  # parsed with no subject: the word order's passive holds
        if not passive and agency_report(self.low, verb, subject):
            return Roles([], [], False, False, "a news agency reporting")  # "..., Xinhua reported": its trade
        if passive:
            targets = self.actors(subject) if subject is not None else []
            agents = self.agent(verb) or place_voices(self.low, self.mentions, verb)
            return Roles(agents, targets, True, True, drop)
        sources = self.subjects(subject, verb) if subject is not None else []
        sources += [m for m in self.companions if all(m is not s for s in sources)]
        # with no subject in the parse, the actors named before the verb (the word-order subject) own "its"
        own = sources or [m for m in self.mentions if m.end <= verb and self.low[m.start] not in POSSESSIVES]
        targets, target_found = self.objects(verb, code, frozenset(m.code[:3] for m in own))
        if not targets:
            targets = self._shared_object(verb, code, frozenset(m.code[:3] for m in own))
        if not targets and code[:2] == "04":  # "met and had a talk with ...", "spoke alongside Netanyahu"
            targets = self._talks_after(verb, frozenset(m.code[:3] for m in own)) \
                or met_alongside(self.low, self.mentions, verb, frozenset(m.code[:3] for m in own))
        if not targets and code[:2] in ("13", "15"):  # "ready to use force to protect Russians in Ukraine"
            targets = protected_in(self.parse, self.low, verb, self.actors, self._case,
                                   frozenset(m.code[:3] for m in own))
        if not targets:  # the source alone is its own ("downgrading relations with Niger, suspending ...")
            doer = sources or [m for m in self.mentions if m.end <= verb and self.low[m.start] not in POSSESSIVES][:1]
            targets = self._gerund_partner(verb, frozenset(m.code[:3] for m in doer))
        taken = {m.code for m in sources}
        targets = [t for t in targets if t.code not in taken and all(t is not s for s in sources)
                   and not reporter(self.low, t, verb)]
        return Roles(sources, targets, subject is not None or bool(sources), target_found or bool(targets), drop)
