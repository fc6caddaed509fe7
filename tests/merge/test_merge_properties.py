"""Properties the merge must keep whatever the input: order-free, idempotent, incremental."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_factories import mention

from communique.merge import Merger, merge, merge_incremental
from communique.merge.model import MergeResult
from communique.types import EventMention

MERGER = Merger.load()
START = date(2022, 1, 28)  # buckets and a month boundary inside the window

# A small world, so that many mentions collide and the interesting cases (symmetric pairs,
# visits and hostings, floating dates attaching, non-acts) come up in most examples.
SOURCES = ["CHNGOV", "PRKGOV", "PRK"]
TARGETS = ["CHNGOV", "PRKGOV", "IGOUNO", None]
CODES = ["040", "042", "043", "046", "051", "052", "111", "112", "091", "150"]
WORDS = ["missile", "launch", "letter", "talks", "visit"]
DATING = [
    ("day", "explicit"),
    ("day", "relative"),
    ("day", "publication"),
    ("week", "relative"),
    ("month", "explicit"),
    ("year", "explicit"),
    (None, "none"),
]
OUTLETS = {"a1": "Yonhap", "a2": "Kyodo", "a3": None, "a4": "Yonhap", "a5": None}
PROPS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def mentions(draw: st.DrawFn) -> list[EventMention]:
    n = draw(st.integers(min_value=0, max_value=30))
    ids = draw(st.lists(st.integers(0, 10_000), min_size=n, max_size=n, unique=True))
    out = []
    for i in ids:
        precision, basis = draw(st.sampled_from(DATING))
        day = START + timedelta(days=draw(st.integers(0, 6)))
        article = draw(st.sampled_from(["a1", "a2", "a3", "a4", "a5"]))
        out.append(
            mention(
                event_id=f"e{i:05d}",
                article=article,
                outlet=OUTLETS[article],
                published=day + timedelta(days=draw(st.integers(0, 3))),
                when=None if basis == "none" else day,
                precision=precision,
                basis=basis,
                source=draw(st.sampled_from(SOURCES)),
                target=draw(st.sampled_from(TARGETS)),
                cameo=draw(st.sampled_from(CODES)),
                sentence=" ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))),
                sentence_index=draw(st.integers(0, 3)),
                modality=draw(st.sampled_from(["asserted", "asserted", "reported", "negated"])),
                symmetric=draw(st.booleans()),
            )
        )
    return out


def run(ms: list[EventMention], **kw: object) -> MergeResult:
    return merge(ms, merger=MERGER, **kw)  # type: ignore[arg-type]


@PROPS
@given(mentions(), st.randoms(use_true_random=False))
def test_input_order_does_not_matter(ms: list[EventMention], rnd: object) -> None:
    shuffled = list(ms)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a, b = run(ms), run(shuffled)
    assert a.assignments == b.assignments
    assert a.clusters == b.clusters


@PROPS
@given(mentions())
def test_every_mention_lands_in_exactly_one_cluster(ms: list[EventMention]) -> None:
    result = run(ms)
    ids = [eid for c in result.clusters for eid in c.mention_ids]
    assert sorted(ids) == sorted(m.event_id for m in ms)
    for c in result.clusters:
        assert c.num_mentions == len(c.mention_ids) == len(c.members)
        assert 1 <= c.num_sources <= c.num_articles <= c.num_mentions
        assert all(result.assignments[eid] == c.cluster_id for eid in c.mention_ids)
        classes = {"negated" if m.modality == "negated" else "act" for m in c.members}
        assert len(classes) == 1


@PROPS
@given(mentions())
def test_merging_twice_changes_nothing(ms: list[EventMention]) -> None:
    once = run(ms)
    twice = run(ms, existing=once.clusters)
    assert twice.clusters == once.clusters
    assert twice.assignments == once.assignments
    assert not twice.retired


@PROPS
@given(mentions(), st.data())
def test_incremental_equals_batch(ms: list[EventMention], data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(ms)), max_size=3)))
    chunks = [ms[i:j] for i, j in zip([0, *cuts], [*cuts, len(ms)], strict=True)]
    clusters: list = []
    for chunk in chunks:
        clusters = run(chunk, existing=clusters).clusters
    batch = run(ms)
    assert clusters == batch.clusters


@PROPS
@given(mentions(), st.data())
def test_recoding_a_mention_incrementally_equals_batch(
    ms: list[EventMention], data: st.DataObject
) -> None:
    if not ms:
        return
    i = data.draw(st.integers(0, len(ms) - 1))
    recoded = replace(
        ms[i],
        cameo="190",
        cameo_root="19",
        target_code=data.draw(st.sampled_from(["PRKGOV", "USAGOV"])),
        target_country=None,
    )
    before = run(ms)
    after = run([recoded], existing=before.clusters)
    batch = run([*ms[:i], recoded, *ms[i + 1 :]])
    assert after.clusters == batch.clusters


@PROPS
@given(mentions())
def test_linkable_mentions_always_share_a_block(ms: list[EventMention]) -> None:
    keys = [MERGER.key(m) for m in ms]
    for x, u in enumerate(keys):
        for v in keys[x + 1 :]:
            if MERGER.linker.relation(u, v) is not None:
                assert set(MERGER.blocks(u)) & set(MERGER.blocks(v))
            assert (MERGER.linker.relation(u, v) is None) == (MERGER.linker.relation(v, u) is None)


@PROPS
@given(mentions(), mentions())
def test_store_lookup_only_loads_blocks_of_new_mentions(
    old: list[EventMention], new: list[EventMention]
) -> None:
    new = [replace(m, event_id="n" + m.event_id) for m in new]
    existing = run(old).clusters
    index: dict = {}
    for c in existing:
        for m in c.members:
            for b in MERGER.block_keys_of(m):
                index.setdefault(b, []).append(c)
    asked: list = []

    def lookup(block: object) -> list:
        asked.append(block)
        return index.get(block, [])

    result = merge_incremental(new, lookup, merger=MERGER)
    allowed = {b for m in new for b in MERGER.block_keys_of(m)}
    assert set(asked) <= allowed
    final = {c.cluster_id: c for c in existing if c.cluster_id not in result.retired}
    final.update((c.cluster_id, c) for c in result.clusters)
    assert sorted(final.values(), key=lambda c: c.cluster_id) == run(old + new).clusters
