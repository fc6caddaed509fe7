"""Deaths told as the outcome of an attack, or of a war between two sides.  All sentences are
our own, wire style."""

from __future__ import annotations

import pytest
from eventcheck import show

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Boko Haram militants attacked a Nigerian army base in Borno, killing 12 soldiers.",
            "NGA",
            "NGA",
        ),
        ("Rebels ambushed a Malian army convoy near Gao, killing 20 soldiers.", None, "MLI"),
        (
            "Al-Shabaab fighters stormed a Somali military camp, killing at least nine soldiers.",
            "SOM",
            "SOM",
        ),
    ],
)
def test_a_killing_participle_is_the_attacks_outcome(
    code, text: str, source: str | None, target: str
) -> None:
    events = [e for e in code(text) if e.cameo_root in {"18", "19", "20"}]
    # one act, aimed at the attacked side: no second, target-less killing
    assert len(events) == 1, show(events)
    [attack] = events
    assert attack.target_country == target, show(events)
    assert source is None or attack.source_country == source, show(events)


@pytest.mark.parametrize(
    "text",
    [
        "The war between Ethiopia and Eritrea killed tens of thousands of people.",
        "The conflict between Armenia and Azerbaijan has killed thousands of civilians.",
        "Fighting between Sudan's army and the Rapid Support Forces has killed 15,000 people.",
    ],
)
def test_a_war_between_two_sides_makes_neither_the_killer(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo_root in {"18", "19", "20"} and e.source_code for e in events), show(
        events
    )


def test_one_sides_shelling_still_kills(code) -> None:
    events = code("Russian shelling has killed 12 Ukrainian soldiers near Bakhmut.")
    assert any(
        e.cameo_root in {"18", "19"} and e.source_country == "RUS" and e.target_country == "UKR"
        for e in events
    ), show(events)
