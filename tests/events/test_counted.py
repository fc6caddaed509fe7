"""Counted anaphors (events/counted.py): "the three countries" are the three named just before; a
count that does not match names nobody, and a counted group acting among itself is not split
into pairs.  Wire-style sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.types import EventMention

pytestmark = pytest.mark.slow

Coder = Callable[[str], list[EventMention]]


# --- a counted anaphor stands for a group of its size --------------------------------------------


def test_the_three_countries_are_the_three_named_just_before(code: Coder) -> None:
    events = code(
        "The foreign ministers of Chile, Peru and Colombia met in Lima on Monday. "
        "The three countries condemned Venezuela's expulsion of their diplomats."
    )
    critics = {e.source_code for e in events if e.cameo_root == "11"}
    assert critics == {"CHL", "PER", "COL"}


def test_a_count_that_does_not_match_the_group_resolves_to_nobody(code: Coder) -> None:
    events = code(
        "Chile and Peru held talks in Lima on Monday. "
        "The three countries condemned Venezuela's expulsion of their diplomats."
    )
    assert not [e for e in events if e.cameo_root == "11"]


def test_a_counted_group_acting_among_itself_is_not_split_into_pairs(code: Coder) -> None:
    events = code(
        "The foreign ministers of Chile, Peru and Colombia met in Lima on Monday. "
        "The three countries pledged to deepen cooperation on trade."
    )
    second = [e for e in events if e.sentence.startswith("The three countries")]
    assert not second


def test_the_two_countries_never_pair_an_outlet_with_its_own_state(code: Coder) -> None:
    events = code(
        "Laos reopened a border crossing with Thailand on Monday, Laos's state news agency KPL "
        "said, as the two countries sought to revive trade."
    )
    pairs = {(e.source_code, e.target_code) for e in events if e.cameo_root == "03"}
    assert pairs == {("LAO", "THA"), ("THA", "LAO")}, pairs
