"""A dismissal with a "should" retort is one act: the denial (016) aimed at the party the
retort names (events/dismissals.py).  Sentences written by us."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import country_dyads, show

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Chinese foreign ministry dismissed the claim on Friday, saying Washington should "
         "look at its own human rights record.", ("CHN", "USA")),
        ("Russia rejected the accusation, saying Britain should stop interfering in its "
         "internal affairs.", ("RUS", "GBR")),
        ("Pakistan denied the allegations and said India must rein in militants on its own "
         "side of the border.", ("PAK", "IND")),
    ],
)  # fmt: skip
def test_a_dismissal_with_a_retort_is_a_denial_aimed_at_the_accuser(
    code: Coder, text: str, dyad: tuple[str, str]
) -> None:
    events = code(text)
    assert dyad in country_dyads(events, "016"), show(events)
    assert dyad not in country_dyads(events, "10"), show(events)


def test_a_demand_without_a_dismissal_stays_a_demand(code: Coder) -> None:
    events = code("Russia said Britain should stop interfering in its internal affairs.")
    assert ("RUS", "GBR") in country_dyads(events, "10"), show(events)
