"""Parameters of the verdict: the index, change points, scorecard, and the persistence rule."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from detente.errors import ConfigError
from detente.measure import ChangeOptions, IndexOptions, ScorecardOptions

__all__ = ["JudgeOptions"]


@dataclass(frozen=True, slots=True)
class JudgeOptions:
    """How a verdict is reached.

    - ``threshold``: the level the lower bound of a regime's CXI (the interval of its mean) must reach to count
      as coexistent;
    - ``min_months``: how long it must last (converted to periods of the index);
    - ``min_events`` / ``min_periods``: the evidence a regime must rest on to be judged at all (fewer: the
      answer is "insufficient evidence" unless the regime fails the rule anyway);
    - material conflict must stay below its median over the reference decade (the pressure reference);
    - ``trend_per_year``: a regime's CXI slope (points per year) beyond which it is rising or falling;
    - ``evidence``: how many events the verdict cites;
    - ``parallel_tolerance``: how far apart the two tracks' step counts may be, as a share of all steps,
      for a process to look parallel; ``min_steps``: fewer ledger steps leave the paradigm undetermined.
    """

    index: IndexOptions = field(default_factory=IndexOptions)
    change: ChangeOptions = field(default_factory=ChangeOptions)
    scorecard: ScorecardOptions = field(default_factory=ScorecardOptions)
    threshold: float = 60.0
    min_months: int = 6
    min_events: int = 12
    min_periods: int = 4
    trend_per_year: float = 5.0
    evidence: int = 8
    parallel_tolerance: float = 0.5
    min_steps: int = 2

    def __post_init__(self) -> None:
        if not 0 <= self.threshold <= 100:
            raise ConfigError(f"threshold {self.threshold} is outside the CXI range 0..100")
        if self.min_months < 1 or self.evidence < 0 or self.min_steps < 1:
            raise ConfigError("min_months and min_steps must be at least 1 and evidence not negative")
        if self.min_events < 0 or self.min_periods < 0:
            raise ConfigError("min_events and min_periods must not be negative")
        if not 0 <= self.parallel_tolerance <= 1:
            raise ConfigError("parallel_tolerance is a share between 0 and 1")
        if self.scorecard.freq != self.index.freq:
            object.__setattr__(self, "scorecard", self.scorecard.with_(freq=self.index.freq))

    def with_(self, **changes: Any) -> JudgeOptions:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index.to_dict(),
            "change_points": self.change.to_dict(),
            "threshold": self.threshold,
            "min_months": self.min_months,
            "min_events": self.min_events,
            "min_periods": self.min_periods,
            "trend_per_year": self.trend_per_year,
            "parallel_tolerance": self.parallel_tolerance,
            "min_steps": self.min_steps,
            "memory_days": self.scorecard.memory_days,
            "reciprocity_days": self.scorecard.reciprocity_days,
        }
