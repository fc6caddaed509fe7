from __future__ import annotations

import itertools
import random
from datetime import date

import pytest
from eval_fakes import make_event

from communique.eval.gold import GoldEvent
from communique.eval.matching import (
    EventMatch,
    actor_matches,
    article_dyad,
    both,
    country_matches,
    max_matching,
    max_weight_assignment,
    root_matches,
    sentence_dyad,
    system_country,
)
from communique.types import EventMention


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


def _on_day(event_day: date) -> EventMatch:
    def prefer(event: EventMention, _gold: GoldEvent) -> bool:
        return event.date == event_day

    return prefer


def test_optional_gold_never_pushes_a_required_one_onto_a_wrongly_dated_mention() -> None:
    # A required visit (gold 0) and an optional hosting (gold 1) of the same dyad and root;
    # the system has the visit twice: an old background mention and today's.  Plain
    # augmenting paths hand today's mention to the optional event and move the required one
    # onto the old mention; the weighted matching keeps the required event on today's.
    today, old = date(2024, 5, 20), date(2019, 3, 2)
    gold = [
        GoldEvent(source="USA", target="CHN", roots=("04",), must=True),
        GoldEvent(source="CHN", target="USA", roots=("04",), must=False, symmetric=True),
    ]
    system = [
        make_event("USA", "CHN", "042", date=old),
        make_event("USA", "CHN", "042", date=today),
    ]
    found = max_matching(system, gold, both(article_dyad, root_matches), _on_day(today))
    assert found == {0: 1, 1: 0}


def test_date_preference_never_costs_a_match() -> None:
    # Gold 1 can only take system 0; preferring system 0's date for gold 0 must not leave
    # gold 1 unmatched.
    today = date(2024, 5, 20)
    gold = [
        GoldEvent(source="USA", target=None, roots=("04",)),
        GoldEvent(source="USA", target="CHN", roots=("04",)),
    ]
    system = [make_event("USA", "CHN", "042", date=today), make_event("USA", "RUS", "042")]
    found = max_matching(system, gold, both(sentence_dyad, root_matches), _on_day(today))
    assert found == {0: 1, 1: 0}


def test_required_gold_beats_optional_for_a_single_mention() -> None:
    today = date(2024, 5, 20)
    gold = [
        GoldEvent(source="USA", target="CHN", roots=("04",), must=False),
        GoldEvent(source="USA", target="CHN", roots=("04",), must=True),
    ]
    system = [make_event("USA", "CHN", "042", date=today)]
    found = max_matching(system, gold, both(sentence_dyad, root_matches), _on_day(today))
    assert found == {1: 0}


def test_among_equal_pairs_the_earliest_mention_is_kept() -> None:
    today = date(2024, 5, 20)
    gold = [GoldEvent(source="USA", target="CHN", roots=("04",))]
    system = [make_event("USA", "CHN", "042", date=today)] * 3
    found = max_matching(system, gold, both(sentence_dyad, root_matches), _on_day(today))
    assert found == {0: 0}


@pytest.mark.parametrize("seed", range(20))
def test_weighted_assignment_is_optimal(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(1, 5)
    weights = [[rng.choice([0, rng.randint(1, 10**12)]) for _ in range(n)] for _ in range(n)]
    found = max_weight_assignment(weights)
    assert sorted(found) == list(range(n))
    best = max(sum(weights[r][p[r]] for r in range(n)) for p in itertools.permutations(range(n)))
    assert sum(weights[r][found[r]] for r in range(n)) == best
