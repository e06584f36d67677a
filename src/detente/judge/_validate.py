"""External validation: the monthly index against an independent record it was not built from.

Two kinds of record (``detente eval index --truth FILE.csv --kind ...``):

- **provocations**: dated events (weapons tests, armed incidents), one row each with a ``date`` (``YYYY-MM-DD``
  or ``YYYY-MM``). They are counted per month over the span the record covers (its first to its last row,
  within the index), and compared with the monthly CXI
  (months with a CXI) and with military pressure X (every month): the Pearson and Spearman correlations, and the
  lead or lag k in -``max_lag``..``max_lag`` months at which the correlation of the index at t with the count at
  t + k is strongest (k > 0: the index moves first; the CXI's strongest is its most negative, pressure's its most
  positive). A valid index falls when provocations rise. The index counts an event on the day its record gives
  (the bundled US-DPRK record: the day in Korea); a record dated by the UTC day is moved to that clock with
  ``utc_offset`` (``--utc-offset 9``) where its rows give their time in UTC.
- **periods**: labelled spans, rows with ``start``, ``end`` and ``label`` (``crisis`` or ``detente``). Each
  labelled month is compared with the regime that holds it: a crisis month agrees when the regime's mean CXI is
  below the coexistence threshold; a détente month agrees when the regime is coexistent (by the persistence rule,
  with its evidence). The answer is the share of months that agree, per span, per label and overall, with the
  mean CXI of each label's months.

The functions take rows already read (the CLI reads the file); none reads or writes anything.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from detente.errors import InputError, MeasureError
from detente.judge._regimes import Regime
from detente.measure import IndexSeries

__all__ = ["LABELS", "LabelledPeriod", "parse_periods", "parse_provocations", "validate_periods",
           "validate_provocations"]

F64 = npt.NDArray[np.float64]
LABELS: tuple[str, ...] = ("crisis", "detente")


@dataclass(frozen=True, slots=True)
class LabelledPeriod:
    """A span an independent chronology labels ``crisis`` or ``detente``, with its source."""

    start: dt.date
    end: dt.date
    label: str
    name: str = ""
    source: str = ""


def _month(text: str, *, row: int, column: str) -> dt.date:
    value = (text or "").strip()
    for fmt in ("%Y-%m-%d", "%Y-%m"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise InputError(f"row {row}: {column} {value!r} is not a date; write YYYY-MM-DD or YYYY-MM")


def _need(rows: list[Mapping[str, str]], columns: Sequence[str], kind: str) -> None:
    if not rows:
        raise InputError(f"the truth file has no rows; a {kind} file needs a header with "
                         f"{', '.join(columns)} and one row per {'event' if kind == 'provocations' else 'span'}")
    missing = [c for c in columns if c not in rows[0]]
    if missing:
        raise InputError(f"the truth file has no {', '.join(missing)} column; a {kind} file needs "
                         f"{', '.join(columns)} (got {', '.join(rows[0]) or 'no columns'})")


#: columns that hold a row's time of day in UTC (a ``time`` column counts when its value says UTC)
UTC_TIME_COLUMNS: tuple[str, ...] = ("time_utc", "utc_time", "origin_time_utc")
_UNKNOWN_TIME = frozenset({"", "unknown", "-", "n/a", "na", "?"})
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?")
_UTC_MARK = re.compile(r"\s*(\(utc\)|utc|z)\s*$", re.IGNORECASE)


def _utc_time(row: Mapping[str, str], *, where: int) -> dt.timedelta | None:
    """The row's time of day in UTC: a ``time`` value marked UTC (``21:42 (UTC)``, ``21:42 UTC``, ``21:42Z``) or a
    value of a UTC column (:data:`UTC_TIME_COLUMNS`); None when the row gives none (or says ``unknown``)."""
    found: list[tuple[str, str]] = [(c, (row.get(c) or "").strip()) for c in UTC_TIME_COLUMNS]
    text = (row.get("time") or "").strip()
    if _UTC_MARK.search(text):
        found.insert(0, ("time", text))
    for column, value in found:
        if value.lower() in _UNKNOWN_TIME:
            continue
        m = _TIME.fullmatch(_UTC_MARK.sub("", value).strip())
        if m is None or int(m[1]) > 23 or int(m[2]) > 59 or int(m[3] or 0) > 59:
            raise InputError(f"row {where}: {column} {value!r} is not a time of day; write HH:MM (UTC), or "
                             "unknown")
        return dt.timedelta(hours=int(m[1]), minutes=int(m[2]), seconds=int(m[3] or 0))
    return None


def parse_provocations(rows: Iterable[Mapping[str, str]], *, utc_offset: float | None = None) -> list[dt.date]:
    """The dates of a provocations record (rows with a ``date``: ``YYYY-MM-DD``, or ``YYYY-MM`` for a month).

    ``utc_offset`` (hours) aligns the record's clock with the index's: the index counts an event on the day its
    record gives, and the bundled US-DPRK record gives the day in Korea (UTC+9), while a record such as the CNS
    missile-test list dates a launch by its UTC day and gives its time in UTC. With ``utc_offset``, a row that
    gives its time in UTC (see :func:`_utc_time`) is counted on the day it was at UTC+``utc_offset``: a launch at
    21:42 UTC on 30 September was on 1 October in Pyongyang. Rows without a UTC time keep their date.
    """
    table = list(rows)
    _need(table, ("date",), "provocations")
    if utc_offset is not None and not (math.isfinite(utc_offset) and -14 <= utc_offset <= 14):
        raise InputError(f"UTC offset {utc_offset} is not between -14 and +14 hours; Korea is 9")
    out = []
    for i, r in enumerate(table):
        day = _month(r["date"], row=i + 2, column="date")
        clock = _utc_time(r, where=i + 2) if utc_offset is not None else None
        if clock is not None and len((r["date"] or "").strip()) == 10:
            day = (dt.datetime.combine(day, dt.time()) + clock + dt.timedelta(hours=utc_offset or 0.0)).date()
        out.append(day)
    return out


def parse_periods(rows: Iterable[Mapping[str, str]]) -> list[LabelledPeriod]:
    """The spans of a periods record (rows with ``start``, ``end``, ``label``; ``name`` and ``source`` kept)."""
    table = list(rows)
    _need(table, ("start", "end", "label"), "periods")
    out = []
    for i, r in enumerate(table):
        row = i + 2
        start, end = _month(r["start"], row=row, column="start"), _month(r["end"], row=row, column="end")
        label = (r["label"] or "").strip().lower().replace("é", "e")
        if label not in LABELS:
            raise InputError(f"row {row}: label {r['label']!r} is not crisis or detente")
        if end < start:
            raise InputError(f"row {row}: the span ends ({end}) before it starts ({start}); swap the two dates")
        out.append(LabelledPeriod(start, end, label, (r.get("name") or "").strip(), (r.get("source") or "").strip()))
    return out


def _months(first: dt.date, last: dt.date) -> npt.NDArray[np.datetime64]:
    lo, hi = np.datetime64(first, "M"), np.datetime64(last, "M")
    return np.arange(lo, hi + np.timedelta64(1, "M"), dtype="datetime64[M]")


def _corr(x: F64, y: F64) -> float | None:
    ok = ~np.isnan(x) & ~np.isnan(y)
    if ok.sum() < 3 or float(np.std(x[ok])) == 0.0 or float(np.std(y[ok])) == 0.0:
        return None
    return float(np.corrcoef(x[ok], y[ok])[0, 1])


def _rank(values: F64) -> F64:
    order = np.argsort(values, kind="mergesort")
    ranks = np.empty(values.size)
    ranks[order] = np.arange(values.size, dtype=np.float64)
    for v in np.unique(values):  # ties share their mean rank
        tie = values == v
        ranks[tie] = ranks[tie].mean()
    return ranks


def _spearman(x: F64, y: F64) -> float | None:
    ok = ~np.isnan(x) & ~np.isnan(y)
    return _corr(_rank(x[ok]), _rank(y[ok])) if ok.sum() >= 3 else None


def _shifted(values: F64, k: int) -> F64:
    """``values`` at t + k (NaN beyond the ends)."""
    out = np.full(values.size, np.nan)
    if abs(k) >= values.size:
        return out
    if k >= 0:
        out[:values.size - k] = values[k:]
    else:
        out[-k:] = values[:values.size + k]
    return out


def _round(x: float | None, digits: int = 3) -> float | None:
    return None if x is None or not math.isfinite(x) else round(x, digits)


def validate_provocations(series: IndexSeries, dates: Sequence[dt.date], *, max_lag: int = 6) -> dict[str, Any]:
    """Compare the monthly CXI and pressure with monthly counts of ``dates`` (see the module docstring)."""
    if series.freq != "month":
        raise MeasureError("the provocations comparison runs on the monthly index; use freq='month'")
    if not dates:
        raise InputError("the truth file lists no provocation; it needs one dated row per event")
    first = max(min(dates), dt.date.fromisoformat(str(series.start[0])))
    last = min(max(dates), dt.date.fromisoformat(str(series.end[-1])))
    if last < first:
        raise InputError(f"the truth file ({min(dates)}..{max(dates)}) and the index "
                         f"({series.start[0]}..{series.end[-1]}) do not overlap; pick a record of the same years")
    months = _months(first, last)
    keys = np.array([np.datetime64(d, "M") for d in dates])
    counts = np.array([(keys == m).sum() for m in months], dtype=np.float64)
    pos = np.searchsorted(series.start.astype("datetime64[M]"), months)
    cxi, pressure = series.cxi[pos], series.pressure[pos]
    lags: list[dict[str, Any]] = []
    for k in range(-max_lag, max_lag + 1):
        later = _shifted(counts, k)
        lags.append({"lag": k, "cxi": _round(_corr(cxi, later)), "pressure": _round(_corr(pressure, later))})

    def best(key: str, sign: float) -> dict[str, Any]:
        found = [r for r in lags if r[key] is not None]
        if not found:
            return {"lag": None, "correlation": None}
        top = max(found, key=lambda r: (sign * float(r[key]), -abs(int(r["lag"]))))
        return {"lag": top["lag"], "correlation": top[key]}

    observed = ~np.isnan(cxi)
    r_cxi, r_x = _corr(cxi, counts), _corr(pressure, counts)
    out: dict[str, Any] = {
        "kind": "provocations",
        "window": [first.isoformat(), last.isoformat()],
        "truth": {"rows": len(dates), "in_window": int(counts.sum()), "months": int(months.size),
                  "months_with_provocations": int((counts > 0).sum())},
        "cxi": {"months": int(observed.sum()), "correlation": _round(r_cxi),
                "spearman": _round(_spearman(cxi, counts)), "best_lag": best("cxi", -1.0)},
        "pressure": {"months": int(months.size), "correlation": _round(r_x),
                     "spearman": _round(_spearman(pressure, counts)), "best_lag": best("pressure", 1.0)},
        "lags": lags,
    }
    lag = out["cxi"]["best_lag"]
    lead = ("at no lag (the counts do not vary)" if lag["lag"] is None else "in the same month" if lag["lag"] == 0
            else f"with the index {abs(lag['lag'])} month(s) {'ahead' if lag['lag'] > 0 else 'behind'}")
    out["summary"] = (
        f"{out['truth']['in_window']} provocations in {out['truth']['months_with_provocations']} of {months.size} "
        f"months ({first}..{last}): the monthly CXI correlates {_fmt(r_cxi)} with their count over the "
        f"{int(observed.sum())} months with a CXI (Spearman {_fmt(out['cxi']['spearman'])}), most strongly "
        f"{lead} ({_fmt(lag['correlation'])}); military pressure correlates {_fmt(r_x)}."
    )
    return out


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:+.2f}"


def _state(regime: Regime, threshold: float) -> str:
    """A regime as the periods record sees it: ``detente`` (coexistent), ``crisis`` (mean CXI below the threshold)
    or ``neither`` (cooperative but not shown coexistent, or no events)."""
    if regime.coexistent:
        return "detente"
    if regime.mean_cxi is not None and regime.mean_cxi < threshold:
        return "crisis"
    return "neither"


def validate_periods(series: IndexSeries, regimes: Sequence[Regime], periods: Sequence[LabelledPeriod], *,
                     threshold: float) -> dict[str, Any]:
    """Compare each labelled month with the state of its regime (see the module docstring)."""
    if series.freq != "month":
        raise MeasureError("the periods comparison runs on the monthly index; use freq='month'")
    if not periods:
        raise InputError("the truth file lists no period; it needs rows with start, end and label")
    starts = series.start.astype("datetime64[M]")
    state = np.array(["neither"] * len(series), dtype=object)
    for r in regimes:
        state[r.first:r.last + 1] = _state(r, threshold)
    rows = []
    counted = {label: [0, 0] for label in LABELS}  # months, months that agree
    values: dict[str, list[float]] = {label: [] for label in LABELS}
    for p in periods:
        months = _months(p.start, p.end)
        inside = months[(months >= starts[0]) & (months <= starts[-1])]
        pos = np.searchsorted(starts, inside)
        agree = int((state[pos] == p.label).sum())
        cxi = series.cxi[pos]
        seen = cxi[~np.isnan(cxi)]
        counted[p.label][0] += int(inside.size)
        counted[p.label][1] += agree
        values[p.label] += seen.tolist()
        rows.append({
            "start": p.start.isoformat(), "end": p.end.isoformat(), "label": p.label, "name": p.name,
            "months": int(inside.size), "outside_index": int(months.size - inside.size), "agree": agree,
            "share": _round(agree / inside.size) if inside.size else None,
            "states": {s: int((state[pos] == s).sum()) for s in ("crisis", "detente", "neither")},
            "mean_cxi": _round(float(seen.mean()), 2) if seen.size else None, "source": p.source,
        })
    by_label = {label: {"months": m, "agree": a, "share": _round(a / m) if m else None,
                        "mean_cxi": _round(float(np.mean(values[label])), 2) if values[label] else None}
                for label, (m, a) in counted.items()}
    months_all = sum(m for m, _ in counted.values())
    agree_all = sum(a for _, a in counted.values())
    share = agree_all / months_all if months_all else None
    out: dict[str, Any] = {"kind": "periods", "threshold": threshold, "periods": rows, "by_label": by_label,
                           "months": months_all, "agree": agree_all, "share": _round(share)}
    parts = [f"{label} {t['agree']} of {t['months']} months ({_fmt_share(t['share'])}, mean CXI "
             f"{'n/a' if t['mean_cxi'] is None else t['mean_cxi']})" for label, t in by_label.items()]
    out["summary"] = (f"{agree_all} of {months_all} labelled months ({_fmt_share(share)}) fall in a regime that "
                      f"agrees with their label: " + "; ".join(parts) + ".")
    return out


def _fmt_share(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.0%}"
