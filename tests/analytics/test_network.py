from __future__ import annotations

from datetime import date

import pytest
from analytics_factories import canonical_event, canonical_frame

from communique.analytics.network import actor_table, strongest_dyads
from communique.ontology import load_ontology

D = date(2022, 1, 1)


@pytest.fixture
def events():
    return canonical_frame(
        canonical_event("1", "CHNGOV", "PRKGOV", D, cameo="042"),
        canonical_event("2", "PRKGOV", "CHNGOV", D, cameo="051"),
        canonical_event("3", "PRKMIL", "KORMIL", D, cameo="190"),
        canonical_event("4", "KORGOV", "PRKMIL", D, cameo="112"),
        canonical_event("5", "KORGOV", "PRKGOV", D, cameo="073"),
        canonical_event("6", "USAGOV", None, D, cameo="010"),
        canonical_event("7", "KORGOV", "KOROPP", D, cameo="112"),
        canonical_event("8", "IGOUNO", "PRKGOV", D, cameo="112"),
    )


def test_actor_table_counts_sides(events) -> None:
    table = actor_table(events)
    prk = table.set_index("actor").loc["PRKGOV"]
    assert (prk["as_source"], prk["as_target"], prk["total"]) == (1, 3, 4)
    assert prk["country"] == "PRK" and prk["name"] == "North Korea"
    assert table.iloc[0]["actor"] == "PRKGOV"  # the most active actor first
    assert table.set_index("actor").loc["IGOUNO"]["country"] is None


def test_actor_table_top_and_tie_order(events) -> None:
    table = actor_table(events, top=3)
    assert len(table) == 3
    assert table["total"].is_monotonic_decreasing
    assert table["actor"].tolist()[1:] == ["KORGOV", "CHNGOV"]  # KORGOV 3 > CHNGOV 2


def test_strongest_dyads_are_undirected_country_pairs(events) -> None:
    table = strongest_dyads(events)
    top = table.iloc[0]
    assert (top["a"], top["b"], top["n_events"]) == ("KOR", "PRK", 3)
    onto = load_ontology()
    assert top["goldstein_mean"] == pytest.approx(
        sum(onto.goldstein(c) for c in ("190", "112", "073")) / 3
    )
    chn = table[(table["a"] == "CHN") & (table["b"] == "PRK")].iloc[0]
    assert chn["n_events"] == 2 and chn["dominant_quad"] == 1
    assert chn["dominant_quad_name"] == "verbal cooperation"
    assert ("KOR", "KOR") not in set(zip(table["a"], table["b"], strict=True))  # domestic left out
    assert "USA" not in set(table["a"]) | set(table["b"])  # no target, no dyad


def test_dominant_quad_tie_goes_to_the_lower_class(events) -> None:
    kor_prk = strongest_dyads(events).iloc[0]
    counts = [kor_prk[f"quad{q}"] for q in (1, 2, 3, 4)]
    assert counts == [0, 1, 1, 1]
    assert kor_prk["dominant_quad"] == 2


def test_domestic_pairs_and_actor_level(events) -> None:
    with_domestic = strongest_dyads(events, domestic=True)
    assert ("KOR", "KOR") in set(zip(with_domestic["a"], with_domestic["b"], strict=True))
    actors = strongest_dyads(events, level="actor")
    assert ("CHNGOV", "PRKGOV") in set(zip(actors["a"], actors["b"], strict=True))
    assert ("IGOUNO", "PRKGOV") in set(zip(actors["a"], actors["b"], strict=True))
    with pytest.raises(ValueError, match="level"):
        strongest_dyads(events, level="region")
