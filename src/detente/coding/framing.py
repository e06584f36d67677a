"""How an article frames the dyad's diplomacy: which tracks it talks about, and which paradigm it implies.

- ``tracks``: the share of sentences on each of three themes: peace/normalization (summits, liaison offices,
  peace regime, exchanges, sanctions relief), denuclearization (dismantlement, inspections, freezes, CVID) and
  pressure (sanctions, military threats, exercises, "maximum pressure"). A sentence may count for several.
- ``paradigm``: ``parallel`` when the article speaks of steps taken together or in phases (action for action,
  simultaneous, step by step, corresponding measures), ``denuclearization-first`` when it makes relief or peace
  wait for complete denuclearization (CVID, "until", "before any", "denuclearization first"), ``undetermined``
  when neither side has more evidence. ``evidence`` lists the deciding sentences.

The word lists are data (:data:`TRACK_WORDS`, :data:`PARADIGM_PATTERNS`), not tuned to any article.

>>> f = frame(["Washington will not ease sanctions until Pyongyang completes denuclearization.",
...            "Kim called for a step-by-step, simultaneous approach."])
>>> f.paradigm
'undetermined'
>>> frame(["There will be no sanctions relief until North Korea takes steps to denuclearize."]).paradigm
'denuclearization-first'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["PARADIGM_PATTERNS", "TRACK_WORDS", "Framing", "frame"]

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

PARADIGM_PATTERNS: dict[str, tuple[str, ...]] = {
    "parallel": (
        r"action[- ]for[- ]action", r"step[- ]by[- ]step", r"simultaneous", r"in parallel", r"parallel",
        r"phased", r"in (?:stages|phases)", r"corresponding (?:measures|steps)", r"reciproc",
        r"incremental", r"in tandem", r"at the same time", r"in exchange for", r"in return for",
        r"partial (?:sanctions )?relief", r"freeze[- ]for[- ]freeze", r"dual[- ]track", r"commitment for commitment",
    ),
    "denuclearization-first": (
        r"\bcvid\b", r"complete,? verifiable,? (?:and )?irreversible", r"final,? fully verified",
        r"denucleari[sz]ation first", r"(?:no|not|won't|will not)\b[^.]{0,60}\buntil\b[^.]{0,80}denucleari",
        r"until\b[^.]{0,60}(?:complete|full|fully)[^.]{0,40}denucleari", r"before any (?:sanctions )?relief",
        r"(?:first|before)\b[^.]{0,40}(?:must|has to|have to)\b[^.]{0,40}denucleari",
        r"libya model", r"big deal", r"all[- ]or[- ]nothing", r"up[- ]?front", r"front[- ]load",
        r"sanctions will remain (?:in place )?until", r"remain in (?:place|effect) until",
    ),
}

_TRACKS = {name: re.compile("|".join(words), re.I) for name, words in TRACK_WORDS.items()}
_PARADIGMS = {name: re.compile("|".join(words), re.I) for name, words in PARADIGM_PATTERNS.items()}
_TRACK_LABEL = {"peace": "peace/normalization", "denuclearization": "denuclearization", "pressure": "pressure"}


@dataclass(frozen=True)
class Framing:
    """Track shares (0..1 of sentences), the paradigm, and the sentences that decide it."""

    tracks: dict[str, float]
    paradigm: str
    evidence: tuple[str, ...] = ()
    scores: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"tracks": dict(self.tracks), "paradigm": self.paradigm, "evidence": list(self.evidence),
                "scores": dict(self.scores)}


def frame(sentences: Sequence[str]) -> Framing:
    """The framing of an article given as its sentences."""
    total = len(sentences) or 1
    counts = {name: 0 for name in _TRACKS}
    hits: dict[str, list[str]] = {name: [] for name in _PARADIGMS}
    for sentence in sentences:
        for name, regex in _TRACKS.items():
            if regex.search(sentence):
                counts[name] += 1
        for name, regex in _PARADIGMS.items():
            if regex.search(sentence):
                hits[name].append(sentence)
    tracks = {_TRACK_LABEL[name]: round(count / total, 3) for name, count in counts.items()}
    scores = {name: len(found) for name, found in hits.items()}
    parallel, first = scores["parallel"], scores["denuclearization-first"]
    if parallel > first:
        paradigm, evidence = "parallel", hits["parallel"]
    elif first > parallel:
        paradigm, evidence = "denuclearization-first", hits["denuclearization-first"]
    else:
        paradigm, evidence = "undetermined", hits["parallel"] + hits["denuclearization-first"]
    return Framing(tracks=tracks, paradigm=paradigm, evidence=tuple(dict.fromkeys(evidence)), scores=scores)
