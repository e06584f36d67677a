"""``detente read``, ``detente code`` and ``detente eval coder``: the news reader and the event coder."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer

from detente.cli._common import check_choice, console, emit_json, err_console, json_text, literal
from detente.cli._core import parse_day
from detente.errors import InputError

DictionariesOption = Annotated[
    Path | None,
    typer.Option("--dictionaries", help="Folder of dictionaries: verbs.txt/agents.txt extending the shipped "
                                         "ones, or PETRARCH *.verbs.txt/*.actors.txt files used alone."),
]

ReferenceOption = Annotated[
    str,
    typer.Option("--reference", help="What acts told with a vague time ('earlier this month', 'last May') take "
                                      "their day from: 'record' (the bundled US-DPRK record), 'none', or the "
                                      "path of a detente store."),
]


def read(
    source: Annotated[str, typer.Argument(help="A URL, an .html or .txt file, or - for standard input.")],
    date: Annotated[str | None, typer.Option("--date", help="The article's date (YYYY-MM-DD), over any the page "
                                                            "gives; relative dates resolve against it.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    dictionaries: DictionariesOption = None,
    reference: ReferenceOption = "record",
) -> None:
    """Extract a news article, code its events and show how it frames the dyad.

    Example: detente read saved-page.html --date 2019-02-27 --format json
    """
    from detente.coding import Coder, load_lexicon, read_article_events
    from detente.coding.anchors import open_chronology
    from detente.coding.intake import read_article

    check_choice(fmt, ("text", "json"), "--format")
    day = parse_day(date, "--date")
    article = read_article(sys.stdin.buffer if source == "-" else source, date=day)
    with open_chronology(reference) as chronology:
        reading = read_article_events(article, coder=Coder(load_lexicon(dictionaries)), reference=chronology)
    result = reading.to_dict()
    if fmt == "json":
        emit_json(result)
        return
    _print_reading(result)


#: below this many columns the events are listed one block each (the fields, then the sentence beneath), since a
#: table of eight columns leaves the sentence a few characters wide
WIDE = 120


def _print_events(events: list[dict[str, Any]]) -> None:
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    def fields(e: dict[str, Any]) -> list[str]:
        day = (e["date"] or "-") + ("*" if e.get("date_basis") == "record" else "")
        return [day, e["source"], e["target"], e["code"],
                "" if e["goldstein"] is None else f"{e['goldstein']:+.1f}", e["modality"], e["track"]]

    if console.width >= WIDE:
        table = Table("date", "source", "target", "code", "goldstein", "modality", "track", "sentence")
        for e in events:
            sentence = e["sentence"] if len(e["sentence"]) <= 70 else e["sentence"][:67] + "..."
            table.add_row(*(literal(x) for x in (*fields(e), sentence)))
        console.print(table)
        _legend(events)
        return
    console.print("date        source -> target  code  goldstein  modality  track", style="bold", highlight=False)
    for e in events:
        date, source, target, code, goldstein, modality, track = fields(e)
        console.print(literal(f"{date:<11} {source} -> {target}  {code}  {goldstein or '-'}  {modality}  {track}"),
                      highlight=False)
        console.print(Padding(Text(e["sentence"], style="dim"), (0, 0, 0, 2), expand=False))
    _legend(events)


def _legend(events: list[dict[str, Any]]) -> None:
    if any(e.get("date_basis") == "record" for e in events):
        console.print("* a vague time ('earlier this month') dated by the record (--reference; date_reference in "
                      "--format json)", style="dim", highlight=False)


def _print_reading(result: dict[str, Any]) -> None:

    console.print(f"[bold]{literal(result['title'] or '(no title)')}[/bold]", highlight=False)
    when = f"{result['date']} ({result['date_source']})" if result.get("date") else "undated"
    meta = [x for x in (result.get("author"), when, result.get("url")) if x]
    console.print(literal(" · ".join(meta)), style="dim", highlight=False)
    for note in result.get("notes", []):
        console.print(f"note: {literal(note)}", style="yellow", highlight=False)
    console.print()
    console.print(literal(result["text"], markup=False, multiline=True), highlight=False, markup=False)
    console.print()
    console.print(f"{result['sentences']} sentences, {len(result['events'])} events, "
                  f"{len(result['removed'])} lines removed as boilerplate", style="dim")
    if result["events"]:
        _print_events(result["events"])
    framing = result["framing"]
    shares = ", ".join(f"{k} {v:.0%}" for k, v in framing["tracks"].items())
    scores = ", ".join(f"{k} {v:g}" for k, v in framing.get("scores", {}).items())
    console.print(f"framing: {framing['paradigm']} (evidence {scores or 'none'}; sentences on {shares})",
                  highlight=False)
    deciding = set(framing["evidence"])
    for cue in framing.get("cues", []):
        if cue["sentence"] in deciding and cue["weight"]:
            how = f"{cue['stance']} {cue['sequence']}, counts for {cue['counts_for']}"
            console.print(f"  evidence: ({how}) {literal(cue['sentence'], markup=False)}", highlight=False,
                          markup=False)


_OUTPUT_FIELDS = ("doc_id", "date", "source", "target", "code", "root", "quad_class", "goldstein",
                  "plover_event", "plover_mode", "track", "modality", "source_name", "target_name", "sentence",
                  "url", "prov_row")


def _rows(events: list[Any], doc_id: str) -> Iterator[dict[str, Any]]:
    from detente.coding import UNDATED

    for e in events:
        row = e.to_dict()
        row["doc_id"] = doc_id
        row["date"] = None if e.date == UNDATED else e.date.isoformat()
        yield {k: row.get(k) for k in _OUTPUT_FIELDS}


def code(
    corpus: Annotated[Path, typer.Argument(help="JSONL or CSV file (id, text, date) or a folder of .txt/.html.")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="File to write the events to.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    store: Annotated[Path | None, typer.Option("--store", help="Also write the dated events to this store.",
                                               show_default=False)] = None,
    processes: Annotated[int, typer.Option("--processes", "-p", min=1, help="Worker processes.")] = 1,
    dictionaries: DictionariesOption = None,
    dataset: Annotated[str, typer.Option("--dataset", help="Dataset name in the store.")] = "coded",
    date: Annotated[str | None, typer.Option(
        "--date", help="The date (YYYY-MM-DD) of the documents that give none; relative dates in them resolve "
                       "against it. Without it such documents' events are undated.")] = None,
) -> None:
    """Code a corpus into events, to a file (JSONL, CSV or Parquet) and/or the event store.

    A document's own date (its date column, dateline or date line) wins over --date.

    Example: detente code stories.jsonl --out events.parquet --format parquet --processes 2
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from detente.coding import code_texts
    from detente.ingest.news import read_corpus

    check_choice(fmt, ("jsonl", "csv", "parquet"), "--format")
    if fmt == "parquet" and out is None:
        raise InputError("--format parquet needs --out FILE (Parquet is not written to the terminal)")
    default_day = parse_day(date, "--date")
    docs = [d if d.date is not None or default_day is None else replace(d, date=default_day)
            for d in read_corpus(corpus)]
    undated = sum(1 for d in docs if d.date is None)
    rows: list[dict[str, Any]] = []
    stored_events: list[Any] = []
    from detente.coding import UNDATED

    with Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console, transient=True, disable=not err_console.is_terminal) as bar:
        task = bar.add_task("coding", total=len(docs))
        for doc_id, events in code_texts(docs, dictionaries=dictionaries, processes=processes):
            rows.extend(_rows(events, doc_id))
            if store is not None:
                stored_events.extend(e for e in events if e.date != UNDATED)
            bar.advance(task)
    _write_rows(rows, out, fmt)
    err_console.print(f"coded {len(docs)} documents: {len(rows)} events", highlight=False)
    if undated:
        err_console.print(f"note: {undated} of {len(docs)} documents give no date: their events are undated "
                          "(pass --date YYYY-MM-DD to date them)", highlight=False, markup=False)
    if store is not None:
        from detente.store import Store

        with Store.open(store) as st:
            run = st.write_events(stored_events, dataset=dataset, input=str(corpus))
        skipped = len(rows) - len(stored_events)
        err_console.print(f"stored {getattr(run, 'stored', len(stored_events))} events in {literal(store)}"
                          + (f" ({skipped} undated events not stored)" if skipped else ""), highlight=False)


