"""The ``Coder`` interface and the coder registry.

The built-in rule coder is registered exactly the way an outside coder would be: through the
``communique.coders`` entry-point group (see pyproject.toml).  A third-party package exposes
``[project.entry-points."communique.coders"] "mycoder.v1" = "pkg.module:MyCoder"`` and
``communique eval --coder mycoder.v1`` finds it.  No import-time work: entry points are loaded
only when a coder is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from communique.errors import CoderError
from communique.types import EventMention, ParsedArticle

DEFAULT_CODER = "rule.v1"
ENTRY_POINT_GROUP = "communique.coders"


@runtime_checkable
class Coder(Protocol):
    """Turns one parsed article into event mentions.  Must be a pure function of its input
    (and of the dictionaries it was built with) so it can run in a worker process."""

    name: str  # versioned, recorded on every event, e.g. "rule.v1"

    def code(self, article: ParsedArticle) -> list[EventMention]: ...


CoderFactory = Callable[..., Coder]


def available_coders() -> list[str]:
    """Names of every registered coder (built-in and installed plug-ins)."""
    return sorted(ep.name for ep in entry_points(group=ENTRY_POINT_GROUP))


def get_coder(name: str = DEFAULT_CODER, **options: object) -> Coder:
    """Build the coder registered under ``name``; ``options`` go to its factory."""
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            factory: CoderFactory = ep.load()
            return factory(**options)
    raise CoderError(
        f"unknown coder {name!r}; installed: {', '.join(available_coders()) or 'none'}"
    )


def code_all(coder: Coder, articles: Sequence[ParsedArticle]) -> list[list[EventMention]]:
    """Code a batch; one list of mentions per article, in order."""
    return [coder.code(a) for a in articles]
