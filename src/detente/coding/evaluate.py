"""Score the coder against a gold file: root and code accuracy, (source, target, code) triples, PLOVER events.

Four gold shapes are read (one JSON object a line, each with ``text`` and ``expected``):

- ``triples``: ``expected`` is a list of ``{source, target, code}`` (PETRARCH unit records; ``expect_no_events``);
- ``codes``: the same without actors (``source``/``target`` null), e.g. the CAMEO codebook examples;
- ``roots``: ``expected`` holds ``root_code`` only. When the file says its labels came from a five-class
  scheme (``label_raw`` 0..4), the classes are those of Phoenix's PentaClass: 0 statements and appeals
  (CAMEO 01-02), 1 verbal cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
  4 material conflict (14-20); the coder's root is compared class for class and the report says so;
- ``plover``: ``expected`` holds ``actor``/``recipient`` lists and a PLOVER ``event``; PLOVER 0.5 names that
  later versions merged are read as their successors (DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE,
  FIGHT→ASSAULT).

The sentence's event is the coder's :meth:`~detente.coding.coder.Coder.main_event`; triples compare every event.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from detente.coding.coder import Coder, CoderOptions
from detente.coding.lexicon import Lexicon, load_lexicon
from detente.errors import FormatError, SourceNotFound

__all__ = ["FIGURES", "EvalReport", "evaluate", "evaluate_records", "gold_shape", "penta_class", "read_gold"]

FIGURES = ("root_accuracy", "code_accuracy", "triple_precision", "triple_recall", "triple_f1",
           "no_event_precision", "plover_event_accuracy")
PLOVER_RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def penta_class(root: str, *, reduce_relations_verbal: bool = False) -> int:
    """Five-class group of a CAMEO root: 0 (01-02), 1 (03-05), 2 (06-08), 3 (09-13), 4 (14-20).

    That is Phoenix's PentaClass. ``reduce_relations_verbal`` puts root 16 (reduce relations: sanctions, aid
    suspensions, cancelled visits) in class 3, as the five-class news gold set labels it throughout.
    """
    r = int(root[:2])
    if r == 16 and reduce_relations_verbal:
        return 3
    return 0 if r <= 2 else 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


@dataclass
class EvalReport:
    """The figures of one gold file. ``None``: the figure does not apply to this shape of gold file."""

    gold: str
    shape: str
    records: int
    root_accuracy: float | None = None
    code_accuracy: float | None = None
    triple_precision: float | None = None
    triple_recall: float | None = None
    triple_f1: float | None = None
    no_event_precision: float | None = None
    plover_event_accuracy: float | None = None
    notes: list[str] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """The figures that apply, by name (what the eval gate compares with its floors)."""
        return {n: v for n, v in self.all_figures().items() if v is not None}

    def all_figures(self) -> dict[str, float | None]:
        """Every figure by name, ``None`` where it does not apply to this gold file."""
        return {n: None if (v := getattr(self, n)) is None else round(float(v), 4) for n in FIGURES}

    def to_dict(self, *, misses: bool = False) -> dict[str, Any]:
        data = asdict(self)
        if not misses:
            data.pop("misses")
        return data


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The records of a gold JSONL file; raises a clear error for a missing or malformed file."""
    if not path.is_file():
        raise SourceNotFound(f"no gold file at {path}; pass a JSONL file of records with 'text' and 'expected'")
    records: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise FormatError(f"{path} is not UTF-8 text (byte {exc.start}); convert it first") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FormatError(f"{path}:{number}: not JSON ({exc.msg}); one JSON object a line") from None
        if not isinstance(record, dict) or "text" not in record or "expected" not in record:
            raise FormatError(f"{path}:{number}: a gold record needs 'text' and 'expected'")
        expected = record["expected"]
        if not isinstance(record["text"], str):
            raise FormatError(f"{path}:{number}: 'text' must be a string")
        if not isinstance(expected, list) or not all(isinstance(e, dict) for e in expected):
            raise FormatError(f"{path}:{number}: 'expected' must be a list of objects (an empty list: no event)")
        for e in expected:
            for key in ("event", "code", "source", "target", "mode"):
                if e.get(key) is not None and not isinstance(e[key], str):
                    raise FormatError(f"{path}:{number}: expected '{key}' must be a string, not {e[key]!r}")
        records.append(record)
    if not records:
        raise FormatError(f"{path} holds no records")
    return records


