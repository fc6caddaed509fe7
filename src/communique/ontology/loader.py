"""Read the packaged ontology data files (``data/cameo.tsv``, ``data/plover.tsv``).

The tables are data, not code, so that a reviewer can diff a Goldstein value or a PLOVER
mapping without reading Python, and so that a new ontology version is a data change.  Parsing
is strict: a malformed row is a packaging bug, and it is reported with file and line rather
than silently skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from communique.errors import DictionaryError
from communique.ontology.model import CameoCode, Ontology, PloverMode, PloverType

_CAMEO_FILE = "cameo.tsv"
_PLOVER_FILE = "plover.tsv"
_VERSION_RE = re.compile(r"^# communique (?:cameo|plover) ontology (v\d+)\b")
_CAMEO_COLUMNS = (
    "code", "root", "level", "name", "goldstein", "quad_class", "plover", "plover_mode",
    "plover_context", "goldstein_source", "name_source", "plover_source",
)  # fmt: skip
_PLOVER_COLUMNS = (
    "kind",
    "event",
    "mode",
    "quad_class",
    "requires_recipient",
    "score",
    "replaced_by",
)
_LEVELS = {2: "root", 3: "secondary", 4: "tertiary"}


def _read_text(name: str) -> str:
    """The text of a packaged data file (works from a wheel, a zip or an editable install)."""
    return resources.files("communique.ontology").joinpath("data", name).read_text("utf-8")


def parse_table(
    text: str, name: str, columns: tuple[str, ...]
) -> tuple[str, Iterator[tuple[int, dict[str, str]]]]:
    """Split a tab-separated table into its version and ``(line number, row)`` pairs.

    The first line must carry the version (``# communique ... ontology v1``); further ``#``
    lines are provenance comments; the first other line is the header and must match
    ``columns`` exactly, so a column added in one place and not the other fails loudly.
    """
    lines = text.splitlines()
    match = _VERSION_RE.match(lines[0]) if lines else None
    if match is None:
        raise DictionaryError(f"{name}:1: first line must be '# communique ... ontology vN'")
    body = [(n, line) for n, line in enumerate(lines, 1) if line and not line.startswith("#")]
    if not body or tuple(body[0][1].split("\t")) != columns:
        raise DictionaryError(f"{name}: header must be the columns {', '.join(columns)}")

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        for number, line in body[1:]:
            cells = line.split("\t")
            if len(cells) != len(columns):
                raise DictionaryError(
                    f"{name}:{number}: expected {len(columns)} fields, found {len(cells)}"
                )
            yield number, dict(zip(columns, cells, strict=True))

    return match.group(1), rows()


def cameo_entry(row: dict[str, str], where: str) -> CameoCode:
    """One ``cameo.tsv`` row as a ``CameoCode``, checking the invariants the lookups rely on."""
    code = row["code"]
    if not code.isdigit() or _LEVELS.get(len(code)) != row["level"] or code[:2] != row["root"]:
        raise DictionaryError(f"{where}: inconsistent code/root/level {code!r}")
    try:
        goldstein = float(row["goldstein"])
        quad = int(row["quad_class"])
    except ValueError as exc:
        raise DictionaryError(f"{where}: {code}: bad number ({exc})") from None
    if not -10.0 <= goldstein <= 10.0 or quad not in (1, 2, 3, 4):
        raise DictionaryError(f"{where}: {code}: Goldstein or QuadClass out of range")
    context = tuple(part for part in row["plover_context"].split(";") if part)
    return CameoCode(
        code=code,
        root=row["root"],
        level=row["level"],
        name=row["name"],
        goldstein=goldstein,
        quad_class=quad,
        plover=row["plover"] or None,
        plover_mode=row["plover_mode"] or None,
        plover_context=context,
        goldstein_source=row["goldstein_source"],
        name_source=row["name_source"],
        plover_source=row["plover_source"],
    )


def _plover_tables(
    text: str,
) -> tuple[str, dict[str, PloverType], dict[tuple[str, str], PloverMode], dict[str, str]]:
    """Types, modes and legacy names from ``plover.tsv`` (one table, a ``kind`` column)."""
    version, rows = parse_table(text, _PLOVER_FILE, _PLOVER_COLUMNS)
    types: dict[str, PloverType] = {}
    modes: dict[tuple[str, str], PloverMode] = {}
    legacy: dict[str, str] = {}
    for number, row in rows:
        where = f"{_PLOVER_FILE}:{number}"
        try:
            if row["kind"] == "type":
                types[row["event"]] = PloverType(
                    name=row["event"],
                    quad_class=int(row["quad_class"]),
                    requires_recipient=row["requires_recipient"] == "yes",
                    score=float(row["score"]),
                )
            elif row["kind"] == "mode":
                score = float(row["score"]) if row["score"] else None
                modes[(row["event"], row["mode"])] = PloverMode(row["event"], row["mode"], score)
            elif row["kind"] == "legacy":
                legacy[row["event"]] = row["replaced_by"]
            else:
                raise DictionaryError(f"{where}: unknown kind {row['kind']!r}")
        except ValueError as exc:
            raise DictionaryError(f"{where}: bad number ({exc})") from None
    dangling = [m for m in modes if m[0] not in types] + [
        n for n, new in legacy.items() if new not in types
    ]
    if dangling:
        raise DictionaryError(f"{_PLOVER_FILE}: rows refer to unknown types: {dangling}")
    return version, types, modes, legacy


def build_ontology(cameo_text: str, plover_text: str) -> Ontology:
    """Build an ``Ontology`` from the two tables' text (separate from I/O so tests can use it)."""
    version, rows = parse_table(cameo_text, _CAMEO_FILE, _CAMEO_COLUMNS)
    entries: dict[str, CameoCode] = {}
    for number, row in rows:
        where = f"{_CAMEO_FILE}:{number}"
        if row["code"] in entries:
            raise DictionaryError(f"{where}: duplicate code {row['code']!r}")
        entries[row["code"]] = cameo_entry(row, where)
    plover_version, types, modes, legacy = _plover_tables(plover_text)
    if plover_version != version:
        raise DictionaryError(f"{_CAMEO_FILE} is {version} but {_PLOVER_FILE} is {plover_version}")
    orphans = [e.code for e in entries.values() if e.root not in entries]
    unknown = [e.code for e in entries.values() if e.plover and e.plover not in types]
    if orphans or unknown:
        raise DictionaryError(
            f"{_CAMEO_FILE}: codes without a root {orphans}, unknown PLOVER types {unknown}"
        )
    return Ontology(version, entries, types, modes, legacy)


@cache
def load_ontology() -> Ontology:
    """The packaged ontology.  Cached: it is immutable and the same for the whole process."""
    return build_ontology(_read_text(_CAMEO_FILE), _read_text(_PLOVER_FILE))


def normalise_plover(name: str) -> str:
    """PLOVER 2.0 name for ``name`` (any case; DEMAND, DISAPPROVE, INVESTIGATE, FIGHT mapped)."""
    return load_ontology().normalise_plover(name)


def describe(code: str) -> str:
    """``"036 Express intent to meet or negotiate"`` from the packaged ontology."""
    return load_ontology().describe(code)
