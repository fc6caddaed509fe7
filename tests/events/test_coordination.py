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


def test_a_conjunct_hung_on_the_first_name_still_joins_the_subject(code) -> None:
    # The small model often attaches "and <name>" to the surname, not to the subject token.
    events = code("Emmanuel Macron and Olaf Scholz will meet in Madrid to discuss energy prices.")
    pairs = {(e.source_code[:3], e.target_code[:3]) for e in events if e.target_code}
    assert {("FRA", "DEU"), ("DEU", "FRA")} <= pairs


def test_a_purpose_clause_shares_the_plan_of_its_main_verb(code) -> None:
    events = code("Emmanuel Macron and Olaf Scholz will meet in Madrid to discuss energy prices.")
    assert events
    assert all(e.modality == "future" for e in events)
