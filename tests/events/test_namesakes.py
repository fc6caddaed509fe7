"""A description repeated with "the" ("A Vietnamese delegation arrived ... The delegation
was welcomed by ...") stands for the party named so earlier (events/namesakes.py; real spaCy
parses of sentences written for these tests)."""

from __future__ import annotations

import pytest
from eventcheck import show

pytestmark = pytest.mark.slow


def _dyads(events) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_country, e.target_country, e.cameo[:2]) for e in events}


def test_the_delegation_is_the_delegation_named_before(code) -> None:
    events = code(
        "A Mongolian parliamentary delegation arrived in Seoul on Sunday for a four-day "
        "visit. The delegation was welcomed at the airport by South Korean Deputy Foreign "
        "Minister Kim Hong-kyun."
    )
    assert ("KOR", "MNG", "04") in _dyads(events), show(events)


def test_the_envoy_is_not_read_back_as_another_head_noun(code) -> None:
    events = code(
        "A Turkish delegation arrived in Baku on Monday. The envoy was welcomed at the "
        "airport by Azerbaijani officials."
    )
    assert not any(e.target_country == "TUR" and e.cameo == "043" for e in events), show(events)


def test_a_modified_description_is_not_a_repetition(code) -> None:
    events = code(
        "A Japanese trade delegation arrived in Hanoi on Monday. The second delegation was "
        "welcomed by Vietnamese Deputy Prime Minister Tran Luu Quang on Tuesday."
    )
    assert not any(e.target_country == "JPN" and e.cameo == "043" for e in events), show(events)
