"""A welcome given to a proposal is approval (051), one given to a guest is hosting (043)
(events/welcomes.py), on real parses of sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _rows(code, text: str) -> set[tuple[str, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo) for e in code(text)}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("France gave a cautious welcome to Iran's proposal on Tuesday.", "FRA", "IRN"),
        ("Germany extended a warm welcome to the Chinese peace plan.", "DEU", "CHN"),
        ("Brazil gave a guarded welcome to Argentina's decision.", "BRA", "ARG"),
    ],
)
def test_welcome_to_a_thing_is_approval_of_its_owner(code, text, source, target) -> None:
    rows = _rows(code, text)
    assert (source, target, "051") in rows
    assert not any(c in {"043", "042"} for _, _, c in rows)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Japan gave a warm welcome to the Indian delegation.", "JPN", "INDGOV"),
        ("Britain gave a warm welcome to the visitors from Kenya.", "GBR", "KEN"),
    ],
)
def test_welcome_to_guests_stays_hosting(code, text, source, target) -> None:
    assert (source, target, "043") in _rows(code, text)
