"""Measurement: the coexistence index, the two-track scorecard and change points, as pure functions.

>>> import datetime as dt
>>> from detente.model import Dyad, Event
>>> events = [Event(dt.date(2018, 6, 12), "USAGOV", "PRKGOV", "043", quad_class=1, goldstein=2.8)]
>>> s = coexistence_index(events, dyad=Dyad.parse("USA-PRK"))
>>> row = s.rows()[0]
>>> row["period"], row["events"], row["thin"]
('2018-06', 1, True)
>>> float(s.raw["balance"][0]), row["balance"]   # one event: half-way from the neutral baseline (n0 = its mass)
(1.0, 0.5)
"""

from detente.measure._changepoints import COSTS, ChangeOptions, Online, bocpd, noise_variance, pelt
from detente.measure._channel import channel_from_events, channel_from_ledger, milestone_channel, open_until
from detente.measure._evidence import EvidenceOptions
from detente.measure._frame import EventFrame, filter_events
from detente.measure._index import IndexSeries, as_frame, coexistence_index, event_impacts
from detente.measure._options import COMPONENTS, DEDUP_MODES, IndexOptions, IndexWeights
from detente.measure._periods import FREQS, Freq, months_to_periods, period_label, period_range, period_start
from detente.measure._read import dyad_events, dyad_milestones, store_datasets
from detente.measure._scorecard import (
    ONE_OFF_KINDS,
    ScorecardOptions,
    TrackSeries,
    in_force,
    lead_lag,
    reciprocity,
    scorecard,
    track_state,
)
from detente.measure._sentences import diagnostics_sentences

__all__ = [
    "COMPONENTS",
    "COSTS",
    "DEDUP_MODES",
    "FREQS",
    "ONE_OFF_KINDS",
    "ChangeOptions",
    "EventFrame",
    "EvidenceOptions",
    "Freq",
    "IndexOptions",
    "IndexSeries",
    "IndexWeights",
    "Online",
    "ScorecardOptions",
    "TrackSeries",
    "as_frame",
    "bocpd",
    "channel_from_events",
    "channel_from_ledger",
    "coexistence_index",
    "diagnostics_sentences",
    "dyad_events",
    "dyad_milestones",
    "event_impacts",
    "filter_events",
    "in_force",
    "lead_lag",
    "milestone_channel",
    "months_to_periods",
    "noise_variance",
    "open_until",
    "pelt",
    "period_label",
    "period_range",
    "period_start",
    "reciprocity",
    "scorecard",
    "store_datasets",
    "track_state",
]
