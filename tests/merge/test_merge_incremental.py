"""Merging new reports into a store's clusters, loading only the blocks they touch."""

from __future__ import annotations

from datetime import date

from merge_factories import mention

from communique.merge import BlockKey, CanonicalEvent, Merger, merge, merge_incremental

MERGER = Merger.load()


class FakeStore:
    """Clusters indexed by block key, recording which blocks were asked for."""

    def __init__(self, clusters: list[CanonicalEvent]) -> None:
        self.index: dict[BlockKey, list[CanonicalEvent]] = {}
        for c in clusters:
            for m in c.members:
                for b in MERGER.block_keys_of(m):
                    self.index.setdefault(b, []).append(c)
        self.asked: list[BlockKey] = []

    def lookup(self, block: BlockKey) -> list[CanonicalEvent]:
        self.asked.append(block)
        return self.index.get(block, [])


def test_a_new_report_joins_its_cluster_and_untouched_blocks_are_not_loaded() -> None:
    launch = mention(article="y1", source="PRKMIL", target=None, cameo="150", when=date(2020, 3, 9))
    unrelated = mention(article="y2", source="USAGOV", target="RUSGOV", cameo="111")
    existing = merge([launch, unrelated]).clusters
    store = FakeStore(existing)
    kyodo = mention(
        article="k1", outlet="Kyodo", source="PRK", target=None, cameo="150", when=date(2020, 3, 9)
    )
    result = merge_incremental([kyodo], store.lookup, merger=MERGER)
    [changed] = result.clusters
    assert set(changed.mention_ids) == {launch.event_id, kyodo.event_id}
    assert changed.num_sources == 2
    assert all(b.pair == ("-", "PRK") for b in store.asked)
    unrelated_id = merge([unrelated]).clusters[0].cluster_id
    assert unrelated_id not in result.retired and unrelated_id not in {
        c.cluster_id for c in result.clusters
    }


def test_a_report_that_links_two_clusters_retires_one() -> None:
    monday = mention(article="a1", cameo="051", when=date(2020, 3, 9), event_id="m1")
    tuesday = mention(article="a2", cameo="051", when=date(2020, 3, 10), event_id="m2")
    existing = merge([monday, tuesday]).clusters
    assert len(existing) == 2  # explicit dates a day apart
    bridge = mention(
        article="a3", cameo="051", when=date(2020, 3, 10), basis="relative", event_id="m3"
    )
    result = merge_incremental([bridge], FakeStore(existing).lookup, merger=MERGER)
    [joined] = result.clusters
    assert joined.mention_ids == ("m1", "m2", "m3")
    assert result.retired == {c.cluster_id for c in existing} - {joined.cluster_id}
    assert result.assignments == {
        "m1": joined.cluster_id,
        "m2": joined.cluster_id,
        "m3": joined.cluster_id,
    }


def test_a_floating_report_moves_to_a_better_anchor_when_one_arrives() -> None:
    oped = mention(
        article="n1",
        cameo="051",
        when=date(2021, 7, 9),
        sentence="Wang praised the treaty in an op-ed.",
    )
    vague = mention(
        article="x1",
        cameo="051",
        when=date(2021, 7, 11),
        basis="publication",
        sentence="Xi praised Kim in a message marking the treaty.",
    )
    before = merge([oped, vague])
    assert len(before.clusters) == 1  # the op-ed is its only candidate
    message = mention(
        article="y1", cameo="051", when=date(2021, 7, 11), sentence="Xi praised Kim in a message."
    )
    after = merge([message], existing=before.clusters)
    assert after.clusters == merge([oped, vague, message]).clusters
    assert after.assignments[vague.event_id] == after.assignments[message.event_id]
    assert after.assignments[oped.event_id] != after.assignments[message.event_id]


def test_a_recoded_report_leaves_its_old_cluster() -> None:
    a = mention(article="a1", cameo="051", event_id="r1")
    b = mention(article="a2", cameo="051", event_id="r2")
    existing = merge([a, b]).clusters
    recoded = mention(article="a2", cameo="111", event_id="r2")  # the coder changed its mind
    result = merge([recoded], existing=existing)
    assert len(result.clusters) == 2
    assert result.clusters == merge([a, recoded]).clusters


def test_existing_members_carrying_cluster_ids_are_not_seen_as_changed() -> None:
    a = mention(article="a1", cameo="051")
    [cluster] = merge([a]).clusters
    stored = mention(article="a1", cameo="051", cluster_id=cluster.cluster_id)
    result = merge_incremental([stored], FakeStore([cluster]).lookup, merger=MERGER)
    assert result.clusters == [] and not result.retired
    assert result.assignments == {a.event_id: cluster.cluster_id}
