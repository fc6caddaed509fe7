"""A "from" phrase after the object names its sender (events/senders.py), a capital standing for
its government; one away from the object does not.  Wire-style sentences we wrote ourselves;
they run the real parse."""

from __future__ import annotations

import pytest

from communique.types import EventMention

pytestmark = pytest.mark.slow


def dyads(events: list[EventMention]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo_root) for e in events}


# --------------------------------------------------------------- reactions to a sent thing


def test_a_from_phrase_after_the_object_names_the_sender(code) -> None:
    events = code("Turkey welcomed the proposal from Russia on Monday.")
    assert ("TUR", "RUS", "05") in dyads(events)


def test_criticising_a_statement_from_a_capital_targets_its_government(code) -> None:
    events = code("Britain criticised the statement from Iran on Tuesday.")
    assert any(
        e.source_code == "GBR" and (e.target_code or "").startswith("IRN") and e.cameo_root == "11"
        for e in events
    )


def test_a_from_phrase_away_from_the_object_is_not_the_sender(code) -> None:
    # "from Geneva" says where France spoke, not who sent the plan: no sender here.
    events = code("France on Monday welcomed the plan, speaking from Geneva.")
    assert not any((e.target_code or "").startswith("CHE") for e in events)
