"""A country's own body under an international organ's generic name.

Why: "Security Council" alone in a UN story is the UN organ, but "South Korea's National
Security Council", "the Russian Security Council" and a leader's "his Security Council" are
national bodies: the country's government (``KORGOV``), not ``IGOUNO``.
"""

from __future__ import annotations

from collections.abc import Sequence

from communique.actors.kb import Entity
from communique.actors.names import NameEntry, name_keys
from communique.actors.phrases import Found, Sentence, Unit
from communique.actors.senses import generic_alias, modifies_noun

BODY = "national body"  # title of a pending "his Security Council": the owner's government


def national_body(s: Sentence, u: Unit, org: Entity) -> bool:
    """An international organ's generic alias owned by a country ("South Korea's National
    Security Council", "the Russian Security Council"): the country's own body, unless the
    name only modifies a noun ("Japan's Security Council seat" is about the UN organ)."""
    if org.country is not None or not isinstance(u.entry, NameEntry) or not org.names:
        return False
    if not generic_alias(u.entry.keys, name_keys(org.names[0])):
        return False
    return not modifies_noun(s.tokens, u.end)


def owned_alias(s: Sentence, units: Sequence[Unit], i: int) -> tuple[list[Found] | None, int]:
    """ "his Security Council": a possessive pronoun before an international organ's generic
    alias makes it the body of whoever "his" is (the article pass resolves the pronoun)."""
    u = units[i]
    if u.kind != "word" or i + 1 >= len(units):
        return None, i
    if s.tokens[u.start].text.lower() not in ("his", "her"):
        return None, i
    nxt = units[i + 1]
    org = nxt.entity if nxt.kind == "name" else None
    if org is None or org.kind != "org" or not national_body(s, nxt, org):
        return None, i
    return [Found(u.start, nxt.end, (), "pronoun", pending="pronoun", title=BODY)], i + 2
