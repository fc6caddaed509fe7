"""Recipients given indirectly (events/recipients.py): the state of a summoned envoy, aid provided
"for" a country, and where banned imports come from or exports go.  Wire-style sentences we
wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, has_plover, show, show_plover

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------ addressee vs owner


def test_a_demand_made_through_a_summoned_envoy_is_addressed_to_the_envoys_state(code) -> None:
    events = code(
        "Latvia summoned the Belarusian ambassador on Tuesday to demand the withdrawal of "
        "Russian troops from the border."
    )
    demands = country_dyads(events, "10")
    assert ("LVA", "BLR") in demands, show(events)
    assert ("LVA", "RUS") not in demands, show(events)


def test_a_demand_without_a_summons_keeps_the_troops_owner(code) -> None:
    events = code("Finland demanded the withdrawal of Russian troops from Georgia.")
    assert ("FIN", "RUS") in country_dyads(events, "10"), show(events)


def test_a_ban_on_imports_targets_where_they_come_from(code) -> None:
    events = code("The Russian president signed a decree banning imports of wine from Georgia.")
    assert ("RUS", "GEO") in country_dyads(events, "163"), show(events)


def test_a_ban_on_exports_targets_where_they_go(code) -> None:
    events = code("Beijing banned exports of gallium to the United States on Tuesday.")
    assert ("CHN", "USA") in country_dyads(events, "163"), show(events)


# ------------------------------------------------------------------ aid provided for a party


def test_aid_provided_for_a_country_targets_it(coded) -> None:
    events = coded("Japan provided emergency aid for Haiti last week, the foreign ministry said.")
    assert has_plover(events, "AID", "JPN", "HTI"), show_plover(events)


def test_agreement_to_provide_aid_for_a_country_targets_it(coded) -> None:
    events = coded("The European Union agreed to provide 40 million euros of aid for Yemen.")
    assert any((e.target_code or "").startswith("YEM") for e in events), show_plover(events)


def test_provide_for_a_non_actor_adds_no_target(coded) -> None:
    events = coded("Germany provided aid for the reconstruction of the port last year.")
    # the "for" phrase names a purpose, not a recipient
    assert all(not e.target_code for e in events), show_plover(events)
