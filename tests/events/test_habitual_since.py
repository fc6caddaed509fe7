"""A perfect "since <month> <year>" is a standing relation with no day of its own, like
"since <year>"; "since Monday" stays today's news.  All sentences are our own, wire style."""

from __future__ import annotations

import pytest
from eventcheck import sentence_from_spec, show

from communique.events.habitual import standing_cue
from communique.events.syntax import Tree


def _tree(spec: str) -> Tree:
    return Tree.of(sentence_from_spec(spec))


def test_since_month_and_year_on_a_perfect_is_standing() -> None:
    tree = _tree(
        "Russia/Russia/PROPN/nsubj/2 has/have/AUX/aux/2 attacked/attack/VERB/ROOT/2"
        " Ukraine/Ukraine/PROPN/dobj/2 since/since/SCONJ/prep/2 February/February/PROPN/pobj/4"
        " 2022/2022/NUM/nummod/5"
    )
    assert standing_cue(tree, 2) == "since February 2022"


def test_since_a_weekday_is_not_standing() -> None:
    tree = _tree(
        "Russia/Russia/PROPN/nsubj/2 has/have/AUX/aux/2 shelled/shell/VERB/ROOT/2"
        " Kharkiv/Kharkiv/PROPN/dobj/2 since/since/SCONJ/prep/2 Monday/Monday/PROPN/pobj/4"
    )
    assert standing_cue(tree, 2) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Russia has attacked Ukraine since February 2022.",
        "Israel has blockaded the Gaza Strip since June 2007, the report said.",
        "Saudi-led forces have bombed Yemen since 26 March 2015.",
        "Saudi-led forces have bombed Yemen since March 26, 2015.",
    ],
)
def test_a_dated_start_gives_no_publication_day(code, text: str) -> None:
    events = [e for e in code(text) if e.cameo_root in {"18", "19"}]
    assert events, show(events)
    assert all(e.date_basis == "none" and e.date is None for e in events), show(events)


@pytest.mark.slow
def test_since_monday_keeps_its_day(code) -> None:
    events = [e for e in code("Russia has shelled Kharkiv since Monday.") if e.cameo_root == "19"]
    assert events and all(e.date is not None for e in events), show(events)
