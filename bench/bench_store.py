"""Benchmark: bulk-writing synthetic event mentions to a fresh store, and reading them back.

Usage: ``python bench/bench_store.py [--events 100000] [--per-article 10] [--batch 500]``.
Prints one JSON object (rows/s for the write, seconds for a filtered read); writes no files
except a temporary store that is deleted afterwards.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from communique.store import EventFilter, Store
from communique.types import Article, EventMention

_ACTORS = [("KORGOV", "KOR", "GOV", "Seoul"), ("PRKGOV", "PRK", "GOV", "Pyongyang"),
           ("USAGOV", "USA", "GOV", "Washington"), ("CHNMIL", "CHN", "MIL", "the PLA"),
           ("IGOUNO", None, None, "the United Nations")]  # fmt: skip
_CAMEOS = [
    ("036", "03", 4.0, 1),
    ("042", "04", 1.9, 1),
    ("111", "11", -2.0, 3),
    ("190", "19", -10.0, 4),
]


def synthetic(n_events: int, per_article: int) -> list[tuple[Article, list, list[EventMention]]]:
    """Articles with ``per_article`` events each, deterministic, varied enough to be realistic."""
    items = []
    base = date(2024, 1, 1)
    for a in range((n_events + per_article - 1) // per_article):
        text = f"Synthetic story number {a}. " * 20
        art = Article(f"bench{a:08d}", f"bench/{a}.txt", "txt", text, text, outlet="Bench Wire",
                      published=base + timedelta(days=a % 365))  # fmt: skip
        sentences = [(i, i * 28, i * 28 + 27, text[i * 28 : i * 28 + 27]) for i in range(20)]
        events = []
        for i in range(min(per_article, n_events - a * per_article)):
            src, tgt = _ACTORS[(a + i) % 5], _ACTORS[(a + 2 * i + 1) % 5]
            cameo, root, gold, quad = _CAMEOS[(a * 7 + i) % 4]
            events.append(EventMention(
                event_id=f"{art.article_id}-{i}", article_id=art.article_id,
                article_path=art.path, outlet=art.outlet, published=art.published,
                date=art.published - timedelta(days=1), date_precision="day",
                date_basis="relative", source_code=src[0], source_country=src[1],
                source_sector=src[2], source_name=src[3], target_code=tgt[0],
                target_country=tgt[1], target_sector=tgt[2], target_name=tgt[3], cameo=cameo,
                cameo_root=root, cameo_name="synthetic", plover=None, plover_mode=None,
                goldstein=gold, quad_class=quad, sentence=sentences[i % 20][3],
                evidence_start=0, evidence_end=10, modality="asserted", coder="bench",
                sentence_index=i % 20, date_text="yesterday",
            ))  # fmt: skip
        items.append((art, sentences, events))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--per-article", type=int, default=10)
    parser.add_argument("--batch", type=int, default=500, help="articles per write_batch call")
    args = parser.parse_args()

    items = synthetic(args.events, args.per_article)
    n_events = sum(len(e) for _, _, e in items)
    n_sentences = sum(len(s) for _, s, _ in items)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        with Store(path) as store:
            start = time.perf_counter()
            for i in range(0, len(items), args.batch):
                result = store.write_batch(items[i : i + args.batch], coder="bench")
                assert not result.failed, result.failed[:3]
            write_s = time.perf_counter() - start

            start = time.perf_counter()
            rewrite = store.write_batch(items[: args.batch])
            known_s = time.perf_counter() - start
            assert len(rewrite.known) == min(args.batch, len(items))

            start = time.perf_counter()
            n_dyad = store.events(EventFilter(dyad=("KOR", "PRK"), cameo="1")).num_rows
            query_s = time.perf_counter() - start
            start = time.perf_counter()
            n_all = store.events().num_rows
            read_all_s = time.perf_counter() - start
            assert n_all == n_events
        size_mb = path.stat().st_size / 1e6
    print(json.dumps({
        "articles": len(items), "events": n_events, "sentences": n_sentences,
        "batch_articles": args.batch, "write_s": round(write_s, 3),
        "events_per_s": round(n_events / write_s), "articles_per_s": round(len(items) / write_s),
        "known_batch_s": round(known_s, 4), "dyad_query_s": round(query_s, 4),
        "dyad_rows": n_dyad, "read_all_s": round(read_all_s, 3), "file_mb": round(size_mb, 1),
    }, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
