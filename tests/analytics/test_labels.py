from __future__ import annotations

import pytest

from communique.analytics.labels import load_labels


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("China", "CHN"),
        ("north korea", "PRK"),
        ("PRK", "PRK"),
        ("prkmil", "PRKMIL"),
        ("United Nations", "IGOUNO"),
    ],
)
def test_resolve_party(text: str, code: str) -> None:
    assert load_labels().resolve_party(text) == code


def test_names_from_codes() -> None:
    labels = load_labels()
    assert labels.short_name("CHNGOV") == "China"
    assert labels.short_name("PRKMED") == "North Korea (Media)"
    assert labels.formal_name("CHNGOV", "CHN") == "Government (China)"
    assert labels.formal_name("CHN") == "China"
    assert labels.short_name("IGOUNO") == "United Nations"
    assert labels.short_name("ZZZXYZ") == "ZZZXYZ"  # unknown codes are shown as they are
    assert labels.split("DNKGRLGOV") == ("DNKGRL", "GOV")  # the longest country code wins
