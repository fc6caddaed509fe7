"""An agreement noun inside a pledged or urged act is not a signing (events/pledged_objects.py),
on real parses of sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

MEETING = "Chinese and Vietnamese leaders met in Hanoi on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        MEETING + "Vietnam pledged to implement the two countries' border treaty.",
        MEETING + "Hanoi vowed to uphold the two sides' fishing agreement.",
        MEETING + "Beijing urged Hanoi to respect the two countries' border treaty.",
    ],
)
def test_no_signing_inside_the_complement(code, text) -> None:
    events = [e for e in code(text) if e.sentence_index == 1]
    assert events  # the pledge or appeal itself is still coded
    assert not any(e.cameo == "057" for e in events)


def test_a_signing_is_still_a_signing(code) -> None:
    rows = {
        (e.source_code, e.target_code, e.cameo)
        for e in code("China and Vietnam signed a border treaty.")
    }
    assert ("CHN", "VNM", "057") in rows
