"""Coder-only cost: actor resolution + event coding over pre-parsed articles.

    python bench/bench_coder.py [--repeat 3] [--profile N] [--cache PARSED.pkl]

Wall time on a shared machine is noisy, so the articles are parsed once (``corpora.py``
caches them) and only ``RuleCoder.code`` (which runs ``resolve_article`` itself) is timed,
``--repeat`` times; the minimum is reported along with the parse time of the same texts, so
the coder's share of a full run can be read off.  ``--profile N`` prints the N most
expensive functions of one deterministic cProfile pass, whose function-call count is a
machine-independent measure of work.  Writes ``bench/results/coder.json``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import logging
import os
import platform
import pstats
import time
from pathlib import Path

from corpora import DEFAULT_CACHE, parsed_sets

import communique
from communique.events.rule_coder import RuleCoder
from communique.nlp import Parser
from communique.types import ParsedArticle

RESULTS = Path(__file__).parent / "results" / "coder.json"


def _code_all(coder: RuleCoder, articles: tuple[ParsedArticle, ...]) -> int:
    return sum(len(coder.code(a)) for a in articles)


def _parse_seconds(articles: tuple[ParsedArticle, ...]) -> float:
    """The bare spaCy parse of the same texts (the floor every coder pays)."""
    nlp = Parser().nlp
    t0 = time.perf_counter()
    for _ in nlp.pipe((a.article.text for a in articles), batch_size=32):
        pass
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--no-parse", action="store_true", help="skip timing the bare parse")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    sets = parsed_sets(args.cache, args.copies, Path(communique.__file__).parent.parent)
    [bench] = [s for s in sets if s.name.startswith("bench_corpus")]
    coder = RuleCoder()
    _code_all(coder, bench.articles[:5])  # warm lazy loads outside the timings

    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n_events = _code_all(coder, bench.articles)
        times.append(time.perf_counter() - t0)

    prof = cProfile.Profile()
    prof.enable()
    _code_all(coder, bench.articles)
    prof.disable()
    stats = pstats.Stats(prof)
    if args.profile:
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(args.profile)
        print(out.getvalue())

    parse_s = None if args.no_parse else _parse_seconds(bench.articles)
    code_s = min(times)
    words = sum(len(a.article.text.split()) for a in bench.articles)
    results = {
        "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
        "articles": len(bench.articles),
        "words": words,
        "events": n_events,
        "coder_seconds": [round(t, 3) for t in times],
        "coder_seconds_min": round(code_s, 3),
        "coder_words_per_s": round(words / code_s),
        "profile_function_calls": stats.total_calls,
        "profile_seconds": round(stats.total_tt, 3),
        "spacy_parse_seconds": None if parse_s is None else round(parse_s, 3),
        "coder_share_of_total": None if parse_s is None else round(code_s / (code_s + parse_s), 3),
    }  # fmt: skip
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
