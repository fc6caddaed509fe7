"""Integrity checks for ``actors/data/places.tsv``, the gazetteer of non-capital places.

The table is read with ``csv`` directly (no loader reads it yet), so a broken row is reported
as a data error with its line number.  What these tests pin down:

* framing: version comment, header ``name code kind note``, four tab-separated fields a row;
* every code is a code of ``countries.tsv`` (a country or a territory with its own code);
* names are unique ignoring case and never shadow a name the actor tables already give a
  meaning to (country names, adjectives, demonyms and capitals, metonyms, organisations):
  a place row must only add names, never change how an existing one resolves;
* spelling variants agree with the row they are a variant of;
* disputed or cross-border names stay out, and a few facts we are sure of hold.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).resolve().parents[2] / "src" / "communique" / "actors" / "data"
PLACES = DATA_DIR / "places.tsv"

HEADER = ["name", "code", "kind", "note"]
KINDS = {"city", "region", "island", "base", "facility", "sea"}
VERSION_LINE = re.compile(r"^# communique actors places v1 \((\d{4}-\d{2}-\d{2})\)$")
# "variant spelling of Odesa", "Russian spelling of Kharkiv", "former name of Mumbai".
VARIANT_NOTE = re.compile(r"\b(?:spelling|name) of (?:the )?(.+)$")


def _comment_free(path: Path) -> list[str]:
    """Lines of a table without its ``#`` documentation lines (header row first)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if not line.startswith("#")]


def _table(name: str) -> list[dict[str, str]]:
    reader = csv.DictReader(_comment_free(DATA_DIR / name), delimiter="\t", quoting=csv.QUOTE_NONE)
    return list(reader)


