"""Shared fixtures for the event tests: one real pipeline (spaCy model) per session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from communique.pipeline import Pipeline
from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The built-in pipeline; the spaCy model loads once per session, on first use."""
    return Pipeline()


@pytest.fixture(scope="session")
def code(pipeline: Pipeline) -> Coder:
    """Code one text as if published on 2024-05-06 (a Monday)."""
    return lambda text: pipeline.code_text(text, published=date(2024, 5, 6))[1]


@pytest.fixture(scope="session")
def coded(pipeline: Pipeline) -> Coder:
    """Code one text as if published on 2004-06-01 (office holders of that year apply)."""
    return lambda text: pipeline.code_text(text, published=date(2004, 6, 1))[1]
