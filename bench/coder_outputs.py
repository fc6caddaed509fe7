"""Prove a coder change is output-neutral: dump every event the coder makes, then diff dumps.

    python bench/coder_outputs.py dump OUT.pkl [--cache PARSED.pkl] [--copies N]
    python bench/coder_outputs.py diff BEFORE.pkl AFTER.pkl

``dump`` codes every article of every set in ``corpora.py`` (the four gold files, the
sample corpus, the benchmark corpus) from the cached parses and stores, per article, the
full tuple of every ``EventMention`` field plus the actor mentions ``resolve_article``
returns.  ``diff`` reports every article whose output differs in any field; it exits 1 if
there is one.  Run ``dump`` with the old tree on ``PYTHONPATH``, then with the new one.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import pickle
import sys
from pathlib import Path

from corpora import DEFAULT_CACHE, parsed_sets

import communique
from communique.actors import resolve_article
from communique.events.rule_coder import RuleCoder

Dump = dict[str, list[tuple[str, tuple, tuple]]]


def dump(cache: Path, copies: int) -> Dump:
    src_root = Path(communique.__file__).parent.parent
    out: Dump = {}
    for parsed in parsed_sets(cache, copies, src_root):
        coder = RuleCoder(actor_files=parsed.actor_files)
        rows = []
        for article in parsed.articles:
            assert coder.kb is not None
            actors = resolve_article(article, coder.kb, home_tables=coder.home_tables)
            events = tuple(dataclasses.astuple(e) for e in coder.code(article))
            actor_rows = tuple(tuple(dataclasses.astuple(m) for m in s) for s in actors)
            rows.append((article.article.article_id, events, actor_rows))
        out[parsed.name] = rows
        n_events = sum(len(r[1]) for r in rows)
        print(f"{parsed.name}: {len(rows)} articles, {n_events} events", file=sys.stderr)
    return out


def diff(before: Dump, after: Dump) -> int:
    """Print every difference; return how many articles differ."""
    bad = 0
    for name in sorted(set(before) | set(after)):
        a, b = before.get(name), after.get(name)
        if a is None or b is None or len(a) != len(b):
            print(f"{name}: set missing or article count differs")
            bad += 1
            continue
        for (id_a, ev_a, ac_a), (id_b, ev_b, ac_b) in zip(a, b, strict=True):
            if id_a != id_b:
                print(f"{name}: article order differs ({id_a} vs {id_b})")
                bad += 1
            elif ev_a != ev_b or ac_a != ac_b:
                bad += 1
                print(f"{name} {id_a}: {'events' if ev_a != ev_b else 'actors'} differ")
                for row in sorted(set(ev_a) ^ set(ev_b), key=repr):
                    print("   ", "-" if row in ev_a else "+", row)
        n = sum(len(r[1]) for r in a)
        print(f"{name}: {len(a)} articles, {n} events compared")
    print("IDENTICAL" if bad == 0 else f"{bad} articles differ")
    return bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    d.add_argument("--copies", type=int, default=20)
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    if args.cmd == "dump":
        with args.out.open("wb") as fh:
            pickle.dump(dump(args.cache, args.copies), fh)
        return
    with args.before.open("rb") as fa, args.after.open("rb") as fb:
        sys.exit(1 if diff(pickle.load(fa), pickle.load(fb)) else 0)


if __name__ == "__main__":
    main()
