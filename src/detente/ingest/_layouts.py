"""The native layouts of the machine-coded event datasets, and how a file is matched to one.

Every layout is tab-separated without quoting. GDELT files have no header and are told apart by their column
count; ICEWS and POLECAT files start with a header row whose names are checked.

| layout | dataset | columns | header |
|---|---|---|---|
| ``gdelt1-backfile`` | gdelt | 57 (GDELT 1.0 historical back-files, 1979 – March 2013) | no |
| ``gdelt1-daily`` | gdelt | 58 (GDELT 1.0 daily files since April 2013: adds SOURCEURL) | no |
| ``gdelt2-export`` | gdelt | 61 (GDELT 2.0 15-minute exports: adds the ADM2 codes) | no |
| ``gdelt2-mentions`` | gdelt | 16 (GDELT 2.0 Mentions, linked to events by GLOBALEVENTID) | no |
| ``icews`` | icews | 20 (ICEWS coded event data, Dataverse) | yes |
| ``polecat`` | polecat | the POLECAT weekly/yearly files (PLOVER coding) | yes |
"""

from __future__ import annotations

from dataclasses import dataclass

from detente.errors import FormatError

__all__ = ["DATASETS", "LAYOUTS", "Layout", "detect_layout", "layouts_for"]

_GDELT_ACTOR = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
    "Type1Code", "Type2Code", "Type3Code",
)
_GDELT_HEAD = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _GDELT_ACTOR),
    *(f"Actor2{c}" for c in _GDELT_ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
)


def _geo(prefix: str, *, adm2: bool) -> tuple[str, ...]:
    head = (f"{prefix}_Type", f"{prefix}_FullName", f"{prefix}_CountryCode", f"{prefix}_ADM1Code")
    tail = (f"{prefix}_Lat", f"{prefix}_Long", f"{prefix}_FeatureID")
    return head + ((f"{prefix}_ADM2Code",) if adm2 else ()) + tail


def _gdelt_columns(*, adm2: bool, url: bool) -> tuple[str, ...]:
    geo = tuple(c for p in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in _geo(p, adm2=adm2))
    return (*_GDELT_HEAD, *geo, "DATEADDED", *(("SOURCEURL",) if url else ()))


GDELT1_BACKFILE = _gdelt_columns(adm2=False, url=False)
GDELT1_DAILY = _gdelt_columns(adm2=False, url=True)
GDELT2_EXPORT = _gdelt_columns(adm2=True, url=True)
GDELT2_MENTIONS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText",
    "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)
ICEWS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
)
POLECAT = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts", "Actor Name",
    "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw",
    "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
    "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type",
    "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language", "Version",
)
#: POLECAT columns the normaliser needs; releases differ in the rest (one names "Event Intensity")
POLECAT_REQUIRED = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Contexts", "Actor Name", "Actor Country",
    "Primary Actor Sector", "Recipient Name", "Recipient Country", "Primary Recipient Sector",
)


@dataclass(frozen=True, slots=True)
class Layout:
    """One native file layout: its name, dataset, column names (in file order) and whether it has a header."""

    name: str
    dataset: str
    title: str
    columns: tuple[str, ...]
    header: bool
    required: tuple[str, ...] = ()  # header layouts: names that must be present (others may vary by release)
    reading: tuple[str, ...] = ()  # the columns the normalisation reads, when not all of them

    @property
    def reads(self) -> tuple[str, ...]:
        """The columns the normalisation reads (a header may not name one of these twice)."""
        return self.reading or self.columns

    @property
    def n(self) -> int:
        return len(self.columns)

    @property
    def first_row_line(self) -> int:
        """The physical line number of the first data row (1, or 2 after a header)."""
        return 2 if self.header else 1

    def describe(self) -> str:
        head = "with a header" if self.header else "no header"
        return f"{self.title} ({self.n} tab-separated columns, {head})"


LAYOUTS: tuple[Layout, ...] = (
    Layout("gdelt1-backfile", "gdelt", "GDELT 1.0 back-file", GDELT1_BACKFILE, header=False),
    Layout("gdelt1-daily", "gdelt", "GDELT 1.0 daily", GDELT1_DAILY, header=False),
    Layout("gdelt2-export", "gdelt", "GDELT 2.0 export", GDELT2_EXPORT, header=False),
    Layout("gdelt2-mentions", "gdelt", "GDELT 2.0 Mentions", GDELT2_MENTIONS, header=False),
    Layout("icews", "icews", "ICEWS", ICEWS, header=True, required=ICEWS),
    Layout("polecat", "polecat", "POLECAT", POLECAT, header=True, required=POLECAT_REQUIRED,
           reading=(*POLECAT_REQUIRED, "Quad Code", "Placename", "Source")),
)
DATASETS: tuple[str, ...] = ("gdelt", "icews", "polecat")
#: a native file of each dataset, as error messages show it
EXAMPLES: dict[str, str] = {
    "gdelt": "20180612.export.CSV.zip",
    "icews": "events.2018.20200427.tab",
    "polecat": "<a weekly or yearly POLECAT .tab file from Harvard Dataverse>",
}


def layouts_for(dataset: str) -> tuple[Layout, ...]:
    """The layouts a dataset's files may have."""
    return tuple(layout for layout in LAYOUTS if layout.dataset == dataset)


def _normal(name: str) -> str:
    return " ".join(name.replace("_", " ").split()).lower()


def detect_layout(first_line: str, dataset: str, *, where: str) -> Layout:
    """The layout of a file of ``dataset`` whose first line is ``first_line``; raises :class:`FormatError`.

    GDELT layouts are told apart by their column count; ICEWS and POLECAT by their header row.
    """
    candidates = layouts_for(dataset)
    if not candidates:
        raise FormatError(f"{dataset!r} is not a dataset detente ingests; use one of {', '.join(DATASETS)}")
    fields = first_line.rstrip("\r\n").split("\t")
    names = {_normal(f) for f in fields} if any(layout.header for layout in candidates) else set()
    for layout in candidates:
        if layout.header:
            if all(_normal(c) in names for c in layout.required) and (
                layout.dataset != "icews" or len(fields) == layout.n
            ):
                return layout
        elif len(fields) == layout.n:
            return layout
    example = f"e.g. 'detente ingest {dataset} {EXAMPLES[dataset]}'"
    headed = [layout for layout in candidates if layout.header]
    if headed and len(fields) > 1:  # a header that names the wrong columns: say which are missing
        layout = headed[0]
        missing = [c for c in layout.required if _normal(c) not in names]
        if missing:
            shown = ", ".join(repr(c) for c in missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3
                                                                else "")
            raise FormatError(f"{where}: the first line is not the {layout.title} header: it lacks {shown}; pass the "
                              f"dataset's native files ({example})")
        raise FormatError(f"{where}: the first line has {len(fields)} tab-separated columns; the {layout.title} "
                          f"header has {layout.n}; pass the dataset's native files ({example})")
    tried = "; ".join(layout.describe() for layout in candidates)
    found = f"{len(fields)} tab-separated column{'s' if len(fields) != 1 else ''}"
    if len(fields) == 1 and "," in first_line:
        found += f" ({first_line.count(',') + 1} if split on commas: a re-exported CSV, not the native layout)"
    raise FormatError(
        f"{where}: {found} in the first line match no {dataset} layout; tried {tried}. "
        f"Pass the dataset's native files ({example})"
    )
