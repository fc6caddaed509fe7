"""Several parties in one slot: lists, control verbs, attribution phrases."""

from __future__ import annotations

from itertools import permutations

import pytest

pytestmark = pytest.mark.slow


def test_a_three_party_meeting_is_coded_between_every_pair(code) -> None:
    events = code("France, Germany and Italy met in Brussels on Monday.")
    pairs = {(e.source_code, e.target_code) for e in events if e.cameo_root == "04"}
    assert pairs == set(permutations(["FRA", "DEU", "ITA"], 2))


def test_wanting_another_party_to_act_is_an_appeal_to_it(code) -> None:
    events = code("Washington wants Tokyo to raise its defence spending.")
    assert any(
        e.source_code == "USAGOV" and e.target_code == "JPNGOV" and e.cameo_root == "02"
        for e in events
    )


def test_an_attribution_phrase_is_no_event(code) -> None:
    events = code(
        "Iran and Iraq agreed to reopen border crossings, according to a joint "
        "statement issued by Iran and Turkey."
    )
    assert events
    assert not any("TUR" in {e.source_code, e.target_code} for e in events)
