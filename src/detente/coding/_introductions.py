"""The people, acronyms and documents an article introduces, remembered for the sentences after it: the part of
:class:`~detente.coding.coref.Discourse` that learns names ("Pakistani Prime Minister Yusuf Raza Gilani" ...
"Gilani"; "the Defence Coordination Council (DCC)" ... "the DCC"; "Lebanon filed a complaint" ... "the
complaint")."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._body_officials import body_role, remit_name
from detente.coding._coref_words import (
    _ACRONYM,
    _NAME_LINKS,
    _REACH,
    _REGNAL,
    _REMITS,
    _TITLES,
    _Seen,
    remember_given,
)
from detente.coding._mention_shapes import (
    _ARTICLES,
    _NAME_PARTICLES,
    _copy,
)
from detente.coding._names import apposed_name, initials, name_at, name_word, named_alone
from detente.coding._retitled import (
    after_portfolio,
    after_title,
)
from detente.coding.mentions import Mention

__all__ = ["Introductions"]


class Introductions:
    """Names an article introduces (mixed into :class:`~detente.coding.coref.Discourse`, which sets the state)."""

    voice: list[Mention]
    named: list[str]
    history: list[_Seen]
    people: dict[str, Mention]
    _shared: set[str]
    given: dict[str, Mention | None]
    acronyms: dict[str, Mention]
    bodies: dict[str, str]
    documents: dict[str, Mention]
    count: int
    pair: tuple[int, tuple[Mention, Mention] | None]

    def _introduce(self, tokens: Sequence[str], low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
        """Remember the people a sentence introduces with a country's office or role and a name the lexicon does
        not know: after it ("Pakistani Prime Minister Yusuf Raza Gilani", "two U.S. journalists, Laura Ling and
        Euna Lee", "President Ana Ruiz of Chile") or before it ("Ana Ruiz, the Chilean envoy,"). Later sentences
        name them by surname. The sentence's mentions come back with "President Ana Ruiz of Chile" one actor, the
        country's official (the country alone, governed by "of", is no subject)."""
        taken = {q for m in mentions for q in range(m.start, m.end)}
        out = list(mentions)
        for m in mentions:
            if m.has_country and len(m.code) == 3 and m.start >= 3 and low[m.start - 1] == "of":
                # "President Ana Ruiz of Chile", "President Boric of Chile"
                # "King Abdullah II of Jordan", "Emir Hamad bin Khalifa of Qatar": a monarch's title, particles
                # and a regnal number in the name
                start = end = m.start - 1
                while start > 0 and end - start < 5 and start - 1 not in taken and low[start - 1] not in _TITLES \
                        and (name_word(tokens[start - 1], low[start - 1])
                             or (low[start - 1] in _NAME_PARTICLES and start < end)):
                    start -= 1
                if end - start >= 1 and start > 0 and low[start - 1] in _TITLES \
                        and tokens[start - 1][:1].isupper() and low[start] not in _NAME_PARTICLES:
                    name = list(range(start, end))
                    self._add_person(tokens, name, Mention(start, m.end, m.code + "GOV"))
                    office = start - 1
                    while office > 0 and low[office - 1] in _TITLES and tokens[office - 1][:1].isupper():
                        office -= 1  # "Prime Minister", "Foreign Minister"
                    full = " ".join(tokens[k] for k in name)
                    out = [o for o in out if o is not m]
                    out.append(Mention(office, m.end, m.code + "GOV", full, True, person=True))
            if not m.has_country or (m.name is not None and not body_role(m)) or not (m.person or len(m.code) > 3) \
                    or m.also:
                continue
            # "two U.S. journalists, Laura Ling and ...", "his Chinese counterpart, Wang Yi,"
            counterpart = "counterpart" in low[m.start:m.end]  # "his counterpart from Japan, Defense Minister X"
            q = m.end + (1 if m.end < len(low) and low[m.end] == "," and (
                low[m.end - 1].endswith("s") or counterpart) else 0)
            if counterpart and q > m.end:
                q = after_title(tokens, low, q)
            # "Minister of Foreign Affairs and Cooperation X"; "Peru's foreign minister, Jaime Orlando,"
            q = after_portfolio(tokens, low, apposed_name(tokens, low, m.end, q, taken)) if m.person else q
            if q == m.end and body_role(m):  # "The U.N. envoy for the Great Lakes region, Mary Robinson,"
                q = remit_name(tokens, low, q, taken)
            if m.person and q < len(low) and low[q] in _REMITS:
                # "Pakistan's Special Representative for Afghanistan Mohammad Sadiq", "Japan's ambassador to
                # China Kenji Sato": the post's remit, then the name
                remit = next((o for o in mentions if o.start in (q + 1, q + 2) and o.start - q - 1 == (
                    1 if low[q + 1] in _ARTICLES else 0)), None)
                if remit is not None:
                    q = remit.end
            while True:  # names after it, a list after a plural role
                name = name_at(tokens, low, q, taken)
                if not name:
                    break
                self._add_person(tokens, name, m)
                q = name[-1] + 1
                if q < len(low) and low[q] in (",", "and") and low[m.end - 1].endswith("s"):
                    q += 2 if low[q:q + 2] == [",", "and"] else 1
                    continue
                break
            comma = m.start - 2 if m.start >= 3 and low[m.start - 1] in _ARTICLES else m.start - 1
            if comma >= 1 and low[comma] == "," and (comma == m.start - 2 or m.end - m.start > 1):
                end = comma  # "Ana Ruiz, the Chilean envoy,", "Ana Ruiz, Chile's envoy to the UN,"
                start = end
                while start > 0 and start - 1 not in taken and name_word(tokens[start - 1], low[start - 1]):
                    start -= 1
                if start < end:
                    self._add_person(tokens, list(range(start, end)), m)
        return sorted(out, key=lambda m: m.start)

    def _acronyms(self, tokens: Sequence[str], mentions: list[Mention]) -> list[Mention]:
        """Learn the short names a sentence defines in parentheses right after an actor ("the National Security
        Council (NSC) of Peru", "the Defence Committee of the Cabinet (DCC)"), and read the short names defined
        before as that actor ("The DCC demanded ..."). A body named without its country ("the Council") takes
        the country of the person the sentence names, else of the last person named, else the voice of the text
        (as "the president" does); the country after the parenthesis ("(NSC) of Peru") is its own."""
        taken = {q for m in mentions for q in range(m.start, m.end)}
        mentions = list(mentions)
        for q in range(2, len(tokens) - 1):
            word = tokens[q]
            if tokens[q - 1] != "(" or tokens[q + 1] != ")" or q in taken or not _ACRONYM.fullmatch(word):
                continue
            # the actor the name ends with, its capitalised words after it ("the Mexican Ministry of Foreign
            # Affairs (SRE)")
            named = next((m for m in reversed(mentions) if m.end <= q - 1 and all(
                t[:1].isupper() or t in _NAME_LINKS for t in tokens[m.end:q - 1])), None)
            if named is None or not (named.has_country or named.role_only):
                continue
            start = named.start  # the capitalised words of the name before its actor ("Defence Coordination")
            while start > 0 and (tokens[start - 1][:1].isupper() or tokens[start - 1] in _NAME_LINKS) \
                    and tokens[start - 1] not in ("(", ")"):
                start -= 1
            while start < named.start and tokens[start].lower() in _NAME_LINKS:
                start += 1  # "The National Security Council (NSC)"
            if not initials(word, tokens[start:q - 1]):
                continue
            after = next((m for m in mentions if m.start == q + 3 and m.has_country and len(m.code) == 3), None)
            inside = next((m for m in mentions if start <= m.start and m.end <= named.start and m.has_country
                           and len(m.code) == 3), None)
            if not named.has_country:
                # the body's country: named in its name ("the Peruvian Defence Council (PDC)"), after it ("the
                # National Security Council (NSC) of Peru"), else that of the people named; here too
                of = after if after is not None and tokens[q + 2].lower() == "of" else None
                country = inside.code if inside is not None else (
                    of.code if of is not None else self._country_of_people(mentions))
                if country is None:
                    continue
                whole = Mention(inside.start if inside is not None else named.start,
                                of.end if of is not None else named.end, country + named.code[3:], None, True)
                mentions = [m for m in mentions if m is not named and m is not inside and m is not of] + [whole]
                named = whole
            self.acronyms[word] = named
        if not self.acronyms:
            return sorted(mentions, key=lambda m: m.start)
        taken = {q for m in mentions for q in range(m.start, m.end)}
        added = [Mention(q, q + 1, a.code, a.name, True, person=a.person) for q, token in enumerate(tokens)
                 if q not in taken and (a := self.acronyms.get(token)) is not None
                 and not (0 < q < len(tokens) - 1 and tokens[q - 1] == "(" and tokens[q + 1] == ")")]
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _documents(self, low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
        """"The statement demanded ...", "the resolution said ...", "..., the complaint stated": a text the
        article told an actor issued ("Lebanon filed a complaint with the Security Council", "Turkey's Foreign
        Ministry issued a statement") speaks for that actor when it is named again by its noun after "the" or
        "this", with no author of its own ("the statement by ...", "the statement of ...")."""
        taken = {q for m in mentions for q in range(m.start, m.end)}
        added: list[Mention] = []
        for q, w in enumerate(low):
            author = self.documents.get(w)
            if author is None or q in taken or q == 0 or low[q - 1] not in ("the", "this") \
                    or (q + 1 < len(low) and low[q + 1] in ("of", "by", "from")) or low[q - 2:q - 1] == ["in"]:
                continue
            added.append(_copy(author, q - 1, q + 1))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else list(mentions)

    def _country_of_people(self, mentions: Sequence[Mention]) -> str | None:
        """The country of the person a sentence names, else of the last person named before, else the voice."""
        person = next((m for m in mentions if m.person and m.has_country), None)
        if person is not None:
            return person.code[:3]
        for seen in self._recent(_REACH["person"]):
            if seen.people:
                return seen.people[0].code[:3]
        return self.voice[0].code[:3] if len(self.voice) == 1 else None

    def _add_person(self, tokens: Sequence[str], name: Sequence[int], actor: Mention) -> None:
        self._add_name([tokens[k] for k in name], actor)

    def _add_name(self, words: Sequence[str], actor: Mention) -> None:
        """Remember a person named by ``words`` as ``actor``'s, by surname (and by the given name of a monarch,
        by the family name of a name written family name first): a word two people of different countries
        share names neither."""
        full = " ".join(words)
        person = Mention(0, 0, actor.code, full, True, person=True)
        kept = [w for w in words if not _REGNAL.fullmatch(w)] or [words[-1]]
        keys = [kept[-1].lower()]
        if any(w.lower() in _NAME_PARTICLES for w in kept) or len(kept) < len(words):
            # "King Abdullah II", "Sheikh Khalid bin Saud": named again by the given name
            keys.append(kept[0].lower())
        elif len(kept) > 1 and "-" in kept[-1]:
            # "Cho Tae-yul", "Wang Yi-ming": a hyphenated given name after the family name, which names him again
            keys.append(kept[0].lower())
        remember_given(self.given, kept, keys, person)  # "Abiy Ahmed ... Abiy said"
        for key in keys:
            if key in self._shared:
                continue
            known = self.people.get(key)
            if known is not None and known.code[:3] != person.code[:3]:
                del self.people[key]  # "Kim" of two countries: either may be meant
                self._shared.add(key)
                continue
            self.people[key] = person

    def _named(self, tokens: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
        """The people introduced before, named again by surname ("Gilani said ...")."""
        lowered = list(map(str.lower, tokens))
        if self.people.keys().isdisjoint(lowered) and self.given.keys().isdisjoint(lowered):
            return []  # most sentences: no name the text introduced
        taken = {q for m in mentions for q in range(m.start, m.end)}
        out: list[Mention] = []
        for q, token in enumerate(tokens):
            person = (self.people.get(token.lower()) or self.given.get(token.lower())) \
                if token[:1].isupper() and q not in taken else None
            if person is not None and named_alone(tokens, q):  # not "Kim Jong Un" for "Kim", nor "in May"
                out.append(Mention(q, q + 1, person.code, person.name, True, person=True))
        return out

    def _recent(self, reach: int) -> list[_Seen]:
        return self.history[::-1][:reach]
