"""Who did what an event noun of the lexicon names, read from the sentence's parse: "Iran's missile strikes", "the
attack by Russian forces", "held talks" (the subject of a verb that is no act), "secured the release of two Danish
sailors from Sudan" (the holder's act) (a base of :class:`~detente.coding.clauses.ClauseReader`)."""

from __future__ import annotations

from detente.coding._adjunct_meetings import ADJUNCT_MEETING_NOUNS, ADJUNCT_OPENERS
from detente.coding._clause_words import (
    ANNOUNCING,
    BEFORE_NOUN_TAGS,
    DONE_BY_HEAD,
    GIVEN,
    MODIFIER_TAGS,
    NOUN_JOINS,
    OBTAINING,
    RECEIVING,
    RELEASES,
    SUBJECT,
    TOPIC_CASES,
    Roles,
)
from detente.coding._dated_meetings import visit_of
from detente.coding._force_times import compound_head, time_modifier
from detente.coding._headline import headline_passive
from detente.coding._noun_actors import NounActors
from detente.coding._protests import protester
from detente.coding._stays import STAY_FORMS
from detente.coding.mentions import Mention

__all__ = ["EventNouns"]

#: roots of acts done in words, which a bare "in" phrase names as what another act was done as ("in denunciation
#: of"): statements, appeals, praise or support, disapproval, protest
VERBAL_ROOTS = frozenset(["01", "02", "05", "11", "14"])
#: prepositions of what an act is done in spite of or in the midst of: another's act, never its doer's
_CONCESSIVE = frozenset(["despite", "amid", "amidst", "notwithstanding"])
#: verbs of defying or ignoring what others say or do: the act a noun after them names is those others' ("kicked off
#: the drills defying strong public protest", "ignoring the warnings")
_DEFYING = frozenset(["defying", "defy", "defied", "defies", "ignoring", "ignore", "ignored", "ignores",
                      "disregarding", "disregard", "disregarded", "flouting", "flout", "flouted", "defiance"])
#: the words a noun's phrase may hold between such a verb and the noun ("defying strong domestic and foreign public
#: protest and condemnation")
_PHRASE_TAGS = ("JJ", "DT", "CC", "PRP$", "RB", "VBN", ",", "HYPH")
#: prepositions whose phrase may join two event nouns the tagger tells apart ("despite the protest and denunciation
#: of", "in protest and condemnation of"): the second is a noun too, not a verb it missed
_JOINED_IN = _CONCESSIVE | {"in"}
#: verbs of hosting whose guests meet each other in the talks named by their "for" phrase
_HOSTING = frozenset(["host", "hosts", "hosted", "hosting", "convene", "convenes", "convened", "convening"])
#: a relative pronoun as a clause's subject: the clause tells what the noun does, not who holds it ("talks which
#: ended on Monday")
RELATIVE_SUBJECTS = frozenset(["which", "that", "who", "what"])


