"""Normalisation of native rows into the canonical event columns: one SQL definition, two dialects.

The SQL is generated for DuckDB (the default engine) or Spark (``detente ingest --engine spark``) from the same
rules below; only a few small pieces are written per dialect (:class:`_Sql`): parsing a date, a lenient number
cast, a regular-expression match, string literals, and the Python lookups (DuckDB calls them as functions,
Spark joins tables of the distinct input values, computed with the same functions).

Each input line arrives as one string ``l`` (its fields are split on tabs in SQL), so a row with the wrong number
of columns is a row like any other, flagged with a reason instead of disappearing from the stream, and line
numbers stay exact. The SQL returns the store's event columns plus:

- ``_reason``: why the row is quarantined (NULL for a good row);
- ``_link``: for GDELT Mentions, the GLOBALEVENTID of the event the mention is linked to.

Rules (documented in ``docs/ingest.md``):

- actor code = CAMEO country + role. GDELT: ``Actor1CountryCode`` + ``Actor1Type1Code`` (else ``Actor1Code``).
  ICEWS and POLECAT: the country name through :func:`detente.actors.country_code`, the role from the sector
  list (:data:`ROLE_RULES`, first rule that matches wins), else the organisation's code.
- QuadClass and Goldstein: GDELT's own columns (they follow the pinned GDELT table); when empty, and for ICEWS
  and POLECAT always, the pinned table in ``detente/data/cameo_event_codes.csv`` (ICEWS' ``Intensity`` uses the
  ICEWS table, which differs on 016, 022, 164 and 165).
- PLOVER from CAMEO via the shipped crosswalk; POLECAT keeps its own PLOVER coding and gets the nearest CAMEO
  code (:meth:`detente.reference.ReferenceTables.cameo_for_plover`).
- track: ``denuclearization`` when the text the source gives (GDELT's source URL, a mention's URL) matches
  :data:`NUCLEAR_PATTERN`; else ``tension`` for QuadClass 3–4, ``peace`` for 1–2, ``other`` otherwise.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import duckdb
import pyarrow as pa

from detente.actors import country_code, organisation_code
from detente.ingest._layouts import Layout
from detente.reference import ReferenceTables, reference_tables

__all__ = [
    "DIALECTS",
    "EXTRA_FIELDS",
    "LOOKUPS",
    "NUCLEAR_PATTERN",
    "ROLE_RULES",
    "WRONG_COUNT",
    "Dialect",
    "NormaliseQuery",
    "install_macros",
    "normalise_query",
    "normalise_sql",
    "raw_columns",
    "reference_arrow",
]

#: text or URL about nuclear weapons or their removal (case-insensitive; URL slugs use '-' between words)
NUCLEAR_PATTERN = (
    r"(de-?nucleari[sz]|nuclear|\bnukes?\b|uranium|plutonium|yongbyon|punggye|fissile|warhead|"
    r"enrichment|\bcvid\b|\bnpt\b|\biaea\b)"
)

#: (CAMEO role, pattern over the lower-case sector list); the first rule that matches gives the role
ROLE_RULES: tuple[tuple[str, str], ...] = (
    ("MIL", r"military|marines|army|navy|air force|armed forces|defen[cs]e"),
    ("COP", r"police"),
    ("SPY", r"intelligence"),
    ("JUD", r"judicial|judiciary|court"),
    ("LEG", r"legislat|parliament|upper house|lower house|unicameral"),
    ("IGO", r"international government organization|igos?\b|intergovernmental"),
    ("NGO", r"nongovernmental|non-governmental|\bngos?\b"),
    ("GOV", r"government|executive|cabinet|ministry|diplomat"),
    ("REB", r"rebel|insurgent"),
    ("OPP", r"dissident|protest|opposition"),
    ("PTY", r"part(y|ies)"),
    ("MED", r"media|news|journalis"),
    ("EDU", r"education|academic|universit"),
    ("BUS", r"business|industr|commerce"),
    ("LAB", r"labor|labour|union"),
    ("AGR", r"agricultur"),
    ("HLH", r"health|medical"),
    ("CRM", r"crimin|gang"),
    ("REL", r"religio|christian|muslim|catholic|buddhist|hindu|jew"),
    ("ELI", r"elite"),
    ("CVL", r"civilian|population|social"),
)


Dialect = Literal["duckdb", "spark"]
#: the SQL dialects :func:`normalise_sql` writes
DIALECTS: tuple[Dialect, ...] = ("duckdb", "spark")


def _lit(value: object, dialect: Dialect = "duckdb") -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int | float):
        return repr(value)
    if dialect == "spark":  # Spark string literals take backslash escapes
        return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"
    return "'" + str(value).replace("'", "''") + "'"


def _country(name: str) -> str | None:
    text = name.strip()
    if len(text) == 3 and text.isalpha() and text.isupper():  # already a code (POLECAT)
        return text
    return country_code(text)


def _role(sectors: str) -> str | None:
    text = sectors.lower()
    return next((role for role, rx in _ROLE_RX if rx.search(text)), None)


_ROLE_RX = tuple((role, re.compile(pattern)) for role, pattern in ROLE_RULES)

#: the Python lookups the SQL uses, by the name it calls them (each maps a non-NULL string to a code or None)
LOOKUPS: dict[str, Callable[[str], str | None]] = {
    "country_of": _country,
    "organisation_of": organisation_code,
    "sector_role": _role,
}
#: Spark reads a number as Java does, which also takes a type suffix ('3d', '2f'); DuckDB refuses those
_JAVA_SUFFIX = r"[0-9.][dDfF]\s*$"


@dataclass
class _Sql:
    """The pieces of the normalisation SQL written per dialect. Spark's lookups are collected as they are
    used (``lookups``: function name and key expression); each becomes a column ``_lk{i}`` joined in."""

    dialect: Dialect
    lookups: list[tuple[str, str]] = field(default_factory=list)

    def lit(self, value: object) -> str:
        return _lit(value, self.dialect)

    def date(self, x: str, fmt: Literal["%Y%m%d", "%Y-%m-%d"]) -> str:
        """A DATE from ``x`` written as ``fmt``; NULL when it is not a valid date."""
        if self.dialect == "spark":
            pattern = self.lit(fmt.replace("%Y", "yyyy").replace("%m", "MM").replace("%d", "dd"))
            return f"CAST(try_to_timestamp({x}, {pattern}) AS DATE)"  # try_to_date is Spark 4.1+
        return f"try_strptime({x}, {self.lit(fmt)})::DATE"

    def number(self, x: str, sql_type: Literal["TINYINT", "INTEGER", "FLOAT"]) -> str:
        """``x`` as a number of ``sql_type``, NULL when it is not one (DuckDB's rules: decimals are rounded)."""
        if self.dialect == "duckdb":
            return f"try_cast({x} AS {sql_type})"
        plain = f"CASE WHEN NOT ({x} RLIKE {self.lit(_JAVA_SUFFIX)}) THEN {x} END"
        if sql_type == "FLOAT":
            return f"try_cast({plain} AS FLOAT)"
        return f"try_cast(round(try_cast({plain} AS DOUBLE)) AS {'INT' if sql_type == 'INTEGER' else sql_type})"

    def matches(self, text: str, pattern: str) -> str:
        """Whether ``pattern`` is found in ``text``."""
        if self.dialect == "spark":
            return f"({text} RLIKE {self.lit(pattern)})"
        return f"regexp_matches({text}, {self.lit(pattern)})"

    def broadcast(self, *aliases: str) -> str:
        """A hint that the (small) tables ``aliases`` are joined by broadcast (Spark; DuckDB plans alone)."""
        return f"/*+ BROADCAST({', '.join(aliases)}) */ " if self.dialect == "spark" else ""

    def lookup(self, name: str, x: str) -> str:
        """The Python lookup ``name`` (a key of :data:`LOOKUPS`) of ``x``."""
        if self.dialect == "duckdb":
            return f"{name}({x})"
        if (name, x) not in self.lookups:
            self.lookups.append((name, x))
        return f"_lk{self.lookups.index((name, x))}"


def _vectorised(lookup: Callable[[str], str | None]) -> Callable[[pa.Array], pa.Array]:
    """An Arrow UDF applying ``lookup`` once per distinct value of each chunk (NULL stays NULL)."""

    def udf(values: pa.Array) -> pa.Array:
        cache: dict[str, str | None] = {}
        out: list[str | None] = []
        for value in values.to_pylist():
            if value is None:
                out.append(None)
                continue
            if value not in cache:
                cache[value] = lookup(value)
            out.append(cache[value])
        return pa.array(out, pa.string())

    return udf


def reference_arrow(tables: ReferenceTables) -> dict[str, pa.Table]:
    """The reference tables the normalisation SQL joins, by name: ``ref_cameo`` (CAMEO code, root, QuadClass,
    Goldstein, PLOVER) and ``ref_nearest`` (PLOVER event or ``event|mode`` to the nearest CAMEO code). Those of
    the shipped tables are built once per process (the watch loads them for every file)."""
    if tables is reference_tables():
        return dict(_shipped_arrow())
    return _reference_arrow(tables)


@lru_cache(maxsize=1)
def _shipped_arrow() -> tuple[tuple[str, pa.Table], ...]:
    return tuple(_reference_arrow(reference_tables()).items())


def _reference_arrow(tables: ReferenceTables) -> dict[str, pa.Table]:
    rows = []
    for c in tables.cameo.values():
        m = tables.plover_for(c.code)
        rows.append((c.code, c.root, c.quad_class, c.goldstein, m.event if m else None, m.mode if m else None,
                     m.context if m else None))
    cols = list(zip(*rows, strict=True))
    cameo = pa.table({
        "code": pa.array(cols[0], pa.string()), "root": pa.array(cols[1], pa.string()),
        "quad": pa.array(cols[2], pa.int8()), "goldstein": pa.array(cols[3], pa.float32()),
        "plover_event": pa.array(cols[4], pa.string()), "plover_mode": pa.array(cols[5], pa.string()),
        "plover_context": pa.array(cols[6], pa.string()),
    })
    pairs: dict[str, str] = {}
    for event in sorted({m.event for m in tables.plover.values()}):
        general = tables.cameo_for_plover(event)
        if general is not None:
            pairs[event] = general
        for mode in sorted({m.mode for m in tables.plover.values() if m.event == event and m.mode}):
            code = tables.cameo_for_plover(event, mode)
            if code is not None:
                pairs[f"{event}|{mode}"] = code
    nearest = pa.table({"k": pa.array(list(pairs), pa.string()), "code": pa.array(list(pairs.values()), pa.string())})
    return {"ref_cameo": cameo, "ref_nearest": nearest}


#: the reference tables each connection was last given by :func:`install_macros`
_INSTALLED: weakref.WeakKeyDictionary[duckdb.DuckDBPyConnection, ReferenceTables] = weakref.WeakKeyDictionary()


def install_macros(con: duckdb.DuckDBPyConnection, tables: ReferenceTables) -> None:
    """Give a DuckDB parsing connection what the normalisation SQL uses: the reference tables
    (:func:`reference_arrow`) as temporary tables and the Python lookups (:data:`LOOKUPS`) as functions.
    A connection given these tables before, whose temporary tables are still there, is left as it is (the watch
    ingests two files every 15 minutes on the same connection: listing DuckDB's functions and writing the tables
    again cost about 20 ms each time)."""
    if _INSTALLED.get(con) is tables and _still_installed(con):
        return
    _INSTALLED.pop(con, None)
    for name, table in reference_arrow(tables).items():
        con.register("_ref", table)
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM _ref")
        con.unregister("_ref")
    existing = {r[0] for r in con.execute("SELECT function_name FROM duckdb_functions()").fetchall()}
    for name, fn in LOOKUPS.items():
        if name not in existing:
            _create_lookup(con, name, fn)
    _INSTALLED[con] = tables


def _create_lookup(con: duckdb.DuckDBPyConnection, name: str, fn: Callable[[str], str | None]) -> None:
    con.create_function(name, _vectorised(fn), ["VARCHAR"], "VARCHAR", type="arrow",  # type: ignore[call-overload]
                        null_handling="special", side_effects=False)


def _still_installed(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the temporary reference tables (and the lookups) are still on ``con`` (a DROP takes them away)."""
    try:
        lookups = " AND ".join(f"{n}(NULL) IS NULL" for n in LOOKUPS)
        con.execute(f"SELECT NULL FROM ref_cameo, ref_nearest WHERE {lookups} LIMIT 0").fetchall()
    except duckdb.Error:
        return False
    return True


def _field(pos: Mapping[str, int], name: str, *, na: bool = False) -> str:
    """SQL for one field: NULL when empty (and, with ``na``, when it is the string 'NA')."""
    expr = f"nullif(trim(c{pos[name]}), '')" if na else f"nullif(c{pos[name]}, '')"
    return f"nullif({expr}, 'NA')" if na else expr


def _date8(q: _Sql, x: str) -> str:
    return f"CASE WHEN length({x}) = 8 THEN {q.date(x, '%Y%m%d')} END"


def _date_iso(q: _Sql, x: str) -> str:
    return (f"CASE WHEN length({x}) = 10 THEN {q.date(x, '%Y-%m-%d')} "
            f"WHEN length({x}) = 8 THEN {q.date(x, '%Y%m%d')} END")


def _gdelt_events(q: _Sql, p: Mapping[str, int], layout: Layout) -> dict[str, str]:
    def f(name: str) -> str:
        return _field(p, name)

    def actor(n: str) -> str:
        return (f"coalesce({f(f'Actor{n}CountryCode')} || coalesce({f(f'Actor{n}Type1Code')}, ''), "
                f"{f(f'Actor{n}Code')}, '')")

    url = f("SOURCEURL") if "SOURCEURL" in p else "NULL"
    return {
        "_code": f("EventCode"),
        "_date": _date8(q, f("SQLDATE")),
        "_date_raw": f("SQLDATE"),
        "event_id": f("GLOBALEVENTID"),
        "source": actor("1"),
        "target": actor("2"),
        "source_country": f("Actor1CountryCode"),
        "target_country": f("Actor2CountryCode"),
        "source_name": f("Actor1Name"),
        "target_name": f("Actor2Name"),
        "quad_class": f"coalesce({q.number(f('QuadClass'), 'TINYINT')}, c.quad)",
        "goldstein": f"coalesce({q.number(f('GoldsteinScale'), 'FLOAT')}, c.goldstein)",
        "mentions": q.number(f("NumMentions"), "INTEGER"),
        "sources": q.number(f("NumSources"), "INTEGER"),
        "articles": q.number(f("NumArticles"), "INTEGER"),
        "tone": q.number(f("AvgTone"), "FLOAT"),
        "location": f("ActionGeo_FullName"),
        "url": url,
        "_text": url,
        "citation": f"'GDELT ' || {q.lit(layout.title.removeprefix('GDELT '))}",
    }


def _mentions(q: _Sql, p: Mapping[str, int]) -> dict[str, str]:
    def f(name: str) -> str:
        return _field(p, name)

    return {
        "_code": "NULL",
        "_date": _date8(q, f"left({f('MentionTimeDate')}, 8)"),
        "_date_raw": f("MentionTimeDate"),
        "_link": f("GLOBALEVENTID"),
        "event_id": (f"{f('GLOBALEVENTID')} || '-' || left(md5(concat_ws(chr(31), {f('MentionTimeDate')}, "
                     f"{f('MentionIdentifier')}, {f('SentenceID')})), 16)"),
        "tone": q.number(f("MentionDocTone"), "FLOAT"),
        "url": f("MentionIdentifier"),
        "_text": f("MentionIdentifier"),
        "citation": f("MentionSourceName"),
        "mentions": "1",
        "sources": "1",
        "articles": "1",
    }


def _sector_actor(q: _Sql, country: str, sectors: str, name: str) -> str:
    role, organisation = q.lookup("sector_role", sectors), q.lookup("organisation_of", name)
    return f"coalesce({country} || coalesce({role}, ''), {organisation}, '')"


def _dated_actors(q: _Sql, f: Callable[[str], str], *, id_col: str, date_col: str, source: tuple[str, str, str],
                  target: tuple[str, str, str]) -> dict[str, str]:
    """The id, date and both actors of a dataset that names countries and sectors; ``source`` and ``target``
    are (name, sectors, country) column names."""
    return {
        "_date": _date_iso(q, f(date_col)),
        "_date_raw": f(date_col),
        "_src_country": q.lookup("country_of", f(source[2])),
        "_tgt_country": q.lookup("country_of", f(target[2])),
        "event_id": f(id_col),
        "source": _sector_actor(q, "_src_country", f(source[1]), f(source[0])),
        "target": _sector_actor(q, "_tgt_country", f(target[1]), f(target[0])),
        "source_country": "_src_country",
        "target_country": "_tgt_country",
        "source_name": f(source[0]),
        "target_name": f(target[0]),
        "goldstein": "c.goldstein",
    }


def _icews(q: _Sql, p: Mapping[str, int]) -> dict[str, str]:
    def f(name: str) -> str:
        return _field(p, name, na=True)

    place = f"nullif(concat_ws(', ', {f('City')}, {f('Province')}, {f('Country')}), '')"
    return {
        **_dated_actors(q, f, id_col="Event ID", date_col="Event Date",
                        source=("Source Name", "Source Sectors", "Source Country"),
                        target=("Target Name", "Target Sectors", "Target Country")),
        "_code": f("CAMEO Code"),
        "quad_class": "c.quad",
        "summary": f("Event Text"),
        "location": place,
        "citation": f"'ICEWS; ' || coalesce({f('Publisher')}, 'publisher unknown') || ', story ' || "
                    f"coalesce({f('Story ID')}, '?') || ' sentence ' || coalesce({f('Sentence Number')}, '?')",
        "_text": "NULL",
    }


def _polecat(q: _Sql, p: Mapping[str, int]) -> dict[str, str]:
    def f(name: str) -> str:
        return _field(p, name, na=True) if name in p else "NULL"

    event = f"upper({f('Event Type')})"
    mode = f"lower({f('Event Mode')})"
    quad_raw = f("Quad Code")
    quad = (f"coalesce({q.number(quad_raw, 'TINYINT')}, CASE lower({quad_raw}) "
            "WHEN 'verbal cooperation' THEN 1 WHEN 'material cooperation' THEN 2 "
            "WHEN 'verbal conflict' THEN 3 WHEN 'material conflict' THEN 4 END, c.quad)")
    return {
        "_plover": event,
        "_pkey": f"{event} || '|' || {mode}",
        **_dated_actors(q, f, id_col="Event ID", date_col="Event Date",
                        source=("Actor Name", "Primary Actor Sector", "Actor Country"),
                        target=("Recipient Name", "Primary Recipient Sector", "Recipient Country")),
        "quad_class": quad,
        "plover_event": event,
        "plover_mode": mode,
        "plover_context": f("Contexts"),
        "location": f("Placename"),
        "citation": f"'POLECAT; ' || coalesce({f('Source')}, 'source unknown')",
        "_text": "NULL",
    }


@dataclass(frozen=True, slots=True)
class NormaliseQuery:
    """The normalisation SQL of one layout in one dialect, and the Python lookups it needs as tables
    (Spark only: ``(function name, key expression over the source's fields)``, joined as ``lookup_<name>``
    tables of columns ``k`` and ``v``)."""

    sql: str
    lookups: tuple[tuple[str, str], ...] = ()


def normalise_sql(layout: Layout, positions: Mapping[str, int], source: str, *, n_fields: int,
                  prov_file: str, dialect: Dialect = "duckdb", prov_file_column: str | None = None) -> str:
    """SQL turning ``source`` (a relation with the fields of each line, :func:`raw_columns`, empty fields as ''
    and missing ones NULL, and the line's number ``line``) into event columns, ``_reason`` and ``_link``.
    Only the fields the normalisation uses are referenced, so the reader materialises no others.
    ``positions`` maps each column name to its 0-based field index; every row must have ``n_fields`` fields;
    ``prov_file`` is the input's name as provenance, or ``prov_file_column`` names the source's column that holds
    each row's input (a source of several inputs); ``dialect`` is ``duckdb`` or ``spark``."""
    return normalise_query(layout, positions, source, n_fields=n_fields, prov_file=prov_file, dialect=dialect,
                           prov_file_column=prov_file_column).sql


def normalise_query(layout: Layout, positions: Mapping[str, int], source: str, *, n_fields: int,
                    prov_file: str, dialect: Dialect = "duckdb", prov_file_column: str | None = None
                    ) -> NormaliseQuery:
    """:func:`normalise_sql` with the lookups a Spark query joins (see :class:`NormaliseQuery`)."""
    if dialect not in DIALECTS:
        raise ValueError(f"dialect {dialect!r} is not one of {', '.join(DIALECTS)}")
    q = _Sql(dialect)
    if layout.name == "gdelt2-mentions":
        m = _mentions(q, positions)
    elif layout.dataset == "gdelt":
        m = _gdelt_events(q, positions, layout)
    elif layout.dataset == "icews":
        m = _icews(q, positions)
    else:
        m = _polecat(q, positions)
    n = n_fields
    pre = [f"{m.pop(k)} AS {k}" for k in ("_plover", "_pkey", "_code", "_date", "_date_raw", "_src_country",
                                           "_tgt_country", "_text") if k in m]
    link = m.pop("_link", "NULL")
    cols = {name: m.get(name, "NULL") for name in (
        "event_id", "source", "target", "source_country", "target_country", "source_name", "target_name",
        "quad_class", "goldstein", "summary", "mentions", "sources", "articles", "tone", "location", "url",
        "citation")}
    if layout.dataset == "polecat":
        plover_sql = ", ".join(f"{m[k]} AS {k}" for k in ("plover_event", "plover_mode", "plover_context"))
        coded = (f"SELECT {q.broadcast('n1', 'n2')}p.*, coalesce(n1.code, n2.code) AS _code FROM pre p "
                 "LEFT JOIN ref_nearest n1 ON n1.k = p._pkey LEFT JOIN ref_nearest n2 ON n2.k = p._plover")
        reason_code = ("WHEN _code IS NULL THEN 'unknown PLOVER event type ' || "
                       "coalesce('\"' || _plover || '\"', '(empty)')")
    else:
        plover_sql = "c.plover_event, c.plover_mode, c.plover_context"
        coded = "SELECT * FROM pre"
        reason_code = ("WHEN _known IS NULL THEN 'unknown CAMEO code ' || "
                       "coalesce('\"' || _code || '\"', '(empty)')")
        if layout.name == "gdelt2-mentions":
            reason_code = "WHEN _link IS NULL THEN 'no GLOBALEVENTID'"
    select_cols = ",\n        ".join(f"{expr} AS {name}" for name, expr in cols.items())
    fields = raw_columns(n)
    if q.lookups:  # Spark: each lookup is a join on a table of distinct keys, giving a column _lk{i}
        joins = " ".join(f"LEFT JOIN lookup_{fn} lk{i} ON lk{i}.k = {x}" for i, (fn, x) in enumerate(q.lookups))
        looked = ", ".join(f"lk{i}.v AS _lk{i}" for i in range(len(q.lookups)))
        hint = q.broadcast(*(f"lk{i}" for i in range(len(q.lookups))))
        source = f"(SELECT {hint}s.*, {looked} FROM {source} s {joins})"
    nuclear = q.matches("lower(coalesce(_text, ''))", NUCLEAR_PATTERN)
    track = (f"CASE WHEN {nuclear} THEN 'denuclearization' "
             "WHEN quad_class IN (3, 4) THEN 'tension' WHEN quad_class IN (1, 2) THEN 'peace' ELSE 'other' END")
    prov = prov_file_column if prov_file_column is not None else q.lit(prov_file)
    sql = f"""
    WITH pre AS (
        SELECT *, ({fields[n - 1]} IS NULL OR {fields[n]} IS NOT NULL) AS _badn, {", ".join(pre)},
            {link} AS _link
        FROM {source}
    ), coded AS (
        {coded}
    ), ev AS (
        SELECT {q.broadcast("c")}coded.*, c.code AS _known, c.root AS _root,
        {select_cols},
        {plover_sql}
        FROM coded LEFT JOIN ref_cameo c ON c.code = coded._code
    ), out AS (
    SELECT *,
        CASE
            WHEN _badn THEN '{WRONG_COUNT}'
            WHEN _date IS NULL THEN 'bad date ' || coalesce('"' || _date_raw || '"', '(empty)')
            {reason_code}
        END AS _reason
    FROM ev
    )
    SELECT
        _date AS date, source, target, _code AS code, event_id, source_country, target_country,
        source_name, target_name, coalesce(_root, left(_code, 2)) AS root, quad_class, goldstein,
        plover_event, plover_mode, plover_context, {track} AS track, summary,
        mentions, sources, articles, tone, location, url, citation, {prov} AS prov_file,
        line AS prov_row, _reason, _link
    FROM out
    """
    return NormaliseQuery(sql, tuple(q.lookups))


#: extra columns read past a layout's last one, to tell rows with too many fields
EXTRA_FIELDS = 1
#: the reason the SQL gives a row with too few or too many fields (the ingester adds the counts)
WRONG_COUNT = "wrong column count"


def raw_columns(n: int) -> list[str]:
    """Names of the columns the reader gives a layout of ``n`` fields: ``c0..c{n-1}`` then the extras."""
    return [f"c{i}" for i in range(n)] + [f"e{i}" for i in range(EXTRA_FIELDS)]
