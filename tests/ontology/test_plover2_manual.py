"""Rows where the PLOVER 2.0 manual, not the 2021 draft mapping, gives the PLOVER type or mode.

The draft table (CAMEO2PLOVER-2021) predates the 2.0 manual; where a 2.0 type or mode
definition names the act itself, the manual wins.  These tests pin the exceptions so that the
list cannot grow silently: each one is marked in the table and explained in the docs.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from communique.ontology import Ontology, load_ontology

DOCS = Path(__file__).resolve().parents[2] / "docs" / "conventions.md"
SOURCES = Path("/work/shared/ontology/cameo_to_plover.tsv")

OVERRIDES = {
    "0813": ("CONCEDE", None),  # CONCEDE: "removing curfews"
    "0814": ("CONCEDE", None),  # CONCEDE: easing legal restrictions (emergency, martial law)
    "163": ("SANCTION", "discontinue"),  # discontinue: "International ... sanctions"
    "1712": ("ASSAULT", "destroy"),  # destroy: "Intentional destruction of property"
}


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology()


@pytest.mark.parametrize(("code", "expected"), sorted(OVERRIDES.items()))
def test_override_gives_the_manuals_type_and_mode(
    onto: Ontology, code: str, expected: tuple[str, str | None]
) -> None:
    assert onto.plover(code) == expected
    assert onto.cameo(code).plover_source == "plover2_manual"


def test_only_the_listed_rows_are_marked(onto: Ontology) -> None:
    marked = {c.code for c in onto.codes() if c.plover_source == "plover2_manual"}
    assert marked == set(OVERRIDES)


def test_override_modes_are_modes_of_their_type(onto: Ontology) -> None:
    for code, (kind, mode) in OVERRIDES.items():
        if mode is not None:
            assert (kind, mode) in onto.plover_modes, code
        assert onto.plover_type(kind).name == kind


def test_siblings_keep_the_draft_mapping(onto: Ontology) -> None:
    """Only the named acts move: lifting economic sanctions (085) stays RETREAT, other
    reductions of relations stay SANCTION, and seizing property (1711) stays COERCE."""
    assert onto.plover("085")[0] == "RETREAT"
    assert onto.plover("0811")[0] == "CONCEDE"
    assert onto.plover("162")[0] == "SANCTION"
    assert onto.plover("1711")[0] == "COERCE"
    assert onto.plover("1723")[0] == "COERCE"  # imposing a curfew is still coercion


def test_each_override_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("### Where the PLOVER 2.0 manual wins", 1)
    assert len(section) == 2, "docs/conventions.md lacks the override section"
    for code in OVERRIDES:
        assert f"| {code} " in section[1], code


@pytest.mark.skipif(not SOURCES.is_file(), reason="source tables not available")
def test_overrides_are_exactly_where_the_draft_differs(onto: Ontology) -> None:
    with SOURCES.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if r["row_type"] == "code"]
    differs = {
        r["cameo_code"]
        for r in rows
        if onto.plover(r["cameo_code"]) != (r["plover_event"], r["plover_mode"] or None)
    }
    assert differs == set(OVERRIDES)
