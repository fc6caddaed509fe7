"""Co-doers of a one-sided consultation (co-hosts, co-mediators, fellow visitors) are not
each other's counterparts."""

from __future__ import annotations

import pytest
from eventcheck import show

pytestmark = pytest.mark.slow


def test_co_mediators_of_a_truce_are_not_coded_against_each_other(code) -> None:
    events = code("The truce in Gaza was brokered by Egypt, Qatar and the United States.")
    countries = {"EGY", "QAT", "USA"}
    crossed = [e for e in events if e.source_country in countries and e.target_country in countries]
    assert not crossed, show(events)


def test_co_hosts_of_talks_are_not_each_others_guests(code) -> None:
    events = code("Peace talks hosted by Turkey and Saudi Arabia resumed in Istanbul on Monday.")
    assert not [e for e in events if e.cameo == "043" and e.target_code], show(events)


def test_two_leaders_meeting_are_still_coded_between_them(code) -> None:
    events = code("Kenya and Ethiopia held talks in Nairobi on Monday.")
    assert any(
        e.source_country == "KEN" and e.target_country == "ETH" and e.cameo_root == "04"
        for e in events
    ), show(events)
