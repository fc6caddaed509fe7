from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def coded():
    """``coded(text)`` -> the events the built-in pipeline codes from ``text``; the spaCy model
    loads once per session."""
    from datetime import date

    from communique.pipeline import Pipeline

    pipeline = Pipeline()

    def run(text: str):
        return pipeline.code_text(text, published=date(2004, 6, 1))[1]

    return run
