"""The possessive of an agreement names the other party (events/possessors.py), unless it is the
subject's own.  Wire-style sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.types import EventMention

pytestmark = pytest.mark.slow

Coder = Callable[[str], list[EventMention]]


def dyads(events: list[EventMention]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo) for e in events}


# --- the possessive of an agreement names the other party --------------------------------------


def test_ratifying_a_countrys_accession_protocol_is_aimed_at_it(code: Coder) -> None:
    events = code("The Turkish parliament ratified Sweden's accession protocol on Tuesday.")
    assert ("TURLEG", "SWE", "057") in dyads(events)


def test_the_subjects_own_possessive_agreement_names_no_partner(code: Coder) -> None:
    events = code("Germany's parliament ratified Germany's defence treaty with Poland on Monday.")
    assert {e.target_code[:3] for e in events if e.target_code} == {"POL"}