class EventNouns(NounActors):
    """Reads the sources and targets of a sentence's event nouns; the clause readers below it supply the subjects
    and objects of verbs."""

    #: the tokens of the sentence's verbs and event nouns of the lexicon
    acts: frozenset[int]
    #: the sentence's actors
    mentions: list[Mention]
    #: actors coordinated with a pronoun subject, found by the last call of :meth:`subject`
    companions: list[Mention]

    def subject(self, verb: int) -> tuple[int | None, bool]:
        """The token that is ``verb``'s subject, and whether the verb is passive."""
        raise NotImplementedError

    def subjects(self, subject: int, verb: int) -> list[Mention]:
        """The actors of ``subject`` and of any further subject of the same verb."""
        raise NotImplementedError

    def objects(self, verb: int, code: str, own: frozenset[str] = frozenset()) -> tuple[list[Mention], bool]:
        """The actors ``verb`` acts on, and whether the parse gave the verb any object or target phrase."""
        raise NotImplementedError

    def _gerund_partner(self, verb: int, own: frozenset[str]) -> list[Mention]:
        """Whom a gerund with no party of its own acts on."""
        raise NotImplementedError

    # -- event nouns ---------------------------------------------------------------------------------------

    def _noun(self, token: int) -> bool:
        """An event noun: tagged as a noun, with no subject of its own, after a determiner, a possessive or a
        modifier ("calls" after "and" is more likely a verb the tagger missed)."""
        p, q = self.parse, token - 1
        if not p.tags[token].startswith("NN") or p.child(token, *SUBJECT) is not None or q < 0 \
                or headline_passive(self.parse, self.low, token):  # "Cuba's Stand Supported in ...": a headline's verb
            return False
        if p.labels[token] == "conj" and self.low[q] == "and" and p.heads[token] < token \
                and ((p.tags[p.heads[token]].startswith("NN") and self._case(p.heads[token]) in _JOINED_IN
                      and self._noun(p.heads[token])) or self._defied(token)):
            return True  # "despite the protest and denunciation of ...", "defying the protest and condemnation"
        return q in self.at or self.low[q] in ("-", "'s") or p.tags[q].startswith(BEFORE_NOUN_TAGS) or (
            p.tags[q] == "IN" and self.low[q] not in ("that", "because", "if", "as", "while", "whether")) or (
            # "to have discussions with Peru": the bare object of an infinitive is a noun whatever stands before it
            p.labels[token] == "obj" and p.tags[q] == "VB" and p.heads[token] == q)

    def _noun_roles(self, noun: int, code: str, drop: str | None) -> Roles:
        """Who did what an event noun names: the actors of its own phrase ("Iran's missile strikes", "the North
        Korean attack", "U.S.-ROK exercises", "the attack by Russian forces"), else, when the noun is the object
        of a verb that is no act of the lexicon ("held talks", "resumed talks", "attended the summit"), that
        verb's subject. The object of an act ("condemned the attack on Seoul") is what the act is about: the
        subject of "condemned" did not attack."""
        p = self.parse
        case = self._case(noun)
        head = p.heads[noun]
        if case in TOPIC_CASES or (case == "on" and not p.is_root(noun) and not p.verbal(head)) or (
                head != noun and self.low[head] in TOPIC_CASES):
            drop = drop or "the topic of a statement, not an act"  # "a spokesman on the DPRK-U.S. talks"
        sources = self._modifiers(noun)
        if code[:3] == "042" and len(sources) > 1:
            host = sources[-1]  # "Zarif's Islamabad visit": the place before the noun of a visit is its host
            if host.end == noun and self.low[host.start - 1] == "'s" and sources[-2].end == host.start - 1 \
                    and sources[-2].code[:3] != host.code[:3]:
                return Roles(sources[:-1], [host], True, True, drop, noun=True)
        if not sources:  # "the strong protest of the Philippine government": the government protests
            sources = protester(self, noun)
        if not sources:
            for child in p.children(noun, "nmod", "obl", "nmod:agent", "obl:agent"):
                if self._case(child) == "by":
                    sources = self.actors(child)
                    break
        if not sources and code[:3] == "042" and (of := visit_of(self.low, noun, self.mentions)) is not None:
            return Roles(*of, True, True, drop, noun=True)  # "the visit of Wang Yi to Tokyo": Wang Yi's
        if not sources and (given := self._given(noun)) is not None:
            return Roles(*given, True, True, drop, noun=True)
        from_act = False
        if not sources:
            sources = self._doer(noun, code)
            from_act = bool(sources)
        held = None if sources else self._held_in_clause(noun)
        if held is not None:
            sources = self.subjects(*held) + [m for m in self.companions if m.has_country]
        obtained = self._obtained(noun, sources)
        if obtained is not None:
            return Roles(*obtained, True, True, drop, noun=True)
        targets, found = self.objects(noun, code, frozenset(m.code[:3] for m in sources))
        if not targets and (whole := compound_head(p, noun, code)) is not None:  # "air strikes on Lebanon"
            targets, found = self.objects(whole, code, frozenset(m.code[:3] for m in sources))
        if not targets and held is not None:  # "conversations I had with leaders of China": the partner is the verb's
            targets, found = self.objects(held[1], code, frozenset(m.code[:3] for m in sources))
        if not targets and sources:  # a gerund the parse took for a noun's modifier ("suspending trade")
            targets = self._gerund_partner(noun, frozenset(m.code[:3] for m in sources))
        if not targets and sources and code[:2] == "04":  # "was in Asmara for talks": with the host
            targets = self._visit_host(noun, frozenset(m.code[:3] for m in sources))
        if not targets and from_act and code[:2] == "04":  # "told Moon in a phone call": with Moon
            targets = self._while_partner(noun, code, frozenset(m.code[:3] for m in sources))
        taken = {m.code for m in sources}
        targets = [t for t in targets if t.code not in taken]
        return Roles(sources, targets, True, found or bool(targets), drop, noun=True)

    def _obtained(self, noun: int, sources: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
        """A release or return that someone obtains is the holder's act toward the one released: in "Norway
        secured the release of two Danish sailors from Sudan" Sudan releases the Danes (to Norway when those
        released are not named by country); whoever secured it did not release anyone. Sources and targets, or
        None when ``noun`` is no release obtained."""
        p = self.parse
        if self.low[noun] not in RELEASES or p.is_root(noun) or self.low[p.heads[noun]] not in OBTAINING:
            return None
        head = p.heads[noun]
        subject, passive = self.subject(head)
        obtainer = [] if subject is None or passive else [m for m in self.subjects(subject, head) if m.has_country]
        released: list[Mention] = []
        holder = [m for m in self._modifiers(noun) if m.has_country]
        # "from Mali" may hang on those released ("the release of hostages from Mali")
        phrases = [(c, g) for c in p.children(noun, "nmod", "obl") for g in (c, *p.children(c, "nmod"))]
        for child, phrase in phrases:
            case = self._case(phrase)
            if case == "of" and phrase == child and not released:
                released = [m for m in self.actors(child, depth=1) if m.has_country]
            elif case in ("from", "by") and not holder:
                holder = [m for m in self.actors(phrase) if m.has_country]
        targets = released or obtainer
        holder = [m for m in holder if all(m.code[:3] != t.code[:3] for t in targets)]
        return holder, targets if holder else []

    def _given(self, noun: int) -> tuple[list[Mention], list[Mention]] | None:
        """(giver, receiver) of what a noun of :data:`GIVEN` names when the subject of "have", "enjoy",
        "receive", ... holds it and its "of" phrase names the giver: "Chile will continue to have the full
        support of Brazil" is Brazil's support of Chile, not Chile's act."""
        p = self.parse
        head = p.heads[noun]
        if p.labels[noun] != "obj" or self.low[head] not in RECEIVING or self.low[noun] not in GIVEN:
            return None
        givers = [m for n in (noun, *p.children(noun, "conj")) for c in p.children(n, "nmod")
                  if self._case(c) == "of" for m in self.actors(c) if m.has_country]  # "support and aid of X"
        if not givers:
            return None
        subject, passive = self.subject(head)
        if subject is None or passive:
            return None
        holders = [m for m in self.subjects(subject, head) if m.has_country]
        return givers, [m for m in holders if all(m.code[:3] != g.code[:3] for g in givers)]

    def _defied(self, noun: int) -> bool:
        """The phrase of ``noun`` follows a verb of defying or ignoring, past its modifiers, whatever the parse
        hangs it on ("defying strong domestic and foreign public protest", "in defiance of the protests")."""
        p, q = self.parse, noun - 1
        if p.labels[noun] == "conj" and not p.is_root(noun) and p.heads[noun] < noun:
            head = p.heads[noun]  # "disregarding the criticism and protest of Poland": the parse may join the
            if self.low[head] in _DEFYING or (p.tags[head].startswith("NN") and self._defied(head)):  # second to
                return True  # the verb itself, or to the first noun
        while q >= 0 and (p.tags[q].startswith(_PHRASE_TAGS) or self.low[q] in ("of", "the")):
            q -= 1
        return q >= 0 and self.low[q] in _DEFYING

    def _doer(self, noun: int, code: str = "") -> list[Mention]:
        """Who does what ``noun`` names when its phrase does not say: the subject of the verb it is the object of,
        through nouns that name no actor ("continue about a third round of talks"), unless that verb is an act
        of the lexicon other than announcing it ("announced new aid for Chile": the aid is the announcer's); or
        the actors of such a noun ("Japan's second round of talks").

        A word act named by a bare noun after "in" says what the verb's act was done as ("issued a statement in
        denunciation of the sanctions", "sent a letter in condemnation of the raid"): the subject does it, though
        the verb is an act of its own."""
        p, t = self.parse, noun
        # "despite the protest and denunciation of": the phrase's first noun holds the preposition
        first = p.heads[noun] if p.labels[noun] == "conj" and not p.is_root(noun) else noun
        if self._case(noun) in _CONCESSIVE or self._case(first) in _CONCESSIVE:
            return []  # "kept arresting them despite the denunciation of the world": not the subject's act
        if self._defied(first):
            return []  # "kicked off the drills defying strong public protest": the protest is not the drillers'
        as_act = code[:2] in VERBAL_ROOTS and self._case(noun) == "in" and p.child(noun, "det", "nmod:poss") is None
        while p.labels[t] == "compound" and t < p.heads[t] <= t + 2 and not p.verbal(p.heads[t]):
            t = p.heads[t]  # "held a phone call": the phrase's head noun hangs on the verb
        for _ in range(3):
            if p.is_root(t) or p.labels[t] not in DONE_BY_HEAD:
                return []
            head = p.heads[t]
            if code[:2] == "04" and (guests := self._hosted_guests(t, head)):
                return guests  # "hosted the ministers of Chile and Peru for talks": the guests talk
            if head in self.acts and self.low[head] not in ANNOUNCING and not as_act \
                    and not self._held_while(t, code):
                return []
            if p.verbal(head) or self._stay_place(head):  # "was in Asmara for talks with Isaias": the one there
                subject, passive = self.subject(head)
                if subject is None or passive:
                    return []
                return self.subjects(subject, head) + [m for m in self.companions if m.has_country]
            own = [m for m in self._modifiers(head) if m.has_country]
            if own or head in self.at:
                return own
            t = head
        return []

    def _hosted_guests(self, noun: int, head: int) -> list[Mention]:
        """The guests of a verb of hosting whose "for" phrase the meeting at ``noun`` heads ("for talks", "for a new
        round of talks"), when they are of two states or more ("hosted the foreign ministers of Chile and Peru for
        bilateral negotiations"): the meeting is theirs, with each other (the host's part is the hosting); none for
        one guest or none."""
        if self.low[head] not in _HOSTING or self._case(noun) != "for" or self.parse.labels[noun] != "obl":
            return []
        guests = [m for m in self.objects(head, "043")[0] if m.has_country]
        return guests if len({m.code[:3] for m in guests}) > 1 else []

    def _held_while(self, noun: int, code: str) -> bool:
        """A call or meeting named with "a" in a phrase of time of another act ("agreed in a phone call on
        Thursday", "said on a visit to Seoul"): the act's subject held it (coding._adjunct_meetings)."""
        p = self.parse
        return code[:2] == "04" and self.low[noun] in ADJUNCT_MEETING_NOUNS and self._case(noun) in ADJUNCT_OPENERS \
            and p.labels[noun] == "obl" \
            and any(self.low[d] in ("a", "an") for d in p.children(noun, "det"))

    def _while_partner(self, noun: int, code: str, own: frozenset[str]) -> list[Mention]:
        """The other party of a call or meeting held while another act was done, when the noun's phrase names
        none: the object of that act ("told Moon in a phone call": Moon was on the call)."""
        p, t = self.parse, noun
        while p.labels[t] == "compound" and t < p.heads[t] <= t + 2 and not p.verbal(p.heads[t]):
            t = p.heads[t]
        if p.is_root(t) or not self._held_while(t, code) or not p.verbal(p.heads[t]):
            return []  # only the act's own object: "said at a meeting that ..." names no partner
        return [m for c in p.children(p.heads[t], "obj", "iobj") for m in self.actors(c, depth=1)
                if m.has_country and m.code[:3] not in own]

    def _stay_place(self, token: int) -> bool:
        """Whether ``token`` is the place of a stay, the predicate of "be in" ("Abiy was in Asmara"): what is
        done "for" it there ("for talks with Isaias") is done by the subject (coding._stays)."""
        cop = self.parse.child(token, "cop")
        return cop is not None and self.low[cop] in STAY_FORMS and self._case(token) == "in" and token in self.at

    def _visit_host(self, noun: int, own: frozenset[str]) -> list[Mention]:
        """The host of the stay a meeting named by ``noun`` is the purpose of ("was in Asmara for talks"): the
        state of the place, when the meeting names no partner."""
        p = self.parse
        if p.is_root(noun) or self._case(noun) != "for" or not self._stay_place(head := p.heads[noun]):
            return []
        host = self.at[head]
        return [host] if host.has_country and not host.person and host.code[:3] not in own else []

    def _held_in_clause(self, noun: int) -> tuple[int, int] | None:
        """(subject, verb) of a relative clause on ``noun`` that tells who held what it names: "conversations I had
        with leaders of China", "the talks that Kim held with Putin". The clause's verb is no act of the lexicon
        (the noun is the act), has a subject of its own and no object: the noun is what it holds."""
        p = self.parse
        for clause in p.children(noun, "acl:relcl", "acl"):
            if clause in self.acts or not p.verbal(clause) or p.child(clause, "obj") is not None:
                continue
            subject, passive = self.subject(clause)
            if subject is not None and not passive and self.low[subject] not in RELATIVE_SUBJECTS:
                return subject, clause
        return None

    def _modifiers(self, noun: int) -> list[Mention]:
        """The actors written before an event noun inside its phrase, read in word order (a parse often splits
        "U.S.-ROK exercises"): possessives, adjectives, hyphenated pairs."""
        found: list[Mention] = []
        q, steps, owned = noun - 1, 0, False
        while q >= 0 and steps < 8:
            steps += 1
            m = self.at.get(q)
            if m is not None:
                if m.has_country and all(m is not f for f in found):
                    found.insert(0, m)
                owned = owned or self.low[m.end:m.end + 1] == ["'s"]  # "denounced India's strike": India's own
                q = m.start - 1
            elif self.low[q] in NOUN_JOINS or (not owned and (self.parse.tags[q].startswith(MODIFIER_TAGS)
                                                             or time_modifier(self.low[q]))):
                q -= 1  # "Russia's overnight attack": the tagger's adverb; nothing but a list before an owner
            else:
                break
        return found
