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


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Brazil said the vote violated international law and urged Venezuela to publish "
            "the full results.",
            "BRA",
            "VEN",
        ),
        (
            "Lukashenko said the talks had been productive and expressed support for "
            "China's peace plan.",
            "BLR",
            "CHN",
        ),
    ],
)
def test_a_verbal_act_after_a_clause_about_a_thing_is_the_speakers(
    code, text: str, source: str, target: str
) -> None:
    events = code(text)
    dyads = {(e.source_country, e.target_country) for e in events}
    assert (source, target) in dyads, show(events)


def test_a_material_act_keeps_its_inanimate_subject(code) -> None:
    events = code(
        "Kenyan officials said the explosion destroyed a police post and wounded three "
        "Somali traders near the border."
    )
    assert not any(e.source_country == "KEN" for e in events), show(events)
