"""benchmarks/coder/changes.py: events gained and lost between two saved codings of the same stories."""

from __future__ import annotations

import gzip
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "coder" / "changes.py"


def _module() -> Any:
    spec = importlib.util.spec_from_file_location("coder_changes", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _event(source: str, target: str, code: str, sentence: str = "s") -> dict[str, Any]:
    return {"source": source, "target": target, "code": code, "date": "2011-05-01", "modality": "occurred",
            "source_country": source[:3], "target_country": target[:3], "sentence": sentence}


def test_changes_are_counted_as_multisets() -> None:
    changes = _module()
    before = [_event("PRK", "USA", "111"), _event("PRK", "USA", "111"), _event("CHN", "PRK", "051")]
    after = [_event("PRK", "USA", "111"), _event("CHN", "PRK", "051"), _event("KOR", "PRK", "036")]
    gained, lost = changes.changed(before, after)
    assert [e["code"] for e in gained] == ["036"]
    assert [(e["source"], e["code"]) for e in lost] == [("PRK", "111")]
    assert changes.changed(before, before) == ([], [])


def _save(path: Path, stories: dict[str, list[dict[str, Any]]]) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for story, events in stories.items():
            fh.write(json.dumps({"id": story, "events": events}) + "\n")


def test_the_script_prints_counts_by_kind_and_refuses_other_stories(tmp_path: Path) -> None:
    before, after, other = tmp_path / "b.jsonl.gz", tmp_path / "a.jsonl.gz", tmp_path / "o.jsonl.gz"
    _save(before, {"1": [_event("PRK", "USA", "111", "The DPRK blasted the US.")], "2": []})
    _save(after, {"1": [], "2": [_event("USA", "KOR", "036", "The US wants to meet Seoul.")]})
    _save(other, {"9": []})
    run = subprocess.run([sys.executable, str(SCRIPT), str(before), str(after), "--by", "pair"],
                         capture_output=True, text=True, check=True)
    assert "gained 1, lost 1, in 2 stories" in run.stdout
    assert "gained by pair: USA->KOR 1" in run.stdout and "lost by pair: PRK->USA 1" in run.stdout
    assert "+ 2 USA->KOR 036" in run.stdout
    only = subprocess.run([sys.executable, str(SCRIPT), str(before), str(after), "--match", "blasted"],
                          capture_output=True, text=True, check=True)
    assert "gained 0, lost 1" in only.stdout
    refused = subprocess.run([sys.executable, str(SCRIPT), str(before), str(other)], capture_output=True, text=True)
    assert refused.returncode != 0 and "different stories" in refused.stderr
