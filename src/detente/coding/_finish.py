"""The coder's last step for one sentence: each candidate act's actors settled (the parse, the sentences before,
the shapes of :mod:`~detente.coding.shapes` and the rules of the ``_`` modules), its modality and its day, and
the :class:`~detente.model.Event` records it makes. :class:`Finisher` is the part of
:class:`~detente.coding.coder.Coder` that does it; the coder prepares sentences and batches their parses."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from detente.coding._according import according_judgments
from detente.coding._acts import (
    ASSAULTS,
    JUDGED_CODES,
    WEAPONS,
    accused,
    armed_march,
    background,
    courtesy_call,
    decided,
    described_relations,
    force_purpose,
    journey_purpose,
    judges,
    own_acts,
    own_process_praised,
    pledger,
    prescription,
    projectile_blast,
    recalled,
    rule_owner,
    rule_told,
    state_force,
    verbal_blast,
    weighed,
    withdrawal,
)
from detente.coding._adjunct_meetings import adjunct_ahead, adjunct_meeting
from detente.coding._agreed_between import AGREEMENT_NOUNS, agreed_between
from detente.coding._all_asked import asked_of_all
from detente.coding._asked import told_as_fact
from detente.coding._attack_kills import attack_kills
from detente.coding._behind import charged_act
from detente.coding._casualties import casualty_sources
from detente.coding._charged_breach import charged_breach
from detente.coding._clause_words import TALK_NOUNS, beyond_own, failed_talks, own_course
from detente.coding._conditional import condition_spans, conditioned, guarded
from detente.coding._conflict_parties import conflict_party_dropped
from detente.coding._conjoined_teller import told_doer
from detente.coding._contests import contest_result
from detente.coding._cooperation_fields import cooperation_field
from detente.coding._dated_meetings import eased_by, repeated_at_other_time, signing_agents
from detente.coding._defended import defence_told
from detente.coding._demand_reasons import demand_verb, demanded_party
from detente.coding._demanded_nouns import demanded_noun
from detente.coding._denied import DENIAL, denied_party
from detente.coding._dreamed import dreamed
from detente.coding._drills import drill_holders
from detente.coding._durations import bygone, habitual, over_years, remembered
from detente.coding._guesses import forbidden, speculated
from detente.coding._impacts import impact_code
from detente.coding._joined_times import joined_times
from detente.coding._joint_topics import joint_topic
from detente.coding._letters import addressed_in, by_letter, letter_sender
from detente.coding._marked_since import marked_since
from detente.coding._mediators import mediated, names_mediation
from detente.coding._meetings_ahead import meeting_ahead
from detente.coding._met_response import met_response
from detente.coding._modality import (
    advocated,
    after_any,
    approached,
    clause_before,
    close_to,
    forecast,
    hoped,
    in_condition,
    might_be,
    modality_of,
    refusal,
    untold,
)
from detente.coding._named_acts import named_acts
from detente.coding._no_state import sporting_side
from detente.coding._obliged import obliged
from detente.coding._one_event import (
    UNDATED,
    day_of,
    event_span,
    index_of,
    inverted_speaker,
    official,
    phrase_of,
    told_span,
    track_for,
)
from detente.coding._opening import opening_holder
from detente.coding._opening_participle import opened_in_past
from detente.coding._outlooks import last_met, relations_told
from detente.coding._own_yield import own_yield
from detente.coding._past_plans import past_plan
from detente.coding._pleas import unplaced_pleas
from detente.coding._postures import postures
from detente.coding._pretexts import in_pretext, pretext_spans
from detente.coding._provokers import provoker
from detente.coding._publicity import publicized_work
from detente.coding._purposes import purpose_modality
from detente.coding._quoted_judgments import reported_span
from detente.coding._reduced_passives import reduced_passive_agents
from detente.coding._resolution_doers import adoption_in_subject, resolution_doer
from detente.coding._resolution_targets import resolution_targets
from detente.coding._resolutions import (
    RESOLUTION_NOUNS,
    adopted_when,
    adoption_carried,
    deadline_set,
    resolution_maker,
    told_object,
    turned_down,
)
from detente.coding._rules_carried import carried_rules
from detente.coding._scare_quotes import scare_quoted
from detente.coding._second_verb import first_verb_targets
from detente.coding._shown import not_an_act
from detente.coding._sponsors import plot_of
from detente.coding._stays import STAY_FORMS, stay_roles
from detente.coding._struck_places import struck_places
from detente.coding._struck_teller import charged_force
from detente.coding._summoned import summoned_envoy, summoner_purpose
from detente.coding._talks_host import talks_host
from detente.coding._talks_sought import talks_sought
from detente.coding._terms import terms_teller
from detente.coding._threat_purposes import threat_purpose, threat_purpose_targets
from detente.coding._threatened import threatened
from detente.coding._timed_after import untimed_parties
from detente.coding._together import acting_apart, timed_party_dropped
from detente.coding._told_stances import own_praise, stance_told
from detente.coding._transfers import transfers
from detente.coding._undergone import aid_undergone
from detente.coding._unforgiven import warned_unforgiven
from detente.coding._unreal import not_done
from detente.coding._verbal_attacks import verbal_attack
from detente.coding._week_parts import week_part_day
from detente.coding._welcomed import hosted
from detente.coding._words import DATE_WORDS, DIGIT, REAFFIRMING, REPORT_CODES
from detente.coding.answers import (
    answered,
    answers,
    breach_doer,
    breached_rules,
    complained_of,
    referred_doer,
    victims_left_out,
)
from detente.coding.clauses import CLAIMING, ClauseReader
from detente.coding.coref import expand
from detente.coding.dates import OPENING_WORDS, YEAR_PHRASE
from detente.coding.event_dates import Placed, date_events, gapped, place_when, scheduled
from detente.coding.lexicon import Lexicon
from detente.coding.mentions import Mention
from detente.coding.narrative import (
    SCENE,
    Narrative,
    perfect,
    present_act,
    quoted_in_past,
    recounted,
    told_then,
    undated_aspect,
)
from detente.coding.places import located
from detente.coding.roles import Candidate, RoleFinder, listed
from detente.coding.shapes import (
    FATE_VERBS,
    admitted,
    aimed_at,
    attendees,
    discussed_with,
    fated,
    in_discussion,
    parties,
    past,
    shares_actor,
    suffered,
    told_before,
    told_by_letter,
    told_in_past,
    topic_of_talks,
)
from detente.coding.syntax import Parse
from detente.model import Event
from detente.reference import ReferenceTables

__all__ = ["CoderOptions", "Finisher", "Prepared"]

#: a copula right after a noun of saying makes the noun what is judged ("Japan's claim is absurd", "his remarks
#: were a provocation"), not a judgement its speaker makes
_JUDGED_NOUNS = (["is"], ["are"], ["was"], ["were"])
#: nouns of saying that may be judged with no article or possessive before them ("The Japanese claim is groundless")
_SAID_NOUNS = frozenset(["claim", "claims", "remarks", "statement", "statements", "allegation", "allegations",
                         "assertion", "assertions", "accusation", "accusations", "charge", "charges", "comments",
                         "report", "reports", "announcement", "declaration", "call", "calls"])


@dataclass(frozen=True, slots=True)
class CoderOptions:
    """How strict the coder is. ``min_actors``: events need this many known actors (0 codes every verb)."""

    min_actors: int = 1
    dataset: str = "detente-coder"
    max_sentence_tokens: int = 200
    #: read sources and targets from a dependency parse (:mod:`detente.coding.syntax`); False: word order only
    syntax: bool = True
    #: parse a sentence with this many actors (or several verbs of the lexicon); fewer: word order only
    parse_actors: int = 2


@dataclass(slots=True)
class Prepared:
    tokens: list[str]
    low: list[str]
    mentions: list[Mention]
    candidates: list[Candidate]
    #: every verb and event noun of the lexicon found (nouns too when a verb was kept), for the dates
    words: list[Candidate]
    #: the positions of the meeting nouns dated as acts of their own (:func:`dated_meetings`), read when prepared
    dated: frozenset[int] = frozenset()


#: month names, the words of a day written without a year ("On October 22")
_MONTH_WORDS = frozenset(w for w in DATE_WORDS if w not in ("yesterday", "today", "tomorrow", "day", "week", "month",
                                                             "year", "weekend", "ago", "away", "later", "earlier")
                         and not w.endswith("day"))


#: roots of the cooperative acts a past plan leaves undone ("was due to meet", "were set to sign")
_PLANNED_ROOTS = frozenset(["03", "04", "05", "06", "07", "08"])


class Finisher:
    """The events of one prepared sentence (mixed into :class:`~detente.coding.coder.Coder`)."""

    lexicon: Lexicon
    options: CoderOptions
    tables: ReferenceTables
    roles: RoleFinder

    def _finish(
        self,
        prepared: Prepared,
        parse: Parse | None,
        sentence: str,
        *,
        date: dt.date | None,
        url: str | None,
        doc_id: str | None,
        number: int | None,
        context: dt.date | None = None,
        recent: Sequence[Event] = (),
        earlier: Sequence[Sequence[Event]] = (),
        told: Callable[[], Event | None] | None = None,
        narrative: Narrative | None = None,
    ) -> list[Event]:
        """The sentence's events; ``recent``: the events of the sentences before it in the text (what "the
        attack" in "condemned the attack" refers to); ``earlier``: the events of every sentence before it, by
        sentence (the meeting "Also present at the meeting was X" refers to, however far back); ``told``: finds
        the event of the sentence before dated to an earlier day by a phrase naming it, whose day a sentence with
        no time phrase goes on telling (:func:`~detente.coding.narrative.story_day`); called only when a candidate
        could go on with it; ``narrative``: whether the text tells of the past, and of which year
        (:class:`~detente.coding.narrative.Narrative`)."""
        tokens, low, mentions = prepared.tokens, prepared.low, prepared.mentions
        whens: list[list[Placed]] = []
        placed: list[Placed] = []
        if not DATE_WORDS.isdisjoint(low) or not OPENING_WORDS.isdisjoint(low) \
                or ("-" in sentence and DIGIT.search(sentence)) \
                or (DIGIT.search(sentence) and YEAR_PHRASE.search(sentence)):
            year = narrative.year(number) if narrative is not None and not _MONTH_WORDS.isdisjoint(low) else None
            placed = place_when(sentence, tokens, date, context=context, year=year)
            if placed:
                whens = date_events(placed, [event_span(c) for c in prepared.words], low)
        reader = None
        if parse is not None:
            reader = ClauseReader(parse, low, mentions, lambda m: self.roles.chain(m, mentions, low, len(low)),
                                  acts=frozenset(c.verb for c in prepared.candidates))
        events: list[Event] = []
        verbs: list[int] = []
        seen: dict[tuple[str, str, str], list[tuple[dt.date | None, str | None, bool]]] = {}
        fate = fated(low, mentions) if not FATE_VERBS.isdisjoint(low) else None
        own_rules = not self.lexicon.petrarch  # PETRARCH dictionaries are read as PETRARCH reads them
        low_has_resolution = own_rules and not RESOLUTION_NOUNS.isdisjoint(low)
        spans = condition_spans(low, tokens, mentions, prepared.candidates) if own_rules else ()  # _conditional
        dated = prepared.dated if own_rules else frozenset()
        pretexts = pretext_spans(low) if own_rules else []
        for cand in prepared.candidates:
            if pretexts and in_pretext(pretexts, cand.verb):
                continue  # "under the pretext of "a missile threat" from the DPRK": a reason claimed (_pretexts)
            if (weighed(cand, prepared.candidates, low) and not adjunct_meeting(low, cand.verb, cand.code, mentions)
                    and cand.verb not in dated) \
                    or in_discussion(cand, prepared.candidates, low, mentions):
                continue  # "spoke to reporters during his visit to Beijing": the visit is no complement of "spoke"
            if own_rules and talks_sought(cand, prepared.candidates, low):
                continue  # "encourage the resolution of issues through cross-Strait dialogue": no talks held
            if own_rules and deadline_set(cand, prepared.candidates, low):
                continue  # "gave both sides until Monday to halt the fighting": what is demanded, no act
            if own_rules and cand.code[:2] == "07" and aid_undergone(low, cand.verb):
                continue  # "depend heavily on foreign aid", "faced a suspension of U.S. aid": no aid given
            if own_rules and scare_quoted(low, cand):
                continue  # "Japan's fiction about "threat from North Korea"": a label held at a distance
            if own_rules and low[cand.verb] in TALK_NOUNS and failed_talks(tokens, low, cand.verb):
                continue  # "the talks collapsed", "derailing the talks": no talks held
            if own_rules and (projectile_blast(low, cand.verb) or journey_purpose(cand, prepared.candidates, low)
                              or described_relations(low, cand) or force_purpose(cand, prepared.candidates, low)
                              or rule_told(low, cand) or accused(low, cand.verb) or contest_result(low, cand)
                              or not_an_act(low, cand.verb, mentions) or publicized_work(low, cand.verb)
                              or charged_act(low, cand.verb, any(o.code in REPORT_CODES and o.verb < cand.verb
                                                                 for o in prepared.candidates))):
                continue  # "the missile exploded", "on its way to help", "pursue improved ties", "fired to repel it"
            met = met_response(low, cand.verb, mentions) if own_rules and cand.code[:2] == "04" else None
            if met is not None and met[0] is None:
                continue  # "the launch was met with a swift response": no meeting
            if own_rules:
                cand.code = met[0] if met is not None and met[0] else withdrawal(low, cand)  # 164; "met with": 13
            if own_rules and cand.code == "100" and reader is not None and low[cand.verb].startswith("insist") \
                    and told_as_fact(reader.parse, low, cand.verb):
                cand.code = "010"  # "insisted that the curbs are unfair": a statement, a criticism if it judges
            if own_rules and any(o.code[:2] == "12" and o.verb < cand.verb and own_course(low, o.end) == cand.verb
                                 for o in prepared.candidates):
                continue  # "ruled out imposing tariffs on Peru": the course turned down is not taken
            self.roles.assign(cand, low, mentions)
            in_order = cand.targets
            sent = letter_sender(cand, prepared.candidates, low, mentions) if own_rules else None
            body = resolution_maker(cand, prepared.candidates, low, mentions) if low_has_resolution else None
            if body == [] or (low_has_resolution and (adoption_carried(cand, prepared.candidates, low)
                                                      or adoption_in_subject(cand, prepared.candidates, low,
                                                                             mentions))):
                continue  # "vetoed a draft resolution condemning Peru"; "adopted a resolution condemning Peru"
            if reader is not None and not (cand.fixed_source or cand.fixed_target or cand.compound):
                roles = reader.roles(cand.verb, cand.code, cand.used)
                if roles.drop and sent is None and not body:
                    continue
                # the parse's actors when it names them; else the word-order reading, unless the parse puts
                # those actors in another clause than the verb
                cand.sources = roles.sources or [m for m in cand.sources
                                                 if not roles.noun and not reader.separated(cand.verb, m)]
                taken = {m.code for m in cand.sources}
                cand.targets = [m for m in (roles.targets or cand.targets)
                                if m.code not in taken
                                and (roles.targets or not reader.separated(cand.verb, m, target=True))]
                if cand.targets and all(m.start in cand.used and not m.has_country for m in cand.targets):
                    cand.targets = in_order  # "sent a delegation to Peru": the delegation is what was sent
                if roles.joint:  # "joint U.S.-ROK drills": the pair's states act together (coding._paired)
                    cand.compound, cand.sources, cand.targets = roles.sources, [], roles.targets
            if met is not None and met[1]:  # "will be met by strong counteraction from the DPRK": the DPRK's
                cand.sources = met[1]
                cand.targets = [m for m in cand.targets if m.code[:3] != met[1][0].code[:3]]
            if sent is not None:  # "issued a statement denouncing Peru": the sender denounces, not the addressee
                by_letter(cand, sent)
            elif own_rules and cand.sources:  # "In a note to Peru, Chile protested ...": to Peru
                cand.targets = cand.targets or addressed_in(cand, low, mentions) or talks_host(cand, low, mentions)
            if own_rules and (agents := signing_agents(cand, low)):  # "the accord signed by Chile and Peru"
                cand.sources, cand.targets = agents, []
            elif own_rules and (agents := eased_by(cand, low, mentions) or reduced_passive_agents(
                    cand, low, mentions, {c.verb for c in prepared.candidates if c is not cand and not c.nominal})):
                cand.sources = agents  # "the lifting of sanctions ... by the EU", "sanctions imposed on Iran by the EU"
                cand.targets = [m for m in cand.targets if all(m.code[:3] != a.code[:3] for a in agents)]
            yielded = own_yield(cand, prepared.candidates, low, mentions) if own_rules else None
            if yielded is not None:  # "said its troops would be withdrawn": the teller pulls them back
                cand.sources, cand.targets = yielded
            cand.sources = (own_rules and told_doer(cand, prepared.candidates, low, mentions)) or cand.sources
            cand.targets = (own_rules and provoker(cand, low, mentions)) or cand.targets  # "to any attack by X"
            terms = terms_teller(cand, prepared.candidates, low) if own_rules else None
            if terms is not None:  # "said any deal must include ...": the teller's demand
                cand.sources = terms
            if body:  # "the Council passed a resolution giving both sides until Monday to ...": the Council's
                cand.sources = body  # the parse may read the participle as a noun: its object by word order
                cand.targets = [m for m in cand.targets or told_object(low, cand.verb, mentions)
                                if m.code not in {b.code for b in body}]
            elif low_has_resolution and cand.code[:2] == "12":  # "vetoed a resolution condemning Peru": not at Peru
                cand.targets = turned_down(cand, low, cand.targets)
            elif low_has_resolution and (doer := resolution_doer(cand, low, mentions)):  # "Resolution 660 demanded"
                cand.sources = doer
                cand.targets = [m for m in cand.targets or told_object(low, cand.verb, mentions)
                                if m.code not in {d.code for d in doer}]
            if cand.code[:2] in ("03", "04", "05", "06") and cand.targets and not cand.fixed_target:
                # "met to discuss sanctions against Peru", "talks on Chile", "agreed to cooperate on Peru's
                # nuclear program": the topic, not a party of the talks or of the cooperation
                discussed = not cand.nominal and low[cand.verb].startswith("discuss")
                cand.targets = [m for m in cand.targets
                                if not topic_of_talks(low, m, event_span(cand)[1], discussed=discussed,
                                                      toward=cand.code[:2] != "04")
                                and not joint_topic(low, m, event_span(cand)[1], cand.sources)]  # "on sales to X"
                if discussed and not cand.targets:  # "discussed Peru with Chile": the talk is with Chile
                    cand.targets = discussed_with(low, event_span(cand)[1], mentions, cand.sources)
            speaker = inverted_speaker(cand, low, mentions)
            if speaker is not None:  # "..., says Rodong Sinmun": the one after the verb speaks, of no one in it
                cand.sources, cand.targets = [speaker], []
            cand.sources = self.roles.including(expand(cand.sources), mentions, low)
            cand.targets = [m for m in self.roles.including(expand(cand.targets), mentions, low)
                            or self.roles.allies(cand, low, mentions) if not located(low, m, cand.code)]
            if own_rules:  # "condemned the attack on Syria": its doer's, not its victim's
                cand.targets = victims_left_out(low, cand.code, cand.verb, cand.end, cand.targets, mentions)
            if own_rules and recent and not cand.compound:  # "condemned the launch and called on the UN": not the UN
                cand.targets = first_verb_targets(low, cand.end, cand.code, cand.targets, mentions, recent,
                                                  cand.sources)
            if own_rules and cand.code[:2] == "13" and cand.sources and not cand.targets:
                cand.targets = threat_purpose_targets(low, cand.verb, mentions, cand.sources)  # "to sink Japan"
            if recent and cand.sources and not cand.targets and not cand.compound:
                cand.targets = referred_doer(low, cand.end, mentions, recent, cand.sources)
            self.roles.between(cand, low, mentions)
            if own_rules:  # "met hours after a North Korean missile launch": no talks with the North
                cand.sources = untimed_parties(low, cand.verb, cand.code, cand.sources)
                cand.targets = untimed_parties(low, cand.verb, cand.code, cand.targets)
                cand.targets = asked_of_all(low, cand.verb, cand.code, cand.targets)  # "urged all states to ..."
            if fate is not None and (cand.code in REPORT_CODES or cand.code[:2] == "13") and cand.verb != fate[1] \
                    and all(m.code[:3] != fate[0].code[:3] for m in cand.sources):
                cand.targets = [fate[0]]  # "Chile warned Peru will pay a heavy price": a threat to Peru
                if cand.code in REPORT_CODES:
                    cand.code = "130"
            judged = cand.code in JUDGED_CODES and not (
                (cand.nominal or low[cand.verb] in _SAID_NOUNS) and low[cand.end:cand.end + 1] in _JUDGED_NOUNS
            ) and judges(low, cand.end)  # "Japan's claim is absurd": the claim is what is judged, no judge
            quoted = reported_span(low, cand.verb, cand.end) if own_rules and cand.code in REPORT_CODES \
                and not judged else None  # '"Russia is to blame," the minister said', 'said: "..."'
            judged = judged or (quoted is not None and judges(low, *quoted))
            if own_rules and not judged and cand.code in REPORT_CODES and cand.sources and not cand.compound and (
                    stance := stance_told(low, *(quoted or (cand.end, len(low))), mentions, cand.sources[0])):
                cand.targets, cand.code = [stance[0]], stance[1]  # "said China's move is a step forward" (013)
            cand.targets, cand.code = own_praise(cand, low, mentions) if own_rules else (cand.targets, cand.code)
            if cand.code == "128":  # "a breach of the UN Charter": the Charter's body is not wronged
                cand.targets = [m for m in cand.targets if not rule_owner(low, m)]
            elif judged:  # "said the Japanese regulations are arbitrary": rules judged, not broken, are their maker's
                cand.targets = [m for m in cand.targets if not breached_rules(low, m)]
            elif own_rules:  # "launched a missile in violation of Security Council resolutions": no act on the UN
                cand.targets = [m for m in cand.targets if not (m.start > cand.end and (
                    breached_rules(low, m) or carried_rules(low, m)))]  # "the implementation of UN resolutions"
            promised = (cand.code in REPORT_CODES and low[cand.verb] in REAFFIRMING
                        and self._promises(prepared.candidates, cand, low, tokens))
            if not cand.sources and cand.targets and not cand.fixed_source:
                cand.sources = pledger(cand, prepared.candidates, low)  # "commitment to protect South Korea"
                if own_rules and not cand.sources:  # "In a call with Lula, Macron said ...": Macron's call
                    cand.sources = opening_holder(cand, low, mentions)
            victim = suffered(low, cand, mentions) if not cand.compound else None
            if victim is not None:  # "Ukraine is suffering an attack by Russian forces": Russia's attack on Ukraine
                cand.sources, cand.targets = victim
            summoned = summoned_envoy(low, cand.code, cand.sources, cand.targets, mentions) if own_rules else None
            if summoned is not None:  # "the Indian envoy was summoned, where a protest was lodged": to India
                cand.sources, cand.targets = summoned
            elif own_rules and (summoner := summoner_purpose(low, cand.verb, cand.code, cand.sources, cand.targets,
                                                             mentions)) is not None:
                cand.sources, cand.targets = summoner  # "summoned China's ambassador to protest ...": the summoner's
            if own_rules and cand.code[:2] == "18" and verbal_blast(low, cand):
                cand.code = "111"  # "KCNA blasts Japan's suppression of ...": a criticism, not a bombing
            if cand.code == "112" and low[cand.verb] in CLAIMING and not cand.targets:
                cand.code = "010"  # "claimed that it had tested ...": its own act, no accusation
            if judged and not cand.targets:  # the wrong is the act of the actor named in what is reported
                first, last = quoted or (cand.end, len(low))
                judged_doers = [m for m in mentions if first <= m.start < last and m.has_country
                                and not breached_rules(low, m)]  # "a violation of UN resolutions": not the UN's
                # "said the drills by Chile and Peru are a provocation": the doer and those listed with it
                cand.targets = listed(judged_doers[0], judged_doers, low) if judged_doers else []
                if not cand.targets and reader is not None and (asked := demanded_party(low, reader.parse, cand.verb,
                                                                                        mentions)) is not None:
                    cand.targets = [asked]  # "demanded that Japan rescind the rules, saying they are unfair"
            elif cand.code == "014" and not cand.targets:  # "considering measures to ease sanctions against Cuba"
                cand.targets = [m for m in mentions if m.start >= cand.end and m.has_country
                                and all(m.code[:3] != s.code[:3] for s in cand.sources)
                                and not (own_rules and carried_rules(low, m))][:1]
            elif cand.sources and not cand.targets and not cand.compound:
                cand.targets = aimed_at(low, event_span(cand)[1], mentions, cand.sources,
                                        stance=cand.code[:2] in ("05", "11"))
            if own_rules and cand.code == DENIAL and cand.sources and not cand.targets and not cand.compound:
                cand.targets = denied_party(low, cand.end, mentions, cand.sources, tokens)  # "... into Donbas"
            if (judged or cand.code[:2] == "11") and recent and cand.sources and not cand.compound:
                cand.targets = breach_doer(low, cand.end, cand.targets, mentions, recent, cand.sources)  # "the launch"
            if own_rules and cand.sources and cand.targets and not cand.compound:
                cand.targets = beyond_own(low, cand.sources, cand.targets, mentions)  # "curbs on U.S. trade with Cuba"
            if own_rules and cand.code[:2] == "12" and cand.targets and own_course(low, cand.end) is not None:
                # "rejected seeking UN sanctions": a course of one's own turned down, no party rejected
                cand.targets = [m for m in cand.targets if m.start > 0 and low[m.start - 1] == "with"]
            if recent and cand.sources and not cand.targets and not cand.compound and not cand.nominal \
                    and answers(cand.code):
                cand.targets = answered(number, mentions, recent, cand.sources, low, cand.verb)  # at its attacker
            if cand.code[:2] == "11" and cand.targets:
                cand.targets = complained_of(low, cand.targets, mentions)  # "complained to the UN over Israel's ..."
            attending = attendees(low, cand, mentions, self.roles) if cand.code[:2] == "04" else None
            if attending:  # "Also present at the meeting was X": X took part, with the parties told before
                cand.sources = attending
                present = {m.code[:3] for m in attending}
                cand.targets = [m for m in parties([e for found in earlier for e in found] or recent)
                                if m.code[:3] not in present]
            if own_rules and cand.code in REPORT_CODES and cand.sources and not cand.compound and not promised and (
                    outlook := relations_told(low, cand.end, cand.sources[0], mentions,
                                              last_met(earlier, cand.sources[0]))) is not None:
                cand.targets, cand.code = [outlook[0]], outlook[1]  # "says tensions with Peru have eased": 013 on Peru
            elif own_rules and cand.code in REPORT_CODES and cand.sources and cand.sources[0].has_country \
                    and not cand.compound and (defended := defence_told(low, cand.end, cand.verb, cand.sources[0],
                                                                        mentions)) is not None:
                cand.targets, cand.code = [defended], "052"  # "said Israel has the right to defend itself"
            if own_rules and cand.code == "042" and low[cand.verb] in STAY_FORMS:
                stay = stay_roles(low, cand, mentions)  # "Abiy was in Eritrea last week": a visit; "in exile" none
                if stay is None:
                    continue
                cand.sources, cand.targets = stay
            if own_rules and demanded_noun(low, cand.verb):
                continue  # "Halt to US Nuclear Threat to DPRK Urged": what is asked for, not done (_demanded_nouns)
            modality = modality_of(low, cand.verb, tokens) if met is None else "occurred"  # a threat is made
            if modality == "occurred" and cand.nominal and adjunct_ahead(low, cand.verb, cand.code, mentions):
                modality = "intended"  # "will raise it during his visit to Beijing": the visit is to come
            if modality == "occurred" and own_rules and plot_of(low, cand.verb) is not None:
                modality = "intended"  # "Iran was plotting attacks on U.S. troops": no attack yet (_sponsors)
            if guessed := modality == "occurred" and (might_be(low, cand.verb) or dreamed(low, cand.verb)):
                # "an Israeli attack on Iran would be a disaster"; "Israeli Attack On Iran Is Sheer Fantasy" (_dreamed)
                modality = "hypothetical"  # no attack, no threat
            elif modality == "occurred" and own_rules and (
                    ahead := meeting_ahead(low, tokens, cand.verb, cand.code, nominal=cand.nominal)) is not None:
                modality, guessed = ahead, ahead == "hypothetical"  # "new talks ... are planned for May"
            elif modality == "occurred" and own_rules and (threatened(low, cand.verb)
                                                            or threat_purpose(low, cand.verb, cand.code)):
                modality = "hypothetical"  # "renewed its threat to attack Taiwan": the act threatened (_threatened)
            elif modality in ("occurred", "intended") and reader is not None and (unreal := not_done(
                    reader.parse, low, cand.verb, prepared.candidates, modality)) is not None:
                modality, guessed = unreal  # "urged X to stop ...", "refrained from nuclear tests" (_unreal)
            if modality == "occurred" and reader is not None and (aim := purpose_modality(
                    reader.parse, low, cand.verb, tokens, code=cand.code)) is not None:
                modality, guessed = aim, aim == "hypothetical"  # "will meet ... to discuss": to come (_purposes)
            modality, inside, cand.targets = conditioned(spans, low, cand, modality)  # "if Peru attacks": no act
            if decided(low, cand.verb, cand.code, modality) or (yielded is not None and modality == "intended") \
                    or terms is not None:
                modality = "occurred"  # "decided to lift sanctions", "announced they would be lifted": done today
            elif modality != "negated" and cand.code[:2] in _PLANNED_ROOTS and past_plan(low, tokens, cand.verb):
                modality = "hypothetical"  # "were set to meet next week": a plan told in the past, no intent
            own = whens[index_of(prepared.words, cand)] if whens else []
            if body and placed:  # "on Friday passed a resolution giving both until Monday to ...": Friday's
                own = adopted_when(placed, own, low, cand.verb)
            if modality == "occurred" and scheduled(own, date, low, cand.verb, nominal=cand.nominal):
                modality = "intended"  # "the talks begin on Wednesday", "talks set for Monday": acts announced
            intent = modality != "occurred" or cand.code[:2] in ("03", "13")
            day = day_of(own, date, cand.verb, intent=intent)
            if day == UNDATED and (part := week_part_day(phrase_of(own, date, cand.verb, intent=intent), date)):
                day = part  # "late last week": Friday of last week, within a day of each of its days (_week_parts)
            vague = told_span(phrase_of(own, date, cand.verb, intent=intent)) if day == UNDATED else None
            before = (told() if told is not None and not whens and not cand.nominal
                      and ((modality == "occurred" and not perfect(low, cand.verb)
                            and (past(low[cand.verb]) or quoted_in_past(low, cand.verb)
                                 or opened_in_past(low, cand.verb)
                                 or ((asker := demand_verb(low, reader.parse if reader else None,
                                                           cand.verb)) is not None
                                     and past(low[asker]))))  # "demanded that ..., insisting": the demand's time
                           or (modality == "intended" and told_in_past(low, cand.verb))) else None)
            if before is not None and (before.source == before.target == SCENE or shares_actor(before, cand)):
                day = before.date  # "Chile's cabinet met on Saturday. It rejected the report.": the same day
            elif day == date and date is not None and narrative is not None and ((
                    not own and narrative.past and not narrative.keeps_day(low, cand.verb)
                    and (cand.nominal or told_before(low, cand.verb) or not present_act(low, cand.verb)))
                    or (narrative.account and recounted(low, cand.verb, cand.nominal, own))):
                day = UNDATED  # an essay of 2025 on 1962: "Khrushchev agreed" is no act of 2025; nor in testimony
            if not own and date is not None and (background(
                    low, cand.verb, (c.verb for c in prepared.words if c is not cand and not c.nominal))
                    or (recalled(low, cand.verb) if cand.nominal else undated_aspect(low, cand.verb, modality))
                    or (day == date and remembered(low, cand.verb, nominal=cand.nominal))  # "recalled that ..."
                    or (modality == "occurred" and (over_years(low, cand.verb)  # "have sold arms for years"
                                                    or bygone(low, cand.verb)  # "the era when the U.S. threatened"
                                                    or habitual(low, cand.verb)))  # "stage drills every year"
                    or (day == date and told_then(low, cand.verb))):  # "At that time ..." with no day told before it
                day = UNDATED  # "the previous talks", "the anniversary of the bombing": an earlier act on no day said
            if own_rules and day != UNDATED and marked_since(low, cand.verb):
                day = UNDATED  # "Today marks 500 days since Peru detained ...": not today's act (_marked_since)
            if modality == "negated" and cand.code[:2] == "08" and forbidden(low, cand.verb):
                modality, cand.code = "intended", "130"  # "will not allow their lawlessness to continue": a warning
            if modality == "negated" and cand.code[:3] == "056" and warned_unforgiven(low, cand.verb):
                modality, cand.code = "intended", "130"  # "will never pardon the reactionaries": a warning too
            conditional = modality == "intended" and "unless" in low[cand.verb:]
            refused = modality == "negated" and refusal(low, cand.verb)
            condition = modality == "hypothetical" and (in_condition(low, cand.verb) or after_any(low, cand.verb)
                                                        or forecast(clause_before(low, cand.verb))
                                                        or approached(clause_before(low, cand.verb))
                                                        or close_to(low, cand.verb)
                                                        or advocated(clause_before(low, cand.verb, 6))
                                                        or hoped(low, cand.verb) or untold(low, cand.verb)
                                                        or guessed or speculated(low, cand.verb, mentions))
            cand.targets, foe = guarded(spans, low, timed_party_dropped(conflict_party_dropped(cand, low), low),
                                         modality)  # "after talks with"
            if pretexts:
                cand.targets = [t for t in cand.targets if not in_pretext(pretexts, t.start)]  # nor a pretext's party
            if own_rules:
                cand.sources = casualty_sources(low, cand)  # "The attack on the Korean island killed two": no KOR
            drill = own_rules and drill_holders(cand, low, mentions)  # "joint drills with Japan": both hold them
            for source, target, code in self.roles.triples(cand, apart=acting_apart(cand, low, tokens), drill=drill):
                known = sum(1 for m in (source, target) if m is not None and m.has_country)
                if known < self.options.min_actors or (self.lexicon.petrarch and (source is None or target is None)):
                    continue
                if source is not None and source.late:
                    continue  # "Kim Il Sung's birthday commemorated by ...": a leader after his term does nothing
                if cand.nominal and source is not None and target is not None \
                        and source.code[:3] == target.code[:3] and adjunct_meeting(low, cand.verb, cand.code, mentions):
                    continue  # "on his visit to China" read as a Chinese official's: no one visits his own country
                if own_rules and (sporting_side(source, low) or sporting_side(target, low)):
                    continue  # "India's cricketers refuse to tour Pakistan": a sporting side is not its state
                impact = impact_code(low, cand.verb, source.code[3:6] if source is not None and source.has_country
                                     else "?", code) if own_rules else code
                if impact is None:
                    continue  # "imposed targeted sanctions", "sanctions hit the economy": no armed attack
                code = impact  # "a blast hit the embassy": a bombing
                if own_rules and code == "050" and (field := cooperation_field(low, cand.verb)) is not None:
                    code = field  # "boosted military cooperation": material cooperation (_cooperation_fields)
                code = "138" if None is not foe is target and self.lexicon.cameo_intent else self._intent_code(
                    code, modality, refusal=refused, condition=condition or inside)  # the attacker is threatened
                if own_rules and code[:2] == "05" and source is not None \
                        and own_process_praised(low, cand.verb, source, prepared.mentions):
                    code = "013"  # "praised his meeting with Kim": a comment on its own dealings, no praise
                if code == "112" and modality in ("intended", "hypothetical") and low[cand.verb].startswith("hold"):
                    code = "130"  # "will hold X accountable": a warning of what is to come, no accusation yet
                if own_rules and code[:2] == "18" and verbal_attack(low, cand.verb):
                    code = "111"  # "attacked the U.S. policy on Syria": criticism, no force (_verbal_attacks)
                if code in ("180", "183") and source is not None and official(source):
                    code = state_force(low[cand.verb], code, source.code[3:6])  # a state's attack or bombing: 19x
                elif own_rules and code in ("180", "183") and source is not None and source.code.startswith("IGO"):
                    code = state_force(low[cand.verb], code, source.code[9:12])  # NATO's, peacekeepers': 19x too
                if code == "051" and hosted(tokens, low, cand.verb, target):
                    code = "043"  # "Xi welcomed Russian President Putin to Beijing": hosting, no approval
                if code == "020" and courtesy_call(low, cand.verb):
                    code = "042"  # "called on the foreign minister": a visit, nothing asked
                if code[:2] in ("18", "19") and cand.verb > 0 and low[cand.verb] in ASSAULTS:
                    code = WEAPONS.get(low[cand.verb - 1], code)  # "an artillery attack": 194
                if promised and code in REPORT_CODES:
                    code = "030"  # "reaffirmed to our allies that we will meet our commitments": a promise to them
                if judged and code in JUDGED_CODES:
                    code = "111"  # "Boucher said the launch is a clear violation": the report is a criticism
                if code in ("140", "141") and low[cand.verb].startswith("protest") and official(source):
                    code = "114"  # a government that protests complains officially; crowds demonstrate
                if code == "141" and source is not None and source.has_country:
                    code = armed_march(low, cand.verb, code, source.code[3:6])  # "troops marched to the front"
                if conditional and self.lexicon.cameo_intent and not code.startswith(("12", "13")):
                    code = "130"  # "will withdraw ... unless ...": a conditional act is a threat
                key = (source.code if source else "---", target.code if target else "---", code)
                if key in seen and not (own_rules and repeated_at_other_time(seen[key], code, day, vague, bool(own))):
                    continue  # one act told twice; "met on Sunday, ... since the summit in February": two
                seen.setdefault(key, []).append((day, vague, bool(own)))
                event = self._event(key, source, target, code, modality, sentence, low, day, url, doc_id, number)
                # an act told "earlier this month": the span, for a chronology to date it (coding.anchors)
                events.append(dataclasses.replace(event, summary=vague) if vague and day == UNDATED else event)
                verbs.append(cand.verb)
        if own_rules and ("what" in low or "which" in low):  # "..., in what Peru called a provocation": at the doer
            events = named_acts(events, verbs, low)
        if len(placed) > 1 and own_rules:
            gapped(events, verbs, low, mentions, placed, date)  # "... on September 21 and Pakistan on September 22"
        if placed and own_rules and "and" in low:  # "held talks on April 3 and April 20": talks on each day
            joined_times(events, verbs, low, tokens, placed, date)
        if own_rules:
            events = unplaced_pleas(events, low, verbs)  # "Mrs. Azizo says the Italian government must ...": --- ->
            events = struck_places(events, verbs, low, tokens)  # "Russian missiles struck Kharkiv": at Ukraine
            events = transfers(events, verbs, low, mentions)  # "received missiles from Russia": from Russia, no attack
            events = attack_kills(events, verbs, low)  # "Israeli air strikes killed 12": the strikes' toll, no 180
            events = postures(events, verbs, low, mentions)  # "put its forces on alert after the US drills": at the US
        events = self._prescribed(events, verbs, low, sentence, day=date, url=url, doc_id=doc_id, number=number)
        if own_rules:  # '"Israel needs to stop all provocative acts and lift the blockade," he added': a demand
            events = obliged(events, verbs, low, mentions, lambda s, t, c: self._event(
                (s, t, c), None, None, c, "occurred", sentence, list(low), date, url, doc_id, number))
        if own_rules and names_mediation(low):  # "talks mediated by Switzerland": with each side
            events = mediated(events, verbs, low, mentions, lambda s, t, c: self._event(
                (s, t, c), None, None, c, "occurred", sentence, list(low), date, url, doc_id, number))
        if own_rules and not RESOLUTION_NOUNS.isdisjoint(low):  # "Iraq accepted resolution 687": toward the UN
            events = resolution_targets(events, verbs, low)
        if own_rules and "between" in low and not AGREEMENT_NOUNS.isdisjoint(low):  # "welcomed the deal reached
            events = agreed_between(events, verbs, low, mentions, lambda s, t, c: self._event(  # between A and B"
                (s, t, c), None, None, c, "occurred", sentence, list(low), date, url, doc_id, number))
        if own_rules:  # "confirmed that its spies kidnapped ...": an admission (015) to the wronged, the act history
            events = admitted(events, verbs, low, self.tables, lambda c, q: track_for(c, q, low), date, UNDATED)
            # "said Peruvian ships rammed a Chilean boat": the teller's charge against the attacker (112)
            events = charged_force(events, verbs, low, mentions, self.tables, lambda c, q: track_for(c, q, low))
            # "Beijing said Washington has breached its commitments": the teller's charge, no US defiance (128)
            events = charged_breach(events, verbs, low, self.tables, lambda c, q: track_for(c, q, low))
        if own_rules and "according" in low:  # "X is a violation, according to Japan": Japan's charge against X
            events = according_judgments(events, verbs, low, mentions, lambda s, t, c: self._event(
                (s, t, c), None, None, c, "occurred", sentence, list(low), date, url, doc_id, number))
        return own_acts(told_by_letter(events, verbs, low), verbs, reader, low,
                        {c.verb: c.code for c in prepared.candidates},
                        frozenset(c.verb for c in prepared.candidates
                                  if c.nominal and adjunct_meeting(low, c.verb, c.code, mentions)) | dated)

    def _prescribed(self, events: list[Event], verbs: list[int], low: Sequence[str], sentence: str, *,
                    day: dt.date | None, url: str | None, doc_id: str | None, number: int | None) -> list[Event]:
        """What one side says another should or must do is its appeal (02) or demand (10) to that side: "Chile
        says the Security Council should condemn Peru" is Chile -> UN 02, "Bolivia said Brazil ought to withdraw"
        Bolivia -> Brazil 02, "Japan said China must release the crew" Japan -> China 10. The prescribed act
        did not happen (it is hypothetical), and a "must" read as the doer's own demand is the teller's. ``verbs``
        is kept in step."""
        tellers = [(v, e) for v, e in zip(verbs, events, strict=True)
                   if e.code in REPORT_CODES and e.source[:3] != "---"]
        if not tellers:
            return events
        out: list[Event] = []
        kept: list[int] = []
        for v, e in zip(verbs, events, strict=True):
            code = prescription(low, v) if e.code not in REPORT_CODES else None
            must = low[v] == "must" and e.code[:2] == "10"
            doer = e.source
            if code is None and not must:
                out.append(e)
                kept.append(v)
                continue
            code = code or "100"
            doers = {x.source[:3] for w, x in zip(verbs, events, strict=True) if w == v}
            # "the United States and China must manage": a course the teller's side takes too, no demand
            teller = next((t for w, t in tellers if w != v and t.source[:3] not in doers), None)
            if teller is None or doer[:3] == "---":
                out.append(e)
                kept.append(v)
                continue
            if not must:
                out.append(dataclasses.replace(e, modality="hypothetical"))  # the act prescribed did not happen
                kept.append(v)
            key = (teller.source, doer, code)
            if all((x.source, x.target, x.code) != key for x in (*events, *out)):
                made = self._event(key, None, None, code, "occurred", sentence, list(low), day or teller.date,
                                   url, doc_id, number)  # in the act's place: the sentence's order of acts
                out.insert(len(out) - (not must), dataclasses.replace(
                    made, date=teller.date, source_name=teller.source_name, target_name=e.source_name))
                kept.insert(len(kept) - (not must), v)
        verbs[:] = kept
        return out

    # -- modality, intent, the event ---------------------------------------------------------------------------

    def _promises(self, candidates: Sequence[Candidate], report: Candidate, low: list[str],
                  tokens: list[str]) -> bool:
        """Whether what a reaffirming report says is a cooperative intent: a later act of the sentence coded 03,
        or a cooperative act (04-08) announced ("reaffirmed that the United States will meet its commitments",
        "reiterated that Japan would provide aid")."""
        for other in candidates:
            if other.verb <= report.verb or other.code in REPORT_CODES:
                continue
            root = other.code[:2]
            if root == "03" or (root in ("04", "05", "06", "07", "08")
                                and modality_of(low, other.verb, tokens) == "intended"):
                return True
        return False

    def _intent_code(self, code: str, modality: str, *, refusal: bool = True, condition: bool = False) -> str:
        """CAMEO codes an announced act by its intent: 'will meet' is 036, 'will attack' 138. A negation is a
        refusal (12x) only when it is told as one (``refusal``); an act inside a condition or forecast by others
        (``condition``) keeps its code: it is nobody's threat."""
        if not self.lexicon.cameo_intent or modality == "occurred":
            return code
        root = code[:2]
        if modality == "negated":
            if not refusal:
                return code
            return {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}.get(root, code)
        if modality == "hypothetical":
            if condition:
                return code
            return {"15": "138", "16": "131", "17": "130", "18": "138", "19": "138", "20": "138"}.get(root, code)
        if code[:3] in ("142", "143", "144", "145"):
            return "133"  # a strike or a blockade to come ("Iran to Block Strait of Hormuz") is a threat of it
        return {
            "04": "036", "05": "030", "06": "031", "07": "033", "08": "035",
            "15": "138", "16": "131", "17": "130", "18": "138", "19": "138", "20": "138",
        }.get(root, code)

    def _event(
        self,
        key: tuple[str, str, str],
        source: Mention | None,
        target: Mention | None,
        code: str,
        modality: str,
        sentence: str,
        low: list[str],
        day: dt.date | None,
        url: str | None,
        doc_id: str | None,
        number: int | None,
    ) -> Event:
        entry = self.tables.cameo.get(code)
        quad = entry.quad_class if entry else None
        mapping = self.tables.plover_for(code) if entry else None
        return Event(
            date=day or UNDATED,
            source=key[0],
            target=key[1],
            code=code,
            dataset=self.options.dataset,
            source_name=source.name if source else None,
            target_name=target.name if target else None,
            root=entry.root if entry else code[:2],
            quad_class=quad,
            goldstein=entry.goldstein if entry else None,
            plover_event=mapping.event if mapping else None,
            plover_mode=mapping.mode if mapping else None,
            plover_context=mapping.context if mapping else None,
            track=track_for(code, quad, low),
            url=url,
            prov_file=doc_id,
            prov_row=number,
            sentence=sentence,
            modality=modality,
        )