def gold_shape(records: Iterable[dict[str, Any]]) -> str:
    """triples / codes / roots / plover, from the first record with an expectation."""
    for record in records:
        for exp in record.get("expected") or []:
            if "event" in exp:
                return "plover"
            if "root_code" in exp:
                return "roots"
            if "code" in exp:
                return "triples" if exp.get("source") or exp.get("target") else "codes"
    return "triples"


def _date(record: dict[str, Any]) -> dt.date | None:
    text = str(record.get("date") or "").strip()
    try:
        if len(text) == 8 and text.isdigit():
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _ratio(hits: int, total: int) -> float | None:
    return hits / total if total else None


def evaluate_records(records: list[dict[str, Any]], *, lexicon: Lexicon | None = None,
                     gold: str = "gold") -> EvalReport:
    """Score the coder on ``records`` (see the module docstring for the shapes)."""
    shape = gold_shape(records)
    lex = lexicon or load_lexicon()
    scored = [r for r in records if not r.get("skip") and not r.get("expect_error")]
    # actor-free gold sets are scored on every verb; triples need actors as the coder would output them
    coder = Coder(lex, options=CoderOptions(min_actors=0 if shape != "triples" or lex.petrarch else 1))
    report = EvalReport(gold=gold, shape=shape, records=len(scored))
    penta = shape == "roots" and any("label_raw" in r for r in scored)
    strict_hits = 0
    if penta:
        report.notes.append(
            "labels are five classes (label_raw 0..4): roots compared by class, with root 16 (reduce "
            "relations) in class 3 as the file labels it; strict PentaClass figure in 'pentaclass_accuracy'"
        )
    root_hits = root_total = code_hits = code_total = 0
    tp = fp = fn = 0
    none_pred = none_right = 0
    plover_hits = plover_total = 0
    for record in scored:
        events = coder.code_sentence(record["text"], date=_date(record))
        main = coder.main_event(events)
        expected = record.get("expected") or []
        if not events:
            none_pred += 1
            none_right += int(not expected or bool(record.get("expect_no_events")))
        if shape == "plover":
            exp_event = expected[0]["event"] if expected else None
            if exp_event:
                plover_total += 1
                want = PLOVER_RENAMED.get(exp_event.upper(), exp_event.upper())
                got = main.plover_event if main else None
                plover_hits += int(got == want)
                if got != want:
                    report.misses.append({"id": record.get("id"), "want": want, "got": got})
            continue
        exp_code = (expected[0].get("code") or "") if expected else ""
        exp_root = (expected[0].get("root_code") or exp_code[:2]) if expected else ""
        if exp_root:
            root_total += 1
            got_root = main.code[:2] if main else ""
            if penta:  # the file's root_code is its five-class label + 1
                want_class = int(record.get("label_raw", int(exp_root) - 1))
                ok = bool(got_root.isdigit() and penta_class(got_root, reduce_relations_verbal=True) == want_class)
                strict_hits += int(got_root.isdigit() and penta_class(got_root) == want_class)
            else:
                ok = got_root == exp_root[:2]
            root_hits += int(ok)
            if not ok:
                report.misses.append({"id": record.get("id"), "want": exp_root, "got": main.code if main else None})
        if exp_code:
            code_total += 1
            code_hits += int(main is not None and main.code == exp_code)
        if shape == "triples":
            wanted = {(e.get("source") or "---", e.get("target") or "---", str(e.get("code"))) for e in expected
                      if e.get("code")}
            coded = {(e.source, e.target, e.code) for e in events}
            tp += len(wanted & coded)
            fp += len(coded - wanted)
            fn += len(wanted - coded)
    if shape in ("codes", "triples", "roots"):
        report.root_accuracy = _ratio(root_hits, root_total)
    if penta and root_total:
        report.notes.append(f"pentaclass_accuracy={strict_hits / root_total:.4f}")
    if shape in ("codes", "triples"):
        report.code_accuracy = _ratio(code_hits, code_total)
    if shape == "triples":
        report.triple_precision = tp / (tp + fp) if tp + fp else 0.0
        report.triple_recall = tp / (tp + fn) if tp + fn else 0.0
        p, r = report.triple_precision, report.triple_recall
        report.triple_f1 = 2 * p * r / (p + r) if p + r else 0.0
    if shape == "plover":
        report.plover_event_accuracy = _ratio(plover_hits, plover_total)
    report.no_event_precision = _ratio(none_right, none_pred)
    return report


def evaluate(path: Path, *, dictionaries: Path | None = None) -> EvalReport:
    """Score the coder on the gold file at ``path``, with the dictionaries in ``dictionaries`` if given."""
    return evaluate_records(read_gold(path), lexicon=load_lexicon(dictionaries), gold=path.name)
