from __future__ import annotations

from pathlib import Path

import pytest

import communique
from communique.types import Article, EventMention

SAMPLE_DIR = Path(communique.__file__).parent / "data" / "sample"
GOLD_FILE = Path(communique.__file__).parent / "data" / "gold" / "sample.gold.jsonl"


@pytest.fixture(scope="session")
def sample_coded() -> tuple[list[Article], list[EventMention]]:
    """The sample corpus through the real pipeline, once per session (loads spaCy once)."""
    from communique.ingest import load_articles
    from communique.pipeline import Pipeline

    articles = [a for a in load_articles([str(SAMPLE_DIR)]) if isinstance(a, Article)]
    processed = Pipeline().process_batch(articles)
    return articles, [e for p in processed for e in p.events]
