"""How hard the reliability tests fuzz: ``ci`` (default) fits CI's budget; ``long`` is what
``scripts/fuzz_parsers.py`` runs for the figures in docs/reliability.md (``RELIABILITY_FUZZ=long``).

Decorate a property test with :data:`FUZZ` (or ``fuzz(scale)`` for a test whose examples are slow); the
profile is applied per test, so other test folders keep hypothesis' own defaults.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

PROFILE = os.environ.get("RELIABILITY_FUZZ", "ci")
_LONG = PROFILE == "long"
_COMMON = settings(
    deadline=None,
    derandomize=not _LONG,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large,
                           HealthCheck.filter_too_much],
    print_blob=True,
)


def fuzz(ci: int, long: int = 0) -> settings:
    """Settings for one property test: ``ci`` examples in CI, ``long`` (default 5x) in the long run."""
    return settings(_COMMON, max_examples=(long or ci * 5) if _LONG else ci)


FUZZ = fuzz(100)
