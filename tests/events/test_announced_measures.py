"""Announced measures with a start date are decisions dated when announced; conditional ones stay
threats (events/measures.py, framing.py).  Sentences written by us."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from eventcheck import show

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


def test_a_border_closure_from_a_later_day_is_the_closure_dated_when_announced(
    code: Coder,
) -> None:
    events = code(
        "Poland will close its border with Belarus from Monday, the government said on Friday."
    )
    closures = [e for e in events if e.source_country == "POL" and e.target_country == "BLR"]
    assert [e.cameo for e in closures] == ["191"], show(events)
    assert closures[0].date == date(2024, 5, 3), closures[0].date  # Friday, not the Monday


def test_a_closure_from_midnight_on_a_named_day_is_dated_by_the_saying(code: Coder) -> None:
    events = code(
        "Lithuania said it would close two crossings on its frontier with Belarus from "
        "midnight on Thursday."
    )
    closures = [e for e in events if e.cameo == "191"]
    assert closures and all(e.date == date(2024, 5, 6) for e in closures), show(events)
    assert not [e for e in events if e.cameo.startswith("13")], show(events)


def test_a_flight_suspension_from_next_week_is_dated_on_publication(code: Coder) -> None:
    events = code(
        "Hungary will suspend flights to Russia from next week, the transport ministry announced."
    )
    cuts = [e for e in events if e.cameo == "163"]
    assert cuts and cuts[0].date == date(2024, 5, 6), show(events)


def test_a_conditional_closure_voiced_by_an_unnamed_official_is_the_state_s_threat(
    code: Coder,
) -> None:
    events = code(
        "Turkey will close its border with Syria if the fighting spreads, the foreign "
        "minister warned."
    )
    threats = [e for e in events if e.cameo.startswith("13")]
    assert [(e.source_country, e.target_country) for e in threats] == [("TUR", "SYR")], show(events)
    assert not [e for e in events if e.cameo == "191"], show(events)


def test_protesters_blockading_from_a_later_day_still_threaten(code: Coder) -> None:
    events = code("Striking truckers in Spain said they would blockade Madrid from Wednesday.")
    assert not [e for e in events if e.cameo == "191"], show(events)
