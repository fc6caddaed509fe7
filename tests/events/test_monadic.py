"""The monadic-event policy: which acts make a row when the text names no recipient."""

from __future__ import annotations

from communique.events.monadic import monadic_ok, other_parties
from communique.types import ActorMention, ActorRef


def _m(code: str, country: str | None, start: int, via: str = "name") -> ActorMention:
    actor = ActorRef(code=code, country=country, sector=code[3:] or None, name=code)
    return ActorMention(0, start, start + 1, start, start, start + 1, actor, via)


SERBIA = _m("SRBGOV", "SRB", 0)
SERB_POLICE = _m("SRBCOP", "SRB", 5)
CROATIA = _m("HRV", "HRV", 8)
BELGRADE = _m("SRB", "SRB", 9, via="location")
PRISTINA = _m("XKX", "XKX", 9, via="location")


def test_acts_that_stand_alone_are_always_kept() -> None:
    # lifting a curfew, protests, violence: kept whoever else the sentence names
    for code in ("0813", "141", "190", "154", "173"):
        assert monadic_ok(code, [SERBIA], [SERBIA, CROATIA])


def test_demands_and_refusals_need_no_recipient() -> None:
    assert monadic_ok("100", [SERBIA], [SERBIA, CROATIA])
    assert monadic_ok("125", [SERBIA], [SERBIA])


def test_threats_and_agreements_only_when_no_other_party_is_named() -> None:
    assert monadic_ok("130", [SERBIA], [SERBIA, PRISTINA])  # a place is no counterpart
    assert monadic_ok("030", [SERBIA], [SERBIA, SERB_POLICE])  # nor the source's own police
    assert not monadic_ok("130", [SERBIA], [SERBIA, CROATIA])
    assert not monadic_ok("030", [SERBIA], [SERBIA, CROATIA])


def test_acts_that_need_a_counterpart_are_never_monadic() -> None:
    for code in ("010", "020", "036", "040", "061", "070", "112", "161"):
        assert not monadic_ok(code, [SERBIA], [SERBIA]), code


def test_other_parties_skips_places_sources_and_the_sources_country() -> None:
    mentions = [SERBIA, SERB_POLICE, BELGRADE, CROATIA]
    assert other_parties(mentions, [SERBIA]) == (CROATIA,)
    assert other_parties(mentions, [CROATIA]) == (SERBIA, SERB_POLICE)
