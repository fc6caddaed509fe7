from __future__ import annotations

from pathlib import Path

import pytest

from communique.eval.codebook import Codebook
from communique.eval.dictionaries import validation_suite


def test_packaged_ontology_supplies_codes_and_plover_names() -> None:
    book = Codebook.from_ontology()
    assert book.is_cameo("042") and book.is_cameo("0251")
    assert not book.is_cameo("174L") and not book.is_cameo("345") and not book.is_cameo("")
    assert book.normalise_plover("DEMAND") == "REQUEST"
    assert book.normalise_plover("FIGHT") == "ASSAULT"
    assert book.system_plover("not-a-type") == "NOT-A-TYPE"  # no crash on odd coder output


@pytest.mark.parametrize(
    ("name", "suite"),
    [
        ("universalpetrarch_unittest_records_ud.jsonl", "universalpetrarch"),
        ("petrarch2_unittest_records.jsonl", "petrarch2"),
        ("universalpetrarch_petr2_gsr_validation.jsonl", None),  # real actors
        ("plover_gsr_cameo_manual.jsonl", None),
        ("sample.gold.jsonl", None),
    ],
)
def test_validation_dictionaries_follow_the_file_name(name: str, suite: str | None) -> None:
    assert validation_suite(Path("/any/dir") / name) == suite
