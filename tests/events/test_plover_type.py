"""Trigger-level PLOVER types: a CAMEO code that joins acts PLOVER keeps apart (0831 accession
vs resignation, 173 arrest vs indictment) takes the type the trigger names."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from communique.errors import DictionaryError
from communique.events.lexicon import Lexicon, Rule, load_lexicon
from communique.events.plover_type import (
    check_plover_flags,
    parse_plover_flag,
    plover_of,
    trigger_plover,
)
from communique.ontology import load_ontology


def _rule(code: str, **flags: str) -> Rule:
    return Rule("V", "resign", "*", code, MappingProxyType(flags), 1)


def _lexicon(*rules: Rule) -> Lexicon:
    base = load_lexicon()
    return Lexicon(
        version="test",
        rules=MappingProxyType({("V", r.lemma): (r,) for r in rules}),
        classes=base.classes,
        frames=base.frames,
        content=base.content,
        speech=base.speech,
    )


def test_flag_parses_type_and_optional_mode() -> None:
    assert parse_plover_flag("RETREAT:resign") == ("RETREAT", "resign")
    assert parse_plover_flag("accuse") == ("ACCUSE", None)


def test_flag_applies_while_the_event_keeps_the_rules_code() -> None:
    rule = _rule("0831", plover="RETREAT:resign")
    assert plover_of(rule, "0831", load_ontology()) == ("RETREAT", "resign")


def test_flag_does_not_apply_once_the_event_was_recoded() -> None:
    # "said he would resign" is recoded as an intent (0341): the intent's own mapping holds
    rule = _rule("0831", plover="RETREAT:resign")
    assert trigger_plover(rule, "0341") is None
    assert plover_of(rule, "0341", load_ontology()) == load_ontology().plover("0341")


def test_without_flag_the_code_mapping_applies() -> None:
    onto = load_ontology()
    assert plover_of(_rule("173"), "173", onto) == onto.plover("173")


def test_builtin_lexicon_flags_are_valid_plover() -> None:
    check_plover_flags(load_lexicon(), load_ontology())  # raises on a typo


def test_builtin_lexicon_names_the_documented_triggers() -> None:
    lexicon = load_lexicon()
    named = {
        (r.lemma, r.flags["plover"])
        for rules in lexicon.rules.values()
        for r in rules
        if "plover" in r.flags
    }
    assert ("resign", "RETREAT:resign") in named
    assert ("indict", "ACCUSE:allege") in named
    assert ("arrest", "ACCUSE:allege") not in named  # an arrest stays COERCE arrest


@pytest.mark.parametrize(
    ("flag", "message"),
    [("RETRET:resign", "unknown PLOVER type"), ("RETREAT:quit", "has no mode 'quit'")],
)
def test_bad_flag_fails_naming_the_rule(flag: str, message: str) -> None:
    lexicon = _lexicon(_rule("0831", plover=flag))
    with pytest.raises(DictionaryError, match=message) as err:
        check_plover_flags(lexicon, load_ontology())
    assert "resign" in str(err.value)


# --------------------------------------------------------------------------- on real sentences


def _types(events) -> set[tuple[str | None, str | None]]:
    return {(e.plover, e.plover_mode) for e in events if e.modality == "asserted"}


@pytest.mark.slow
def test_resignation_is_retreat(coded) -> None:
    events = coded("Peru's interior minister resigned on Tuesday after days of street protests.")
    assert ("RETREAT", "resign") in _types(events), [(e.cameo, e.plover) for e in events]


@pytest.mark.slow
def test_indictment_is_an_accusation_and_arrest_is_coercion(coded) -> None:
    indicted = coded("A Kenyan court indicted the former Ugandan defence minister on Monday.")
    assert ("ACCUSE", "allege") in _types(indicted), [(e.cameo, e.plover) for e in indicted]
    arrested = coded("Kenyan police arrested two Ugandan opposition activists on Monday.")
    assert any(e.plover == "COERCE" for e in arrested), [(e.cameo, e.plover) for e in arrested]
    assert not any(e.plover == "ACCUSE" for e in arrested)


@pytest.mark.slow
def test_announced_resignation_keeps_the_intent_mapping(coded) -> None:
    events = coded("Peru's interior minister said on Tuesday that he would resign next week.")
    assert not any(e.plover == "RETREAT" and e.modality == "asserted" for e in events)


@pytest.mark.slow
def test_lifting_a_curfew_is_a_concession_and_sanctions_are_sanction(coded) -> None:
    lifted = coded("The Ethiopian government lifted the nighttime curfew in Addis Ababa on Sunday.")
    assert any(e.plover == "CONCEDE" for e in lifted), [(e.cameo, e.plover) for e in lifted]
    imposed = coded("Canada imposed sanctions on three Venezuelan officials on Friday.")
    assert ("SANCTION", "discontinue") in _types(imposed), [(e.cameo, e.plover) for e in imposed]
