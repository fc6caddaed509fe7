"""Seas and waters named after a country are places (events/waters.py): drills there are not aimed
at that country.  Wire-style sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.types import EventMention

pytestmark = pytest.mark.slow

Coder = Callable[[str], list[EventMention]]


def dyads(events: list[EventMention]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo) for e in events}


def parties(events: list[EventMention]) -> set[str | None]:
    return {e.source_code for e in events} | {e.target_code for e in events}


# --- a sea named after a country is a place ---------------------------------------------------


def test_joint_drills_in_a_gulf_named_after_a_country_are_between_the_navies(code: Coder) -> None:
    events = code("Iran and Russia held joint naval drills in the Gulf of Oman on Tuesday.")
    assert "OMN" not in parties(events)
    assert ("IRN", "RUS", "062") in dyads(events)


def test_exercise_in_the_sea_of_a_country_is_not_aimed_at_it(code: Coder) -> None:
    events = code("The Chinese navy conducted live-fire exercises in the Sea of Japan on Monday.")
    assert "JPN" not in parties(events)


def test_lower_case_waters_of_a_country_keep_the_country(code: Coder) -> None:
    events = code("Chinese warships fired missiles into the waters of Japan on Monday.")
    assert "JPN" in {e.target_code for e in events}
