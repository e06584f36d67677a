"""Reference tables shipped with detente, read once and never mutated.

- CAMEO event codes (code, root, QuadClass, name) with ONE pinned Goldstein table: GDELT's published
  ``CAMEO.goldsteinscale.txt`` weights (where GDELT publishes none, code 1213, the ICEWS weight; the row says so).
  GDELT and ICEWS disagree on codes 016, 022, 164 and 165; detente uses the GDELT weights throughout.
- The CAMEO→PLOVER crosswalk of the PLOVER project (event, mode, context).

Each table names its source in a ``source`` column; see ``src/detente/data/SOURCES.md``.
"""

from __future__ import annotations

import csv
import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from detente.errors import InputError
from detente.model import Event

__all__ = [
    "CameoCode",
    "PloverMapping",
    "ReferenceTables",
    "enrich",
    "reference_tables",
]


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    quad_class: int
    goldstein: float
    name: str
    goldstein_source: str
    source: str


@dataclass(frozen=True, slots=True)
class PloverMapping:
    cameo: str
    event: str
    mode: str | None
    context: str | None


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("detente.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@dataclass(frozen=True)
class ReferenceTables:
    """The CAMEO and PLOVER tables, with lookups that fall back from a 4-digit code to its parents."""

    cameo: dict[str, CameoCode]
    plover: dict[str, PloverMapping]

    @classmethod
    def load(cls) -> ReferenceTables:
        cameo = {
            r["code"]: CameoCode(
                code=r["code"],
                root=r["root"],
                quad_class=int(r["quad_class"]),
                goldstein=float(r["goldstein"]),
                name=r["name"],
                goldstein_source=r["goldstein_source"],
                source=r["source"],
            )
            for r in _read_csv("cameo_event_codes.csv")
        }
        plover: dict[str, PloverMapping] = {}
        for r in _read_csv("cameo_plover.csv"):
            # the crosswalk maps a few codes twice (root 08 to CONCEDE and RETREAT): the first listed wins
            plover.setdefault(r["cameo"], PloverMapping(r["cameo"], r["plover_event"], r["plover_mode"] or None,
                                                        r["plover_context"] or None))
        return cls(cameo=cameo, plover=plover)

    def is_code(self, code: str) -> bool:
        return code in self.cameo

    def code(self, code: str) -> CameoCode:
        """The CAMEO entry for ``code``; raises :class:`InputError` for a code not in CAMEO 1.1b3."""
        try:
            return self.cameo[code]
        except KeyError:
            raise InputError(
                f"{code!r} is not a CAMEO event code; use a code from the CAMEO codebook such as '036' or '190'"
            ) from None

    def plover_for(self, code: str) -> PloverMapping | None:
        """PLOVER event/mode/context for a CAMEO code, from the code itself or its nearest parent."""
        for candidate in (code, code[:3], code[:2]):
            hit = self.plover.get(candidate)
            if hit is not None:
                return hit
        return None

    def cameo_for_plover(self, event: str, mode: str | None = None) -> str | None:
        """The most general CAMEO code whose PLOVER mapping is ``event`` (and ``mode`` when given)."""
        best: str | None = None
        for m in self.plover.values():
            if m.event != event.upper() or (mode and m.mode != mode):
                continue
            if best is None or (len(m.cameo), m.cameo) < (len(best), best):
                best = m.cameo
        if best is None and mode:
            return self.cameo_for_plover(event)
        return best


@lru_cache(maxsize=1)
def reference_tables() -> ReferenceTables:
    """The shipped tables (read-only, loaded once per process)."""
    return ReferenceTables.load()


def enrich(event: Event, tables: ReferenceTables | None = None) -> Event:
    """Fill what the event lacks from the pinned tables: root, QuadClass, Goldstein, PLOVER event/mode/context."""
    t = tables or reference_tables()
    entry = t.cameo.get(event.code)
    changes: dict[str, object] = {}
    if entry is not None:
        if event.root is None or event.root != entry.root:
            changes["root"] = entry.root
        if event.quad_class is None:
            changes["quad_class"] = entry.quad_class
        if event.goldstein is None:
            changes["goldstein"] = entry.goldstein
    if event.plover_event is None:
        mapping = t.plover_for(event.code)
        if mapping is not None:
            changes["plover_event"] = mapping.event
            changes["plover_mode"] = event.plover_mode or mapping.mode
            changes["plover_context"] = event.plover_context or mapping.context
    return dataclasses.replace(event, **changes) if changes else event  # type: ignore[arg-type]
