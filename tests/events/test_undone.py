"""Undoing an earlier agreement (events/undone.py): scrapping or cancelling it is aimed at the
partner the story named before, or at nobody.  Wire-style sentences we wrote ourselves; they run
the real parse."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------ undoing an earlier agreement


def test_scrapping_the_agreement_targets_its_earlier_partner(code) -> None:
    events = code(
        "Ankara and Athens signed a migration accord in 2019. "
        "On Monday Ankara scrapped the agreement."
    )
    assert ("TUR", "GRC") in country_dyads(events, "16"), show(events)


def test_scrapping_an_agreement_with_no_partner_in_the_story_names_nobody(code) -> None:
    events = code("The Indian government scrapped the agreement on Monday.")
    assert not [e for e in events if e.cameo.startswith("16") and e.target_code], show(events)


def test_cancelling_an_agreement_named_before_reduces_relations_with_its_partner(code) -> None:
    events = code(
        "Seoul and Tokyo signed a military intelligence pact in 2016. "
        "On Monday Seoul cancelled the pact."
    )
    assert any(
        e.cameo == "160" and e.source_country == "KOR" and e.target_country == "JPN" for e in events
    ), show(events)
