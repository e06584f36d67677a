"""Normalisation of native rows into the canonical event columns, written as DuckDB SQL over raw lines.

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
from collections.abc import Callable, Mapping

import duckdb
import pyarrow as pa

from detente.actors import country_code, organisation_code
from detente.ingest._layouts import Layout
from detente.reference import ReferenceTables

__all__ = [
    "EXTRA_FIELDS",
    "NUCLEAR_PATTERN",
    "ROLE_RULES",
    "WRONG_COUNT",
    "install_macros",
    "normalise_sql",
    "raw_columns",
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


def _lit(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int | float):
        return repr(value)
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


def install_macros(con: duckdb.DuckDBPyConnection, tables: ReferenceTables) -> None:
    """Give a parsing connection the lookups the normalisation SQL uses: the reference tables as tables
    (``ref_cameo``, ``ref_nearest``), the actor and role lookups as functions, the track rule as a macro."""
    rows = []
    for c in tables.cameo.values():
        m = tables.plover_for(c.code)
        rows.append((c.code, c.root, c.quad_class, c.goldstein, m.event if m else None, m.mode if m else None,
                     m.context if m else None))
    cols = list(zip(*rows, strict=True))
    con.register("_ref", pa.table({
        "code": pa.array(cols[0], pa.string()), "root": pa.array(cols[1], pa.string()),
        "quad": pa.array(cols[2], pa.int8()), "goldstein": pa.array(cols[3], pa.float32()),
        "plover_event": pa.array(cols[4], pa.string()), "plover_mode": pa.array(cols[5], pa.string()),
        "plover_context": pa.array(cols[6], pa.string()),
    }))
    con.execute("CREATE OR REPLACE TEMP TABLE ref_cameo AS SELECT * FROM _ref")
    con.unregister("_ref")
    pairs: dict[str, str] = {}
    for event in sorted({m.event for m in tables.plover.values()}):
        general = tables.cameo_for_plover(event)
        if general is not None:
            pairs[event] = general
        for mode in sorted({m.mode for m in tables.plover.values() if m.event == event and m.mode}):
            code = tables.cameo_for_plover(event, mode)
            if code is not None:
                pairs[f"{event}|{mode}"] = code
    con.register("_near", pa.table({"k": list(pairs), "code": list(pairs.values())}))
    con.execute("CREATE OR REPLACE TEMP TABLE ref_nearest AS SELECT * FROM _near")
    con.unregister("_near")
    con.execute(
        "CREATE OR REPLACE TEMP MACRO track_of(txt, q) AS CASE "
        f"WHEN regexp_matches(lower(coalesce(txt, '')), {_lit(NUCLEAR_PATTERN)}) THEN 'denuclearization' "
        "WHEN q IN (3, 4) THEN 'tension' WHEN q IN (1, 2) THEN 'peace' ELSE 'other' END"
    )
    existing = {r[0] for r in con.execute("SELECT function_name FROM duckdb_functions()").fetchall()}
    for name, fn in (("country_of", _country), ("organisation_of", organisation_code), ("sector_role", _role)):
        if name not in existing:
            con.create_function(name, _vectorised(fn), ["VARCHAR"], "VARCHAR", type="arrow",  # type: ignore[call-overload]
                                null_handling="special", side_effects=False)


def _field(pos: Mapping[str, int], name: str, *, na: bool = False) -> str:
    """SQL for one field: NULL when empty (and, with ``na``, when it is the string 'NA')."""
    expr = f"nullif(trim(c{pos[name]}), '')" if na else f"nullif(c{pos[name]}, '')"
    return f"nullif({expr}, 'NA')" if na else expr


_DATE8 = "CASE WHEN length({x}) = 8 THEN try_strptime({x}, '%Y%m%d')::DATE END"
_DATE_ISO = ("CASE WHEN length({x}) = 10 THEN try_strptime({x}, '%Y-%m-%d')::DATE "
             "WHEN length({x}) = 8 THEN try_strptime({x}, '%Y%m%d')::DATE END")


def _gdelt_events(p: Mapping[str, int], layout: Layout) -> dict[str, str]:
    def f(name: str) -> str:
        return _field(p, name)

    def actor(n: str) -> str:
        return (f"coalesce({f(f'Actor{n}CountryCode')} || coalesce({f(f'Actor{n}Type1Code')}, ''), "
                f"{f(f'Actor{n}Code')}, '')")

    url = f("SOURCEURL") if "SOURCEURL" in p else "NULL"
    return {
        "_code": f("EventCode"),
        "_date": _DATE8.format(x=f("SQLDATE")),
        "_date_raw": f("SQLDATE"),
        "event_id": f("GLOBALEVENTID"),
        "source": actor("1"),
        "target": actor("2"),
        "source_country": f("Actor1CountryCode"),
        "target_country": f("Actor2CountryCode"),
        "source_name": f("Actor1Name"),
        "target_name": f("Actor2Name"),
        "quad_class": f"coalesce(try_cast({f('QuadClass')} AS TINYINT), c.quad)",
        "goldstein": f"coalesce(try_cast({f('GoldsteinScale')} AS FLOAT), c.goldstein)",
        "mentions": f"try_cast({f('NumMentions')} AS INTEGER)",
        "sources": f"try_cast({f('NumSources')} AS INTEGER)",
        "articles": f"try_cast({f('NumArticles')} AS INTEGER)",
        "tone": f"try_cast({f('AvgTone')} AS FLOAT)",
        "location": f("ActionGeo_FullName"),
        "url": url,
        "_text": url,
        "citation": f"'GDELT ' || {_lit(layout.title.removeprefix('GDELT '))}",
    }


def _mentions(p: Mapping[str, int]) -> dict[str, str]:
    def f(name: str) -> str:
        return _field(p, name)

    return {
        "_code": "NULL",
        "_date": _DATE8.format(x=f"left({f('MentionTimeDate')}, 8)"),
        "_date_raw": f("MentionTimeDate"),
        "_link": f("GLOBALEVENTID"),
        "event_id": (f"{f('GLOBALEVENTID')} || '-' || left(md5(concat_ws(chr(31), {f('MentionTimeDate')}, "
                     f"{f('MentionIdentifier')}, {f('SentenceID')})), 16)"),
        "tone": f"try_cast({f('MentionDocTone')} AS FLOAT)",
        "url": f("MentionIdentifier"),
        "_text": f("MentionIdentifier"),
        "citation": f("MentionSourceName"),
        "mentions": "1",
        "sources": "1",
        "articles": "1",
    }


def _sector_actor(country: str, sectors: str, name: str) -> str:
    return f"coalesce({country} || coalesce(sector_role({sectors}), ''), organisation_of({name}), '')"


def _dated_actors(f: Callable[[str], str], *, id_col: str, date_col: str, source: tuple[str, str, str],
                  target: tuple[str, str, str]) -> dict[str, str]:
    """The id, date and both actors of a dataset that names countries and sectors; ``source`` and ``target``
    are (name, sectors, country) column names."""
    return {
        "_date": _DATE_ISO.format(x=f(date_col)),
        "_date_raw": f(date_col),
        "_src_country": f"country_of({f(source[2])})",
        "_tgt_country": f"country_of({f(target[2])})",
        "event_id": f(id_col),
        "source": _sector_actor("_src_country", f(source[1]), f(source[0])),
        "target": _sector_actor("_tgt_country", f(target[1]), f(target[0])),
        "source_country": "_src_country",
        "target_country": "_tgt_country",
        "source_name": f(source[0]),
        "target_name": f(target[0]),
        "goldstein": "c.goldstein",
    }


def _icews(p: Mapping[str, int]) -> dict[str, str]:
    def f(name: str) -> str:
        return _field(p, name, na=True)

    place = f"nullif(concat_ws(', ', {f('City')}, {f('Province')}, {f('Country')}), '')"
    return {
        **_dated_actors(f, id_col="Event ID", date_col="Event Date",
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


def _polecat(p: Mapping[str, int]) -> dict[str, str]:
    def f(name: str) -> str:
        return _field(p, name, na=True) if name in p else "NULL"

    event = f"upper({f('Event Type')})"
    mode = f"lower({f('Event Mode')})"
    quad_raw = f("Quad Code")
    quad = (f"coalesce(try_cast({quad_raw} AS TINYINT), CASE lower({quad_raw}) "
            "WHEN 'verbal cooperation' THEN 1 WHEN 'material cooperation' THEN 2 "
            "WHEN 'verbal conflict' THEN 3 WHEN 'material conflict' THEN 4 END, c.quad)")
    return {
        "_plover": event,
        "_pkey": f"{event} || '|' || {mode}",
        **_dated_actors(f, id_col="Event ID", date_col="Event Date",
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


def normalise_sql(layout: Layout, positions: Mapping[str, int], source: str, *, n_fields: int,
                  prov_file: str) -> str:
    """SQL turning ``source`` (a relation with the fields of each line, :func:`raw_columns`, empty fields as ''
    and missing ones NULL, and the line's number ``line``) into event columns, ``_reason`` and ``_link``.
    Only the fields the normalisation uses are referenced, so the reader materialises no others.
    ``positions`` maps each column name to its 0-based field index; every row must have ``n_fields`` fields;
    ``prov_file`` is the input's name as provenance."""
    if layout.name == "gdelt2-mentions":
        m = _mentions(positions)
    elif layout.dataset == "gdelt":
        m = _gdelt_events(positions, layout)
    elif layout.dataset == "icews":
        m = _icews(positions)
    else:
        m = _polecat(positions)
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
        coded = ("SELECT p.*, coalesce(n1.code, n2.code) AS _code FROM pre p "
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
    return f"""
    WITH pre AS (
        SELECT *, ({fields[n - 1]} IS NULL OR {fields[n]} IS NOT NULL) AS _badn, {", ".join(pre)},
            {link} AS _link
        FROM {source}
    ), coded AS (
        {coded}
    ), ev AS (
        SELECT coded.*, c.code AS _known, c.root AS _root,
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
        plover_event, plover_mode, plover_context, track_of(_text, quad_class) AS track, summary,
        mentions, sources, articles, tone, location, url, citation, {_lit(prov_file)} AS prov_file,
        line AS prov_row, _reason, _link
    FROM out
    """


#: extra columns read past a layout's last one, to tell rows with too many fields
EXTRA_FIELDS = 1
#: the reason the SQL gives a row with too few or too many fields (the ingester adds the counts)
WRONG_COUNT = "wrong column count"


def raw_columns(n: int) -> list[str]:
    """Names of the columns the reader gives a layout of ``n`` fields: ``c0..c{n-1}`` then the extras."""
    return [f"c{i}" for i in range(n)] + [f"e{i}" for i in range(EXTRA_FIELDS)]
