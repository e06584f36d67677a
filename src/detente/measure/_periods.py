"""Calendar periods at week, month or quarter resolution, as numpy ``datetime64[D]`` period starts.

Weeks are ISO weeks (Monday to Sunday), months and quarters are calendar ones. A period is identified by its
first day; :func:`period_label` gives the text form (``2018-W24``, ``2018-06``, ``2018-Q2``).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, TypeAlias

import numpy as np
import numpy.typing as npt

from detente.errors import ConfigError

__all__ = [
    "FREQS",
    "Freq",
    "as_day",
    "check_freq",
    "months_to_periods",
    "period_end",
    "period_label",
    "period_range",
    "period_start",
    "to_date",
]

Freq: TypeAlias = Literal["week", "month", "quarter"]
FREQS: tuple[str, ...] = ("week", "month", "quarter")
Days: TypeAlias = npt.NDArray[np.datetime64]


def check_freq(freq: str) -> Freq:
    """``freq`` if it is one of week, month, quarter; a :class:`ConfigError` that lists them otherwise."""
    if freq == "week":
        return "week"
    if freq == "month":
        return "month"
    if freq == "quarter":
        return "quarter"
    raise ConfigError(f"frequency {freq!r} is not known; use one of: {', '.join(FREQS)}")


def as_day(value: dt.date | np.datetime64 | str) -> np.datetime64:
    """One day as ``numpy.datetime64[D]``."""
    out: np.datetime64 = np.array([value], dtype="datetime64[D]")[0]
    return out


def to_date(value: np.datetime64) -> dt.date:
    """A ``numpy.datetime64`` as a :class:`datetime.date`."""
    return dt.date.fromisoformat(str(as_day(value)))


def period_start(days: Days, freq: Freq) -> Days:
    """The first day of the period that holds each day."""
    d = np.asarray(days, dtype="datetime64[D]")
    if freq == "week":
        n = d.astype(np.int64)
        # 1970-01-01 was a Thursday: (n + 3) % 7 is the number of days since Monday
        return (n - (n + 3) % 7).astype("datetime64[D]")
    months = d.astype("datetime64[M]")
    if freq == "quarter":
        m = months.astype(np.int64)
        months = (m - m % 3).astype("datetime64[M]")
    return months.astype("datetime64[D]")


def _next_start(starts: Days, freq: Freq) -> Days:
    s = np.asarray(starts, dtype="datetime64[D]")
    if freq == "week":
        return (s + np.timedelta64(7, "D")).astype("datetime64[D]")
    step = 3 if freq == "quarter" else 1
    return (s.astype("datetime64[M]") + np.timedelta64(step, "M")).astype("datetime64[D]")


def period_end(starts: Days, freq: Freq) -> Days:
    """The last day of each period."""
    return _next_start(starts, freq) - np.timedelta64(1, "D")


def period_range(first: np.datetime64, last: np.datetime64, freq: Freq) -> Days:
    """Every period start from the period holding ``first`` to the one holding ``last``."""
    lo = period_start(np.array([first], dtype="datetime64[D]"), freq)[0]
    hi = period_start(np.array([last], dtype="datetime64[D]"), freq)[0]
    if hi < lo:
        return np.array([], dtype="datetime64[D]")
    if freq == "week":
        return np.arange(lo, hi + np.timedelta64(1, "D"), np.timedelta64(7, "D"))
    step = 3 if freq == "quarter" else 1
    months = np.arange(lo.astype("datetime64[M]"), hi.astype("datetime64[M]") + np.timedelta64(1, "M"),
                       np.timedelta64(step, "M"))
    return months.astype("datetime64[D]")


def period_label(start: np.datetime64, freq: Freq) -> str:
    """``2018-W24`` (ISO week), ``2018-06`` or ``2018-Q2``."""
    day = to_date(start)
    if freq == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if freq == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year}-{day.month:02d}"


def months_to_periods(months: int, freq: Freq) -> int:
    """How many periods of ``freq`` make ``months`` months (rounded up; 6 months = 26 weeks = 2 quarters)."""
    if freq == "week":
        return int(np.ceil(months * 52 / 12))
    if freq == "quarter":
        return int(np.ceil(months / 3))
    return months
