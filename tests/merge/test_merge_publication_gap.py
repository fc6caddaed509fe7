"""Two reports dated only by their publication dates, some days apart.

Neither report says when the happening was, and each may be up to ``publication_lag_days``
late: a Seoul agency carries a condemnation on its dateline's day while a specialist outlet
carries the same statement two days later.  They are one happening when their evidence is
similar enough, whichever arrives first, and the cluster id does not depend on the order.
"""

from __future__ import annotations

from datetime import date

import pytest
from merge_factories import mention

from communique.merge import MergeConfig, merge
from communique.types import EventMention

CONDEMN = "North Korea's foreign ministry condemned the new United States sanctions."


def condemnation(article: str, outlet: str, published: date, **kw: object) -> EventMention:
    fields: dict[str, object] = {
        "source": "PRKGOV",
        "target": "USAGOV",
        "cameo": "111",
        "when": published,
        "published": published,
        "basis": "publication",
        "sentence": CONDEMN,
    }
    fields.update(kw)
    return mention(article=article, outlet=outlet, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("gap", [0, 1, 2, 3])
def test_publication_dated_reports_within_the_lag_join(gap: int) -> None:
    first = condemnation("y1", "Yonhap", date(2022, 1, 14))
    later = condemnation("n1", "NK News", date.fromordinal(date(2022, 1, 14).toordinal() + gap))
    [event] = merge([first, later]).clusters
    assert event.num_sources == 2


def test_publication_dated_reports_beyond_the_lag_stay_apart() -> None:
    first = condemnation("y1", "Yonhap", date(2022, 1, 14))
    later = condemnation("n1", "NK News", date(2022, 1, 18))
    assert len(merge([first, later]).clusters) == 2
    wider = MergeConfig(publication_lag_days=4)
    assert len(merge([first, later], config=wider).clusters) == 1


def test_the_gap_never_shrinks_below_the_time_zone_slack() -> None:
    first = condemnation("y1", "Yonhap", date(2022, 1, 14))
    next_day = condemnation("n1", "NK News", date(2022, 1, 15))
    strict = MergeConfig(publication_lag_days=0)
    assert len(merge([first, next_day], config=strict).clusters) == 1
    two_days = condemnation("n2", "NK News", date(2022, 1, 16))
    assert len(merge([first, two_days], config=strict).clusters) == 2


def test_dissimilar_publication_dated_reports_do_not_chain() -> None:
    first = condemnation("y1", "Yonhap", date(2022, 1, 14))
    other = condemnation(
        "n1",
        "NK News",
        date(2022, 1, 16),
        sentence="Pyongyang criticised Washington over its policy in the region.",
    )
    assert len(merge([first, other]).clusters) == 2


def test_cluster_id_does_not_depend_on_arrival_order() -> None:
    reports = [
        condemnation("y1", "Yonhap", date(2022, 1, 14)),
        condemnation("n1", "NK News", date(2022, 1, 16)),
        condemnation("k1", "Kyodo", date(2022, 1, 17)),
    ]
    forward = merge(reports)
    backward = merge(list(reversed(reports)))
    assert forward.assignments == backward.assignments
    [event] = forward.clusters
    assert event.num_articles == 3
    assert [c.cluster_id for c in backward.clusters] == [event.cluster_id]
