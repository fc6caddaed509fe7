"""Source and target slots the parser misplaces (events/roles.py): a title-and-name object parsed
as an adverbial, date adverbials that are no recipient, and forces "engaged in" an act.
Wire-style sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import asserted, show, show_plover
from eventcheck import has_asserted as _has

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ misparsed object of a meeting


def test_title_and_name_object_parsed_as_adverbial_is_the_recipient(code) -> None:
    events = code(
        "Egyptian President Abdel Fattah al-Sisi met Ethiopian Prime Minister Abiy Ahmed "
        "in Cairo on Monday."
    )
    assert _has(events, "EGY", "ETH", "04"), show(events)


def test_date_adverbial_is_no_recipient(code) -> None:
    events = code("French President Emmanuel Macron met German Chancellor Olaf Scholz Monday.")
    assert _has(events, "FRA", "DEU", "04"), show(events)
    from_france = [e for e in asserted(events) if (e.source_code or "").startswith("FRA")]
    assert all((e.target_code or "").startswith("DEU") for e in from_france), show(events)


# ------------------------------------------------------------------ "X were engaged in" an act


def test_forces_engaged_in_an_act_are_its_source(coded) -> None:
    events = coded("Burmese troops were engaged in ethnic cleansing against the Rohingya minority.")
    assert any(
        (e.source_code or "").startswith("MMR") and e.cameo.startswith("20") for e in events
    ), show_plover(events)


def test_engaged_by_an_agent_stays_passive(coded) -> None:
    events = coded("Syrian troops were engaged by Turkish artillery near the border.")
    assert not any((e.source_code or "").startswith("SYR") for e in events), show_plover(events)
