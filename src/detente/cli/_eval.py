"""``detente eval coder --articles DIR``: the article reader scored on real articles with hand-coded gold."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from detente.cli._common import console, emit_json, literal


def eval_articles(folder: Path, *, dictionaries: Path | None, kcna: Path | None, fmt: str, misses: bool,
                  reference: str = "record") -> None:
    """Score the article reader on the set in ``folder`` and print the figures (text or JSON)."""
    from detente.coding.evaluate_articles import evaluate_articles

    # the KCNA stories come from ../shared; a CI run must not pass by skipping them
    report = evaluate_articles(folder, dictionaries=dictionaries, kcna_dir=kcna,
                               require_kcna=os.environ.get("CI", "").lower() == "true", reference=reference)
    data = report.to_dict(misses=misses)
    if fmt == "json":
        emit_json(data)
        return
    _print(data, misses=misses)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _print(data: dict[str, Any], *, misses: bool) -> None:
    console.print(f"{literal(data['gold'])}: {data['articles']} articles, {data['gold_events']} gold events, "
                  f"{data['predicted_events']} coded events scored", highlight=False)
    for name in ("recall", "precision", "f1", "recall_text_dates"):
        value = data[name]
        console.print(f"  {name:18} {'n/a' if value is None else f'{value:.4f}'}", highlight=False)
    console.print(f"  {'matched':18} {data['matched']}   absorbed (reverse half of a reciprocal act) "
                  f"{data['absorbed']}", highlight=False)
    out = data["out_of_scope"]
    console.print(f"  {'not scored':18} no target {out['no_target']}, same country {out['self_pair']}, "
                  f"undated {out['undated']}", highlight=False)
    console.print(f"  {'vague dates':18} anchored to: {data['reference']}", highlight=False, markup=False)
    for note in data["notes"]:
        console.print(f"  note: {note}", style="dim", highlight=False, markup=False)
    console.print(f"  {'gold':>4} {'coded':>5} {'matched':>7} {'recall':>6} {'precision':>9}  article",
                  highlight=False)
    for a in data["per_article"]:
        console.print(f"  {a['gold']:>4} {a['predicted']:>5} {a['matched']:>7} {_pct(a['recall']):>6} "
                      f"{_pct(a['precision']):>9}  {a['id']}", highlight=False, markup=False, soft_wrap=True)
    if misses:
        for m in data["misses"]:
            what = m.get("event") if m["kind"] == "miss" else f"{m['code']}: {m['sentence']}"
            arrow = "<->" if m.get("mutual") else "->"
            console.print(literal(f"  {m['kind']:11} {m['article']}  {m['source']}{arrow}{m['target']} {m['root']} "
                                  f"{m['date']}  {what}", markup=False), highlight=False, markup=False, soft_wrap=True)
