"""The actors a noun phrase names, read from the sentence's parse: "Gondor and Rohan", "U.S. and North Korean
officials", "the leaders of Chad and Niger", "police in Oita, Japan" (the base of
:class:`~detente.coding.clauses.ClauseReader`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from detente.coding._clause_words import AUXILIARIES, NOUN_LINKS, PLACE_CASES, placed_roles
from detente.coding.mentions import Mention
from detente.coding.syntax import Parse

__all__ = ["NounActors", "posted_to"]

#: posts held in another country, named with "to" and the country they are posted to ("the ambassadors of Russia
#: and Nepal to Pakistan", "envoys of different countries to South Africa", "Japan's delegate to the UN")
_POSTED_ABROAD = frozenset(["ambassador", "ambassadors", "envoy", "envoys", "d'affaires", "diplomat", "diplomats",
                            "consul", "consuls", "delegate", "delegates", "emissary", "emissaries"])
#: how far before "to" such a post may stand in its phrase ("ambassadors and charges d'affaires a.i. of Russia,
#: Myanmar, Nepal, Bangladesh, Philippines, Algeria and Kyrgyzstan to Pakistan")
_POST_REACH = 20


def posted_to(low: list[str], tags: tuple[str, ...], start: int) -> int | None:
    """The post abroad whose "to" phrase the word at ``start`` opens after "to" ("the ambassadors of Russia to
    Pakistan": the word "ambassadors" for "Pakistan"), with nothing but its phrase between them; ``None`` if none.
    The country there is where the post serves, neither the post's state nor a party acting."""
    if start < 2 or low[start - 1] != "to":
        return None
    for q in range(start - 2, max(-1, start - 2 - _POST_REACH), -1):
        if low[q] in _POSTED_ABROAD:
            return q
        if tags[q].startswith("VB") or tags[q] == "MD" or low[q] in (";", ":", ".", "who", "which", "that"):
            return None
    return None

#: prepositions whose phrase after a verb names whom it is done with or to ("had a talk with NAME, ROLE of ...")
_NAMING_CASES = frozenset(["with", "to"])
#: how many words after the verb its "with" or "to" may stand ("met and had a talk with")
_NAMED_REACH = 6
#: words opening another clause between the verb and the phrase
_NEW_CLAUSE = frozenset(["that", "which", "who", "while", "after", "before", "when", "because"])


class NounActors:
    """Reads the actors of a sentence's noun phrases from its parse."""

    parse: Parse
    low: list[str]
    #: the actors joined to one by "and" and commas in word order ("China, South Korea, Japan and Russia")
    chain: Callable[[Mention], list[Mention]] | None
    #: the actor each token belongs to
    at: dict[int, Mention]

    # -- actors of a noun ------------------------------------------------------------------------------------

    def actors(self, token: int, *, depth: int = 2) -> list[Mention]:
        """The actor a noun phrase headed by ``token`` names, with those coordinated with it."""
        found: list[Mention] = []
        self._collect(token, found, depth)
        if self.chain is not None and found:  # a list the parse splits up is still one list
            for m in self.chain(found[-1])[1:]:
                if all(m is not f for f in found) and not self._followed_by_verb(m):
                    found.append(m)
        return placed_roles(found)

    def _followed_by_verb(self, mention: Mention) -> bool:
        """The word after ``mention`` (past auxiliaries) is a finite verb: the mention is that verb's subject."""
        p, after = self.parse, mention.end
        while after < len(self.low) and (p.tags[after] == "MD" or self.low[after] in AUXILIARIES):
            after += 1
        return after < len(self.low) and p.tags[after] in ("VBD", "VBZ", "VBP")

    def _collect(self, token: int, found: list[Mention], depth: int) -> None:
        mention = self.at.get(token)
        if mention is not None and token != self.head_of(mention):
            return  # the parse joins a word inside the phrase to something else: no reading of it here
        if mention is not None:
            # "Gondor and Rohan"; "U.S. and North Korean officials" (the first country modifies the shared noun)
            shared = [c for c in self.parse.children(token, "compound", "amod")
                      if self.at.get(c) not in (None, mention)]
            # "the leaders of Chad and Niger": the conjunct hangs on the country inside the phrase
            inner = [c for q in range(mention.start, mention.end) if q != token for c in self._conjuncts(q)
                     if not mention.start <= c < mention.end]
            for t in (*shared, token, *self._listed(token, mention), *self._conjuncts(token), *inner,
                      *self._beside_of(token, mention)):
                m = self.at.get(t)
                if m is not None and not m.has_country:
                    m = self._placed(t, m)
                if m is not None and all(m is not other for other in found):
                    found.append(m)
            return
        if (named := self._named_by_role(token)) is not None:
            found.append(named)  # "a message of greeting to Letsie III, king of Lesotho": the king's
            return
        if depth <= 0 or self.parse.verbal(token):
            return
        for child in self.parse.children(token, *NOUN_LINKS):
            if self._case(child) in PLACE_CASES:
                continue  # "for the first time in Singapore": where, not who
            before = len(found)
            self._collect(child, found, depth - 1)
            if len(found) > before:
                break
        if all(not m.has_country for m in found):
            for c in self._of_conjuncts(token):  # "the members of the Six Party Talks and the Security Council"
                if all(self.at[c] is not other for other in found):
                    found.append(self.at[c])

    def _named_by_role(self, token: int) -> Mention | None:
        """The role of a country written after a name the coder does not know, between commas, in word order (the
        parse often hangs the role elsewhere): "Letsie III, king of Lesotho", "Mohlabi Tsekoa, foreign minister
        of Lesotho". ``token`` is a proper noun of no actor; the name runs on to the comma."""
        p, low = self.parse, self.low
        if token in self.at or not p.tags[token].startswith("NNP"):
            return None
        end = token + 1
        while end < len(low) and end not in self.at and (p.tags[end].startswith("NNP") or low[end].isdigit()
                                                          or p.tags[end] == "CD"):
            end += 1
        role = self.at.get(end + 1) if end + 1 < len(low) and low[end] == "," else None
        if role is None or role.start != end + 1 or not (role.role_of and role.has_country):
            return None
        return role

    def named_after(self, verb: int, mention: Mention) -> bool:
        """``mention`` is the role written after a name of no actor that a "with" or "to" phrase of ``verb`` opens
        ("met and had a talk with Mohlabi Kenneth Tsekoa, foreign minister of Lesotho"): the verb's own phrase,
        whatever clause the parse makes of the name."""
        low = self.low
        start = mention.start - 1
        if start < 2 or low[start] != "," or mention.start <= verb:
            return False
        name = start - 1
        while name > verb and name not in self.at and self.parse.tags[name].startswith("NNP"):
            name -= 1
        if name == start - 1 or name <= verb or low[name] not in _NAMING_CASES:
            return False
        return self._named_by_role(name + 1) is mention and name - verb <= _NAMED_REACH and not any(
            w in (",", ";", ":", ".") or w in _NEW_CLAUSE for w in low[verb + 1:name])

    def _listed(self, token: int, mention: Mention) -> list[int]:
        """"Foreign Minister Lopez, Foreign Minister Garcia, and Foreign Minister Arce": the parse reads the second
        item of a list closed by "and" as an apposition of the first; an apposition naming an actor of another
        country, on a head with a conjunct after it, is an item of the list."""
        p = self.parse
        conj = [c for c in p.children(token, "conj") if c > token]
        if not conj or not mention.has_country:
            return []
        out: list[int] = []
        for a in p.children(token, "appos"):
            m = self.at.get(a)
            if a < conj[0] and m is not None and m.has_country and m.code[:3] != mention.code[:3] \
                    and a == self.head_of(m):
                out.append(a)
        return out

    def _beside_of(self, token: int, mention: Mention) -> list[int]:
        """"urged the ministers of the region and Peru", "called on the members of the Six Party Talks and the
        Security Council": the parse hangs the second of two coordinated parties on the noun of the first one's
        "of" phrase; when the first is a role of no country and that noun names no actor, the parties after it
        are coordinated with the role."""
        if mention.has_country or self._placed(token, mention).has_country:
            return []
        return [c for n in self.parse.children(token, "nmod") for c in self._of_conjuncts(n)]

    def _of_conjuncts(self, noun: int) -> list[int]:
        """The actors of a country coordinated with ``noun``, an "of" phrase's noun that names no actor."""
        if self.at.get(noun) is not None or self._case(noun) != "of":
            return []
        return [c for c in self._conjuncts(noun) if (m := self.at.get(c)) is not None and m.has_country
                and c == self.head_of(m)]

    def _placed(self, token: int, role: Mention) -> Mention:
        """A role without a country takes the country its phrase names: "police in Oita, Japan" -> JPNCOP; but
        "troops in Mali" are soldiers where they are stationed, whoever's they are."""
        for child in self.parse.children(token, "nmod", "amod", "compound"):
            if role.code[3:6] == "MIL" and self._case(child) in PLACE_CASES:
                continue
            if self._case(child) == "to" and self.low[token] in _POSTED_ABROAD:
                continue  # "the ambassador to Pakistan": where the post serves, not its state
            country = self.at.get(child)
            if country is None or not country.has_country or country is role:
                placed = self.actors(child, depth=2) if country is None else []
                country = next((m for m in placed if m.has_country), None)
            if country is not None and posted_to(self.low, self.parse.tags, country.start) is not None:
                continue  # "envoys of different countries to South Africa": where they serve
            if country is not None and country.has_country:  # "ministers of both countries": each one's
                return Mention(role.start, role.end, country.code[:3] + role.code[3:], role.name, True,
                               also=[Mention(role.start, role.end, o.code[:3] + role.code[3:], None, True)
                                     for o in country.also if o.has_country])
        return role

    def _conjuncts(self, token: int) -> Iterator[int]:
        for c in self.parse.children(token, "conj"):
            yield c
            yield from self._conjuncts(c)

    def head_of(self, mention: Mention) -> int:
        """The token of ``mention`` whose head lies outside it."""
        for q in range(mention.end - 1, mention.start - 1, -1):
            if not mention.start <= self.parse.heads[q] < mention.end or self.parse.is_root(q):
                return q
        return mention.end - 1

    def _case(self, token: int) -> str | None:
        words = [self.low[c] for c in self.parse.children(token, "case")]
        return words[-1] if words else None  # "out of the talks": the preposition next to the noun
