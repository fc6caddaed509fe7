from __future__ import annotations

import pytest
from eval_fakes import make_event

from communique.eval.gold import GoldEvent
from communique.eval.matching import (
    actor_matches,
    article_dyad,
    both,
    country_matches,
    max_matching,
    root_matches,
    sentence_dyad,
    system_country,
)


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ("USA", "USAGOV", True),  # system more specific
        ("GUYJUD", "GUY", True),  # right country, agent not found: counted
        ("USAGOV", "USAGOV", True),
        ("DAGGOV", "ARN", False),
        ("USAGOV", "USAMIL", False),  # same country, different agent
        ("---GOV", "GOV", True),  # no-country actor
        ("---GOV", "USAGOV", False),
        ("---", None, True),
        ("USA", None, False),
        ("USA", "", False),
        (None, "ANY", True),  # gold does not say
        ('"GOV"', "gov", True),  # quotes and case are ignored
    ],
)
def test_actor_prefix_rule(gold: str | None, system: str | None, expected: bool) -> None:
    assert actor_matches(gold, system) is expected


def test_system_country_prefers_the_coders_field() -> None:
    assert system_country("IGOUNO", None) == "IGO"
    assert system_country("USAGOV", "usa") == "USA"
    assert system_country("---GOV", None) is None
    assert system_country(None, None) is None


def test_country_rule_for_article_gold() -> None:
    assert country_matches("CHN", "CHNGOV", None)
    assert country_matches("CHN", "GOV", "CHN")  # code without country, field set
    assert not country_matches("CHN", "PRKGOV", None)
    assert country_matches("IGOUNO", "IGOUNOKFR", None)  # longer gold: prefix rule


def test_sentence_dyad_needs_both_sides() -> None:
    gold = GoldEvent(source="USA", target="CHN", roots=("04",), codes=("042",))
    assert sentence_dyad(make_event("USAGOV", "CHNMIL"), gold)
    assert not sentence_dyad(make_event("CHN", "USA"), gold)  # reversed
    assert not sentence_dyad(make_event("USA", "RUS"), gold)


def test_symmetric_gold_matches_either_direction() -> None:
    gold = GoldEvent(source="CHN", target="PRK", roots=("04",), symmetric=True)
    directed = GoldEvent(source="CHN", target="PRK", roots=("04",))
    reverse = make_event("PRKGOV", "CHNGOV", "043")
    assert article_dyad(reverse, gold)
    assert not article_dyad(reverse, directed)


def test_root_rule_uses_any_accepted_root() -> None:
    gold = GoldEvent(source="CHN", target="PRK", roots=("03", "05"))
    assert root_matches(make_event(cameo="057"), gold)
    assert root_matches(make_event(cameo="036"), gold)
    assert not root_matches(make_event(cameo="042"), gold)


def test_matching_is_maximum_not_greedy() -> None:
    # gold 0 (any target) matches both system events, gold 1 only system 0.  Greedy, in
    # order, would give system 0 to gold 0 and leave gold 1 unmatched.
    gold = [
        GoldEvent(source="USA", target=None, roots=("04",)),
        GoldEvent(source="USA", target="CHN", roots=("04",)),
    ]
    system = [make_event("USA", "CHN", "042"), make_event("USA", "RUS", "042")]
    assert max_matching(system, gold, both(sentence_dyad, root_matches)) == {0: 1, 1: 0}


def test_matching_is_one_to_one() -> None:
    gold = [GoldEvent(source="USA", target="CHN", roots=("04",))] * 2
    system = [make_event("USA", "CHN", "042")]
    assert len(max_matching(system, gold, both(sentence_dyad, root_matches))) == 1
