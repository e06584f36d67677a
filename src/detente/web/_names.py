"""How the dashboard names a dyad: one name per pair of countries on every page and in every JSON twin.

A dyad is an unordered pair, and ``USA-PRK`` and ``PRK-USA`` ask for the same data. The dashboard writes each pair
one way: the configured dyad (``--dyad`` / ``DETENTE_DYAD``, ``USA-PRK`` by default) as it is configured, as
``detente index`` names it when no ``--dyad`` is given; a pair the store's milestone ledger names as the ledger
names it (the bundled record writes ``USA-PRK``); any other pair with its two codes in alphabetical order, as
``detente dyads`` lists them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from detente.errors import DyadError
from detente.model import Dyad
from detente.store import Store

__all__ = ["DyadNames", "dyad_names"]


@dataclass(frozen=True)
class DyadNames:
    """The dashboard's name of every pair: ``names.of(a, b)`` (either order) and ``names.dyad(pair)``."""

    default: Dyad
    named: dict[frozenset[str], Dyad] = field(default_factory=dict)

    @classmethod
    def build(cls, default: Dyad, ledger: Iterable[str] = ()) -> DyadNames:
        """From the configured dyad and the dyads the milestone ledger names (the first, alphabetically, of two
        orders of one pair; a malformed name is left out)."""
        named: dict[frozenset[str], Dyad] = {}
        for text in sorted(set(ledger)):
            try:
                pair = Dyad.parse(text)
            except DyadError:
                continue
            named.setdefault(frozenset(pair.countries), pair)
        named[frozenset(default.countries)] = default
        return cls(default, named)

    def dyad(self, pair: Dyad) -> Dyad:
        """The pair as the dashboard names it."""
        return self.named.get(frozenset(pair.countries)) or Dyad(*sorted(pair.countries))

    def of(self, a: str, b: str) -> str:
        """The name of the pair of countries ``a`` and ``b`` (either order)."""
        found = self.named.get(frozenset((a, b)))
        if found is not None:
            return str(found)
        return f"{a}-{b}" if a <= b else f"{b}-{a}"


def dyad_names(store: Store, default: Dyad) -> DyadNames:
    """The names of a store's pairs: its milestone ledger's dyads, and ``default``."""
    ledger = [str(r[0]) for r in store.con.execute("SELECT DISTINCT dyad FROM milestones").fetchall() if r[0]]
    return DyadNames.build(default, ledger)
