"""The PLOVER type of a coded event: from its CAMEO code, or from the trigger where the code
joins acts that PLOVER keeps apart.

CAMEO 0831 covers both "acceded to demands for a change in leadership" and a plain
resignation, which PLOVER 2.0 codes RETREAT *resign*; CAMEO 173 covers arresting someone
(COERCE *arrest*) and charging or indicting them (ACCUSE *allege*).  The CAMEO code is right in
both cases, so the distinction is carried by the lexicon rule: a ``plover=TYPE:mode`` flag names
the PLOVER type the trigger itself denotes.  The flag applies only while the event keeps the
rule's own code: once a plan to resign has been recoded as an intent (03), the intent's mapping
holds.
"""

from __future__ import annotations

from communique.errors import DictionaryError
from communique.events.lexicon import Lexicon, Rule
from communique.ontology import Ontology

PLOVER_FLAG = "plover"


def parse_plover_flag(value: str) -> tuple[str, str | None]:
    """ "RETREAT:resign" -> ("RETREAT", "resign"); "ACCUSE" -> ("ACCUSE", None)."""
    kind, _, mode = value.partition(":")
    return kind.strip().upper(), (mode.strip() or None)


def trigger_plover(rule: Rule, code: str) -> tuple[str, str | None] | None:
    """The PLOVER (type, mode) that ``rule`` names for an event coded ``code``, or ``None``
    when the code's own mapping applies."""
    value = rule.flags.get(PLOVER_FLAG)
    if not value or code != rule.code:
        return None
    return parse_plover_flag(value)


def plover_of(rule: Rule, code: str, ontology: Ontology) -> tuple[str | None, str | None]:
    """PLOVER (type, mode) of an event coded ``code`` by ``rule``."""
    named = trigger_plover(rule, code)
    if named is not None:
        return named
    entry = ontology.cameo(code)
    return entry.plover, entry.plover_mode


def check_plover_flags(lexicon: Lexicon, ontology: Ontology) -> None:
    """Fail at start-up, naming the rule, when a ``plover=`` flag names a type or mode that
    PLOVER 2.0 does not have (a typo would otherwise silently mistype every such event)."""
    for rules in lexicon.rules.values():
        for rule in rules:
            value = rule.flags.get(PLOVER_FLAG)
            if not value:
                continue
            kind, mode = parse_plover_flag(value)
            where = f"lexicon rule {rule.pos} {rule.lemma} (line {rule.line})"
            try:
                ontology.plover_type(kind)
            except KeyError as exc:
                raise DictionaryError(f"{where}: unknown PLOVER type {kind!r}") from exc
            if mode is not None and (kind, mode) not in ontology.plover_modes:
                raise DictionaryError(f"{where}: {kind} has no mode {mode!r}")
