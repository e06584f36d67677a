"""Who "he", "we", "the two leaders" and "the president" are: actors resolved across an article's sentences.

A story names its actors once and then refers back to them. Before the coder reads who did what to whom, each
sentence's references are resolved against what came before, and become actors of the sentence:

- **third-person pronouns**: "he", "she", "his", "him", "her" stand for the last person named (in the sentence
  before the pronoun, else in the three sentences before); "it" and "its" for the last state or organisation that
  was a sentence's subject (in the sentence, else in the sentence before); "they", "them", "their" for the last
  group of actors, or of officials, that was a subject;
- **first-person pronouns**: "I", "we", "our", "us" inside a quotation are its speaker ("'We will respond,' the
  minister said"); outside quotations they are the voice of the text: the authors its heading or first line
  names ("Statement by President ... on ..."), else in a government's statement the state that names itself
  beside them ("The United States remains committed to diplomacy, and we will ...", "the United States and our
  allies") or the subject of the statement's first sentence;
- **the two sides**: "the two leaders", "both sides", "the two countries" stand for the last two countries named
  (people and governments for "leaders", "men", "presidents");
- **the North, the South**: a country named by its direction ("North Korea", "South Sudan") that the article has
  named, or whose other half it has ("the South" in a story on North Korea is South Korea; "the communist North");
- **an office without a country**: "the president", "the foreign minister" is the country of the last person
  named with a country, or the voice of the text;
- **an act told before**: the object "these attacks", "the test" of a verb with no other target is whoever did
  the last act the sentences before told with the same word ("Iran launched an attack ... I condemn these
  attacks": the condemnation is aimed at Iran); "this act", "these actions", "that move" refer to the last act
  of another actor, whatever its word (read from the events told before, in :mod:`detente.coding.answers`).

Only what the text names before (or, for the voice of a statement, anywhere in it) is used; a reference with no
antecedent stays unresolved, and the word-order and parse rules read the sentence as before.

>>> from detente.coding.mentions import Mention
>>> doc = Discourse()
>>> first = doc.sentence(["Ruritania", "met", "Freedonia", "."], [Mention(0, 1, "RUR"), Mention(2, 3, "FRE")])
>>> second = doc.sentence(["The", "two", "sides", "signed", "a", "deal", "."], [])
>>> [(m.code, [o.code for o in m.also]) for m in second]
[('RUR', ['FRE'])]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from detente.coding._adjunct_meetings import agent_owner
from detente.coding._collective import (
    COLLECTIVE_WORDS,
    COMPANION_WORDS,
    companions,
    joined_speaker,
    named_groups,
    our_roles,
)
from detente.coding._coref_words import (
    _BODIES,
    _COUNTERPARTS,
    _DIRECTIONS,
    _DOCUMENTS,
    _HE,
    _HOME_BODIES,
    _ISSUED_OFFICES,
    _IT,
    _LEADERS,
    _OFFICIALS,
    _POSSESSIVES,
    _REACH,
    _REFERENCES,
    _RESOLUTIONS,
    _SIDES,
    _THEY,
    _UN,
    _body,
    _own_clause,
    _Seen,
    _without,
    expand,
    issued,
)
from detente.coding._councils import pair_presented, presented_pair, resolutions, the_parties
from detente.coding._detainees import HOLDING_WORDS, Held, held_people
from detente.coding._introductions import Introductions
from detente.coding._issued_texts import the_resolution
from detente.coding._joint_authors import heading_parties
from detente.coding._judged_groups import judged_group
from detente.coding._mention_shapes import (
    _FIRST,
    _GROUP_CODES,
    _WE,
    _appositive_offices,
    _between,
    _copy,
    _counterparts,
    _governed,
    _named_up_to,
    _plural,
    _subjects,
    _vocative,
    clause_subject,
    direction_named,
    fronted_subject,
    owned_roles,
    quoted_whole,
)
from detente.coding._names import long_name_words, name_words, named_opener, private_teller
from detente.coding._onlookers import onlookers
from detente.coding._pair_meetings import pair_meeting
from detente.coding._retitled import (
    HELD_TITLES,
    INSTITUTION_WORDS,
    UNREAD_TITLES,
    addressed,
    bare_titles,
    counterparts_of,
    held_title,
    introduced_surnames,
    issuer_titles,
    named_title,
    titled_names,
    titled_person,
)
from detente.coding._state_nouns import STATE_NOUNS, state_nouns
from detente.coding._tribute import tribute_pronoun
from detente.coding._two_heads import heads_of
from detente.coding._vessels import VESSELS, owned_vessels, vessels_again
from detente.coding._voice import find_voice
from detente.coding._words import OFFICE_NOUNS, PREPOSITIONS, QUOTE_MARKS, REPORTING
from detente.coding.mentions import Mention

__all__ = ["Discourse", "expand"]

#: pronouns that open a sentence naming a group, and the verbs that then list its members
_GROUP_OPENERS = frozenset(["they", "these", "those"])
_LISTING = frozenset(["were", "are", "included", "include", "includes"])
#: what opens the list after "were" or "are" ("They were the ...", "They are his ..."), not a participle
_LIST_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its"])


def _listed_as_them(low: Sequence[str]) -> bool:
    """The sentence opens with "they" (or "these", "those") and a verb that lists who they are ("They were the
    Chilean president, the Mongolian president and ...", "Those included the Fijian premier ..."): the people it
    names are the group the pronoun stands for, none of them the one a later "he" means. A passive ("They were
    received by the Peruvian president") names its doer as any sentence does."""
    if len(low) < 3 or low[0] not in _GROUP_OPENERS or low[1] not in _LISTING:
        return False
    return low[1].startswith("includ") or low[2] in _LIST_OPENERS


class Discourse(Introductions):
    """The actors an article has named so far; resolves each new sentence's references (one per document)."""

    def __init__(self, voice: Sequence[Mention] = (), halves: Sequence[tuple[str, str, str]] = (), *,
                 issuer: str | None = None, home: str | None = None,
                 holder: Callable[[str, Sequence[str]], tuple[str, str | None] | None] | None = None) -> None:
        self.voice = list(voice)
        #: the state or organisation that issued the text (its release, statement or remarks; see coding.issuer)
        self.issuer = issuer
        #: the state whose capital opens the text's dateline (coding.issuer.dateline_home): "the foreign ministry"
        #: of a story that names no other ministry
        self.home = home
        #: who held a state's office on the text's day: (country, office words) -> (code, name)
        self.holder = holder
        #: (direction, rest of the name, code) of the countries named by a direction ("north", "korea", "PRK")
        self.halves = list(halves)
        #: the countries named so far, in order
        self.named: list[str] = []
        self.history: list[_Seen] = []
        self.quote_speaker: Mention | None = None
        self.last_speaker: Mention | None = None
        self.in_quote = False
        #: people the article introduced with their country ("Pakistani Prime Minister Yusuf Raza Gilani"), by
        #: surname ("gilani")
        self.people: dict[str, Mention] = {}
        #: the words of names met in sentences that named a state (see _names.private_teller)
        self.stated_names: set[str] = set()
        #: the words of the names of two or more words met before ("John Delury": "Delury" may name him alone)
        self.long_names: set[str] = set()
        #: surnames that people of two countries share, which name nobody
        self._shared: set[str] = set()
        #: the same people by a given name written first ("Abiy Ahmed"), after surnames; None: two people's
        self.given: dict[str, Mention | None] = {}
        #: short names the article defined in parentheses ("the Defence Coordination Council (DCC)"), by letters
        self.acronyms: dict[str, Mention] = {}
        #: the bodies the article named with their country, by noun ("ministry": "TUR"; an organisation's code)
        self.bodies: dict[str, str] = {}
        #: who issued the texts the article told of, by noun ("complaint": Lebanon, from "Lebanon filed a
        #: complaint ...")
        self.documents: dict[str, Mention] = {}
        #: the people the article named with a country and a title, with the words of their mention ("saudi",
        #: "foreign", "minister"), in order
        self.titled: list[tuple[tuple[str, ...], Mention]] = []
        #: whether the article has named the United Nations or one of its organs (its numbered resolutions)
        self.un = issuer is not None and issuer.startswith(_UN)
        #: the text's sentences to come (:meth:`expect`), and how many :meth:`sentence` has read
        self.ahead: list[tuple[Sequence[str], Sequence[str], Sequence[Mention]]] = []
        self.count = 0
        #: the sentence that last presented two states as a pair, and the pair ("between Ethiopia and Eritrea")
        self.pair: tuple[int, tuple[Mention, Mention] | None] = (0, None)
        #: the people of a country the article told are held, and the state holding them (coding._detainees)
        self.held = Held()
        #: the owners of the ships and aircraft the recent sentences named, by noun (coding._vessels)
        self.vessels: dict[str, Mention | None] = {}

    # -- the voice of a statement ----------------------------------------------------------------------------

    find_voice = staticmethod(find_voice)

    def sentence(self, low_or_tokens: Sequence[str], mentions: list[Mention], *,
                 low: Sequence[str] | None = None) -> list[Mention]:
        """The sentence's actors with its references resolved (new mentions added in token order); ``low``: the
        tokens in lower case when the caller has them already."""
        if low is None:
            low = [w.lower() for w in low_or_tokens]
        self.count += 1
        if not VESSELS.isdisjoint(low):  # "Chinese government ships ... the four ships entered": China's
            if self.vessels:
                mentions = vessels_again(low, mentions, self.vessels)
            self.vessels.update(owned_vessels(low, mentions))
        if self.halves and not _DIRECTIONS.isdisjoint(low):
            mentions = sorted([*mentions, *self._half(low_or_tokens, low, mentions)], key=lambda m: m.start)
        if self.people:  # "Sung Kim ... Kim said": the person the text introduced, not the lexicon's Kim
            mentions = sorted([*introduced_surnames(low, mentions, self.people),
                               *self._named(low_or_tokens, mentions)], key=lambda m: m.start)
        if "counterpart" in low or "counterparts" in low:
            mentions = counterparts_of(low, _counterparts(low, mentions))  # "his Chinese counterpart", "... from China"
        if "," in low:
            mentions = _appositive_offices(low, mentions)
        mentions = self._introduce(low_or_tokens, low, mentions)
        if self.held.people is not None or not HOLDING_WORDS.isdisjoint(low):  # "North Korea arrested Ling"
            mentions = held_people(low_or_tokens, low, mentions, self.held)
        # "General Secretary Gorbachev, I am sure you ...": the person addressed acts in nothing the speaker says
        mentions = [m for m in mentions if not _vocative(low, m)]
        if self.titled and not UNREAD_TITLES.isdisjoint(low):  # "the Secretary" after "Secretary of State X"
            mentions = self._retitled(low_or_tokens, low, mentions)
        if self.issuer is not None and not INSTITUTION_WORDS.isdisjoint(low):  # "the Secretary-General"
            mentions = sorted([*mentions, *issuer_titles(low_or_tokens, low, mentions, self.issuer)],
                              key=lambda m: m.start)
        if "(" in low or self.acronyms:
            mentions = self._acronyms(low_or_tokens, mentions)
        if self.documents and not _DOCUMENTS.isdisjoint(low):
            mentions = self._documents(low, mentions)
        if not _RESOLUTIONS.isdisjoint(low):  # "Resolution 660 demanding ...", "The resolution demands ...": the UN
            mentions = the_resolution(low, resolutions(low, mentions, self.un), self.un)
        if not STATE_NOUNS.isdisjoint(low):  # "The kingdom demanded ...", "the country's foreign ministry"
            mentions = state_nouns(low, mentions, self._recent(2), self.bodies)
        if not COMPANION_WORDS.isdisjoint(low):  # "A, along with B and C, condemned ...": B and C act too
            mentions = companions(low, mentions)
        if not COLLECTIVE_WORDS.isdisjoint(low):  # "the three countries", "all four", "the allies"
            mentions = named_groups(low, mentions, self._recent(_REACH["sides"]))
        if _REFERENCES.isdisjoint(low) and not any(m.role_only for m in mentions):
            self._remember(low, mentions, low_or_tokens)
            return mentions
        taken = {q for m in mentions for q in range(m.start, m.end)}
        # "his Chinese counterpart": the possessor is no party beside the counterpart
        taken.update(m.start - 1 for m in mentions if m.person and m.start > 0 and low[m.start - 1] in _POSSESSIVES
                     and not {"counterpart", "counterparts"}.isdisjoint(low[m.start:m.end]))
        speaker, _ = self._speaker(low, mentions, low_or_tokens)
        # "Delury said he ...": he is Delury, whom no state stands for
        teller = private_teller(low_or_tokens, low, mentions, self.stated_names, self.long_names)
        added: list[Mention] = []
        for q, w in enumerate(low):
            if q in taken or w not in _REFERENCES:
                continue
            found: Mention | None = None
            if w in _HE:
                found = None if teller is not None and q > teller else self._person(low, mentions, q)
            elif w in _IT:
                found = self._thing(low, mentions, q)
            elif w in _THEY:  # "The two sides said they ...": the pair the sentence named before the word
                found = self._group(low, [*mentions, *(a for a in added if a.also)], q)
                if found is None and pair_meeting(low, q):  # "their first summit": the pair that met
                    found = self._sides(low, mentions, q, people=True, skip=self._addressing(low, mentions, q))
            elif w in _FIRST:
                group = speaker if self.in_quote_at(low, q) else self.voice
                if group and (w in _WE or len(group) == 1):
                    found = _copy(group[0], q, q + 1, group[1:])
            elif w in ("two", "both") and q + 1 < len(low) and (low[q + 1] in _SIDES or low[q + 1] in _LEADERS) \
                    and (w == "both" or (q > 0 and low[q - 1] == "the")):
                found = self._sides(low, mentions, q, people=low[q + 1] in _LEADERS,
                                    skip=self._addressing(low, mentions, q))
                if found is not None:
                    found.end = q + 2
                    taken.add(q + 1)
                    # the noun itself ("leaders", "parties") was read as an actor of no country: the pair replaces it
                    mentions = [m for m in mentions if not (m.role_only and q <= m.start and m.end <= q + 2)]
            elif w in ("counterpart", "counterparts"):
                found = self._counterpart(low, [*mentions, *added], q)
            if found is not None:
                added.append(found)
        mentions = self._plural_offices(low, mentions)
        if "parties" in low:  # "The Council called upon the parties": the pair the text presented last
            recent = self.count - self.pair[0] <= _REACH["sides"]
            mentions = the_parties(low, mentions, self.pair[1] if recent else None)
        owned_roles(low, mentions, added)  # "Wang Qishan and his party": China's officials
        our_roles(low, mentions, added)  # "Our governments condemn ...": the states "our" stands for
        self._offices(low, mentions, speaker)
        if self.bodies or self.home is not None:
            self._named_bodies(low, mentions)
        out = sorted([*mentions, *added], key=lambda m: m.start)
        self._remember(low, out, low_or_tokens)
        return out

    def in_quote_at(self, low: Sequence[str], q: int) -> bool:
        inside = self.in_quote
        for w in low[:q]:
            if w in QUOTE_MARKS:
                inside = not inside
        return inside

    def _speaker(self, low: Sequence[str], mentions: Sequence[Mention], tokens: Sequence[str] = (), *,
                 ahead: bool = True) -> tuple[list[Mention], bool]:
        """Who speaks inside the sentence's quotation: the actor beside "said" outside it (", the minister said",
        "said Kim"), else the speaker of the quotation the sentence continues; and whether a quotation is still
        open at the sentence's end."""
        inside = self.in_quote
        if not inside and QUOTE_MARKS.isdisjoint(low):
            return [], False
        outside: list[int] = []
        for q, w in enumerate(low):
            if w in QUOTE_MARKS:
                inside = not inside
            elif not inside:
                outside.append(q)
        still_open = inside
        speaker: Mention | None = None
        spots = set(outside)
        for q in outside:
            if low[q] not in REPORTING:
                continue
            # the speaker before the verb, perhaps with a name the lexicon does not know ("Saudi Foreign Minister
            # Adel al-Jubeir told reporters"), before the one after it ("said Kim"; never after "told": whom
            # the speaker told is no speaker)
            for m in mentions:
                if m.start in spots and (m.end == q or m.end == q - 1 or _named_up_to(tokens, m.end, q)) \
                        and (m.has_country or not m.role_only):
                    speaker = m
                    break
            if speaker is None and low[q] not in ("told", "tells"):
                speaker = next((m for m in mentions if m.start in spots and m.start == q + 1), None)
            if speaker is None:  # ', he said': the pronoun's person
                for k in (q - 1, q + 1):
                    if 0 <= k < len(low) and low[k] in _HE:
                        speaker = self._person(low, mentions, k)
                    elif 0 <= k < len(low) and low[k] in _THEY:
                        speaker = self._group(low, mentions, k)
                    if speaker is not None:
                        break
            if speaker is not None:
                # "the foreign ministers of A and B said": the list the speaker stands in
                speaker = joined_speaker(low, mentions, speaker, spots)
                break
        if speaker is None and self.in_quote:
            speaker = self.quote_speaker
        elif speaker is None and quoted_whole(low):
            speaker = self.last_speaker  # '"X," said Price. "Together ..., we call on the DPRK to ..."': Price
        if speaker is None and still_open and ahead:
            speaker = self._speaker_ahead()
        return ([speaker, *speaker.also] if speaker is not None else []), still_open

    def _speaker_ahead(self) -> Mention | None:
        """The speaker of a quotation still open at the sentence's end, named after it in the sentence that
        closes it ('"We will respond. We will not hesitate," the minister said'): read in the next sentences
        of the text (:meth:`expect`), at most three, while the quotation goes on."""
        saved = self.in_quote, self.quote_speaker
        try:
            for tokens, low, mentions in self.ahead[self.count:self.count + 3]:
                self.in_quote, self.quote_speaker = True, None
                if self.people:
                    mentions = [*mentions, *self._named(tokens, mentions)]
                found, still_open = self._speaker(low, mentions, tokens, ahead=False)
                if found or not still_open:
                    return found[0] if found else None
        finally:
            self.in_quote, self.quote_speaker = saved
        return None

    def expect(self, sentences: Sequence[tuple[Sequence[str], Sequence[str], Sequence[Mention]]]) -> None:
        """The text's sentences to come, as (tokens, lower-case tokens, actors) in the order :meth:`sentence`
        will be given them: a quotation's speaker may be named only in the sentence that closes it."""
        self.ahead = list(sentences)

    def _half(self, tokens: Sequence[str], low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
        """"the North", "the South", "North-South talks": the country whose name begins with that direction and
        which the article has named (it or its other half: "the South" of a story on North Korea)."""
        taken = {q for m in mentions for q in range(m.start, m.end)}
        named = [*self.named, *(m.code[:3] for m in mentions if m.has_country)]
        out: list[Mention] = []
        for q, w in enumerate(low):
            if w not in _DIRECTIONS or q in taken:
                continue
            lower = not tokens[q][:1].isupper()
            if not direction_named(tokens, low, q):
                continue  # "the North Atlantic"; "North" opening a sentence; "in the north of the country"
            best: tuple[int, str] | None = None
            for direction, rest, code in self.halves:
                if direction != w or (lower and rest != "korea"):
                    continue
                kin = {c for d, r, c in self.halves if r == rest}
                last = max((k for k, c in enumerate(named) if c in kin), default=-1)
                if last >= 0 and (best is None or last > best[0]):
                    best = (last, code)
            if best is not None:
                out.append(Mention(q, q + 1, best[1]))
        return out

    def heading(self, tokens: Sequence[str], mentions: Sequence[Mention]) -> None:
        """Learn the people a text's heading introduces ("Statement by ... on a Call with President Ana Ruiz of
        Chile"); the heading is no sentence of the text."""
        low = [w.lower() for w in tokens]
        self._introduce(tokens, low, mentions)
        self.name_bodies(low, mentions)  # "Security Council Press Statement on ...": "the Council" of the text

    def name_bodies(self, low: Sequence[str], mentions: Sequence[Mention]) -> None:
        """Remember the bodies a line names with their country or organisation ("Peru's Foreign Ministry", "the
        Security Council"), the last of each noun, for "the ministry", "the Council" of later sentences; a text's
        heading and the lines above it (a release's "Security Council" line) name them too."""
        self.un = self.un or any(m.code.startswith(_UN) for m in mentions)
        for m in mentions:
            if m.has_country and m.end - m.start > 1 and low[m.end - 1] in _BODIES:
                self.bodies[low[m.end - 1]] = m.code if m.code[:3] in _GROUP_CODES else m.code[:3]

    def _remember(self, low: Sequence[str], mentions: list[Mention], tokens: Sequence[str] = ()) -> None:
        if (pair := presented_pair(low, mentions)) is not None:
            self.pair = (self.count, pair)
        self.named.extend(m.code[:3] for m in mentions if m.has_country)
        for m in mentions:
            # a person the text names and the lexicon knows with a country ("Foreign Minister Cho Tae-yul"): named
            # again by surname (not the holder the lexicon gives an office the text names alone, "the president")
            if m.name is not None and m.person and m.has_country and not m.also and m.end > m.start \
                    and m.code[:3] not in _GROUP_CODES and " " in m.name:
                words = m.name.split()
                last, span = words[-1].lower(), low[m.start:m.end]
                # "Lee Myung Bak" for the lexicon's "Lee Myung-bak": the given name written as two words
                if last not in self.people and (last in span or ("-" in last and all(
                        part in span for part in last.split("-")))):
                    self._add_name(words, m)
        self.titled.extend((tuple(low[m.start:m.end]), m) for m in mentions
                           if m.has_country and m.end - m.start > 1 and not m.also
                           and ((m.person and not OFFICE_NOUNS.isdisjoint(low[m.start:m.end]))
                                or held_title(low, m)))
        if tokens:
            self.titled.extend(titled_names(tokens, low, mentions))  # "Secretary of State Antony J. Blinken"
        self.name_bodies(low, mentions)
        # a leader paid tribute to after his term is no antecedent: "... the demise of Kim Jong Il. He ..."
        subjects = [m for m in _subjects(low, mentions) if not m.late]
        authors = [m for m in subjects if m.has_country and not m.also]
        texts, document = issued(low, authors, mentions)  # "Lebanon filed a complaint", "a message from ..."
        self.documents.update(texts)
        seen = _Seen(subjects, [m for m in mentions if m.has_country and m.person],
                     [m for m in mentions if m.has_country and (not _governed(m, low) or _between(m, low))
                      and low[m.start] not in _FIRST])  # "we" names no country "the two countries" may be
        opener = named_opener(tokens, low, mentions) if tokens else None
        if opener is not None:  # "Sun Ming, secretary of ... of China, said ...": "he" of the next sentences
            seen.subjects, seen.people = [opener], [opener, *seen.people]
        if not subjects and (authors := heading_parties(low, mentions)):  # "Joint Statement of the Leaders of A, B"
            seen.subjects = authors  # "the three countries" of the next sentences
            seen.countries = [*authors, *(m for m in seen.countries if m.start >= authors[-1].end)]
        seen.plural = len(subjects) == 1 and _plural(subjects[0], low)
        if _listed_as_them(low):  # "They were the Chilean president, the ...": "they", no one of them a "he"
            seen.subjects, seen.people = [], []
        seen.private = bool(tokens) and private_teller(tokens, low, mentions, self.stated_names,
                                                       self.long_names) is not None
        if tokens:
            self.stated_names |= name_words(tokens, low, mentions)
            self.long_names |= long_name_words(tokens, low)
        seen.document = document
        seen.named = [m.code[:3] for m in mentions if m.has_country]
        seen.onlookers = onlookers(low, [m.code[:3] for m in authors])  # "Moscow and Ankara followed the talks"
        self.history.append(seen)
        speaker, still_open = self._speaker(low, mentions, tokens)
        self.in_quote = still_open
        self.quote_speaker = speaker[0] if still_open and speaker else None
        self.last_speaker = speaker[0] if speaker else None  # a paragraph quoted whole goes on with it

    # -- antecedents ------------------------------------------------------------------------------------------------

    def _person(self, low: Sequence[str], mentions: Sequence[Mention], q: int) -> Mention | None:
        if (subject := fronted_subject(low, mentions, q)) is not None:
            return _copy(subject, q, q + 1)  # "After his talks with Hu, Medvedev ...": the subject after the clause
        if tribute_pronoun(low, q):  # "paid silent tribute to him": the late leader named, not who pays it
            late = [m for m in [*mentions, *(p for s in self._recent(_REACH["person"]) for p in s.people)] if m.late]
            if late:
                return _copy(late[0], q, q + 1)
        if low[q] == "him" or (low[q] == "her" and (q + 1 == len(low) or not low[q + 1].isalpha()
                                                    or low[q + 1] in PREPOSITIONS or low[q + 1] == "to")):
            # an object pronoun is not the subject of its clause: "called his Venezuelan counterpart and urged
            # him", "met the Omani sultan and thanked him" (the person named nearest before, not the first)
            near = [m for m in mentions if m.end <= q and m.has_country
                    and (m.person or not _COUNTERPARTS.isdisjoint(low[m.end - 1:m.end + 1]))]
            if len(near) > 1:
                return _copy(near[-1], q, q + 1)
        here = [m for m in mentions if m.end <= q and m.has_country and m.person
                and (not _governed(m, low) or clause_subject(m, low))]  # "After Medvedev left Beijing, he ..."
        if (agent := agent_owner(low, mentions, q, here[0] if here else None)) is not None:
            return _copy(agent, q, q + 1)  # "was received by Kim Jong Il on his visit to China": Kim's visit
        if here:
            return _copy(here[0], q, q + 1)
        for seen in self._recent(_REACH["person"]):
            if seen.private:
                return None  # "Delury said ... He added ...": the private teller, no official named before
            people = [m for m in seen.subjects if m.name is not None or m in seen.people] or seen.people
            if people:
                return _copy(people[0], q, q + 1)
        return None

    def _thing(self, low: Sequence[str], mentions: Sequence[Mention], q: int) -> Mention | None:
        own = _own_clause(low, mentions, q, self.bodies)
        here = [m for m in _subjects(low, mentions) if m.end <= q and m.has_country and (not m.person or _body(m))
                and m.code not in own]
        if here:
            return _copy(here[0], q, q + 1)
        for seen in self._recent(_REACH["it"]):
            things = [m for m in seen.subjects if not m.also and m.has_country and m.code not in own]
            if len(things) == 1 and not things[0].person and things[0].name is None:
                return _copy(things[0], q, q + 1)
            if seen.document is not None and q == 0 and (things[0].person or things[0].name is not None
                                                          if things else True):
                # "The Secretary-General issued a statement ... It called on ...": no person is "it"; the text is
                return _copy(seen.document, q, q + 1)
        return None

    def _group(self, low: Sequence[str], mentions: Sequence[Mention], q: int, *,
               reach: int = _REACH["they"]) -> Mention | None:
        """"they": the several actors that were the subject (in the sentence before the word, else in the
        sentence before), or one actor named in the plural ("Eritrean officials say ... They deny ...", "the North
        Koreans")."""
        own = _own_clause(low, mentions, q, self.bodies)
        here = [m for m in _subjects(low, mentions) if m.end <= q and m.has_country]
        if len(here) > 1 or (len(here) == 1 and _plural(here[0], low)):
            return _without(here, own, q)
        for seen in self._recent(reach):
            if len(seen.subjects) > 1 or (len(seen.subjects) == 1 and seen.plural):
                return _without(seen.subjects, own, q)
        return None

    def _addressing(self, low: Sequence[str], mentions: Sequence[Mention], q: int) -> frozenset[str]:
        """The voice of the text when it speaks of "the two countries" at ``q`` as their onlooker: the sentence's
        subject before the words is "we" or "I" outside a quotation, or the voice's state alone ("We commend the
        two countries' agreement", "The United States urges both sides to ..."); the two are then others."""
        subjects = {m.code[:3] for m in _subjects(low, [m for m in mentions if m.end <= q])}
        # "Chile urged the two countries", "Chile praised the courage of the two leaders": Chile is neither
        if len(subjects) == 1 and (addressed(low, q) or judged_group(low, q)):
            return frozenset(subjects)
        own = {m.code[:3] for m in self.voice} | ({self.issuer[:3]} if self.issuer else set())
        own -= _GROUP_CODES
        if not own:
            return frozenset()
        spoken = any(low[k] in _FIRST and not self.in_quote_at(low, k) for k in range(q))
        return frozenset(own) if spoken or (subjects and subjects <= own) else frozenset()

    def _sides(self, low: Sequence[str], mentions: Sequence[Mention], q: int, *, people: bool,
               skip: frozenset[str] = frozenset()) -> Mention | None:
        """The two states that last acted together as a sentence's subject ("Armenia and Azerbaijan agreed to
        talks, the Russian ministry said. ... both countries"), in this sentence before the words or in the
        sentences before; else the last two countries named (their people or governments when ``people``).
        States in ``skip`` (the voice that speaks of the two), and states the sentences before told only looking on
        the talks (:mod:`detente.coding._onlookers`), are none of them, when two others are found."""
        # "Moscow and Ankara followed the talks closely. The two sides agreed ...": the onlookers are not the two
        watching = frozenset().union(*(s.onlookers for s in self._recent(_REACH["sides"])))
        for avoid in (skip | watching if watching - skip else frozenset(), skip):
            if avoid and (two := self._sides_apart(low, mentions, q, people=people, skip=avoid)) is not None:
                return two
        if not people:
            pair = self._subject_pair(low, mentions, q)
            if pair is not None:
                return _copy(pair[0], q, q + 1, pair[1:])
        found: list[Mention] = []
        # "the two leaders" may be people a preposition governed ("met with Kim Jong Un"), which "both countries"
        # never stands for; the people of each sentence join its countries, in the order the sentence names them
        pools = [[m for m in mentions if m.end <= q]] + [
            sorted([*s.countries, *(m for m in s.people if people and all(m is not c for c in s.countries))],
                   key=lambda m: m.start) for s in self._recent(_REACH["sides"])]
        for pool in pools:
            for m in reversed(pool):
                if not m.has_country or (people and not (m.person or m.name or len(m.code) > 3)) \
                        or m.code[:3] in ("IGO", "NGO"):
                    continue  # "both sides", "the two countries": states, never the body that urges them
                if all(m.code[:3] != f.code[:3] for f in found):
                    found.append(m)
                if len(found) == 2:
                    return _copy(found[1], q, q + 1, found[:1])
        if not people and (shown := pair_presented(self.pair, self.count, _REACH["sides"], skip)) is not None:
            return _copy(shown[1], q, q + 1, [shown[0]])  # "an embargo on A and B. ... both sides" (_councils)
        named = {m.code[:3] for m in pools[0] if m.has_country}  # "Ukraine proposed talks between the two presidents"
        return heads_of(self._sides(low, mentions, q, people=False), named) if people and named else None

    def _sides_apart(self, low: Sequence[str], mentions: Sequence[Mention], q: int, *, people: bool,
                     skip: frozenset[str]) -> Mention | None:
        """:meth:`_sides` among the states not in ``skip`` (the voice's own state may be among the last two named:
        the two others); None when there are not two."""
        def others(ms: Sequence[Mention]) -> list[Mention]:
            return [m for m in ms if m.code[:3] not in skip]

        saved, self.history = self.history, [_Seen(others(s.subjects), others(s.people), others(s.countries))
                                             for s in self.history]
        try:
            return self._sides(low, others(mentions), q, people=people)
        finally:
            self.history = saved

    def _subject_pair(self, low: Sequence[str], mentions: Sequence[Mention], q: int) -> list[Mention] | None:
        groups = [_subjects(low, [m for m in mentions if m.end <= q])] + [s.subjects for s in
                                                                         self._recent(_REACH["sides"])]
        for group in groups:
            states: list[Mention] = []
            for m in group:
                if m.has_country and m.code[:3] not in ("IGO", "NGO") \
                        and all(m.code[:3] != o.code[:3] for o in states):
                    states.append(m)
            if len(states) == 2:
                return states
        return None

    def _counterpart(self, low: Sequence[str], mentions: Sequence[Mention], q: int) -> Mention | None:
        """"his counterpart", "their counterparts" with no country of their own: the official of the one other
        country the sentence (before the word) and the three sentences before name beside the possessor's ("the
        envoy met his counterpart"); two such countries, or none, leave it unresolved."""
        if q == 0 or low[q - 1] not in ("his", "her", "their", "its"):
            return None  # "his Peruvian counterpart": the country is named
        before = [m for m in mentions if m.end <= q and m.has_country]
        if not before:
            return None
        own = before[-1].code[:3]
        others = {m.code[:3] for m in before} | {m.code[:3] for s in self._recent(_REACH["person"])
                                                  for m in s.countries}
        others -= {own, "IGO", "NGO"}
        if len(others) != 1:
            return None
        return Mention(q, q + 1, others.pop() + "GOV", None, True, person=True)

    def _offices(self, low: Sequence[str], mentions: list[Mention], speaker: Sequence[Mention]) -> None:
        """"the president": in a text a state issued, that state's office on the text's day (its holder, when the
        lexicon's people say who held it); else the country of the last person named, else the voice of the
        text."""
        for k, m in enumerate(mentions):
            if not m.has_country and m.role_only and low[m.end - 1] in HELD_TITLES and m.start > 0 \
                    and low[m.start - 1] == "the":
                titled = self._titled(low[m.start:m.end], mentions)
                if titled is not None:  # "met German Chancellor X ... the Chancellor said": X
                    mentions[k] = Mention(m.start, m.end, titled.code, titled.name, True, person=True)
                continue
            if named_title(low, m):  # "Foreign Minister Park Jin ... Foreign Minister Park": the person so named
                titled = self._titled(low[m.start:m.end], mentions)
                if titled is not None:
                    mentions[k] = Mention(m.start, m.end, titled.code, titled.name, True, person=True)
                continue
            if m.has_country or not m.role_only or low[m.end - 1] not in _ISSUED_OFFICES:
                continue
            if m.start > 0 and low[m.start - 1] not in ("the", "a", "this", "our"):
                continue
            issuer = self.issuer
            office = [w for w in low[m.start:m.end] if w not in ("the", "a", "this", "our")]
            held = self.holder(issuer, office) if self.holder is not None and issuer is not None else None
            if m.start > 0 and low[m.start - 1] == "the" and (held is None or issuer is None):
                titled = self._titled(office, mentions)
                if titled is not None:  # "spoke with Saudi Foreign Minister X ... the Foreign Minister said"
                    mentions[k] = Mention(m.start, m.end, titled.code, titled.name, True, person=True)
                    continue
            if issuer is not None and issuer[:3] not in _GROUP_CODES:
                code, name = held if held is not None else (issuer + m.code[3:], None)
                # no antecedent of a later "he": the release's next "he" is often someone it has just told of
                mentions[k] = Mention(m.start, m.end, code, name, True, role_only=False)
                continue
            if low[m.end - 1] not in OFFICE_NOUNS:
                continue
            country: str | None = None
            for seen in self._recent(_REACH["person"]):
                if seen.people:
                    country = seen.people[0].code[:3]
                    break
            if country is None and len(self.voice) == 1:
                country = self.voice[0].code[:3]
            if country is not None:
                mentions[k] = Mention(m.start, m.end, country + m.code[3:], m.name, True, role_only=False)

    def _plural_offices(self, low: Sequence[str], mentions: list[Mention]) -> list[Mention]:
        """"The ministers", "the leaders", "the envoys" with no country of their own: the two parties told before
        (those of the meeting the sentences before tell: "A met B ... The ministers signed a pact"), as "the two
        ministers" are; "the officials", "the diplomats": the group that was a subject in the three sentences before
        ("The negotiators of A, B and C condemned ... The officials agreed ...", "U.S. officials said ... The
        officials ..."), as "they" is; "the ministers of ...", or no parties before, stay unresolved."""
        for k, m in enumerate(mentions):
            if not m.role_only or m.end - m.start != 1 or (low[m.start] not in _LEADERS
                                                             and low[m.start] not in _OFFICIALS) or m.start == 0 \
                    or low[m.start - 1] != "the" or (m.end < len(low) and low[m.end] in ("of", "from", "in")):
                continue
            if low[m.start] in _OFFICIALS:  # "the officials": the group a sentence before had as its subject
                found = self._group(low, mentions, m.start, reach=_REACH["officials"])
            else:
                found = self._sides(low, mentions, m.start, people=True,
                                    skip=self._addressing(low, mentions, m.start))
            if found is not None:
                found.start, found.end = m.start, m.end
                mentions = [*mentions[:k], found, *mentions[k + 1:]]
        return mentions

    def _retitled(self, tokens: Sequence[str], low: Sequence[str], mentions: list[Mention]) -> list[Mention]:
        """"The Secretary", "the Deputy Secretary": the person named before with that title (coding._retitled)."""
        added = [Mention(start, end, p.code, p.name, True, person=True) for start, end in bare_titles(
            tokens, low, mentions) if (p := self._titled(low[start:end], mentions)) is not None]
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _titled(self, office: Sequence[str], mentions: Sequence[Mention]) -> Mention | None:
        """The person the article named before with the title ``office`` (:func:`coding._retitled.titled_person`);
        a state's own office in a text it issued ("the President" of a White House release) is read before, as the
        issuer's."""
        return titled_person(self.titled, office, mentions)

    def _named_bodies(self, low: Sequence[str], mentions: list[Mention]) -> None:
        """"the ministry", "the council": a body named before with its country ("Turkey's Foreign Ministry
        condemned ... The ministry called on Israel ..."), the last one the text named with the same noun; a body
        the text has not named with a country is the dateline's state's ministry, government, cabinet or parliament
        ("BEIJING (Reuters) - The foreign ministry ..."), else stays unknown."""
        for k, m in enumerate(mentions):
            if m.has_country or not m.role_only or not ((m.start > 0 and low[m.start - 1] == "the")
                                                         or low[m.end:m.end + 1] == ["members"]):
                continue  # "the council", "Council members"
            known = self.bodies.get(low[m.end - 1])
            if known is None and self.home is not None and low[m.end - 1] in _HOME_BODIES and m.code.endswith("GOV"):
                known = self.home  # "BEIJING (Reuters) - The foreign ministry ...": China's
            if known is not None:
                code = known if known[:3] in _GROUP_CODES else known + m.code[3:]
                mentions[k] = Mention(m.start, m.end, code, None, True, role_only=False)
