"""Test-wide settings.

Hypothesis's per-example deadline is a timing assertion, and timing belongs in ``bench/``,
not in unit tests: on a loaded two-core CI machine a first call that loads data (dateparser,
the spaCy model) can exceed it.  Property tests check behaviour only.

On CI (``CI`` set) the examples are derandomised: a landing must not depend on the luck of
the draw.  Local runs stay random, so they keep finding new cases, which then become plain
regression tests.
"""

import os

from hypothesis import settings

settings.register_profile("communique", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "communique")
