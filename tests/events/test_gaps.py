"""Six coder gaps, each a phenomenon: cooperation in a field, protesters gathering, the easing
of restrictions, figurative force, waters off a country's coast, and armed bodies "in" a
region.  Wire-style sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import show

pytestmark = pytest.mark.slow


def asserted(events):
    return [e for e in events if e.modality not in {"negated", "hypothetical"}]


def _roots(events) -> set[str]:
    return {e.cameo[:2] for e in asserted(events)}


# ------------------------------------------------------------ 1. cooperation in a field


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt and Greece signed a partnership in renewable energy on Tuesday.", {"EGY", "GRC"}),
        ("Kenya and Ethiopia launched a partnership in agriculture.", {"KEN", "ETH"}),
        ("Chile and Peru established cooperation in fisheries.", {"CHL", "PER"}),
        ("Poland and Ukraine agreed to deepen their partnership in defence.", {"POL", "UKR"}),
    ],
)
def test_partnership_in_a_field_is_material_cooperation(code, text: str, pair) -> None:
    events = asserted(code(text))
    hits = [e for e in events if e.cameo == "031"]
    assert any({e.source_code[:3], e.target_code[:3]} == pair for e in hits), show(events)


def test_partnership_without_a_field_keeps_its_relations_reading(code) -> None:
    events = asserted(code("Egypt and Greece forged a strategic partnership on Tuesday."))
    assert any(e.cameo == "050" for e in events), show(events)
    assert not any(e.cameo == "031" for e in events), show(events)


def test_partnership_in_a_region_is_no_field(code) -> None:
    events = asserted(code("Egypt and Greece agreed to deepen their ties in the region."))
    assert not any(e.cameo == "031" for e in events), show(events)


# ------------------------------------------------------------ 2. protesters gathering


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered outside the French embassy in Dakar on Friday.",
        "Hundreds of demonstrators assembled in front of the Russian embassy in Tbilisi.",
    ],
)
def test_protesters_gathering_at_an_embassy_is_a_demonstration(code, text: str) -> None:
    events = asserted(code(text))
    hits = [e for e in events if e.cameo == "141"]
    assert hits, show(events)
    assert all((e.target_code or "")[:3] in {"FRA", "RUS"} for e in hits), show(events)


def test_officials_gathering_is_no_demonstration(code) -> None:
    events = code("Foreign ministers of the European Union gathered in Brussels on Monday.")
    assert "14" not in _roots(events), show(events)


# ------------------------------------------------------------ 3. easing restrictions


@pytest.mark.parametrize(
    "text",
    [
        "Seoul announced the easing of restrictions on imports from Japan.",
        "Moscow announced the lifting of curbs on travel to Georgia.",
    ],
)
def test_announced_easing_is_a_concession_not_a_sanction(code, text: str) -> None:
    events = asserted(code(text))
    assert any(e.cameo.startswith("08") for e in events), show(events)
    assert "16" not in _roots(events), show(events)


def test_announced_restrictions_stay_a_sanction(code) -> None:
    events = asserted(code("Seoul announced new restrictions on imports from Japan."))
    assert any(e.cameo == "163" for e in events), show(events)


# ------------------------------------------------------------ 4. figurative force


@pytest.mark.parametrize(
    "text",
    [
        "Moscow used the ceasefire with Kyiv as a shield to rearm its units.",
        "The Serbian president fired back at critics in Croatia on Sunday.",
        "Venezuela fired back at Colombia, saying the report was a fabrication.",
        "Turkey unleashed a barrage of criticism at Sweden over the protest.",
        "Sweden faced a volley of accusations from Turkey.",
    ],
)
def test_figures_of_force_code_no_violence(code, text: str) -> None:
    events = code(text)
    assert not _roots(events) & {"18", "19", "20"}, show(events)


def test_a_barrage_of_criticism_is_criticism(code) -> None:
    events = asserted(code("Turkey unleashed a barrage of criticism against Sweden."))
    assert any(e.cameo.startswith("11") for e in events), show(events)


def test_literal_fire_stays_force(code) -> None:
    events = code("Syrian troops fired a barrage of rockets at Turkish positions.")
    assert _roots(events) & {"19", "15"}, show(events)


def test_people_used_as_shields_is_still_184(code) -> None:
    events = asserted(code("Rebels used villagers as shields against Malian troops."))
    assert any(e.cameo == "184" for e in events), show(events)


# ------------------------------------------------------------ 5. waters off a country's coast


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two missiles into the sea off Japan's northern coast.",
        "North Korea fired a ballistic missile into waters off the Japanese coast.",
        "China fired missiles into waters near Taiwan on Thursday.",
    ],
)
def test_fire_into_waters_off_a_country_is_aimed_at_it(code, text: str) -> None:
    events = asserted(code(text))
    launches = [e for e in events if e.cameo == "150"]
    assert any((e.target_code or "")[:3] in {"JPN", "TWN"} for e in launches), show(events)
    assert "19" not in _roots(events), show(events)


def test_fire_into_the_open_sea_has_no_target(code) -> None:
    events = asserted(code("North Korea fired a missile into the sea on Monday."))
    assert all(not e.target_code for e in events if e.cameo == "150"), show(events)


# ------------------------------------------------------------ 6. armed bodies in a region


def test_security_forces_in_a_region_are_not_that_country(code) -> None:
    events = code("Security forces in northern Niger clashed with Malian militants.")
    assert not any((e.source_code or "").startswith("NER") for e in events), show(events)


def test_nationality_named_keeps_the_country(code) -> None:
    events = asserted(code("Nigerien security forces in northern Niger clashed with militants."))
    assert any((e.source_code or "").startswith("NER") for e in events), show(events)
