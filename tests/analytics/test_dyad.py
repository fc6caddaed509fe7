from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest
from analytics_factories import canonical_event, canonical_frame

from communique.analytics.dyad import articles_per_period, dyad_series, period_starts
from communique.ontology import load_ontology


def _periods(series: pd.DataFrame) -> list[date]:
    return [p.date() for p in series["period"]]


@pytest.mark.parametrize(
    ("by", "day", "start"),
    [
        ("day", date(2021, 7, 11), date(2021, 7, 11)),
        ("week", date(2021, 7, 11), date(2021, 7, 5)),  # a Sunday belongs to the week from Monday
        ("week", date(2021, 7, 12), date(2021, 7, 12)),  # a Monday starts its own week
        ("month", date(2021, 7, 31), date(2021, 7, 1)),
        ("quarter", date(2021, 8, 30), date(2021, 7, 1)),
        ("quarter", date(2021, 3, 31), date(2021, 1, 1)),
        ("year", date(2021, 12, 31), date(2021, 1, 1)),
    ],
)
def test_period_starts(by: str, day: date, start: date) -> None:
    stamps = pd.Series(pd.to_datetime([day]))
    assert period_starts(stamps, by).iloc[0].date() == start


def test_weeks_start_on_monday_in_the_series() -> None:
    events = canonical_frame(
        canonical_event("e1", "CHN", "PRK", date(2021, 7, 11)),  # Sunday
        canonical_event("e2", "CHN", "PRK", date(2021, 7, 12)),  # Monday
    )
    series = dyad_series(events, "CHN", "PRK", by="week")
    assert _periods(series) == [date(2021, 7, 5), date(2021, 7, 12)]
    assert all(p.weekday() == 0 for p in _periods(series))
    assert series["n_events"].tolist() == [1, 1]


def test_quarters_start_and_empty_quarters_are_zero_filled() -> None:
    events = canonical_frame(
        canonical_event("e1", "CHN", "PRK", date(2021, 2, 15)),
        canonical_event("e2", "CHN", "PRK", date(2021, 8, 30)),
    )
    series = dyad_series(events, "CHN", "PRK", by="quarter")
    assert _periods(series) == [date(2021, 1, 1), date(2021, 4, 1), date(2021, 7, 1)]
    assert series["n_events"].tolist() == [1, 0, 1]


def test_gaps_between_first_and_last_are_zero_filled() -> None:
    events = canonical_frame(
        canonical_event("e1", "CHN", "PRK", date(2021, 1, 10), cameo="042"),
        canonical_event("e2", "CHN", "PRK", date(2021, 4, 3), cameo="112"),
    )
    series = dyad_series(events, "CHN", "PRK", by="month")
    assert _periods(series) == [date(2021, m, 1) for m in (1, 2, 3, 4)]
    gap = series.iloc[1]
    assert gap["n_events"] == 0 and gap["quad1"] == 0 and gap["goldstein_sum"] == 0.0
    assert math.isnan(gap["goldstein_mean"])  # no events is not the same as neutral events
    assert series["n_events"].dtype == "int64"


def test_quad_counts_and_goldstein_sums() -> None:
    onto = load_ontology()
    codes = ["042", "051", "112", "190", "190"]
    events = canonical_frame(
        *(
            canonical_event(f"e{i}", "CHN", "PRK", date(2021, 5, i + 1), cameo=c)
            for i, c in enumerate(codes)
        )
    )
    row = dyad_series(events, "CHN", "PRK").iloc[0]
    expected = [onto.goldstein(c) for c in codes]
    assert row["n_events"] == 5
    assert [row[f"quad{q}"] for q in (1, 2, 3, 4)] == [
        sum(onto.quad_class(c) == q for c in codes) for q in (1, 2, 3, 4)
    ]
    assert row["goldstein_sum"] == pytest.approx(sum(expected))
    assert row["goldstein_mean"] == pytest.approx(sum(expected) / 5)


def test_undirected_counts_both_directions_directed_only_one() -> None:
    events = canonical_frame(
        canonical_event("e1", "CHNGOV", "PRKGOV", date(2021, 1, 1)),
        canonical_event("e2", "PRKGOV", "CHNGOV", date(2021, 1, 2)),
        canonical_event("e3", "PRKGOV", "CHNGOV", date(2021, 1, 3)),
    )
    assert dyad_series(events, "CHN", "PRK")["n_events"].sum() == 3
    assert dyad_series(events, "CHN", "PRK", directed=True)["n_events"].sum() == 1
    assert dyad_series(events, "PRK", "CHN", directed=True)["n_events"].sum() == 2


def test_directed_series_counts_symmetric_events_both_ways() -> None:
    events = canonical_frame(
        canonical_event("e1", "PRKGOV", "CHNGOV", date(2021, 1, 1), cameo="057", symmetric=True),
    )
    assert dyad_series(events, "CHN", "PRK", directed=True)["n_events"].sum() == 1
    assert dyad_series(events, "PRK", "CHN", directed=True)["n_events"].sum() == 1


def test_parties_match_country_or_code_prefix_case_insensitively() -> None:
    events = canonical_frame(
        canonical_event("gov", "CHNGOV", "PRKGOV", date(2021, 1, 1)),
        canonical_event("mil", "CHNGOV", "PRKMIL", date(2021, 1, 2)),
        canonical_event("un", "IGOUNO", "PRKGOV", date(2021, 1, 3)),
        canonical_event("other", "USAGOV", "KORGOV", date(2021, 1, 4)),
    )
    assert dyad_series(events, "chn", "prk")["n_events"].sum() == 2
    assert dyad_series(events, "CHN", "PRKMIL")["n_events"].sum() == 1
    assert dyad_series(events, "IGO", "PRK")["n_events"].sum() == 1


