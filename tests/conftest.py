"""Test-wide settings.

Hypothesis's per-example deadline is a timing assertion, and timing belongs in ``bench/``,
not in unit tests: on a loaded two-core CI machine a first call that loads data (dateparser,
the spaCy model) can exceed it.  Property tests check behaviour only.
"""

from hypothesis import settings

settings.register_profile("communique", deadline=None)
settings.load_profile("communique")
