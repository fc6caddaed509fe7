"""Throughput of each pipeline stage on this machine; writes bench/results/pipeline.json.

    python bench/bench_pipeline.py [--copies N]

Measures, on the bundled sample corpus repeated N times (distinct text per copy so nothing is
deduplicated):

* ingest + clean (read files, clean, extract metadata): articles/s;
* the bare spaCy parse of the cleaned texts (the floor every coder pays): words/s;
* parse + actor resolution + event coding (``Pipeline.process_batch``): words/s, articles/s,
  and the coder's overhead over the bare parse;
* merging the resulting mentions.

Numbers are wall-clock on whatever machine runs it; the JSON records the machine's cores.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from corpora import bench_corpus  # bench/ is on the path when a script here runs

from communique.ingest import load_articles
from communique.merge import merge
from communique.pipeline import Pipeline
from communique.types import Article

RESULTS = Path(__file__).parent / "results" / "pipeline.json"


def _words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        bench_corpus(root, args.copies)
        t0 = time.perf_counter()
        articles = [a for a in load_articles([str(root)]) if isinstance(a, Article)]
        ingest_s = time.perf_counter() - t0

    pipeline = Pipeline()
    nlp = pipeline.parser.nlp  # load the model outside the timings
    pipeline.get_coder()
    words = _words(articles)

    t0 = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=32):
        pass
    parse_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    processed = []
    for i in range(0, len(articles), 64):
        processed.extend(pipeline.process_batch(articles[i : i + 64]))
    code_s = time.perf_counter() - t0

    mentions = [e for p in processed for e in p.events]
    t0 = time.perf_counter()
    result = merge(mentions)
    merge_s = time.perf_counter() - t0

    results = {
        "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
        "articles": len(articles),
        "words": words,
        "ingest_clean": {
            "seconds": round(ingest_s, 3),
            "articles_per_s": round(len(articles) / ingest_s, 1),
        },
        "spacy_parse_only": {"seconds": round(parse_s, 3), "words_per_s": round(words / parse_s)},
        "parse_and_code": {
            "seconds": round(code_s, 3),
            "words_per_s": round(words / code_s),
            "articles_per_s": round(len(articles) / code_s, 1),
            "overhead_vs_parse": round(code_s / parse_s - 1, 3),
        },
        "merge": {
            "mentions": len(mentions),
            "clusters": len(result.clusters),
            "seconds": round(merge_s, 3),
        },
    }  # fmt: skip
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
