"""Score the article reader on real articles with hand-coded gold events (``detente eval coder --articles DIR``).

A set is a folder (``evals/real_prose`` is the project's own; its README and GUIDE say how it was coded):

- ``articles.jsonl``: one article a line with ``id``, ``date`` and either ``file`` (a text in the folder) or
  ``kcna`` (``file``, ``line``, ``title``: a story of the KCNA corpus, read from ``kcna_dir`` and coded as the
  ``kcna`` dataset codes it, its title a sentence before its body);
- ``gold.csv``: one row per event with ``article``, ``source``, ``target``, ``root``, ``date``, ``date_end``,
  ``mutual``, ``date_basis`` and ``event``.

Each article is read with its date (the same intake as ``detente read``) and coded into events; the events
whose two actors are known and are different countries (or organisations) are matched one to one with the gold
rows at (source country, target country, CAMEO root, date within one day); a ``mutual`` row matches either
direction and absorbs the reverse-direction event of the same act. Recall is matched rows over gold rows,
precision matched events over scored events less the absorbed ones, both pooled over the articles.

>>> gold = [GoldRow("a", "USA", "PRK", "04", dt.date(2019, 6, 30), dt.date(2019, 6, 30), True, "text", "meet")]
>>> preds = [Prediction("PRK", "USA", "04", dt.date(2019, 6, 30)), Prediction("USA", "PRK", "04", dt.date(2019, 7, 1)),
...          Prediction("USA", "PRK", "11", dt.date(2019, 6, 30))]
>>> m = match_events(gold, preds)
>>> m.pairs, m.absorbed
({0: 0}, (1,))
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.coding._text import story_body, story_text
from detente.coding.anchors import open_chronology
from detente.errors import DetenteError, FormatError, SourceNotFound
from detente.model import Article, Event

if TYPE_CHECKING:
    from detente.coding.anchors import Chronology

__all__ = [
    "ArticleEvalReport",
    "ArticleScore",
    "GoldRow",
    "Match",
    "Prediction",
    "SetArticle",
    "actor_country",
    "default_kcna_dir",
    "evaluate_articles",
    "match_events",
    "read_article_set",
]

ArticleReader = Callable[[str, dt.date], Article]
EventReader = Callable[[Article], Sequence[Event]]

GOLD_COLUMNS = ("article", "source", "target", "root", "date", "date_end", "mutual", "date_basis", "event")
TOLERANCE = dt.timedelta(days=1)
_ACTOR = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")


@dataclass(frozen=True)
class GoldRow:
    """One hand-coded event: who did what to whom (country level), CAMEO root, and when."""

    article: str
    source: str
    target: str
    root: str
    date: dt.date
    date_end: dt.date
    mutual: bool
    date_basis: str
    event: str


@dataclass(frozen=True)
class Prediction:
    """A coded event reduced to what is scored: the two actors' countries, the root and the date."""

    source: str
    target: str
    root: str
    date: dt.date
    code: str = ""
    sentence: str = ""


@dataclass(frozen=True)
class SetArticle:
    """An article of the set with its text (read from the folder or the KCNA corpus)."""

    id: str
    date: dt.date
    text: str
    title: str | None = None
    url: str | None = None
    dyads: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    """The one-to-one pairing of gold rows with predictions: ``pairs`` maps a row's index to a prediction's."""

    pairs: dict[int, int]
    absorbed: tuple[int, ...]


@dataclass
class ArticleScore:
    """The figures of one article."""

    id: str
    date: str
    gold: int
    predicted: int
    matched: int
    absorbed: int
    out_of_scope: int
    recall: float | None
    precision: float | None


