"""The parameters of the coexistence index: component weights and the options object.

Every weight and threshold is a field here with its default; ``docs/explanation/method.md`` gives the reason
and the literature for each default and what changes when it changes.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal, TypeAlias

from detente.errors import ConfigError
from detente.measure._evidence import EvidenceOptions
from detente.measure._periods import Freq, check_freq

__all__ = [
    "COMPONENTS",
    "DEDUP_MODES",
    "ChannelFrom",
    "Dedup",
    "IndexOptions",
    "IndexWeights",
    "SourceWeighting",
]

Dedup: TypeAlias = Literal["none", "exact", "min-sources"]
SourceWeighting: TypeAlias = Literal["log", "unit"]
ChannelFrom: TypeAlias = Literal["auto", "ledger", "events"]
DEDUP_MODES: tuple[str, ...] = ("none", "exact", "min-sources")
#: the five components, in the order of the CXI formula
COMPONENTS: tuple[str, ...] = ("balance", "material_conflict", "material_cooperation", "channel", "pressure")


@dataclass(frozen=True, slots=True)
class IndexWeights:
    """Weights of the five CXI components. They are rescaled to sum to 1, so the CXI stays in 0..100.

    >>> IndexWeights().as_tuple()
    (0.35, 0.2, 0.1, 0.2, 0.15)
    >>> IndexWeights.parse("balance=1").as_tuple()
    (1.0, 0.0, 0.0, 0.0, 0.0)
    """

    balance: float = 0.35
    material_conflict: float = 0.20
    material_cooperation: float = 0.10
    channel: float = 0.20
    pressure: float = 0.15

    def __post_init__(self) -> None:
        values = self.as_tuple()
        if not all(math.isfinite(v) for v in values) or any(v < 0 for v in values) or sum(values) <= 0:
            raise ConfigError(
                f"index weights must be non-negative with a positive sum, got {values}; "
                "e.g. --weights 0.35,0.2,0.1,0.2,0.15"
            )
        total = sum(values)
        if abs(total - 1.0) > 1e-12:
            for f, v in zip(fields(self), values, strict=True):
                object.__setattr__(self, f.name, v / total)

    def as_tuple(self) -> tuple[float, float, float, float, float]:
        return (self.balance, self.material_conflict, self.material_cooperation, self.channel, self.pressure)

    @classmethod
    def equal(cls) -> IndexWeights:
        """Every component weighs 1/5 (the first sensitivity variant)."""
        return cls(0.2, 0.2, 0.2, 0.2, 0.2)

    @classmethod
    def balance_only(cls) -> IndexWeights:
        """The cooperation balance B alone (the second sensitivity variant)."""
        return cls(1.0, 0.0, 0.0, 0.0, 0.0)

    @classmethod
    def parse(cls, text: str) -> IndexWeights:
        """``"0.35,0.2,0.1,0.2,0.15"`` (formula order), ``"equal"``, ``"balance"`` or ``"channel=0.3,..."``
        (named components; unnamed ones are 0)."""
        t = text.strip().lower()
        if t in ("", "default"):
            return cls()
        if t == "equal":
            return cls.equal()
        if t in ("balance", "balance-only"):
            return cls.balance_only()
        parts = [p.strip() for p in t.split(",") if p.strip()]
        try:
            if all("=" in p for p in parts):
                named = {k.strip().replace("-", "_"): float(v) for k, v in (p.split("=", 1) for p in parts)}
                unknown = sorted(set(named) - set(COMPONENTS))
                if unknown:
                    raise ConfigError(
                        f"unknown index component(s) {', '.join(unknown)}; use {', '.join(COMPONENTS)}"
                    )
                return cls(**{c: named.get(c, 0.0) for c in COMPONENTS})
            values = [float(p) for p in parts]
        except ValueError:
            raise ConfigError(
                f"weights {text!r} are not numbers; write five numbers like 0.35,0.2,0.1,0.2,0.15, "
                "name them like balance=0.5,channel=0.5, or say 'equal' or 'balance'"
            ) from None
        if len(values) != len(COMPONENTS):
            raise ConfigError(
                f"weights {text!r} give {len(values)} numbers; give five, in the order "
                f"{', '.join(COMPONENTS)}"
            )
        return cls(*values)

    def to_dict(self) -> dict[str, float]:
        return {c: round(v, 6) for c, v in zip(COMPONENTS, self.as_tuple(), strict=True)}


@dataclass(frozen=True, slots=True)
class IndexOptions:
    """How the coexistence index is computed. Build a variant with :meth:`with_`.

    - ``freq``: week, month or quarter.
    - ``weights``: the component weights.
    - ``source_weighting``: ``log`` weighs an event by log(1 + sources) (missing ``sources`` counts as 1
      source), ``unit`` weighs every event 1.
    - ``dedup``: ``exact`` merges events with the same (date, source actor, target actor, code, location);
      ``min-sources`` also drops events that report fewer than two sources (events whose dataset does not
      report sources are kept); ``none`` keeps every event.
    - ``channel_from``: ``ledger`` (the milestone ledger), ``events`` (meeting codes 04x), or ``auto`` (the
      ledger when the dyad has one, events otherwise).
    - ``working_days`` / ``leader_days``: how long working-level talks (channel 2) and a leader-level
      meeting (channel 3) keep the channel open.
    - ``pressure_roots``: CAMEO roots that count as military pressure (15: exhibit force posture, which
      holds missile launches, nuclear tests and exercises).
    - ``pressure_reference``: the (first, last) day over which pressure is min-max scaled; ``None``: the
      ``reference_years`` years that end with the last event known.
    - ``evidence``: how evidence enters (:class:`~detente.measure.EvidenceOptions`: the pseudo-count n0, the
      baseline window, the thin flag and the intervals).
    """

    freq: Freq = "month"
    weights: IndexWeights = field(default_factory=IndexWeights)
    source_weighting: SourceWeighting = "log"
    dedup: Dedup = "exact"
    channel_from: ChannelFrom = "auto"
    working_days: int = 90
    leader_days: int = 180
    pressure_roots: tuple[str, ...] = ("15",)
    pressure_reference: tuple[dt.date, dt.date] | None = None
    reference_years: int = 10
    evidence: EvidenceOptions = field(default_factory=EvidenceOptions)

    def __post_init__(self) -> None:
        check_freq(self.freq)
        if self.source_weighting not in ("log", "unit"):
            raise ConfigError(f"source weighting {self.source_weighting!r} is not known; use log or unit")
        if self.dedup not in DEDUP_MODES:
            raise ConfigError(f"de-duplication {self.dedup!r} is not known; use one of {', '.join(DEDUP_MODES)}")
        if self.channel_from not in ("auto", "ledger", "events"):
            raise ConfigError(f"channel source {self.channel_from!r} is not known; use auto, ledger or events")
        if self.working_days <= 0 or self.leader_days <= 0 or self.reference_years <= 0:
            raise ConfigError("working_days, leader_days and reference_years must be positive")
        ref = self.pressure_reference
        if ref is not None and ref[1] < ref[0]:
            raise ConfigError(f"pressure reference {ref[0]}..{ref[1]} ends before it starts; swap the two years")

    def with_(self, **changes: Any) -> IndexOptions:
        """A copy with some options replaced."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        ref = self.pressure_reference
        return {
            "freq": self.freq,
            "weights": self.weights.to_dict(),
            "source_weighting": self.source_weighting,
            "dedup": self.dedup,
            "channel_from": self.channel_from,
            "working_days": self.working_days,
            "leader_days": self.leader_days,
            "pressure_roots": list(self.pressure_roots),
            "pressure_reference": None if ref is None else [ref[0].isoformat(), ref[1].isoformat()],
            "reference_years": self.reference_years,
            "evidence": self.evidence.to_dict(),
        }
