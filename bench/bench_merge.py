"""Benchmark: merging synthetic event mentions into canonical events.

Usage: ``python bench/bench_merge.py [--mentions 100000] [--seed 7] [--incremental 1000]``.
Generates realistic synthetic reports (many dyads with a skewed popularity, dates over five
years, 1-5 reports per happening from different outlets, with the variation real coders
produce: agency vs country codes, both directions of joint acts, visits reported as hostings,
relative and publication-fallback dates, vague "this month" dates, a few non-acts).  Merges
them in one batch, then merges the last ``--incremental`` reports into the clusters of the
rest, and scores the clusters against the known happenings (pairwise precision/recall).
Writes ``bench/results/merge.json`` and prints the same JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time
from collections import Counter
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from communique.merge import Merger, merge
from communique.ontology import load_ontology
from communique.types import EventMention

COUNTRIES = [
    "USA", "CHN", "RUS", "PRK", "KOR", "JPN", "UKR", "IRN", "ISR", "SAU", "IND", "PAK", "TUR",
    "DEU", "FRA", "GBR", "SYR", "IRQ", "AFG", "EGY", "VNM", "PHL", "TWN", "BRA", "MEX", "VEN",
    "CUB", "NGA", "ETH", "SDN", "LBY", "YEM", "QAT", "ARE", "JOR", "LBN", "POL", "BLR", "GEO",
    "ARM", "AZE", "KAZ", "MMR", "THA", "IDN", "MYS", "AUS", "NZL", "CAN", "ITA", "ESP", "GRC",
    "SRB", "HUN", "ZAF", "KEN", "SOM", "MLI", "COL", "ARG",
]  # fmt: skip
SECTORS = ["", "GOV", "MIL", "GOV", ""]
CODES = [
    "010", "013", "020", "030", "036", "040", "040", "042", "046", "051", "057", "061", "071",
    "090", "111", "112", "120", "130", "138", "141", "150", "163", "172", "190", "193", "195",
]  # fmt: skip
JOINT = {"030", "040", "046", "057", "061"}
OUTLETS = ["Yonhap", "Kyodo", "Reuters", "AP", "AFP", "Xinhua", "TASS", "BBC", "NHK", "KCNA"]
VOCAB = [f"w{i}" for i in range(3000)]
START = date(2020, 1, 1)


def _actor(rnd: random.Random, country: str) -> str:
    return country + rnd.choice(SECTORS)


def synthetic(n: int, seed: int) -> list[tuple[EventMention, str]]:
    """``n`` mentions, each with the id of the happening it reports (for scoring)."""
    rnd = random.Random(seed)
    onto = load_ontology()
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(COUNTRIES))]
    out: list[tuple[EventMention, str]] = []
    h = 0
    while len(out) < n:
        h += 1
        a, b = rnd.choices(COUNTRIES, weights, k=2)
        if a == b:
            continue
        code = rnd.choice(CODES)
        day = START + timedelta(days=rnd.randrange(5 * 365))
        topic = rnd.sample(VOCAB, 6)
        symmetric = code in JOINT and rnd.random() < 0.8
        for k in range(rnd.choice([1, 1, 2, 2, 3, 3, 4, 5])):
            if len(out) >= n:
                break
            src, tgt, c = a, b, code
            if symmetric and rnd.random() < 0.5:
                src, tgt = b, a
            if code == "042" and rnd.random() < 0.3:
                src, tgt, c = b, a, "043"
            lag = rnd.choice([0, 0, 0, 1, 1, 2])
            published = day + timedelta(days=lag)
            roll = rnd.random()
            when, precision, basis = day, "day", "explicit"
            if roll < 0.3:
                basis = "relative"
            elif roll < 0.42:
                when, basis = published, "publication"
            elif roll < 0.46:
                when, precision, basis = day.replace(day=1), "month", "relative"
            modality = rnd.choices(
                ["asserted", "reported", "negated", "hypothetical"], [90, 4, 3, 3]
            )[0]
            words = rnd.sample(topic, 4) + rnd.sample(VOCAB, 4)
            centry = onto.cameo(c)
            src_code, tgt_code = _actor(rnd, src), _actor(rnd, tgt)
            article = f"h{h}-{k}"
            mention = EventMention(
                event_id=f"{article}-e", article_id=article, article_path=f"bench/{article}.txt",
                outlet=rnd.choice(OUTLETS), published=published, date=when,
                date_precision=precision, date_basis=basis, source_code=src_code,
                source_country=src, source_sector=None, source_name=src, target_code=tgt_code,
                target_country=tgt, target_sector=None, target_name=tgt, cameo=c,
                cameo_root=centry.root, cameo_name=centry.name, plover=centry.plover,
                plover_mode=centry.plover_mode, goldstein=centry.goldstein,
                quad_class=centry.quad_class, sentence=" ".join(words), evidence_start=0,
                evidence_end=10, modality=modality, coder="bench", symmetric=symmetric,
            )  # fmt: skip
            truth = f"h{h}" if modality in ("asserted", "reported") else f"h{h}-{modality}"
            out.append((mention, truth))
    return out


def pairwise_scores(truth: dict[str, str], assigned: dict[str, str]) -> dict[str, float]:
    """Pairwise precision/recall of the clustering against the known happenings."""

    def pairs(groups: dict[str, str]) -> set[tuple[str, str]]:
        by: dict[str, list[str]] = {}
        for eid, g in groups.items():
            by.setdefault(g, []).append(eid)
        return {p for ids in by.values() for p in combinations(sorted(ids), 2)}

    gold, got = pairs(truth), pairs(assigned)
    hit = len(gold & got)
    return {
        "pair_precision": round(hit / len(got), 4) if got else 1.0,
        "pair_recall": round(hit / len(gold), 4) if gold else 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--incremental", type=int, default=1000)
    parser.add_argument("--out", default=str(Path(__file__).parent / "results" / "merge.json"))
    args = parser.parse_args()

    data = synthetic(args.mentions, args.seed)
    mentions = [m for m, _ in data]
    truth = {m.event_id: t for m, t in data}
    merger = Merger.load()

    t0 = time.perf_counter()
    result = merge(mentions, merger=merger)
    seconds = time.perf_counter() - t0

    split = len(mentions) - args.incremental
    base = merge(mentions[:split], merger=merger)
    t1 = time.perf_counter()
    incremental = merge(mentions[split:], existing=base.clusters, merger=merger)
    inc_seconds = time.perf_counter() - t1

    sizes = Counter(c.num_mentions for c in result.clusters)
    report = {
        "mentions": len(mentions),
        "happenings": len(set(truth.values())),
        "clusters": len(result.clusters),
        "seconds": round(seconds, 2),
        "mentions_per_second": round(len(mentions) / seconds),
        "incremental_mentions": args.incremental,
        "incremental_seconds": round(inc_seconds, 2),
        "incremental_equals_batch": incremental.clusters == result.clusters,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "cluster_sizes": {str(k): v for k, v in sorted(sizes.items())[:8]},
        **pairwise_scores(truth, result.assignments),
        "seed": args.seed,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
