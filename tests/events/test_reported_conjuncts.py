"""An appeal coordinated after a reported clause is the speaker's, not the reported clause
subject's, when it would otherwise be aimed at that subject itself
(events/reported_conjuncts.py; real spaCy parses)."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

pytestmark = pytest.mark.slow


def test_an_appeal_after_a_reported_clause_is_the_speakers(code) -> None:
    events = code(
        "German Chancellor Olaf Scholz told reporters in Berlin that Hungary had made a "
        "serious mistake and called on Budapest to reverse course."
    )
    assert ("DEU", "HUN") in country_dyads(events, "0") | country_dyads(events, "1"), show(events)


def test_an_appeal_to_another_party_keeps_the_reported_clauses_subject(code) -> None:
    events = code(
        "The spokesman said that Egypt had hosted the talks and urged Israel to accept the plan."
    )
    dyads = country_dyads(events, "0") | country_dyads(events, "1")
    assert ("EGY", "ISR") in dyads, show(events)
