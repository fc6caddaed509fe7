"""A warning to the warner's own people is aimed at the party it warns about
(events/warned_parties.py), on real parses of sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _rows(code, text: str) -> set[tuple[str, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo[:2]) for e in code(text)}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Somali government warned its people about the rebels.", "SOMGOV", "REB"),
        ("The Nigerian army warned its soldiers about Boko Haram.", "NGAMIL", "NGAREB"),
    ],
)
def test_own_people_are_the_audience_not_the_target(code, text, source, target) -> None:
    rows = _rows(code, text)
    assert (source, target, "13") in rows
    assert not any(t == "CVL" for _, t, _ in rows)


def test_another_countrys_civilians_stay_the_target(code) -> None:
    rows = _rows(code, "Israel warned Lebanese civilians about Hezbollah.")
    assert ("ISR", "LBNCVL", "13") in rows
