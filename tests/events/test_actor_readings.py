"""Who an actor phrase stands for once the coder reads it in a sentence: heads of the Holy See,
envoy titles, a country's short name, capitalised titles before unknown names and titles in
apposition to a speaker.  Wire-style sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from eventcheck import asserted, country_dyads, show, show_plover
from eventcheck import has_asserted as _has

from communique.types import EventMention

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ the Holy See's head


@pytest.mark.parametrize(
    "text",
    [
        "The pope met Argentina's president at the Vatican on Monday.",
        "Pope Francis met Argentina's president at the Vatican on Monday.",
    ],
)
def test_the_pope_stands_for_the_holy_see(code, text) -> None:
    events = code(text)
    assert _has(events, "VAT", "ARG", "04"), show(events)


def test_the_short_name_congo_follows_the_articles_capital(pipeline) -> None:
    text = (
        "KINSHASA, June 2 (Reuters) - Congo accused Uganda on Monday of arming rebels in the "
        "east, government officials in Kinshasa said."
    )
    events = pipeline.code_text(text, published=date(2024, 6, 3))[1]
    assert ("COD", "UGA") in country_dyads(events, "112"), show(events)


Coder = Callable[[str], list[EventMention]]


def dyads(events: list[EventMention]) -> set[tuple[str, str, str]]:
    return {(e.source_code[:3], (e.target_code or "")[:3], e.cameo) for e in events}


# --- the Commonwealth envoy title --------------------------------------------------------------


def test_summoning_a_high_commissioner_is_aimed_at_his_country(code: Coder) -> None:
    events = code("India summoned the British High Commissioner on Tuesday over a visa row.")
    assert any(d[:2] == ("IND", "GBR") for d in dyads(events)), events


def test_a_high_commissioner_acts_for_his_country(code: Coder) -> None:
    events = code("Kenya's High Commissioner met officials of the Ugandan foreign ministry.")
    assert any(e.source_code.startswith("KEN") and e.cameo[:2] == "04" for e in events), events


# ------------------------------------------------------------------ titles before names


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Judge Carla Mendez opened an investigation into Chilean officials.", "JUD"),
        ("General Omar Haddad accused Iran of arming the militias.", "MIL"),
    ],
)
def test_capitalised_title_before_unknown_name_is_that_official(
    coded, text: str, sector: str
) -> None:
    events = coded(text)
    assert any((e.source_code or "").endswith(sector) for e in events), show_plover(events)


# ------------------------------------------------------ 2. a speaker known by an apposition


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Jan Eliasson, the United Nations humanitarian envoy, demanded that the warring "
            "sides open the roads to aid convoys.",
            "IGOUNO",
        ),
        (
            "Piet Vandermolen, the European Union Special Representative, criticised the "
            "Serbian government's decision to close the border.",
            "IGOEU",
        ),
    ],
)
def test_title_in_apposition_names_the_speakers_organisation(code, text: str, source) -> None:
    events = asserted(code(text))
    assert any(e.source_code.startswith(source) for e in events), show_plover(events)


def test_apposition_naming_a_place_gives_no_speaker(code) -> None:
    events = asserted(code("Tom Kessler, a reporter in Kabul, criticised the ban."))
    assert not any(e.source_code and e.source_code.startswith("AFG") for e in events), show_plover(
        events
    )
