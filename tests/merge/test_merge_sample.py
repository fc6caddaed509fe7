"""Cross-outlet merging on the bundled sample corpus, scored against the gold happening ids.

A system mention is matched to a gold event of its article by modality, country dyad, code
(exact code first, else root) and date; a mention that fits gold events of two different
happenings is ambiguous and left out.  The coder is still being tuned, so only happenings for
which matched mentions exist in two or more articles from different outlets are checked.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from communique.merge import merge
from communique.merge.keys import MODALITY_CLASS, party
from communique.types import Article, EventMention
from conftest import GOLD_FILE

LAG = timedelta(days=3)  # MergeConfig.publication_lag_days
DAY = timedelta(days=1)


def _gold_by_article(articles: list[Article]) -> dict[str, dict[str, Any]]:
    records = [json.loads(line) for line in GOLD_FILE.read_text(encoding="utf-8").splitlines()]
    by_article: dict[str, dict[str, Any]] = {}
    for article in articles:
        for rec in records:
            same = (
                article.doc_id == rec["id"]
                if rec["fmt"] == "jsonl"
                else Path(article.path).name == rec["path"]
            )
            if same:
                by_article[article.article_id] = rec
    return by_article


def _date_fits(m: EventMention, gold: dict[str, Any]) -> bool:
    if gold.get("date") is None or m.date is None:
        return True
    when = date.fromisoformat(gold["date"])
    lo, hi = (when + timedelta(days=d) for d in gold.get("window", [-1, 1]))
    if m.date_basis == "publication":  # reported up to LAG days late, or a day early
        return m.date - LAG <= hi and lo <= m.date + DAY
    if m.date_precision in ("week", "month", "year"):
        span = {"week": 6, "month": 30, "year": 365}[m.date_precision]
        return m.date <= hi and lo <= m.date + timedelta(days=span)
    return lo <= m.date <= hi


def _dyad_fits(m: EventMention, gold: dict[str, Any]) -> bool:
    src, tgt = party(m.source_country, m.source_code), party(m.target_country, m.target_code)
    g_src, g_tgt = gold["source"], gold.get("target")
    if g_tgt is None:
        return g_src in (src, tgt) if m.symmetric else g_src == src
    if gold.get("symmetric") or m.symmetric:
        return {src, tgt} == {g_src, g_tgt}
    return (src, tgt) == (g_src, g_tgt)


def match(m: EventMention, record: dict[str, Any]) -> tuple[str, str] | None:
    """``(happening, group)`` of the one gold event ``m`` reports, or ``None``."""
    candidates = [
        g
        for g in record["events"]
        if MODALITY_CLASS.get(g.get("modality", "asserted"), "") == MODALITY_CLASS[m.modality]
        and _dyad_fits(m, g)
        and _date_fits(m, g)
        and m.cameo_root in g["roots"]
    ]
    exact = [g for g in candidates if m.cameo in g["codes"]]
    happenings = {g["happening"] for g in (exact or candidates)}
    if len(happenings) != 1:
        return None
    pair = "-".join(
        sorted((party(m.source_country, m.source_code), party(m.target_country, m.target_code)))
    )
    return happenings.pop(), f"{pair}/{m.cameo_root}/{MODALITY_CLASS[m.modality]}"


@pytest.mark.slow
def test_sample_corpus_merges_cross_outlet_happenings(
    sample_coded: tuple[list[Article], list[EventMention]],
) -> None:
    articles, mentions = sample_coded
    gold = _gold_by_article(articles)
    assert len(gold) == len(articles) == 24
    outlet = {
        a.article_id: (a.outlet or "").casefold() or f"article:{a.article_id}" for a in articles
    }
    result = merge(mentions)

    matched: dict[str, tuple[str, str]] = {}
    for m in mentions:
        found = match(m, gold[m.article_id])
        if found is not None:
            matched[m.event_id] = found

    # No cluster holds reports of two different happenings.
    for cluster in result.clusters:
        happenings = {matched[i][0] for i in cluster.mention_ids if i in matched}
        assert len(happenings) <= 1, (cluster.summary, sorted(happenings))

    # Every happening reported by two outlets ends up as one cluster with both sources.
    groups: dict[tuple[str, str], list[EventMention]] = defaultdict(list)
    for m in mentions:
        if m.event_id in matched:
            groups[matched[m.event_id]].append(m)
    checked = []
    for (happening, group), ms in sorted(groups.items()):
        if len({outlet[m.article_id] for m in ms}) < 2:
            continue
        clusters = {result.assignments[m.event_id] for m in ms}
        assert len(clusters) == 1, (
            happening,
            group,
            [(m.article_path, m.cameo, m.date) for m in ms],
        )
        assert result.cluster_of(ms[0].event_id).num_sources >= 2
        checked.append(f"{happening} [{group}]")
    print(
        f"\nmerge/sample: {len(mentions)} mentions, {len(matched)} matched to gold, "
        f"{len(result.clusters)} clusters; {len(checked)} cross-outlet happenings checked:"
    )
    for line in checked:
        print("  ", line)
    if not checked:
        pytest.skip("the coder found no happening in two outlets' articles: nothing to check")
