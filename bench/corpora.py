"""The texts the coder benchmarks and the output-equivalence check run on, parsed once.

Parsing is most of a pipeline's cost and is not what coder optimisations change, so the
parsed articles are pickled to a cache file: the benchmark then times actor resolution and
event coding alone, and the before/after output check codes byte-identical parses.

Sets: the four gold files the project scores on (GSR, UD, PLOVER, our sample gold), the
bundled sample corpus, and the benchmark corpus (the sample corpus repeated with a copy
marker in every article, as ``bench_pipeline.py`` builds it).  Each set carries the extra
actor dictionaries its gold file is scored with (the PETRARCH unit-test suites need theirs).
"""

from __future__ import annotations

import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path

from communique.database import sample_corpus_dir
from communique.eval.codebook import Codebook
from communique.eval.dictionaries import actor_files_for
from communique.eval.gold import load_gold
from communique.eval.runner import build_gold_article
from communique.ingest import load_articles
from communique.nlp import Parser
from communique.types import Article, ParsedArticle

SHARED_EVAL = Path("/work/shared/eval")
GOLD_FILES: tuple[Path, ...] = (
    SHARED_EVAL / "universalpetrarch_petr2_gsr_validation.jsonl",
    SHARED_EVAL / "universalpetrarch_unittest_records_ud.jsonl",
    SHARED_EVAL / "plover_gsr_cameo_manual.jsonl",
)
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "communique_bench_parsed.pkl"


@dataclass(frozen=True)
class ParsedSet:
    """One named set of parsed articles and the extra actor files its coder loads."""

    name: str
    actor_files: tuple[Path, ...]
    articles: tuple[ParsedArticle, ...]


def bench_corpus(root: Path, copies: int) -> None:
    """Write ``copies`` variants of each sample article (a copy number in the headline)."""
    for n in range(copies):
        for path in sorted(sample_corpus_dir().iterdir()):
            if path.suffix not in {".txt", ".html"}:
                continue
            text = path.read_text(encoding="utf-8")
            marker = f" (copy {n})"
            if path.suffix == ".txt":
                first, _, rest = text.partition("\n")
                text = first + marker + "\n" + rest.replace("\n\n", f"\n\nRef {n}.\n\n", 1)
            else:
                text = text.replace("</h1>", f"{marker}</h1><p>Ref {n}.</p>", 1)
            (root / f"{n:03d}_{path.name}").write_text(text, encoding="utf-8")


def _gold_articles(path: Path, codebook: Codebook) -> list[Article]:
    gold = load_gold(path, is_cameo=codebook.is_cameo, normalise_plover=codebook.normalise_plover)
    return [build_gold_article(item) for item in gold.items]


def _loaded(paths: list[str]) -> list[Article]:
    return [a for a in load_articles(paths) if isinstance(a, Article)]


def build_sets(copies: int, src_root: Path) -> list[ParsedSet]:
    """Parse every set (slow: minutes).  ``src_root`` is the tree whose sample gold is used."""
    codebook = Codebook.from_ontology()
    parser = Parser()
    raw: list[tuple[str, tuple[Path, ...], list[Article]]] = []
    for path in GOLD_FILES:
        raw.append((path.stem, actor_files_for(path), _gold_articles(path, codebook)))
    sample_gold = src_root / "communique" / "data" / "gold" / "sample.gold.jsonl"
    raw.append(("sample.gold", (), _gold_articles(sample_gold, codebook)))
    raw.append(("sample_corpus", (), _loaded([str(sample_corpus_dir())])))
    with tempfile.TemporaryDirectory() as tmp:
        bench_corpus(Path(tmp), copies)
        raw.append((f"bench_corpus_x{copies}", (), _loaded([tmp])))
    return [ParsedSet(n, files, tuple(parser.parse(arts))) for n, files, arts in raw]


def parsed_sets(cache: Path, copies: int, src_root: Path) -> list[ParsedSet]:
    """The parsed sets from ``cache``, parsing and writing it first when it is missing."""
    if cache.is_file():
        with cache.open("rb") as fh:
            return pickle.load(fh)
    sets = build_sets(copies, src_root)
    with cache.open("wb") as fh:
        pickle.dump(sets, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return sets
