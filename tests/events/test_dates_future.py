"""A stated intention is dated when it was stated; only a date inside the planned act's own
clause is read forwards."""

from __future__ import annotations

from datetime import date

from communique.pipeline import Pipeline

PUBLISHED = date(2024, 6, 4)  # a Tuesday


def _dated(pipeline: Pipeline, text: str) -> list[tuple[str, date | None]]:
    _, events = pipeline.code_text(text, published=PUBLISHED)
    return [(e.cameo, e.date) for e in events]


def test_the_day_an_intention_was_stated_is_in_the_past(pipeline: Pipeline) -> None:
    text = (
        "Beijing said late Sunday that it would temporarily lift the ban, but threatened to "
        "restore it if Japanese officials visited the shrine."
    )
    assert ("130", date(2024, 6, 2)) in _dated(pipeline, text)


def test_a_date_in_the_planned_acts_own_clause_is_read_forwards(pipeline: Pipeline) -> None:
    text = "Japan said it will hold talks with South Korea on Friday."
    assert ("036", date(2024, 6, 7)) in _dated(pipeline, text)
