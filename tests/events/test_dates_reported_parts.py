"""Dates in the parts of a sentence that carry or report an act (events/dating.py), on real
parses of sentences written for these tests (published Monday 6 May 2024):

* a date inside what a "saying ..." participle reports dates that content, not the main act;
* a participle on the statement that carried the act ("in a statement issued on Saturday")
  dates the act.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 5, 6)


def _dates(code, text: str, cameo_root: str) -> set[date | None]:
    return {e.date for e in code(text) if e.cameo_root == cameo_root}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Egypt criticised Ethiopia, saying its dam began filling on Thursday.", "11"),
        ("Kenya praised Somalia, adding that the two armies met on Friday.", "05"),
    ],
)
def test_a_date_the_participle_reports_is_not_the_acts(code, text, root) -> None:
    assert _dates(code, text, root) == {PUBLISHED}


def test_saying_on_a_day_still_dates_the_act(code) -> None:
    text = "Egypt criticised Ethiopia on Friday, saying the dam was illegal."
    assert _dates(code, text, "11") == {date(2024, 5, 3)}


@pytest.mark.parametrize(
    ("text", "root", "when"),
    [
        ("Egypt criticised Ethiopia in a statement issued on Saturday.", "11", date(2024, 5, 4)),
        ("Kenya praised Somalia in a communique released on Friday.", "05", date(2024, 5, 3)),
    ],
)
def test_the_carrying_statement_dates_the_act(code, text, root, when) -> None:
    assert _dates(code, text, root) == {when}


def test_a_clause_on_another_noun_still_dates_only_that_noun(code) -> None:
    text = "Egypt criticised the dam, which Ethiopia began building in 2011."
    assert date(2011, 1, 1) not in _dates(code, text, "11")