def _write_rows(rows: list[dict[str, Any]], out: Path | None, fmt: str) -> None:
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        assert out is not None
        table = pa.Table.from_pylist(rows) if rows else pa.table({k: pa.array([], pa.string())
                                                                  for k in _OUTPUT_FIELDS})
        pq.write_table(table, out)
        return
    handle = out.open("w", encoding="utf-8", newline="") if out is not None else sys.stdout
    try:
        if fmt == "jsonl":
            for row in rows:
                handle.write(json_text(row) + "\n")
        else:
            writer = csv.DictWriter(handle, fieldnames=list(_OUTPUT_FIELDS))
            writer.writeheader()
            writer.writerows(rows)
    finally:
        if out is not None:
            handle.close()


def eval_coder(
    gold: Annotated[Path | None, typer.Argument(help="Gold JSONL: records with text and expected codings.")] = None,
    dictionaries: DictionariesOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    misses: Annotated[bool, typer.Option("--misses", help="List the records the coder got wrong (with "
                                                         "--articles: every miss and false alarm).")] = False,
    articles: Annotated[Path | None, typer.Option(
        "--articles", help="Score the article reader on a set of real articles with hand-coded events "
                           "(a folder with articles.jsonl and gold.csv, e.g. evals/real_prose).")] = None,
    kcna: Annotated[Path | None, typer.Option(
        "--kcna", help="Folder of the KCNA story files an article set refers to "
                       "(default: ../shared/data/korea).")] = None,
    reference: ReferenceOption = "record",
) -> None:
    """Score the coder on a gold file (root and code accuracy, triples, PLOVER events) or an article set.

    Example: detente eval coder gold.jsonl --dictionaries petrarch_dictionaries/ --format json
    Example: detente eval coder --articles evals/real_prose --misses
    """
    from detente.coding import evaluate

    check_choice(fmt, ("text", "json"), "--format")
    if (gold is None) == (articles is None):
        raise InputError("pass a gold JSONL file or --articles DIR (one of the two)")
    if articles is not None:
        from detente.cli._eval import eval_articles

        eval_articles(articles, dictionaries=dictionaries, kcna=kcna, fmt=fmt, misses=misses, reference=reference)
        return
    assert gold is not None
    report = evaluate(gold, dictionaries=dictionaries)
    if fmt == "json":
        data: dict[str, Any] = {"gold": report.gold, "shape": report.shape, "records": report.records,
                                **report.all_figures(), "notes": report.notes}
        if misses:
            data["misses"] = report.misses
        emit_json(data)
        return
    console.print(f"{literal(report.gold)} ({report.shape}): {report.records} records", highlight=False)
    for name, value in report.all_figures().items():
        console.print(f"  {name:24} {'n/a' if value is None else f'{value:.4f}'}", highlight=False)
    for note in report.notes:
        console.print(f"  note: {note}", style="dim", highlight=False)
    if misses:
        for miss in report.misses:
            console.print(f"  miss {literal(miss, markup=False)}", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    app.command("read")(read)
    app.command("code")(code)
    evaluation = typer.Typer(help="Score detente's components on gold sets.", no_args_is_help=True)
    evaluation.command("coder")(eval_coder)
    from detente.cli._eval_index import eval_index  # light: the index code is imported when the command runs

    evaluation.command("index")(eval_index)
    app.add_typer(evaluation, name="eval")
