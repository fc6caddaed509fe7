"""Cross-check the packaged tables against the team's copies of the published source tables.

These run only where ``/work/shared/ontology`` exists (the development machine); the source
tables are not shipped with communique.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from communique.ontology import Ontology, load_ontology

SOURCES = Path("/work/shared/ontology")
pytestmark = pytest.mark.skipif(not SOURCES.is_dir(), reason="source tables not available")


def read(name: str) -> list[dict[str, str]]:
    with (SOURCES / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology()


def test_code_set_is_exactly_cameo_1_1b3(onto: Ontology) -> None:
    source = {row["code"] for row in read("cameo_event_codes.tsv")}
    assert {c.code for c in onto.codes()} == source


def test_goldstein_uses_gdelt_then_icews(onto: Ontology) -> None:
    for row in read("cameo_goldstein.tsv"):
        code = row["code"]
        if not onto.is_cameo(code):  # Phoenix-only 0.5b1 codes such as 0110, 109, 1641
            assert not row["goldstein_gdelt"] and not row["goldstein_icews"], code
            continue
        if row["goldstein_gdelt"]:
            assert onto.goldstein(code) == float(row["goldstein_gdelt"]), code
        elif row["goldstein_icews"]:
            assert onto.goldstein(code) == float(row["goldstein_icews"]), code


def test_plover_mapping_matches_cameo2plover(onto: Ontology) -> None:
    for row in read("cameo_to_plover.tsv"):
        if row["row_type"] != "code":
            continue
        code = row["cameo_code"]
        expected = (row["plover_event"], row["plover_mode"] or None)
        if onto.cameo(code).plover_source != "plover2_manual":  # see test_plover2_manual.py
            assert onto.plover(code) == expected, code
        contexts = tuple(p.strip() for p in row["plover_context"].split(";") if p.strip())
        assert onto.cameo(code).plover_context == contexts, code


def test_plover_scores_match_manual_except_accuse_sign(onto: Ontology) -> None:
    for row in read("plover_scores.tsv"):
        if not row["plover_score"]:
            continue
        published = float(row["plover_score"])
        ours = onto.plover_score(row["event"], row["mode"] or None)
        if row["event"] == "ACCUSE" and not row["mode"]:
            assert ours == -published
        else:
            assert ours == published, row["category_mode"]


def test_quad_class_is_icews_split_not_gdelt_header(onto: Ontology) -> None:
    names = {"verbal cooperation": 1, "material cooperation": 2}
    names |= {"verbal conflict": 3, "material conflict": 4}
    differs_from_gdelt = set()
    for row in read("cameo_quadclass.tsv"):
        root = row["root_code"]
        assert onto.quad_class(root) == names[row["quad_category_icews_pkg"]], root
        if onto.quad_class(root) != int(row["quadclass_gdelt"]):
            differs_from_gdelt.add(root)
    assert differs_from_gdelt == {"09", "14"}


def test_plover_type_facts_match_manual(onto: Ontology) -> None:
    quads = {"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2}
    quads |= {"VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4}
    for row in read("plover_event_types.tsv"):
        kind = onto.plover_type(row["event"])
        assert kind.quad_class == quads[row["quad_category"]], row["event"]
        assert kind.requires_recipient == (row["requires_recipient"] == "Yes"), row["event"]
