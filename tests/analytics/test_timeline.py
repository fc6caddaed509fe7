from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from analytics_factories import canonical_event, canonical_frame, mention

from communique.analytics.timeline import format_date, render_timeline, timeline


@pytest.fixture
def canonical() -> pd.DataFrame:
    return canonical_frame(
        canonical_event(
            "treaty",
            "CHNGOV",
            "PRKGOV",
            date(2021, 7, 11),
            cameo="057",
            summary="Messages marking the treaty anniversary",
            num_articles=2,
            num_sources=2,
            mention_ids=["m-xinhua", "m-yonhap"],
        ),
        canonical_event("early", "PRKGOV", "CHNGOV", date(2021, 3, 2), cameo="051", summary=None),
        canonical_event("undated", "CHNGOV", "PRKGOV", None, cameo="112"),
        canonical_event("elsewhere", "USAGOV", "KORGOV", date(2021, 5, 1)),
    )


@pytest.fixture
def mentions() -> pd.DataFrame:
    return pd.DataFrame(
        [
            mention("m-xinhua", "treaty", outlet="Xinhua", published=date(2021, 7, 12),
                    sentence="Xi Jinping sent a message to Kim Jong Un on Sunday."),
            mention("m-yonhap", "treaty", outlet="Yonhap", published=date(2021, 7, 11),
                    sentence="China's Xi exchanged messages with Kim, state media said."),
            mention("m-yonhap-2", "treaty", outlet="Yonhap", published=date(2021, 7, 13),
                    sentence="The leaders' messages were carried again."),
            mention("m-kcna", "early", outlet="KCNA", published=date(2021, 3, 3),
                    sentence="Kim praised the Chinese party."),
        ]
    )  # fmt: skip


def test_events_in_date_order_for_the_dyad_only(
    canonical: pd.DataFrame, mentions: pd.DataFrame
) -> None:
    rows = timeline(canonical, mentions, "CHN", "PRK")
    assert [r["cluster_id"] for r in rows] == ["early", "treaty"]
    assert rows[0]["date"] == date(2021, 3, 2)


def test_undated_events_only_on_request_and_last(
    canonical: pd.DataFrame, mentions: pd.DataFrame
) -> None:
    rows = timeline(canonical, mentions, "CHN", "PRK", include_undated=True)
    assert [r["cluster_id"] for r in rows] == ["early", "treaty", "undated"]
    assert rows[-1]["date"] is None


def test_directed_timeline(canonical: pd.DataFrame, mentions: pd.DataFrame) -> None:
    rows = timeline(canonical, mentions, "PRK", "CHN", directed=True)
    assert [r["cluster_id"] for r in rows] == ["early"]


def test_evidence_is_the_first_reported_mention(
    canonical: pd.DataFrame, mentions: pd.DataFrame
) -> None:
    treaty = next(
        r for r in timeline(canonical, mentions, "CHN", "PRK") if r["cluster_id"] == "treaty"
    )
    assert treaty["evidence"].startswith("China's Xi exchanged")
    assert treaty["evidence_outlet"] == "Yonhap"
    assert treaty["evidence_published"] == date(2021, 7, 11)
    assert treaty["outlets"] == ["Yonhap", "Xinhua"]  # distinct, in order of first publication


def test_membership_by_cluster_id_alone(canonical: pd.DataFrame, mentions: pd.DataFrame) -> None:
    early = next(
        r for r in timeline(canonical, mentions, "CHN", "PRK") if r["cluster_id"] == "early"
    )
    assert early["evidence"] == "Kim praised the Chinese party."  # "early" has no mention_ids


def test_rows_carry_codes_and_counts(canonical: pd.DataFrame, mentions: pd.DataFrame) -> None:
    treaty = timeline(canonical, mentions, "CHN", "PRK")[1]
    assert treaty["cameo"] == "057" and treaty["plover"] == "SUPPORT"
    assert treaty["num_sources"] == 2 and treaty["date_precision"] == "day"
    assert treaty["source"] == "China" and treaty["target"] == "North Korea"


def test_render_matches_the_chronology_style(
    canonical: pd.DataFrame, mentions: pd.DataFrame
) -> None:
    text = render_timeline(timeline(canonical, mentions, "CHN", "PRK"))
    lines = text.splitlines()
    assert lines[2] == (
        "2021-07-11 (day)  China → North Korea: Messages marking the treaty anniversary "
        "[Yonhap, Xinhua; 2 reports]"
    )
    assert lines[3] == "    “China's Xi exchanged messages with Kim, state media said.”"
    assert lines[0].startswith("2021-03-02 (day)  North Korea → China: Praise or endorse")
    assert lines[0].endswith("[KCNA; 1 report]")


def test_render_marks_joint_acts_and_publication_dates() -> None:
    events = canonical_frame(
        canonical_event("j", "KORGOV", "JPNGOV", date(2024, 5, 1), cameo="057", symmetric=True,
                        date_basis="publication", summary="Joint statement"),
        canonical_event("m", "KORGOV", "JPNGOV", date(2024, 6, 1), cameo="112",
                        date_precision="month", summary="Protest over the white paper"),
    )  # fmt: skip
    text = render_timeline(timeline(events, pd.DataFrame(columns=["event_id"]), "KOR", "JPN"))
    assert "2024-05-01 (day, publication date)  South Korea ↔ Japan: Joint statement" in text
    assert "2024-06 (month)  South Korea → Japan: Protest over the white paper" in text
    assert "outlet unknown" in text


def test_other_modalities_on_request_and_tagged() -> None:
    events = canonical_frame(
        canonical_event("v", "CHN", "PRK", date(2021, 1, 1), modality="asserted", summary="Talks"),
        canonical_event("f", "CHN", "PRK", date(2021, 2, 1), modality="future", summary="Visit"),
    )
    none = pd.DataFrame(columns=["event_id"])
    assert [r["cluster_id"] for r in timeline(events, none, "CHN", "PRK")] == ["v"]
    text = render_timeline(timeline(events, none, "CHN", "PRK", modalities=None))
    assert "China → North Korea: Visit (future) [" in text
    assert "Talks [" in text


def test_long_evidence_is_wrapped() -> None:
    events = canonical_frame(
        canonical_event("e", "CHN", "PRK", date(2021, 1, 1), mention_ids=["x"])
    )
    long = " ".join(["word"] * 60)
    ments = pd.DataFrame(
        [mention("x", None, outlet="A", published=date(2021, 1, 1), sentence=long)]
    )
    lines = render_timeline(timeline(events, ments, "CHN", "PRK"), width=60).splitlines()
    assert len(lines) > 3 and all(len(line) <= 60 for line in lines[1:])
    assert render_timeline([]) == ""


@pytest.mark.parametrize(
    ("precision", "text"),
    [("day", "2021-07-11"), ("week", "2021-07-11"), ("month", "2021-07"), ("year", "2021")],
)
def test_format_date_follows_precision(precision: str, text: str) -> None:
    assert format_date(date(2021, 7, 11), precision) == text
    assert format_date(None, precision) == "undated"
