#!/usr/bin/env python3
"""Coverage-guided fuzzing (atheris) of detente's fast byte- and text-level parsers.

The hypothesis tests (tests/reliability/test_fuzz_*.py) generate structured inputs; this driver lets libFuzzer
mutate raw bytes under coverage feedback instead. Targets, chosen by the first byte of each input:

- the news reader: ``decode`` and ``read_article_text`` (bytes -> text -> article);
- native layout detection: ``detect_layout`` on a first line, for each dataset;
- dates in text: ``parse_date`` and ``resolve_date`` against an anchor taken from the input;
- dyads: ``Dyad.parse``.

The property is the one the tests hold: only a ``DetenteError`` (one line) may escape. Exceptions already pinned
as known bugs in tests/reliability/test_fuzz_parsers.py (``KNOWN``) are counted, not reported.

atheris is not a project dependency; install it in a throwaway environment and give it the project's:

    uv venv /tmp/atheris-venv && uv pip install --python /tmp/atheris-venv/bin/python atheris
    PYTHONPATH=src:tests:$(uv run python -c "import sysconfig; print(sysconfig.get_paths()['purelib'])") \\
        /tmp/atheris-venv/bin/python scripts/fuzz_atheris.py -runs=200000

Prints the number of inputs run per target every 50,000 inputs and at the end.
"""

from __future__ import annotations

import atexit
import datetime as dt
import sys
from collections import Counter

import atheris

with atheris.instrument_imports():
    from detente.coding.dates import parse_date, resolve_date
    from detente.errors import DetenteError
    from detente.ingest import detect_layout
    from detente.ingest.news import decode, read_article_text
    from detente.model import Dyad

from reliability.test_fuzz_parsers import KNOWN, _where  # the known bugs, pinned by strict xfails

RUNS: Counter[str] = Counter()
KNOWN_HITS: Counter[str] = Counter()
TARGETS = ("news", "layout", "dates", "dyad")


def _news(data: bytes) -> None:
    text = decode(data)
    read_article_text(text, check_language=False)


def _layout(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    dataset = ("gdelt", "icews", "polecat")[fdp.ConsumeIntInRange(0, 2)]
    detect_layout(fdp.ConsumeUnicodeNoSurrogates(4096), dataset, where="fuzz")


def _dates(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    anchor = dt.date.fromordinal(fdp.ConsumeIntInRange(1, dt.date.max.toordinal()))
    text = fdp.ConsumeUnicodeNoSurrogates(2048)
    parse_date(text)
    resolve_date(text, anchor)


def _dyad(data: bytes) -> None:
    dyad = Dyad.parse(data.decode("utf-8", "replace"))
    assert Dyad.parse(str(dyad)) == dyad


def one_input(data: bytes) -> None:
    if not data:
        return
    name = TARGETS[data[0] % len(TARGETS)]
    RUNS[name] += 1
    if sum(RUNS.values()) % 50_000 == 0:  # libFuzzer may end the process without running atexit
        _report()
    try:
        {"news": _news, "layout": _layout, "dates": _dates, "dyad": _dyad}[name](data[1:])
    except DetenteError as err:
        if "\n" in str(err):
            raise AssertionError(f"a message of more than one line: {err!r}") from err
    except Exception as err:
        where = _where(err)
        if where not in KNOWN:
            raise
        KNOWN_HITS[KNOWN[where]] += 1


def _report() -> None:
    print(f"inputs run per target: {dict(RUNS)}; known bugs hit: {dict(KNOWN_HITS)}", file=sys.stderr, flush=True)


def main() -> None:
    atexit.register(_report)  # libFuzzer ends the process without returning from Fuzz()
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