def test_plover_columns_for_types_present_in_ontology_order() -> None:
    onto = load_ontology()
    events = canonical_frame(
        canonical_event("e1", "CHN", "PRK", date(2021, 1, 1), cameo="112"),  # ACCUSE
        canonical_event("e2", "CHN", "PRK", date(2021, 1, 2), cameo="042"),  # CONSULT visit
        canonical_event("e3", "CHN", "PRK", date(2021, 1, 3), cameo="010"),  # no PLOVER type
    )
    series = dyad_series(events, "CHN", "PRK")
    plover_cols = [c for c in series.columns if c.startswith("plover_") and "score" not in c]
    present = [onto.plover("112")[0], onto.plover("042")[0]]
    assert plover_cols == [f"plover_{t}" for t in onto.plover_types if t in present]
    expected = sum(onto.plover_score(*onto.plover(c)) for c in ("112", "042"))
    assert series.iloc[0]["plover_score_sum"] == pytest.approx(expected)


def test_plover_score_column_wins_over_the_ontology() -> None:
    events = canonical_frame(canonical_event("e1", "CHN", "PRK", date(2021, 1, 1), cameo="042"))
    events["plover_score"] = [7.25]
    assert dyad_series(events, "CHN", "PRK").iloc[0]["plover_score_sum"] == 7.25


def test_undated_events_are_excluded_and_counted() -> None:
    events = canonical_frame(
        canonical_event("e1", "CHN", "PRK", date(2021, 1, 1)),
        canonical_event("e2", "CHN", "PRK", None),
        canonical_event("e3", "CHN", "PRK", None),
    )
    series = dyad_series(events, "CHN", "PRK")
    assert series["n_events"].sum() == 1
    assert series.attrs["undated"] == 2


def test_only_acts_that_happened_are_counted() -> None:
    events = canonical_frame(
        canonical_event("did", "PRK", "KOR", date(2021, 1, 1), cameo="190", modality="asserted"),
        canonical_event("did-not", "PRK", "KOR", date(2021, 1, 2), cameo="190", modality="negated"),
        canonical_event("will", "PRK", "KOR", date(2021, 1, 3), cameo="190", modality="future"),
    )
    series = dyad_series(events, "PRK", "KOR")
    assert series["quad4"].sum() == 1
    assert series.attrs["other_modality"] == 2
    assert dyad_series(events, "PRK", "KOR", modalities=None)["quad4"].sum() == 3


def test_dates_as_strings_and_timestamps_are_accepted() -> None:
    events = canonical_frame(
        canonical_event("e1", "CHN", "PRK", "2021-01-05"),
        canonical_event("e2", "CHN", "PRK", pd.Timestamp("2021-02-05")),
    )
    assert _periods(dyad_series(events, "CHN", "PRK")) == [date(2021, 1, 1), date(2021, 2, 1)]


def test_empty_dyad_gives_an_empty_series_with_columns() -> None:
    events = canonical_frame(canonical_event("e1", "USA", "KOR", date(2021, 1, 1)))
    series = dyad_series(events, "CHN", "PRK")
    assert series.empty
    assert {"period", "n_events", "quad1", "goldstein_mean"} <= set(series.columns)


def test_unknown_period_is_refused() -> None:
    events = canonical_frame(canonical_event("e1", "CHN", "PRK", date(2021, 1, 1)))
    with pytest.raises(ValueError, match="fortnight"):
        dyad_series(events, "CHN", "PRK", by="fortnight")


def test_articles_per_period_counts_zero_fills_and_reports_undated() -> None:
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "b", "c", "d"],
            "published": [
                date(2021, 1, 3),
                date(2021, 1, 20),
                date(2021, 1, 20),
                date(2021, 3, 1),
                None,
            ],
        }
    )
    counts = articles_per_period(articles, "month")
    assert [p.date() for p in counts.index] == [
        date(2021, 1, 1),
        date(2021, 2, 1),
        date(2021, 3, 1),
    ]
    assert counts.tolist() == [2, 0, 1]  # the duplicate row of "b" counts once
    assert counts.attrs["undated"] == 1


def test_normalisation_gives_rates_per_100_articles() -> None:
    events = canonical_frame(
        canonical_event("e1", "CHN", "PRK", date(2021, 1, 2), cameo="042"),
        canonical_event("e2", "CHN", "PRK", date(2021, 1, 9), cameo="112"),
        canonical_event("e3", "CHN", "PRK", date(2021, 3, 9), cameo="112"),
    )
    articles = pd.Series([40, 10], index=pd.to_datetime(["2021-01-01", "2021-03-01"]))
    series = dyad_series(events, "CHN", "PRK", normalise_by=articles)
    assert series["articles"].tolist()[0] == 40
    assert series["n_events_per_100_articles"].iloc[0] == pytest.approx(100 * 2 / 40)
    assert series["quad3_per_100_articles"].iloc[2] == pytest.approx(100 * 1 / 10)
    assert math.isnan(series["n_events_per_100_articles"].iloc[1])  # February: no article count


def test_normalisation_rebuckets_a_daily_article_series() -> None:
    events = canonical_frame(canonical_event("e1", "CHN", "PRK", date(2021, 1, 2)))
    daily = pd.Series([3, 7], index=[date(2021, 1, 4), date(2021, 1, 28)])
    series = dyad_series(events, "CHN", "PRK", by="month", normalise_by=daily)
    assert series["articles"].iloc[0] == 10
    assert series["n_events_per_100_articles"].iloc[0] == pytest.approx(10.0)
