"""Judgement: regimes, the persistence rule, the verdict with its evidence, and its sensitivity."""

from detente._callable import make_callable
from detente.judge._data import (
    index_from_store,
    milestone_rows,
    report_data,
    scorecard_from_store,
    sensitivity_rows,
    verdict_from_store,
)
from detente.judge._options import JudgeOptions
from detente.judge._regimes import Regime, Regimes, bound_above, bound_below, find_regimes
from detente.judge._sensitivity import CONCLUSIONS, Variant, sensitivity, variants
from detente.judge._validate import (
    LabelledPeriod,
    parse_periods,
    parse_provocations,
    validate_periods,
    validate_provocations,
)
from detente.judge._verdict import CHANNEL_NAMES, Verdict, judge, paradigm
from detente.judge._world import SORTS as WORLD_SORTS
from detente.judge._world import DyadRow, DyadTable, select_rows, world_from_store, world_on

__all__ = [
    "CHANNEL_NAMES",
    "CONCLUSIONS",
    "WORLD_SORTS",
    "DyadRow",
    "DyadTable",
    "JudgeOptions",
    "LabelledPeriod",
    "Regime",
    "Regimes",
    "Variant",
    "Verdict",
    "bound_above",
    "bound_below",
    "find_regimes",
    "index_from_store",
    "judge",
    "milestone_rows",
    "paradigm",
    "parse_periods",
    "parse_provocations",
    "report_data",
    "scorecard_from_store",
    "select_rows",
    "sensitivity",
    "sensitivity_rows",
    "validate_periods",
    "validate_provocations",
    "variants",
    "verdict_from_store",
    "world_from_store",
    "world_on",
]

make_callable(__name__)  # detente.judge(...) is the top-level function (detente._callable)