@pytest.fixture(scope="module")
def raw_lines() -> list[str]:
    return PLACES.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def places(raw_lines: list[str]) -> list[dict[str, str]]:
    """Rows with their line number, asserting the framing on the way."""
    index = 0
    while raw_lines[index].startswith("#"):
        index += 1
    assert raw_lines[index].split("\t") == HEADER, f"header is not {HEADER}"
    rows = []
    for lineno, line in enumerate(raw_lines[index + 1 :], start=index + 2):
        fields = line.split("\t")
        assert len(fields) == len(HEADER), f"places.tsv:{lineno}: {len(fields)} fields"
        row = dict(zip(HEADER, fields, strict=True))
        row["_line"] = f"places.tsv:{lineno}"
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def by_name(places: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {row["name"].lower(): row for row in places}


@pytest.fixture(scope="module")
def country_codes() -> set[str]:
    return {row["code"] for row in _table("countries.tsv")}


@pytest.fixture(scope="module")
def names_already_taken() -> dict[str, str]:
    """Every name another actor table gives a meaning to, lower-cased, with where it is from."""
    taken: dict[str, str] = {}
    for row in _table("countries.tsv"):
        for column in ("names", "adjectives", "demonyms", "capitals", "weak"):
            for name in filter(None, (row.get(column) or "").split("|")):
                taken[name.lower()] = f"countries.tsv {column} of {row['code']}"
    for row in _table("metonyms.tsv"):
        taken[row["name"].lower()] = f"metonyms.tsv ({row['code']})"
    for row in _table("organisations.tsv"):
        for name in filter(None, row["names"].split("|")):
            taken[name.lower()] = f"organisations.tsv {row['entity_id']}"
    return taken


# --------------------------------------------------------------------------- framing


def test_first_line_names_the_table_and_version(raw_lines: list[str]) -> None:
    assert VERSION_LINE.match(raw_lines[0]), raw_lines[0]


def test_comment_block_documents_the_kinds(raw_lines: list[str]) -> None:
    comments = [line for line in raw_lines if line.startswith("#")]
    assert len(comments) >= 2
    assert any(all(kind in line for kind in KINDS) for line in comments)


def test_no_blank_or_padded_fields(places: list[dict[str, str]]) -> None:
    bad = [
        f"{row['_line']}: {column}={row[column]!r}"
        for row in places
        for column in HEADER
        if not row[column] or row[column] != row[column].strip() or "  " in row[column]
    ]
    assert not bad, bad


def test_table_is_a_real_gazetteer(places: list[dict[str, str]]) -> None:
    assert len(places) >= 600
    assert len({row["code"] for row in places}) >= 50


# --------------------------------------------------------------------------- columns


def test_every_code_is_a_country_code(
    places: list[dict[str, str]], country_codes: set[str]
) -> None:
    bad = [f"{row['_line']}: {row['code']}" for row in places if row["code"] not in country_codes]
    assert not bad, bad


def test_every_kind_is_allowed(places: list[dict[str, str]]) -> None:
    bad = [f"{row['_line']}: {row['kind']}" for row in places if row["kind"] not in KINDS]
    assert not bad, bad


def test_names_look_like_proper_names(places: list[dict[str, str]]) -> None:
    """A lower-case first word would never match running text (first words are case-sensitive)
    except the Arabic article, which wire copy writes in lower case (al-Hol, al-Mawasi)."""
    bad = [
        f"{row['_line']}: {row['name']}"
        for row in places
        if not (row["name"][0].isupper() or row["name"].startswith("al-"))
    ]
    assert not bad, bad


def test_notes_are_short_phrases(places: list[dict[str, str]]) -> None:
    bad = [f"{row['_line']}: {row['note']}" for row in places if len(row["note"]) > 90]
    assert not bad, bad


# --------------------------------------------------------------------------- names


def test_names_are_unique_ignoring_case(places: list[dict[str, str]]) -> None:
    counts = Counter(row["name"].lower() for row in places)
    assert not [name for name, n in counts.items() if n > 1]


def test_no_name_shadows_another_actor_table(
    places: list[dict[str, str]], names_already_taken: dict[str, str]
) -> None:
    """The one exception: a capital that countries.tsv lists for a territory with no seat of
    government in metonyms.tsv (Gaza City) only feeds location context there, so a place row
    with the same territory code gives it its only mention reading."""
    clashes = [
        f"{row['_line']}: {row['name']} is already in {where}"
        for row in places
        if (where := names_already_taken.get(row["name"].lower()))
        and where != f"countries.tsv capitals of {row['code']}"
    ]
    assert not clashes, clashes


def test_spelling_variants_agree_with_their_main_row(
    places: list[dict[str, str]], by_name: dict[str, dict[str, str]]
) -> None:
    linked = 0
    disagreements = []
    for row in places:
        match = VARIANT_NOTE.search(row["note"])
        if not match or match.group(1).lower() not in by_name:
            continue
        main = by_name[match.group(1).lower()]
        linked += 1
        if main["code"] != row["code"]:
            disagreements.append(f"{row['_line']}: {row['name']} vs {main['name']}")
    assert not disagreements, disagreements
    assert linked >= 50  # variants are written against a main row, so this check has teeth


def test_variant_spelling_notes_point_at_a_row(
    places: list[dict[str, str]], by_name: dict[str, dict[str, str]]
) -> None:
    dangling = [
        f"{row['_line']}: {row['note']}"
        for row in places
        if row["note"].startswith("variant spelling of ")
        and row["note"].removeprefix("variant spelling of ").lower() not in by_name
    ]
    assert not dangling, dangling


@pytest.mark.parametrize(
    "name",
    [
        # Disputed features with no settled administrator.
        "Spratly Islands",
        "Spratlys",
        "Scarborough Shoal",
        "Second Thomas Shoal",
        "Paracel Islands",
        "Kashmir",
        "Abyei",
        "Shebaa Farms",
        # Places, or names, in more than one country.
        "Georgia",
        "Punjab",
        "Macedonia",
        "Santiago",
        "Hyderabad",
        "Panmunjom",
        "Taiwan Strait",
        "Strait of Hormuz",
        # Common English words and personal names.
        "Victoria",
        "Hamilton",
        "Nice",
        "Batman",
        "Van",
        "Austin",
    ],
)
def test_ambiguous_names_are_left_out(name: str, by_name: dict[str, dict[str, str]]) -> None:
    assert name.lower() not in by_name


# --------------------------------------------------------------------------- facts


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kharkiv", "UKR"),
        ("Kharkov", "UKR"),
        ("Odesa", "UKR"),
        ("Crimea", "UKR"),
        ("Sevastopol", "UKR"),
        ("Kursk", "RUS"),
        ("Belgorod", "RUS"),
        ("Busan", "KOR"),
        ("Yeonpyeong", "KOR"),
        ("Yongbyon", "PRK"),
        ("Kinmen", "TWN"),
        ("Senkaku Islands", "JPN"),
        ("Golan Heights", "SYR"),
        ("Idlib", "SYR"),
        ("Rafah", "PSEGZA"),
        ("Khan Younis", "PSEGZA"),
        ("Gaza City", "PSEGZA"),
        ("Zamboanga City", "PHL"),
        ("Jenin", "PSEWSB"),
        ("Natanz", "IRN"),
        ("Fordow", "IRN"),
        ("Nagorno-Karabakh", "AZE"),
        ("Darfur", "SDN"),
        ("Tigray", "ETH"),
        ("Goma", "COD"),
        ("Xinjiang", "CHN"),
        ("Tibet", "CHN"),
        ("Kurdistan Region", "IRQ"),
        ("Sinai", "EGY"),
        ("Ramstein", "DEU"),
        ("Al Udeid", "QAT"),
    ],
)
def test_known_places(name: str, code: str, by_name: dict[str, dict[str, str]]) -> None:
    assert by_name[name.lower()]["code"] == code


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Natanz", "facility"),
        ("Kinmen", "island"),
        ("Donbas", "region"),
        ("Kadena", "base"),
        ("Bosphorus", "sea"),
        ("Mariupol", "city"),
    ],
)
def test_known_kinds(name: str, kind: str, by_name: dict[str, dict[str, str]]) -> None:
    assert by_name[name.lower()]["kind"] == kind
