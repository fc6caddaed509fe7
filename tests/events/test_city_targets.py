"""Cities whose name ends in "City" are targets like any other place (actors/data/places.tsv,
metonyms.tsv), on real parses of sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Israeli jets struck Gaza City on Tuesday.", "PSEGZA"),
        ("Rebels attacked Zamboanga City overnight.", "PHL"),
        ("Iraqi forces shelled Kuwait City.", "KWTGOV"),
        ("Gunmen attacked a police station in Ho Chi Minh City.", "VNM"),
    ],
)
def test_city_names_give_the_target(code, text, target) -> None:
    assert target in {e.target_code for e in code(text) if e.cameo_root in {"18", "19"}}


def test_a_city_after_in_is_only_a_location(code) -> None:
    events = code("Protesters marched in Gaza City.")
    assert events and all(e.target_code is None for e in events)
