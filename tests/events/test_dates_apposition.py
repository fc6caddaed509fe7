"""A clause governed by "N days after" whose subject carries an apposition ("a day after
Lavrov, Russia's foreign minister, warned ...") is not cut at the apposition's commas
(events/dates_choose.py), on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from communique.events.dates import event_date

THURSDAY = date(2023, 9, 14)


def _at(text: str, word: str) -> date | None:
    i = text.index(word)
    return event_date(text, THURSDAY, anchor=(i, i + len(word))).value


def test_an_apposed_subject_keeps_the_governed_clause_whole() -> None:
    text = (
        "The drills began a day after Sergei Lavrov, the Russian foreign minister, "
        "warned Tokyo against hosting U.S. missiles."
    )
    assert _at(text, "warned") == date(2023, 9, 13)
    assert _at(text, "began") == THURSDAY


def test_a_longer_count_back_through_an_apposition() -> None:
    text = (
        "The sanctions came three days after Wang Wenbin, a spokesman for the ministry, "
        "criticised the visit."
    )
    assert _at(text, "criticised") == date(2023, 9, 11)


def test_a_fronted_after_clause_still_ends_at_its_comma() -> None:
    text = "Two days after the summit, Seoul announced new sanctions."
    assert _at(text, "announced") == THURSDAY


def test_a_main_clause_after_a_named_subject_is_not_an_apposition() -> None:
    # the name is the whole governed clause's subject only if a verb follows the aside
    text = "A week after Brussels, the ministers met again in Paris, officials said."
    assert _at(text, "met") != date(2023, 9, 7)
