"""Scoring the coder on tiny gold files written by hand, with every figure computed by hand in the test.

Covers the four gold shapes of ``detente.coding.evaluate`` (triples, codes, roots with and without five-class
labels, PLOVER with the 0.5 renames), which records are scored (``skip`` and ``expect_error`` are not), how a
record's date is read, the report's figures/to_dict, the PentaClass groups, gold files that cannot be read, and
``detente eval coder`` printing the same figures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from detente.coding import evaluate
from detente.coding.evaluate import FIGURES, EvalReport, evaluate_records, gold_shape, penta_class, read_gold
from detente.errors import FormatError, SourceNotFound
from detente.reference import reference_tables


def _write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _triple(source: str, target: str, code: str) -> dict[str, str]:
    return {"source": source, "target": target, "code": code}


def _code(code: str) -> dict[str, Any]:
    return {"source": None, "target": None, "code": code}


TRIPLES = [
    # coded {JPN PRK 111}: 1 true positive; root and code right
    {"id": "t1", "date": "2019-03-15", "text": "Japan condemned North Korea.",
     "expected": [_triple("JPN", "PRK", "111")]},
    # a symmetric 057 is coded both ways: 1 TP, 1 FP
    {"id": "t2", "date": "2019-03-15", "text": "Russia and China signed an agreement.",
     "expected": [_triple("RUS", "CHN", "057")]},
    # praise is one-way: 1 TP, 1 FN
    {"id": "t3", "date": "2019-03-15", "text": "China praised South Korea.",
     "expected": [_triple("CHN", "KOR", "051"), _triple("KOR", "CHN", "051")]},
    # no event expected, none coded: a right "no event"
    {"id": "t4", "date": "2019-03-15", "text": "The weather was mild.", "expected": []},
    # the gold says 112, the coder 111: root right (11), code wrong; 1 FP, 1 FN
    {"id": "t5", "date": "2019-03-15", "text": "Japan condemned North Korea.",
     "expected": [_triple("JPN", "PRK", "112")]},
    # unknown actors: nothing coded; a wrong "no event", 1 FN, root and code missed
    {"id": "t6", "date": "2019-03-15", "text": "Arnor criticized Gondor.", "expected": [_triple("ARN", "GON", "111")]},
    # not scored at all
    {"id": "t7", "skip": True, "text": "Japan condemned North Korea.", "expected": [_triple("XXX", "YYY", "999")]},
    {"id": "t8", "expect_error": "empty", "text": "", "expected": [_triple("XXX", "YYY", "999")]},
]


def test_triples_figures_by_hand() -> None:
    report = evaluate_records(TRIPLES, gold="hand.jsonl")
    assert (report.gold, report.shape, report.records) == ("hand.jsonl", "triples", 6)
    tp, fp, fn = 3, 2, 3  # t1 t2 t3 right; t2 and t5 extra; t3, t5, t6 missing
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert report.triple_precision == pytest.approx(precision) == pytest.approx(0.6)
    assert report.triple_recall == pytest.approx(recall) == pytest.approx(0.5)
    assert report.triple_f1 == pytest.approx(2 * precision * recall / (precision + recall))
    assert report.root_accuracy == pytest.approx(4 / 5)  # t1 t2 t3 t5 of the five with an expected code
    assert report.code_accuracy == pytest.approx(3 / 5)
    assert report.no_event_precision == pytest.approx(1 / 2)  # t4 and t6 coded nothing; only t4 was right
    assert report.plover_event_accuracy is None
    assert report.misses == [{"id": "t6", "want": "11", "got": None}]


def test_figures_and_dict_of_a_report() -> None:
    report = evaluate_records(TRIPLES, gold="hand.jsonl")
    figures = report.all_figures()
    assert tuple(figures) == FIGURES
    assert figures["triple_f1"] == round(2 * 0.6 * 0.5 / 1.1, 4) == 0.5455
    assert figures["plover_event_accuracy"] is None
    assert report.figures() == {k: v for k, v in figures.items() if v is not None}
    assert "plover_event_accuracy" not in report.figures()
    data = report.to_dict()
    assert "misses" not in data and data["records"] == 6 and data["shape"] == "triples"
    assert report.to_dict(misses=True)["misses"] == report.misses
    assert json.loads(json.dumps(data)) == data  # plain JSON


def test_a_perfect_and_an_empty_score() -> None:
    perfect = evaluate_records(TRIPLES[:1])
    assert (perfect.triple_precision, perfect.triple_recall, perfect.triple_f1) == (1.0, 1.0, 1.0)
    assert perfect.no_event_precision is None  # no sentence went without events
    nothing = evaluate_records([TRIPLES[5]])
    assert (nothing.triple_precision, nothing.triple_recall, nothing.triple_f1) == (0.0, 0.0, 0.0)
    assert nothing.no_event_precision == 0.0


@pytest.mark.parametrize(
    ("date", "found"),
    [
        ("20190220", True),  # YYYYMMDD (the PETRARCH records' form): Pompeo is Secretary of State
        ("2019-02-20", True),
        ("2019-02-20T10:00:00Z", True),  # an ISO timestamp: its day
        ("2010-01-01", False),  # before his term: the critic is unknown ('---'), not USAGOV
        ("not a date", True),  # unreadable: undated, the most recent office holder
        ("20191340", True),  # an impossible day: undated as well
        (None, True),
    ],
)
def test_record_dates_pick_the_office_holder(date: str | None, found: bool) -> None:
    record = {"id": "d", "date": date, "text": "Pompeo criticized North Korea.",
              "expected": [_triple("USAGOV", "PRK", "111")]}
    report = evaluate_records([record])
    assert report.triple_recall == (1.0 if found else 0.0)
    assert report.triple_precision == (1.0 if found else 0.0)


def test_codes_shape_by_hand() -> None:
    records = [
        {"id": "c1", "text": "Japan condemned North Korea.", "expected": [_code("111")]},
        {"id": "c2", "text": "Seoul hosted a delegation from Pyongyang.", "expected": [_code("043")]},
        # 051 praise is coded; the gold says 057: same root 05, other code
        {"id": "c3", "text": "Japan praised China.", "expected": [_code("057")]},
        {"id": "c4", "text": "The weather was mild.", "expected": [_code("010")]},
    ]
    report = evaluate_records(records)
    assert report.shape == "codes"
    assert report.root_accuracy == pytest.approx(3 / 4)
    assert report.code_accuracy == pytest.approx(2 / 4)
    assert report.no_event_precision == 0.0  # c4 coded nothing but expected an event
    assert report.triple_f1 is None and report.plover_event_accuracy is None
    assert report.misses == [{"id": "c4", "want": "01", "got": None}]


def test_codes_shape_scores_sentences_without_known_actors() -> None:
    # actor-free gold is scored on every verb (min_actors 0): a car bomb is an assault (18)
    record = {"id": "x", "text": "A car bomb killed ten people in the capital.", "expected": [_code("180")]}
    assert evaluate_records([record]).root_accuracy == 1.0


def test_roots_shape_by_hand() -> None:
    records = [
        {"id": "r1", "text": "Japan condemned North Korea.", "expected": [{"root_code": "11"}]},
        {"id": "r2", "text": "Japan praised China.", "expected": [{"root_code": "16"}]},
    ]
    report = evaluate_records(records)
    assert report.shape == "roots" and report.root_accuracy == 0.5 and report.code_accuracy is None
    assert report.notes == [] and report.misses == [{"id": "r2", "want": "16", "got": "051"}]


def test_five_class_labels_by_hand() -> None:
    def rec(rid: str, text: str, label: int) -> dict[str, Any]:
        return {"id": rid, "text": text, "label_raw": label, "expected": [{"root_code": f"{label + 1:02d}"}]}

    records = [
        rec("p1", "Japan condemned North Korea.", 3),  # 111: root 11, verbal conflict (3)
        rec("p2", "Washington imposed new sanctions on North Korea.", 3),  # 163: root 16, class 3 in this file only
        rec("p3", "Seoul hosted a delegation from Pyongyang.", 1),  # 043: root 04, verbal cooperation (1)
        rec("p4", "Japan condemned North Korea.", 0),  # wrong class
    ]
    report = evaluate_records(records)
    assert report.shape == "roots"
    assert report.root_accuracy == pytest.approx(3 / 4)
    assert f"pentaclass_accuracy={2 / 4:.4f}" in report.notes  # strict: root 16 is material conflict (4)
    assert any("five classes" in note for note in report.notes)
    assert [m["id"] for m in report.misses] == ["p4"]


def test_plover_shape_by_hand() -> None:
    tables = reference_tables()
    accuse, request, support = (tables.plover_for(c) for c in ("111", "106", "051"))
    assert accuse and request and support  # the crosswalk the coder uses
    assert (accuse.event, request.event, support.event) == ("ACCUSE", "REQUEST", "SUPPORT")

    def rec(rid: str, text: str, event: str | None) -> dict[str, Any]:
        return {"id": rid, "date": "2019-03-15", "text": text,
                "expected": [{"actor": [], "recipient": [], "event": event}] if event else []}

    records = [
        rec("l1", "Japan condemned North Korea.", "DISAPPROVE"),  # PLOVER 0.5 DISAPPROVE is now ACCUSE
        rec("l2", "Washington demanded talks with Pyongyang.", "demand"),  # DEMAND is now REQUEST, any case
        rec("l3", "Japan praised China.", "AGREE"),  # coded SUPPORT
        rec("l4", "The weather was mild.", "CONSULT"),  # nothing coded
        rec("l5", "The weather was mild.", None),  # no event expected: not in the accuracy
    ]
    report = evaluate_records(records)
    assert report.shape == "plover"
    assert report.plover_event_accuracy == pytest.approx(2 / 4)
    assert report.misses == [{"id": "l3", "want": "AGREE", "got": "SUPPORT"}, {"id": "l4", "want": "CONSULT",
                                                                                 "got": None}]
    assert report.no_event_precision == pytest.approx(1 / 2)  # l4 and l5 coded nothing; l5 was right
    assert report.root_accuracy is None and report.code_accuracy is None and report.triple_f1 is None


@pytest.mark.parametrize(
    ("root", "group", "reduced"),
    [
        ("01", 0, 0), ("02", 0, 0), ("03", 1, 1), ("05", 1, 1), ("06", 2, 2), ("08", 2, 2), ("09", 3, 3),
        ("13", 3, 3), ("14", 4, 4), ("15", 4, 4), ("16", 4, 3), ("163", 4, 3), ("17", 4, 4), ("20", 4, 4),
    ],
)
def test_penta_class(root: str, group: int, reduced: int) -> None:
    assert penta_class(root) == group
    assert penta_class(root, reduce_relations_verbal=True) == reduced


def test_gold_shape_reads_the_first_record_with_an_expectation() -> None:
    assert gold_shape([{"expected": []}, {"expected": [{"root_code": "04"}]}]) == "roots"
    assert gold_shape([{"expected": []}, {}]) == "triples"
    assert gold_shape([]) == "triples"
    assert gold_shape([{"expected": [{"source": None, "target": "PRK", "code": "111"}]}]) == "triples"


# -- files -----------------------------------------------------------------------------------------------------------

def test_evaluate_a_file_equals_evaluating_its_records(tmp_path: Path) -> None:
    path = _write(tmp_path / "hand.jsonl", TRIPLES)
    from_file = evaluate(path)
    from_records = evaluate_records(TRIPLES, gold="hand.jsonl")
    assert isinstance(from_file, EvalReport)
    assert from_file.to_dict(misses=True) == from_records.to_dict(misses=True)
    assert evaluate(path).to_dict(misses=True) == from_file.to_dict(misses=True)  # deterministic


def test_evaluate_with_petrarch_dictionaries(tmp_path: Path, petrarch_dictionaries: Path) -> None:
    path = _write(tmp_path / "middle-earth.jsonl", [
        {"id": "m1", "date": "19950105", "text": "Arnor criticized Gondor.",
         "expected": [_triple("ARN", "GON", "121")]},
        {"id": "m2", "date": "19950105", "text": "Arnor arrived in Gondor.",
         "expected": [_triple("ARN", "GON", "032"), _triple("GON", "ARN", "033")]},
    ])
    with_dicts = evaluate(path, dictionaries=petrarch_dictionaries)
    assert (with_dicts.triple_precision, with_dicts.triple_recall, with_dicts.code_accuracy) == (1.0, 1.0, 1.0)
    shipped = evaluate(path)  # the shipped lexicon knows neither Arnor nor Gondor
    assert (shipped.triple_f1, shipped.root_accuracy, shipped.no_event_precision) == (0.0, 0.0, 0.0)


def test_missing_files_are_named(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFound, match="no gold file"):
        evaluate(tmp_path / "none.jsonl")
    path = _write(tmp_path / "hand.jsonl", TRIPLES[:1])
    with pytest.raises(SourceNotFound, match="no dictionary folder"):
        evaluate(path, dictionaries=tmp_path / "nowhere")


@pytest.mark.parametrize(
    ("second", "message"),
    [
        ('{"text": "x", "expected": [{"code": 111}]}', "2: expected 'code' must be a string, not 111"),
        ('{"text": "x", "expected": [{"event": ["AGREE"]}]}', "2: expected 'event' must be a string"),
        ('{"text": "x", "expected": [{"source": 7, "code": "111"}]}', "2: expected 'source' must be a string"),
        ('{"text": "x", "expected": {"code": "111"}}', "2: 'expected' must be a list of objects"),
        ('{"text": ["x"], "expected": []}', "2: 'text' must be a string"),
    ],
)
def test_a_bad_second_record_names_its_line(tmp_path: Path, second: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "Japan condemned North Korea.", "expected": []}\n' + second + "\n", encoding="utf-8")
    with pytest.raises(FormatError) as err:
        read_gold(path)
    assert f"{path}:{message}" in str(err.value)


def test_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('\n{"text": "a", "expected": []}\n\n   \n{"text": "b", "expected": []}\n', encoding="utf-8")
    assert [r["text"] for r in read_gold(path)] == ["a", "b"]


def test_cli_prints_the_hand_computed_figures(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path / "hand.jsonl", TRIPLES)
    result = cli("eval", "coder", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["records"] == 6 and data["shape"] == "triples"
    assert data["triple_precision"] == pytest.approx(0.6) and data["triple_recall"] == pytest.approx(0.5)
    assert data["root_accuracy"] == pytest.approx(0.8) and data["code_accuracy"] == pytest.approx(0.6)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    refused = cli("eval", "coder", str(bad))
    assert refused.exit_code == 2 and "not JSON" in refused.stderr
