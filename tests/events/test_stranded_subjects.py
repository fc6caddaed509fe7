"""Prisoner swaps told in one sentence: "A freed X on <day> and B released Y" -- the parser
strands B as a conjunct of the day; B is still the subject of the second act."""

from __future__ import annotations

import pytest
from eventcheck import done_dyads, show

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, second",
    [
        (
            "Russia freed two Ukrainian soldiers on Friday and Ukraine released 40 Russian "
            "prisoners.",
            ("UKR", "RUS"),
        ),
        (
            "Armenia freed five Azerbaijani soldiers on Tuesday and Azerbaijan released "
            "12 Armenian detainees.",
            ("AZE", "ARM"),
        ),
    ],
)
def test_the_second_releaser_is_not_the_first_ones_doer(code, text, second) -> None:
    events = code(text)
    dyads = {(s, t) for s, t, c in done_dyads(events) if c.startswith("08")}
    assert second in dyads, show(events)
    assert (second[1], second[1]) not in dyads, show(events)


def test_a_properly_parsed_second_subject_is_untouched(code) -> None:
    events = code("Egypt hosted the talks on Monday and Qatar sent a delegation.")
    assert not any(e.source_country == "EGY" and e.cameo.startswith("07") for e in events), show(
        events
    )
