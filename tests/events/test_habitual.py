"""Habits, tallies and standing states carry no day of their own (events/habitual.py), while a
repeated act in the past or a tally since a recent day keeps its date.  Wire-style sentences we
wrote ourselves; they run the real parse."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import show

from communique.types import EventMention

pytestmark = pytest.mark.slow

Coder = Callable[[str], list[EventMention]]


# --- a tally of many acts on a perfect is background, not today's act --------------------------


def test_a_count_of_wars_fought_carries_no_day(code: Coder) -> None:
    events = code("Armenia and Azerbaijan have fought two wars over the disputed enclave.")
    wars = [e for e in events if e.cameo.startswith("19")]
    assert wars, "the relation itself is still coded"
    assert all(e.date is None and e.date_basis == "none" for e in wars)


def test_a_tally_since_a_year_carries_no_day(code: Coder) -> None:
    events = code("Israel has carried out hundreds of air strikes in Syria since 2012.")
    strikes = [e for e in events if e.cameo.startswith("19")]
    assert strikes and all(e.date is None for e in strikes)


def test_a_count_of_missiles_fired_is_todays_news(code: Coder) -> None:
    events = code("Russia has fired three cruise missiles at Kyiv, officials said.")
    assert any(e.cameo.startswith("19") and e.date is not None for e in events)


def test_a_tally_since_a_recent_day_keeps_its_date(code: Coder) -> None:
    events = code("Turkey has launched several raids on Kurdish militants since the weekend.")
    raids = [e for e in events if e.cameo.startswith("19")]
    assert raids and all(e.date is not None for e in raids)


# --- habits and standing states carry no day ---------------------------------------------------


def test_a_regular_present_habit_has_no_day(code: Coder) -> None:
    events = code("China regularly sends warships into Philippine waters.")
    assert events and all(e.date_basis == "none" for e in events), show(events)


def test_a_repeated_strike_in_the_past_keeps_its_day(code: Coder) -> None:
    events = code("Russian forces repeatedly shelled Kharkiv overnight, Ukraine said on Monday.")
    strikes = [e for e in events if e.cameo.startswith("19")]
    assert strikes and all(e.date_basis != "none" for e in strikes), show(events)


def test_troops_stationed_since_a_year_are_a_standing_state(code: Coder) -> None:
    events = code("The United States has stationed troops in Germany since 1945 to deter attack.")
    assert events and all(e.date_basis == "none" for e in events), show(events)
