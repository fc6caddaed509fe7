"""Shared fixtures for the event tests: one real pipeline (spaCy model) per session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]


@pytest.fixture(scope="session")
def code() -> Coder:
    """Code one text with the real pipeline (loads the spaCy model once)."""
    from communique.pipeline import Pipeline

    pipeline = Pipeline()

    def run(text: str) -> list[EventMention]:
        return pipeline.code_text(text, published=date(2024, 5, 6))[1]

    return run
