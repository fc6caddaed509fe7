"""Attending the same summit is no meeting between those present (events/attendance.py), on
real parses of sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of India and Pakistan attended the regional summit.",
        "Putin and Xi attended the BRICS summit in Kazan.",
        "Kenyan and Somali officials attended a conference on refugees.",
    ],
)
def test_joint_attendance_of_a_gathering_is_no_meeting(code, text) -> None:
    assert not [e for e in code(text) if e.cameo.startswith("04")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Putin attended a summit with Xi in Beijing.", ("RUSGOV", "CHNGOV")),
        ("India and Pakistan attended talks in Geneva.", ("IND", "PAK")),
    ],
)
def test_a_named_counterpart_or_talks_still_make_a_meeting(code, text, pair) -> None:
    rows = {(e.source_code, e.target_code) for e in code(text) if e.cameo.startswith("04")}
    assert pair in rows
