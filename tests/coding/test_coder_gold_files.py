"""Gold files that cannot be scored are refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.coding.evaluate import gold_shape, read_gold
from detente.errors import FormatError, SourceNotFound


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"text": "caf\xe9", "expected": []}\n', "not UTF-8"),
        (b'{"text": "Kim met Trump.", "expected": [null]}\n', "list of objects"),
        (b'{"text": null, "expected": []}\n', "must be a string"),
        (b'{"text": "Kim met Trump."}\n', "needs 'text' and 'expected'"),
        (b"[1, 2]\n", "needs 'text' and 'expected'"),
        (b"{oops\n", "not JSON"),
        (b"\n\n", "no records"),
    ],
)
def test_bad_gold_files(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(data)
    with pytest.raises(FormatError, match=message) as err:
        read_gold(path)
    assert "\n" not in str(err.value)


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFound):
        read_gold(tmp_path / "none.jsonl")


def test_shapes() -> None:
    assert gold_shape([{"expected": [{"source": "USA", "target": "PRK", "code": "036"}]}]) == "triples"
    assert gold_shape([{"expected": [{"source": None, "target": None, "code": "036"}]}]) == "codes"
    assert gold_shape([{"expected": [{"root_code": "03"}]}]) == "roots"
    assert gold_shape([{"expected": [{"event": "AGREE", "actor": []}]}]) == "plover"
