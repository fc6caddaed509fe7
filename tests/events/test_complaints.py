"""Complaints (events/complaints.py): a complaint is about the subject of its clause, and a
complaint about one's own people has no recipient.  Wire-style sentences we wrote ourselves;
they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import asserted, show_plover

# ------------------------------------------------------------ complaints reported as a clause


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Serbian authorities are failing to protect the rights of Albanian refugees, Albania "
         "protested on Wednesday.", "SRBGOV"),
        ("Albania complained that Serbian police had closed the border crossing.", "SRBCOP"),
    ],
)  # fmt: skip
def test_complaint_is_about_the_subject_of_its_clause(code, text: str, target: str) -> None:
    events = asserted(code(text), "ACCUSE")
    assert {(e.source_code, e.target_code) for e in events} == {("ALB", target)}, show_plover(
        code(text)
    )


@pytest.mark.slow
def test_complaint_about_own_people_has_no_recipient(code) -> None:
    events = code("Albania complained that its farmers had lost their harvest.")
    assert not asserted(events, "ACCUSE"), show_plover(events)
