"""A "by" gerund under a frame's light complement ("urged X to do more by imposing ...") is
what is asked, promised or agreed, not an act done (framing.manner_gerunds; real spaCy
parses)."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, done_codes, show

pytestmark = pytest.mark.slow


def test_urging_a_state_to_do_more_by_imposing_sanctions_is_no_sanction(code) -> None:
    events = code("Britain urged India to do more by imposing sanctions on Myanmar's junta.")
    assert not country_dyads(events, "16"), show(events)
    assert ("GBR", "IND") in country_dyads(events, "0") | country_dyads(events, "1"), show(events)


def test_calling_on_a_state_to_show_good_faith_by_freeing_sailors_asks_for_release(
    code,
) -> None:
    events = code(
        "The Philippines called on Beijing to show good faith by freeing the detained sailors."
    )
    assert ("PHL", "CHN") in country_dyads(events, "02"), show(events)
    assert "0841" not in done_codes(events), show(events)


def test_urging_a_bloc_to_go_further_by_sealing_borders_is_no_blockade(code) -> None:
    events = code("Estonia urged NATO to go further by sealing the alliance's eastern border.")
    assert not country_dyads(events, "19"), show(events)


def test_a_done_act_by_gerund_outside_any_frame_is_still_coded(code) -> None:
    events = code("Poland responded on Friday by expelling three Belarusian diplomats.")
    assert ("POL", "BLR") in country_dyads(events, "161"), show(events)
