"""Declining to comment is no rejection (events/silence.py), and what a source would not say is not
coded as done; refusing an act is still a rejection.  Wire-style sentences we wrote ourselves;
they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import done_dyads

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- 6. no comment


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin declined to comment on the report.",
        "The Pentagon declined to confirm the strike on the convoy.",
        "A spokesman for the Israeli army refused to comment.",
        "The ministry declined to give details of the talks with Seoul.",
    ],
)
def test_declining_to_comment_is_no_rejection(code, text: str) -> None:
    assert not any(e.cameo_root == "12" for e in code(text))


def test_declining_to_comment_about_a_party_is_decline_comment(code) -> None:
    events = code("The Kremlin declined to comment on the British report on Monday.")
    assert ("RUS", "GBR", "011") in done_dyads(events)


def test_what_a_source_would_not_say_is_not_coded_as_done(code) -> None:
    events = code("The Chinese embassy declined to say whether Beijing had sent envoys to Moscow.")
    assert events == []


def test_refusing_an_act_is_still_a_rejection(code) -> None:
    events = code("Pyongyang refused to hold talks with Seoul.")
    assert any(c == "125" for _, _, c in done_dyads(events))
