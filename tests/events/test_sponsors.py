"""A vote against or veto of a text aims at whoever put it forward (events/sponsors.py), on
real parses of sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _last(code, text: str) -> set[tuple[str, str | None, str]]:
    events = code(text)
    last = max(e.sentence_index for e in events)
    return {(e.source_code, e.target_code, e.cameo[:2]) for e in events if e.sentence_index == last}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States circulated a draft resolution condemning the coup. "
            "Russia and China voted against the draft.",
            {("RUS", "USA", "12"), ("CHN", "USA", "12")},
        ),
        (
            "France tabled a resolution on Syria at the Security Council. "
            "Russia vetoed the resolution.",
            {("RUS", "FRA", "12")},
        ),
        (
            "Japan drafted a resolution on North Korea. China voted against the draft.",
            {("CHN", "JPN", "12")},
        ),
        (
            "Mexico and Ireland submitted a motion on Haiti on Monday. Brazil rejected the motion.",
            {("BRA", "MEX", "12"), ("BRA", "IRL", "12")},
        ),
    ],
)
def test_rejection_of_a_text_aims_at_its_sponsors(code, text, expected) -> None:
    assert expected <= _last(code, text)


def test_the_story_moving_on_forgets_the_sponsor(code) -> None:
    text = (
        "Japan drafted a resolution on North Korea. Kenya hosted talks on Sudan on Monday. "
        "Egyptian troops held drills near Libya. Turkey shelled Syrian Kurdish towns. "
        "Peru imposed a curfew. China voted against the draft."
    )
    assert not any(t == "JPN" for _, t, _ in _last(code, text))


def test_a_text_that_names_its_own_author_is_left_alone(code) -> None:
    text = "Japan drafted a resolution on North Korea. China voted against Britain's draft."
    assert not any(t == "JPN" for _, t, _ in _last(code, text))
