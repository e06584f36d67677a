"""How an article frames the dyad's diplomacy: which tracks it talks about, and which sequence of peace and
disarmament it argues for or reports, with the sentences that show it.

- ``tracks``: the share of sentences on each of three themes: peace/normalization (summits, liaison offices,
  peace regime, exchanges, sanctions relief), denuclearization (dismantlement, inspections, freezes, CVID) and
  pressure (sanctions, military threats, exercises, "maximum pressure"). A sentence may count for several.
- ``paradigm``: ``denuclearization-first`` when relief, peace or normal relations are made to wait for
  disarmament ("sanctions stay until", "only after complete denuclearization", "no relief without", "CVID",
  "up front"); ``parallel`` when the two move together or peace comes first ("simultaneously", "in parallel",
  "step by step", "in return for", "action for action", "alongside, or even ahead of", "lifted without");
  ``mixed`` when both have evidence and neither clearly more; ``undetermined`` only when there is none.

Each sentence that speaks of a sequence is one piece of evidence (:class:`Cue`) for one paradigm, weighed by how the
article holds it:

- a sequence the article calls a failure ("has failed", "produced neither ... nor", "old paradigm", "rewards bad
  behavior"), in the sentence or in the next one ("That order has failed."), or that it negates ("without
  demanding everything up front", "rather than waiting"), counts for the other paradigm;
- a sequence the article argues for in its own voice ("should", "must", "a better path", "the only way") counts
  double; a reported one ("Washington insists ...", "the envoy said ...") once;
- an opponent's view the article quotes to answer ("Critics say ... But ...") does not count.

The word lists are data (:data:`TRACK_WORDS`, :data:`SEQUENCE_PATTERNS`, :data:`STANCE_WORDS`), written for kinds
of sentences, not for any article.

>>> f = frame(["Washington will not ease sanctions until Pyongyang completes denuclearization.",
...            "Kim called for a step-by-step, simultaneous approach to denuclearization."])
>>> f.paradigm
'mixed'
>>> frame(["There will be no sanctions relief until North Korea takes steps to denuclearize."]).paradigm
'denuclearization-first'
>>> frame(["The leaders shook hands in Singapore."]).paradigm
'undetermined'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["SEQUENCE_PATTERNS", "SEQUENCE_WORDS", "STANCE_WORDS", "TRACK_WORDS", "Cue", "Framing", "frame"]

TRACK_WORDS: dict[str, tuple[str, ...]] = {
    "peace": (
        r"peace", r"normali[sz]", r"summit", r"diplomatic (?:ties|relations)", r"liaison office", r"embassy",
        r"end[- ]of[- ]war", r"peace (?:treaty|regime|declaration)", r"armistice", r"reconciliation",
        r"dialogue", r"talks", r"negotiat", r"exchange", r"family reunion", r"remains", r"humanitarian",
        r"sanctions relief", r"relief from sanctions", r"ease (?:the )?sanctions", r"lift(?:ing)? (?:the )?sanctions",
        r"trust", r"confidence[- ]building", r"new relations", r"engagement", r"cooperation",
    ),
    "denuclearization": (
        r"denucleari[sz]", r"nuclear (?:weapons?|program|programme|arsenal|facilit|site|test|material)",
        r"dismantl", r"yongbyon", r"punggye", r"sohae", r"enrichment", r"plutonium", r"uranium", r"warhead",
        r"inspect", r"verif", r"\bcvid\b", r"freeze", r"moratorium", r"icbm", r"ballistic missile",
        r"missile test", r"non-?proliferation", r"fissile", r"declaration of (?:its )?(?:inventory|nuclear)",
    ),
    "pressure": (
        r"sanction", r"maximum pressure", r"pressure", r"military option", r"strike", r"threat", r"threaten",
        r"fire and fury", r"deterren", r"military exercise", r"drills", r"war games", r"blockade",
        r"provocation", r"hostile", r"embargo", r"isolat", r"punish", r"retaliat", r"totally destroy",
    ),
}

#: what the peace track offers (relief, normal relations, a peace regime) and what disarmament is
_PEACE = (r"\b(?:relief|relations\s+(?:\w+\s+){0,3}normali[sz]ed|normali[sz]\w*|"
          r"sanctions?\s+(?:relief|(?:\w+\s+){0,2}(?:lifted|eased|removed))|(?:lift|eas|remov)\w*\s+"
          r"(?:\w+\s+){0,2}sanctions|normal\w*\s+(?:relations|relationship|ties)|(?:a\s+)?normal\s+relationship|"
          r"normali[sz]ation|diplomatic\s+(?:relations|ties)|liaison\s+offices?|peace(?:\s+(?:treaty|regime|"
          r"declaration|agreement))?|end(?:ing)?\s+(?:of\s+)?the\s+(?:korean\s+)?war|security\s+guarantees?|"
          r"economic\s+(?:aid|assistance|cooperation|benefits)|aid|concessions?|rewards?|talks|summit)")
_DISARM = (r"(?:denucleari[sz]\w*|disarm\w*|dismantl\w*|giv\w*\s+up\s+(?:\w+\s+){0,3}(?:weapons|warheads?|arsenal|"
           r"program\w*|deterrent)|(?:nuclear\s+)?(?:weapons|warheads?|arsenal)|nuclear\s+program\w*|centrifuges?|"
           r"\bcvid\b|complete,?\s+verifiable|inspect(?:ors?|ions?)|enrichment)")
#: words that make one step wait for another ("until", "only after"); a bare "before"/"after" tells a story instead
_WAIT = r"(?:until|unless|only\s+(?:after|when|if|once)|not\s+(?:before|until)|as\s+long\s+as)"
_AHEAD = r"(?:ahead\s+of|prior\s+to|in\s+advance\s+of|without\s+(?:first\s+)?(?:waiting\s+for|demanding|" \
         r"requiring|insisting\s+on)|without(?:\s+\w+){0,2})"

SEQUENCE_PATTERNS: dict[str, tuple[str, ...]] = {
    "denuclearization-first": (
        rf"{_PEACE}\b[^.;]{{0,80}}\b(?:must\s+wait|will\s+have\s+to\s+wait|waits?|has\s+to\s+wait|comes?|come)\b"
        rf"[^.;]{{0,30}}\b{_WAIT}\b[^.;]{{0,80}}{_DISARM}",
        rf"{_PEACE}\b[^.;]{{0,100}}\b{_WAIT}\b[^.;]{{0,100}}{_DISARM}",
        r"sanctions\s+(?:will\s+|would\s+|must\s+|should\s+)?(?:stay|remain)(?:\s+in\s+(?:place|effect|force))?\s+"
        r"until",
        rf"\b(?:pressure|sanctions)\b[^.;]{{0,80}}\buntil\b[^.;]{{0,60}}{_DISARM}",
        rf"{_PEACE}\b[^.;]{{0,60}}\b(?:will\s+have\s+to|must|has\s+to|have\s+to|would\s+have\s+to)\s+wait\b",
        rf"\bno\s+{_PEACE}\b[^.;]{{0,40}}\bwithout\s+(?:\w+\s+){{0,3}}{_DISARM}",
        rf"{_DISARM}(?:\s+\w+){{0,3}}\s+(?:first|before\s+anything\s+else|above\s+all(?:\s+else)?|as\s+a\s+"
        rf"(?:pre)?condition|in\s+advance)\b",
        rf"{_DISARM}(?:\s+\S+){{0,3}}\s+(?:before|prior\s+to|ahead\s+of)\s+(?:any\s+|there\s+(?:can|will)\s+be\s+)?"
        rf"{_PEACE}",
        rf"{_DISARM}[- ]for[- ]{_PEACE}",
        rf"{_DISARM}[^.;]{{0,80}}\b(?:keep|maintain|continu|enforc|sustain|tighten)\w*\s+(?:\S+\s+){{0,3}}"
        r"(?:sanctions|pressure)",
        rf"{_DISARM}[^.;]{{0,120}}\b(?:sanctions|pressure)\b[^.;]{{0,40}}\b(?:remain|stay|continu\w*|"
        r"(?:be\s+)?(?:maintained|kept|sustained))",
    ),
    "parallel": (
        r"action[- ]for[- ]action", r"commitment[- ]for[- ]commitment", r"words?[- ]for[- ]words?",
        r"freeze[- ]for[- ]freeze", r"corresponding\s+(?:measures|steps)", r"partial\s+(?:sanctions\s+)?relief",
        r"peace\s+first",
        rf"(?<!no\s)(?<!not\s){_PEACE}\b[^.;]{{0,80}}\b{_AHEAD}\b[^.;]{{0,60}}{_DISARM}",
        rf"{_PEACE}\b[^.;]{{0,80}}\b(?:partial\w*|freeze)\b",
        rf"{_PEACE}\s+(?:first\s+|even\s+)?before\s+(?:\S+\s+){{0,2}}{_DISARM}",
        rf"{_DISARM}\b[^.;]{{0,80}}\b(?:until|unless|only\s+(?:after|when|if|once))\b[^.;]{{0,60}}"
        r"(?:hostile\s+policy|security\s+guarantee|sanctions\s+(?:are|were|have\s+been)\s+(?:lifted|eased))",
    ),
}

#: words of sequence that speak of the two tracks only in a sentence that names disarmament or what peace offers
#: ("in return for its support to Russia" is no sequence of peace and disarmament; "in return for denuclearization"
#: is)
SEQUENCE_WORDS: dict[str, tuple[str, ...]] = {
    "denuclearization-first": (
        r"\bcvid\b", r"complete,?\s+verifiable,?\s+(?:and\s+)?irreversible", r"final,?\s+fully\s+verified",
        r"\bup[- ]?front\b", r"front[- ]load", r"all[- ]or[- ]nothing", r"\bbig\s+deal\b", r"libya\s+model",
        r"precondition",
    ),
    "parallel": (
        r"simultaneous", r"\bin\s+parallel\b", r"\bparallel\s+(?:track|process|steps|approach)", r"in\s+tandem",
        r"at\s+the\s+same\s+time", r"hand\s+in\s+hand", r"step[- ]by[- ]step", r"\bphased\b",
        r"in\s+(?:stages|phases|installments)", r"reciproc", r"incremental", r"dual[- ]track", r"in\s+return\s+for",
        r"in\s+exchange\s+for", r"interim\s+(?:deal|agreement)", r"\balongside\b",
        r"(?:eas|releas|relax)\w*\s+(?:the\s+)?pressure", r"accept\w*\s+(?:\S+\s+){0,3}as\s+a\s+nuclear(?:-armed)?\s+"
        r"(?:state|power)",
    ),
}
_CONTEXT = re.compile(rf"{_DISARM}|\b(?:sanction|relief|restrictions|normali[sz]|peace|relations|relationship|"
                      r"missiles?|moratorium|freeze|pressure)", re.I)

STANCE_WORDS: dict[str, tuple[str, ...]] = {
    # the article calls the sequence a failure
    "against": (
        r"\bfail(?:ed|s|ure|ing)?\b", r"neither\b[^.]{0,60}\bnor\b", r"dead[- ]end", r"\bdoomed\b",
        r"(?:never|not|won't|didn't|doesn't|will\s+not|did\s+not|does\s+not)\s+work", r"unrealistic",
        r"\bmistake", r"misguided", r"counterproductive", r"\bflawed\b", r"bankrupt", r"\bold\s+(?:paradigm|"
        r"approach|policy|sequence|order|formula)", r"outdated", r"\bfolly\b", r"rewards?\s+bad\s+behavio",
        r"\bnaive\b", r"\billusion", r"wishful", r"discredited", r"backfired", r"no\s+closer", r"\bfutile\b",
        r"\babsurd", r"\bdangerous\b", r"appeasement", r"\bpointless\b",
        r"(?:needs?|has|have|must|should|ought)\s+to\s+(?:change|end|be\s+(?:abandoned|dropped|reconsidered|rethought))",
        r"\bmust\s+(?:change|end)\b", r"move\s+(?:beyond|away\s+from)", r"\brethink",
        r"breaking\s+down", r"worst\s+(?:option|choice|mistake)", r"short-?sighted", r"irresponsible",
        r"risks?\s+undermining", r"capitulat", r"\breward(?:s|ing)?\s+(?:pyongyang|the\s+regime|kim|bad)",
    ),
    # the article argues for it in its own voice
    "for": (
        r"\bshould\b", r"\bmust\b", r"\bought\s+to\b", r"\bneeds?\s+to\b", r"\bbetter\b", r"more\s+promising",
        r"the\s+only\s+(?:way|path|realistic)", r"\bit\s+is\s+time\b", r"\bwiser\b", r"\bthe\s+right\s+(?:way|"
        r"approach|path)", r"\bpromising\b", r"the\s+way\s+forward", r"makes\s+sense", r"\bcan\s+proceed\b",
    ),
    # the sentence reports someone else's words
    "reported": (
        r"\b(?:said|says|say|told|tells|insist(?:s|ed)?|demand(?:s|ed)?|argue[sd]?|stated|announced|according\s+to|"
        r"declared|added|reiterated|called\s+for|proposed|urged)\b",
    ),
    # an opponent's view quoted to be answered
    "opponent": (
        r"\b(?:critics|skeptics|sceptics|opponents|hawks|doves)\s+(?:say|argue|claim|contend|warn|insist|fear)",
        r"\bsome\s+(?:argue|say|claim|contend)\b",
    ),
}
_NEGATED = re.compile(r"\b(?:without|rather\s+than|instead\s+of|not|no\s+longer|abandon\w*|drop\w*|end(?:ed|ing)?)"
                      r"\s+(?:\w+\s+){0,3}$", re.I)
_EASING = re.compile(r"reduc|eas(?:e|ing)|lift|loosen|weaken|relax", re.I)
_BACK_REFERENCE = re.compile(r"^(?:that|this|such|the|it|these|those)\b(?:\s+\S+){0,3}\s+(?:has|have|had|is|was|"
                             r"were|did|does|will|would)\b", re.I)
_REBUTTAL = re.compile(r"^(?:but|yet|however|still|in\s+fact|on\s+the\s+contrary)\b", re.I)

_TRACKS = {name: re.compile("|".join(words), re.I) for name, words in TRACK_WORDS.items()}
_SEQUENCES = {name: tuple(re.compile(p, re.I) for p in patterns) for name, patterns in SEQUENCE_PATTERNS.items()}
_WORDS = {name: tuple(re.compile(p, re.I) for p in words) for name, words in SEQUENCE_WORDS.items()}
_STANCE = {name: re.compile("|".join(words), re.I) for name, words in STANCE_WORDS.items()}
_TRACK_LABEL = {"peace": "peace/normalization", "denuclearization": "denuclearization", "pressure": "pressure"}
_OTHER = {"parallel": "denuclearization-first", "denuclearization-first": "parallel"}


@dataclass(frozen=True)
class Cue:
    """One sentence's evidence: the sequence it speaks of (``cue``, the words), the paradigm it counts for after
    the article's stance (``counts_for``), the stance (``argued``, ``reported``, ``rejected``, ``answered``) and
    its weight."""

    sentence: str
    cue: str
    sequence: str
    counts_for: str
    stance: str
    weight: float

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "cue": self.cue, "sequence": self.sequence,
                "counts_for": self.counts_for, "stance": self.stance, "weight": self.weight}


@dataclass(frozen=True)
class Framing:
    """Track shares (0..1 of sentences), the paradigm, the deciding sentences and every cue found."""

    tracks: dict[str, float]
    paradigm: str
    evidence: tuple[str, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)
    cues: tuple[Cue, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"tracks": dict(self.tracks), "paradigm": self.paradigm, "evidence": list(self.evidence),
                "scores": dict(self.scores), "cues": [c.to_dict() for c in self.cues]}


def _sequence(sentence: str) -> tuple[str, str] | None:
    """The sequence a sentence speaks of and its words; a sequence named to be negated ("without demanding
    everything up front", "rather than waiting") is the other one."""
    found: list[tuple[int, str, str]] = []
    in_context = bool(_CONTEXT.search(sentence))
    for name in _OTHER:
        for pattern in _SEQUENCES[name] + (_WORDS[name] if in_context else ()):
            for match in pattern.finditer(sentence):
                # a word of sequence can be negated ("without demanding everything up front"); a pattern holds its
                # own negation ("no relief until", "would not give up its weapons until")
                negated = _NEGATED.search(sentence[:match.start()][-40:]) if pattern in _WORDS[name] else None
                if negated and _EASING.search(negated.group(0)):
                    negated = None  # "without reducing the pressure until ...": the pressure stays
                kind = _OTHER[name] if negated else name
                found.append((match.start(), kind, match.group(0)))
    if not found:
        return None
    kinds = {kind for _, kind, _ in found}
    if len(kinds) > 1:  # both in one sentence: the later one is what the sentence arrives at
        found.sort()
    _, kind, words = found[-1] if len(kinds) > 1 else found[0]
    return kind, " ".join(words.split())


def frame(sentences: Sequence[str]) -> Framing:
    """The framing of an article given as its sentences."""
    total = len(sentences) or 1
    counts = {name: 0 for name in _TRACKS}
    for sentence in sentences:
        for name, regex in _TRACKS.items():
            if regex.search(sentence):
                counts[name] += 1
    tracks = {_TRACK_LABEL[name]: round(count / total, 3) for name, count in counts.items()}
    cues = _cues(sentences)
    scores = {name: round(sum(c.weight for c in cues if c.counts_for == name), 3) for name in _OTHER}
    parallel, first = scores["parallel"], scores["denuclearization-first"]
    if parallel == first == 0:
        paradigm = "undetermined"
    elif parallel >= 1.5 * first and parallel > first:
        paradigm = "parallel"
    elif first >= 1.5 * parallel and first > parallel:
        paradigm = "denuclearization-first"
    else:
        paradigm = "mixed"
    deciding = [c.sentence for c in cues if c.weight > 0 and (paradigm == "mixed" or c.counts_for == paradigm)]
    return Framing(tracks=tracks, paradigm=paradigm, evidence=tuple(dict.fromkeys(deciding)), scores=scores,
                   cues=tuple(cues))


def _cues(sentences: Sequence[str]) -> list[Cue]:
    found: list[tuple[int, str, str]] = []  # (sentence index, sequence, words)
    for index, sentence in enumerate(sentences):
        seen = _sequence(sentence)
        if seen is not None:
            found.append((index, *seen))
    rejected: set[int] = set()
    at = {index for index, _, _ in found}
    for number, (index, sequence, _) in enumerate(found):
        here = sentences[index]
        after = sentences[index + 1] if index + 1 < len(sentences) else ""
        if _against(here):
            rejected.add(index)
            if not _BACK_REFERENCE.match(here):
                continue
            back = number - 1  # "This old ... paradigm has failed": so have the sentences before that told it
        elif index + 1 not in at and _BACK_REFERENCE.match(after) and _against(_main_clause(after)):
            rejected.add(index)  # "That order has failed." after it
            back = number - 1
        else:
            continue
        while back >= 0 and found[back][0] + 1 == found[back + 1][0] and found[back][1] == sequence:
            rejected.add(found[back][0])
            back -= 1
    cues: list[Cue] = []
    for index, sequence, words in found:
        sentence = sentences[index]
        after = sentences[index + 1] if index + 1 < len(sentences) else ""
        if _STANCE["opponent"].search(sentence):
            stance, counts_for = "answered", (_OTHER[sequence] if index in rejected else sequence)
            weight = 0.0 if _REBUTTAL.match(after) else 0.5
        elif index in rejected:
            stance, counts_for, weight = "rejected", _OTHER[sequence], 1.0
        elif _STANCE["for"].search(_own_voice(sentence)):
            stance, counts_for, weight = "argued", sequence, 2.0
        elif _STANCE["reported"].search(sentence):
            stance, counts_for, weight = "reported", sequence, 1.0
        else:
            stance, counts_for, weight = "stated", sequence, 1.0
        cues.append(Cue(sentence, words, sequence, counts_for, stance, weight))
    return cues


def _against(sentence: str) -> bool:
    """The sentence calls something a failure, other than what it compares with ("better than the old ...")."""
    return bool(_STANCE["against"].search(re.sub(r"\bthan\b.*", "", sentence)))


def _main_clause(sentence: str) -> str:
    """A sentence up to its first comma or relative clause: what its subject is said to be or do."""
    return re.split(r",|;|\b(?:which|who|that)\b", sentence, maxsplit=1)[0]


def _own_voice(sentence: str) -> str:
    """The part of a sentence in the writer's voice: what a reporting verb introduces ("Washington has told
    Pyongyang that ...") is someone else's."""
    match = _STANCE["reported"].search(sentence)
    return sentence[:match.start()] if match else sentence
