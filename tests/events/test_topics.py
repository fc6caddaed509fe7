"""A country that is only the topic of a cooperation ("cooperation on Syria") is no partner; a
named partner stays (events/topics.py).  Wire-style sentences we wrote ourselves; they run the
real parse."""

from __future__ import annotations

import pytest
from eventcheck import has_asserted as _has
from eventcheck import show

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ cooperation topics, encircling drills


@pytest.mark.parametrize(
    "text",
    [
        "Seoul and Tokyo pledged closer cooperation on North Korea.",
        "Seoul and Tokyo agreed to cooperate on North Korea.",
    ],
)
def test_country_that_is_only_the_topic_of_cooperation_is_no_partner(code, text) -> None:
    events = code(text)
    assert not any((e.target_code or "").startswith("PRK") for e in events), show(events)
    assert _has(events, "KOR", "JPN", "03"), show(events)


def test_named_partner_stays_and_topic_goes(code) -> None:
    events = code("Seoul pledged cooperation with Tokyo on North Korea.")
    assert _has(events, "KOR", "JPN", "03"), show(events)
    assert not any((e.target_code or "").startswith("PRK") for e in events), show(events)


def test_lone_doer_keeps_its_on_phrase_partner(code) -> None:
    events = code("The U.S. pledged cooperation on Taiwan.")
    assert _has(events, "USA", "TWN", "03"), show(events)
