"""Permissions, refusals and announced intentions."""

from __future__ import annotations

import pytest

from communique.types import EventMention

pytestmark = pytest.mark.slow


def asserted(events: list[EventMention]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo) for e in events if e.modality == "asserted"}


def test_granting_permission_is_yielding_to_the_grantee(code) -> None:
    events = code("Ankara granted permission to the United States to use its air bases.")
    assert any(e.target_code == "USA" and e.cameo_root == "08" for e in events)


def test_refusing_permission_is_a_refusal_to_yield(code) -> None:
    events = code("Cairo said it would not give permission to Israel to send troops into Rafah.")
    assert any(t == "ISR" and c == "124" for _, t, c in asserted(events))
    # the act that was not permitted is not coded as done
    assert not any(c.startswith(("15", "19")) for _, _, c in asserted(events))


def test_an_announced_release_is_an_intent_towards_the_prisoners_country(code) -> None:
    events = code("Israel announced it would free 200 Palestinian prisoners next month.")
    found = {(e.source_code, e.target_code, e.cameo_root, e.modality) for e in events}
    assert ("ISR", "PSE", "03", "future") in found