@dataclass
class ArticleEvalReport:
    """The figures of a set: pooled over its articles, per article, and the misses and false alarms."""

    gold: str
    articles: int
    gold_events: int = 0
    predicted_events: int = 0
    matched: int = 0
    absorbed: int = 0
    recall: float | None = None
    precision: float | None = None
    f1: float | None = None
    recall_text_dates: float | None = None
    #: what vague dates were anchored to: "record" (the bundled record), "none", or a store's path
    reference: str = "none"
    out_of_scope: dict[str, int] = field(default_factory=lambda: {"no_target": 0, "self_pair": 0, "undated": 0})
    skipped: list[dict[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    per_article: list[ArticleScore] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """The figures that apply, by name (what the eval gate compares with its floors)."""
        names = ("recall", "precision", "f1", "recall_text_dates")
        return {n: round(float(v), 4) for n in names if (v := getattr(self, n)) is not None}

    def to_dict(self, *, misses: bool = False) -> dict[str, Any]:
        data = asdict(self)
        for name in ("recall", "precision", "f1", "recall_text_dates"):
            if data[name] is not None:
                data[name] = round(data[name], 4)
        if not misses:
            data.pop("misses")
        return data


def _ratio(hits: int, total: int) -> float | None:
    return hits / total if total else None


def _day(value: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise FormatError(f"{where}: {value!r} is not a date; write YYYY-MM-DD") from None


def _org_codes() -> tuple[str, ...]:
    from detente.actors import organisations

    return tuple(sorted((o.code for o in organisations()), key=len, reverse=True))


def actor_country(code: str, org_codes: Sequence[str] = ()) -> str | None:
    """The country (or organisation) an actor code stands for; ``None`` when the actor is unknown.

    >>> actor_country("USAGOV"), actor_country("---"), actor_country("IGOUNOIAE", ("IGOUNOIAE", "IGOUNO"))
    ('USA', None, 'IGOUNOIAE')
    """
    c = (code or "").strip().upper()
    if not _ACTOR.match(c):
        return None
    if c[:3] in ("IGO", "NGO"):
        return next((o for o in org_codes if c.startswith(o)), c)
    return c[:3]


def default_kcna_dir(folder: Path, cwd: Path | None = None) -> Path | None:
    """``../shared/data/korea`` seen from the working directory or from a folder above the set, if it exists."""
    bases = [cwd or Path.cwd(), *folder.resolve().parents]
    for base in bases:
        candidate = base / ".." / "shared" / "data" / "korea"
        if candidate.is_dir():
            return candidate.resolve()
    return None


def _read_manifest(folder: Path) -> list[dict[str, Any]]:
    path = folder / "articles.jsonl"
    if not path.is_file():
        raise SourceNotFound(f"no articles.jsonl in {folder}; an article set needs articles.jsonl and gold.csv")
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FormatError(f"{where}: not JSON ({exc.msg}); one JSON object a line") from None
        if not isinstance(record, dict) or not isinstance(record.get("id"), str) or "date" not in record:
            raise FormatError(f"{where}: an article needs 'id' and 'date'")
        if ("file" in record) == ("kcna" in record):
            raise FormatError(f"{where}: an article needs either 'file' or 'kcna'")
        if record["id"] in seen:
            raise FormatError(f"{where}: article id {record['id']!r} appears twice")
        seen.add(record["id"])
        record["_date"] = _day(str(record["date"]), where)
        records.append(record)
    if not records:
        raise FormatError(f"{path} lists no articles")
    return records


def _read_gold(folder: Path, ids: set[str]) -> dict[str, list[GoldRow]]:
    path = folder / "gold.csv"
    if not path.is_file():
        raise SourceNotFound(f"no gold.csv in {folder}; an article set needs articles.jsonl and gold.csv")
    rows: dict[str, list[GoldRow]] = {i: [] for i in ids}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in GOLD_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise FormatError(f"{path}: missing column(s) {', '.join(missing)}; the header is {','.join(GOLD_COLUMNS)}")
        for number, r in enumerate(reader, 2):
            where = f"{path}:{number}"
            if r["article"] not in ids:
                raise FormatError(f"{where}: article {r['article']!r} is not in articles.jsonl")
            for side in ("source", "target"):
                if not _ACTOR.match(r[side].strip()):
                    raise FormatError(f"{where}: {side} {r[side]!r} is not an actor code (USA, PRK, IGOUNO, ...)")
            root = r["root"].strip()
            if not (root.isdigit() and len(root) == 2 and 1 <= int(root) <= 20):
                raise FormatError(f"{where}: root {root!r} is not a CAMEO root 01-20")
            start = _day(r["date"], where)
            end = _day(r["date_end"], where) if r["date_end"].strip() else start
            if end < start:
                raise FormatError(f"{where}: date_end {end} is before date {start}")
            if r["mutual"].strip() not in ("0", "1"):
                raise FormatError(f"{where}: mutual must be 0 or 1, not {r['mutual']!r}")
            rows[r["article"]].append(GoldRow(r["article"], r["source"].strip(), r["target"].strip(), root, start,
                                              end, r["mutual"].strip() == "1", r["date_basis"].strip(),
                                              r["event"].strip()))
    return rows


def _kcna_text(record: dict[str, Any], kcna_dir: Path) -> str:
    ref = record["kcna"]
    path = kcna_dir / str(ref["file"])
    if not path.is_file():
        raise SourceNotFound(f"article {record['id']}: no {ref['file']} in {kcna_dir}")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number == int(ref["line"]):
                story = json.loads(line)
                break
        else:
            raise FormatError(f"article {record['id']}: {path} has no line {ref['line']}")
    if story.get("title") != ref.get("title"):
        raise FormatError(f"article {record['id']}: {path} line {ref['line']} is titled {story.get('title')!r}, "
                          f"not {ref.get('title')!r}; the corpus changed, update the reference")
    # the text the kcna dataset codes: the story's title, then its body
    title = story.get("title") if isinstance(story.get("title"), str) else None
    return story_text(title.strip() if title else None, story_body(str(story.get("story") or "")))


def read_article_set(folder: Path, *, kcna_dir: Path | None = None, require_kcna: bool = False,
                     ) -> tuple[list[SetArticle], dict[str, list[GoldRow]], list[dict[str, str]]]:
    """The articles of a set with their texts, the gold rows by article, and the articles skipped (and why).

    KCNA articles are read from ``kcna_dir`` (by default ``../shared/data/korea``); without it they are skipped,
    or an error is raised when ``require_kcna``.
    """
    if not folder.is_dir():
        raise SourceNotFound(f"no article set at {folder}; pass a folder with articles.jsonl and gold.csv")
    records = _read_manifest(folder)
    gold = _read_gold(folder, {r["id"] for r in records})
    corpus = kcna_dir if kcna_dir is not None else default_kcna_dir(folder)
    articles: list[SetArticle] = []
    skipped: list[dict[str, str]] = []
    for record in records:
        if "kcna" in record:
            if corpus is None or not corpus.is_dir():
                where = str(corpus) if corpus is not None else "../shared/data/korea"
                if require_kcna:
                    raise SourceNotFound(f"article {record['id']} is a KCNA story and there is no KCNA corpus at "
                                         f"{where}; pass --kcna DIR (the folder of kcna_stories_*.jsonl)")
                skipped.append({"id": record["id"], "reason": f"KCNA corpus not found at {where}"})
                continue
            text = _kcna_text(record, corpus)
        else:
            path = folder / str(record["file"])
            if not path.is_file():
                raise SourceNotFound(f"article {record['id']}: no text at {path}")
            text = path.read_text(encoding="utf-8")
        articles.append(SetArticle(record["id"], record["_date"], text, record.get("title"), record.get("url"),
                                   tuple(record.get("dyads") or ())))
    return articles, gold, skipped


def _matches(row: GoldRow, p: Prediction, *, reverse: bool = False) -> bool:
    pair = (p.target, p.source) if reverse else (p.source, p.target)
    return (pair == (row.source, row.target) and p.root == row.root
            and row.date - TOLERANCE <= p.date <= row.date_end + TOLERANCE)


def _fits(row: GoldRow, p: Prediction) -> bool:
    return _matches(row, p) or (row.mutual and _matches(row, p, reverse=True))


def match_events(gold: Sequence[GoldRow], predictions: Sequence[Prediction]) -> Match:
    """Pair gold rows with predictions one to one (a maximum bipartite matching), then absorb reverse halves.

    A prediction in the reverse direction of a matched ``mutual`` row, not matched itself, is absorbed: it is the
    other half of the same reciprocal act (at most one per row).
    """
    options = [[j for j, p in enumerate(predictions) if _fits(row, p)] for row in gold]
    owner: dict[int, int] = {}  # prediction -> gold row

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    pairs = {i: j for j, i in owner.items()}
    absorbed: list[int] = []
    for i, j in sorted(pairs.items()):
        row = gold[i]
        if not row.mutual:
            continue
        forward = _matches(row, predictions[j])  # the matched event's direction; absorb one in the other
        for k, p in enumerate(predictions):
            if k not in owner and k not in absorbed and _matches(row, p, reverse=forward):
                absorbed.append(k)
                break
    return Match(dict(sorted(pairs.items())), tuple(absorbed))


def _scope(events: Sequence[Event], org_codes: Sequence[str]) -> tuple[list[Prediction], dict[str, int]]:
    from detente.coding.coder import UNDATED

    scored: list[Prediction] = []
    out = {"no_target": 0, "self_pair": 0, "undated": 0}
    for e in events:
        source, target = actor_country(e.source, org_codes), actor_country(e.target, org_codes)
        if source is None or target is None:
            out["no_target"] += 1
        elif source == target:
            out["self_pair"] += 1
        elif e.date == UNDATED:
            out["undated"] += 1
        else:
            scored.append(Prediction(source, target, (e.root or e.code[:2]), e.date, e.code, e.sentence or ""))
    return scored, out


def _default_reader(text: str, date: dt.date) -> Article:
    from detente.ingest.news import read_article_text

    return read_article_text(text, date=date)


def evaluate_articles(folder: Path, *, dictionaries: Path | None = None, kcna_dir: Path | None = None,
                      require_kcna: bool = False, reader: ArticleReader | None = None,
                      events: EventReader | None = None,
                      reference: str | Path | Chronology | None = "record") -> ArticleEvalReport:
    """Score the article reader on the set in ``folder`` (see the module docstring).

    ``reader`` turns a text and its date into an :class:`~detente.model.Article` (default: the intake of
    ``detente read``); ``events`` codes an article (default: :func:`detente.coding.read_article_events` with the
    shipped dictionaries, or those in ``dictionaries``, and ``reference`` the chronology vague dates are anchored
    to: ``"record"`` the bundled record (the default), ``"none"`` or ``None`` for none, a store's path or a
    :class:`~detente.coding.anchors.Chronology`; see :func:`detente.coding.anchors.open_chronology`).
    """
    with open_chronology(reference) as chronology:
        report = _evaluate(folder, dictionaries, kcna_dir, require_kcna, reader, events, chronology)
    report.reference = "none" if chronology is None else (
        str(reference) if isinstance(reference, str | Path) else type(reference).__name__)
    return report


def _evaluate(folder: Path, dictionaries: Path | None, kcna_dir: Path | None, require_kcna: bool,
              reader: ArticleReader | None, events: EventReader | None,
              chronology: Chronology | None) -> ArticleEvalReport:
    articles, gold, skipped = read_article_set(folder, kcna_dir=kcna_dir, require_kcna=require_kcna)
    read = reader or _default_reader
    if events is None:
        from detente.coding import Coder, load_lexicon, read_article_events

        coder = Coder(load_lexicon(dictionaries))

        def code(article: Article) -> Sequence[Event]:
            return read_article_events(article, coder=coder, reference=chronology).events

        events = code
    org_codes = _org_codes()
    report = ArticleEvalReport(gold=folder.name, articles=len(articles), skipped=skipped)
    if skipped:
        report.notes.append(f"{len(skipped)} article(s) skipped: " + "; ".join(
            sorted({s["reason"] for s in skipped})))
    text_rows = text_hits = 0
    for article in articles:
        rows = gold[article.id]
        try:
            coded = list(events(read(article.text, article.date)))
        except DetenteError as exc:
            report.notes.append(f"{article.id}: could not be read ({exc}); scored with no events")
            coded = []
        scored, out = _scope(coded, org_codes)
        for key, n in out.items():
            report.out_of_scope[key] += n
        match = match_events(rows, scored)
        hits = len(match.pairs)
        counted = len(scored) - len(match.absorbed)
        report.gold_events += len(rows)
        report.predicted_events += counted
        report.matched += hits
        report.absorbed += len(match.absorbed)
        text_rows += sum(r.date_basis == "text" for r in rows)
        text_hits += sum(rows[i].date_basis == "text" for i in match.pairs)
        report.per_article.append(ArticleScore(article.id, article.date.isoformat(), len(rows), counted, hits,
                                               len(match.absorbed), sum(out.values()), _ratio(hits, len(rows)),
                                               _ratio(hits, counted)))
        _record_misses(report, article.id, rows, scored, match)
    report.recall = _ratio(report.matched, report.gold_events)
    report.precision = _ratio(report.matched, report.predicted_events)
    report.recall_text_dates = _ratio(text_hits, text_rows)
    if report.recall is not None and report.precision is not None:
        total = report.recall + report.precision
        report.f1 = 2 * report.recall * report.precision / total if total else 0.0
    return report


def _record_misses(report: ArticleEvalReport, article: str, rows: Sequence[GoldRow],
                   scored: Sequence[Prediction], match: Match) -> None:
    used = set(match.pairs.values()) | set(match.absorbed)
    for i, row in enumerate(rows):
        if i not in match.pairs:
            report.misses.append({"article": article, "kind": "miss", "source": row.source, "target": row.target,
                                  "root": row.root, "date": row.date.isoformat(), "mutual": row.mutual,
                                  "event": row.event})
    for j, p in enumerate(scored):
        if j not in used:
            report.misses.append({"article": article, "kind": "false_alarm", "source": p.source,
                                  "target": p.target, "root": p.root, "code": p.code, "date": p.date.isoformat(),
                                  "sentence": p.sentence})
