from __future__ import annotations

import pytest

from communique.eval import SharedParserFactory


@pytest.fixture(scope="session")
def real_factory() -> SharedParserFactory:
    """The real pipeline factory, once per session: the spaCy model loads at most once and
    is shared by every slow eval test (and by the pipelines built for each actor-file set)."""
    pytest.importorskip("communique.events.rule_coder", reason="the rule coder has not landed")
    return SharedParserFactory()
