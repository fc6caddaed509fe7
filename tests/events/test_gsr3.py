"""PETR2 GSR third pass: phenomena found by classing the GSR misses, re-created in wire-style
sentences we wrote ourselves.  They run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import show

pytestmark = pytest.mark.slow


def _empathy(events):
    return [e for e in events if e.cameo == "018"]


# ------------------------------------------------- 1. condolences go to the place a loss struck


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Japanese prime minister offered condolences over the earthquake in Turkey.", "TUR"),
        ("The German chancellor expressed sorrow for the floods in Pakistan on Monday.", "PAK"),
        ("France sent condolences to the families of the victims of the bombing in Egypt.", "EGY"),
        ("Canada expressed sympathy for Japan after the tsunami.", "JPN"),
    ],
)
def test_empathy_targets_the_stricken_party(code, text: str, target: str) -> None:
    events = _empathy(code(text))
    assert events, show(code(text))
    assert all((e.target_code or "").startswith(target) for e in events), show(events)


def test_empathy_where_the_speaker_stands_is_no_target(code) -> None:
    """The place hangs on the comment's verb, not on the loss: it is only where they spoke."""
    text = "The Spanish foreign minister expressed sorrow in Paris over the death of the soldiers."
    events = _empathy(code(text))
    assert all(not (e.target_code or "").startswith("FRA") for e in events), show(events)


def test_empathy_follows_the_victims_to_the_place_of_the_loss(code) -> None:
    """ "the victims of the avalanche in Austria": the place hangs two "of" phrases down."""
    text = "Italy expressed grief for the victims of the avalanche in Austria."
    events = _empathy(code(text))
    assert [e.target_code for e in events] == ["AUT"], show(events)
    assert all(e.source_code == "ITA" for e in events), show(events)


# ------------------------------------------------- 2. a city before a meeting noun is its venue


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the Vienna talks with Iran had stalled.",
        "The Beijing summit with Japan ended without a joint statement.",
        "The envoy attended the Vienna talks with Iran on Tuesday.",
    ],
)
def test_city_before_a_meeting_is_no_party(code, text: str) -> None:
    events = code(text)
    venue = ("AUT", "CHN")
    assert not any(
        e.source_code.startswith(venue) or (e.target_code or "").startswith(venue) for e in events
    ), show(events)


def test_a_pair_before_a_meeting_still_meets(code) -> None:
    events = code("The Washington-Moscow talks resumed in Geneva on Monday.")
    pairs = {(e.source_code[:3], (e.target_code or "")[:3]) for e in events}
    assert ("USA", "RUS") in pairs or ("RUS", "USA") in pairs, show(events)


def test_a_city_before_a_proposal_is_still_its_author(code) -> None:
    """Only meetings have venues: "the Moscow proposal" is Russia's."""
    events = code("Kyiv rejected the Moscow proposal on Friday.")
    assert any(
        e.source_code.startswith("UKR") and (e.target_code or "").startswith("RUS") for e in events
    ), show(events)


# ------------------------------ 3. "The N detained for X were freed by Y": the misparsed relative


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Two Turkish journalists detained for spying on the army were freed by Iran.",
            "IRN",
            "TUR",
        ),
        (
            "The Ukrainian sailors held for crossing the strait were released by Russia on Monday.",
            "RUS",
            "UKR",
        ),
    ],
)
def test_release_after_a_reduced_relative(code, text: str, source: str, target: str) -> None:
    events = code(text)
    freed = [e for e in events if e.cameo.startswith("084")]
    assert any(
        e.source_code.startswith(source) and (e.target_code or "").startswith(target) for e in freed
    ), show(events)
    # the detained are what the participle was done to, never its doer
    assert not any(e.source_code.startswith(target) for e in events), show(events)


def test_coordinated_passive_keeps_the_active_first_verb(code) -> None:
    """With its "and" the first verb is a real main verb: the troops still attacked."""
    events = code("Syrian troops attacked the rebel town and were repelled by the rebels.")
    assert any(e.source_code.startswith("SYR") and e.cameo.startswith("19") for e in events), show(
        events
    )


# ------------------------- 4. killed in shelling "in the north of X": the region is inside X


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Three civilians were killed in Russian artillery shelling in the north of Ukraine "
            "on Sunday, officials said.",
            "RUS",
            "UKR",
        ),
        ("Two soldiers were killed in a Turkish air strike in the north of Iraq.", "TUR", "IRQ"),
        ("Syrian troops shelled villages in the south of Lebanon.", "SYR", "LBN"),
    ],
)
def test_force_in_a_region_of_a_country_is_aimed_at_it(code, text, source, target) -> None:
    events = [e for e in code(text) if e.cameo[:2] in {"18", "19", "20"}]
    assert any(
        e.source_code.startswith(source) and (e.target_code or "").startswith(target)
        for e in events
    ), show(events)
