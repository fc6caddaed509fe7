"""Social groups named only by a common noun ("workers went on strike", "a rights group
criticised ...") become sector-only sources of protest, demands, refusals and criticism
(events/collectives.py and its table).  Wire-style sentences we wrote ourselves."""

from __future__ import annotations

import pytest
from eventcheck import asserted, show_plover

from communique.events.collectives import load_collectives, parse_collectives

# ------------------------------------------------------------ table (fast)


def test_table_reads_single_and_multiword_rows() -> None:
    table = parse_collectives("# c\nwords\tsector\tnote\nworker\tLAB\nrights group\thri\n")
    assert table.sector(("worker",)) == "LAB"
    assert table.sector(("rights", "group")) == "HRI"
    assert table.sector(("group",)) is None


def test_table_row_without_sector_names_its_line() -> None:
    with pytest.raises(ValueError, match="line 3"):
        parse_collectives("# c\nwords\tsector\nworker\n")


def test_builtin_table_codes_labour_and_students() -> None:
    table = load_collectives()
    assert table.sector(("worker",)) == "LAB"
    assert table.sector(("student",)) == "EDU"


# ------------------------------------------------------------ coded sentences (spaCy)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover", "sector"),
    [
        ("Thousands of dock workers went on strike at the port on Monday.", "PROTEST", "LAB"),
        ("Hundreds of farmers blocked the main highway into the capital on Friday.",
         "PROTEST", "AGR"),
        ("Islamic fundamentalists began a hunger strike in the city on Sunday.", "PROTEST", "RAD"),
        ("Prisoners rioted at the central jail on Monday.", "PROTEST", "CVL"),
        ("Angry teachers marched through the city and demanded the resignation of the minister.",
         "REQUEST", "EDU"),
    ],
)  # fmt: skip
def test_group_named_by_noun_is_a_sector_source(code, text: str, plover: str, sector: str) -> None:
    events = asserted(code(text), plover)
    assert events, show_plover(code(text))
    assert {e.source_sector for e in events} == {sector}
    assert all(e.source_country is None for e in events)


@pytest.mark.slow
def test_rights_group_criticism_has_both_sides(code) -> None:
    events = asserted(code("A human rights group criticised the Egyptian government on Tuesday."))
    assert [(e.source_code, e.target_code, e.plover) for e in events] == [
        ("HRI", "EGYGOV", "ACCUSE")
    ]


@pytest.mark.slow
def test_purpose_clause_shares_the_group(code) -> None:
    events = asserted(code("Thousands of miners went on strike on Monday to demand higher pay."))
    assert {(e.source_code, e.plover) for e in events} >= {("LAB", "PROTEST"), ("LAB", "REQUEST")}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Students were beaten by unidentified men near the campus on Friday.",  # victims
        "The workers said the talks with the company had been constructive.",  # no protest
    ],
)
def test_no_sector_source_where_the_group_did_not_protest(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.source_code in {"EDU", "LAB"}], show_plover(events)
