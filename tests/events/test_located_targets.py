"""Acts aimed at the country they are done in, when the text names no recipient."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_reduction_of_aid_in_a_country_is_aimed_at_it(coded) -> None:
    events = coded("The World Food Programme suspended food deliveries in Somalia on Monday.")
    assert any(e.plover == "SANCTION" and e.target_code == "SOM" for e in events), [
        (e.source_code, e.target_code, e.cameo) for e in events
    ]
