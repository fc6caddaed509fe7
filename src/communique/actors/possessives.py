"""Agents named by a possessive pronoun: "its spokeswoman", "its foreign ministry", "their army".

Why: wire copy names a state once and then points back to it ("Iran said on Sunday that its
foreign ministry had summoned the envoy"; "Its army fired ..." after a sentence about Iran).
The agent noun gives the sector, the pronoun's antecedent the country.  Only state agents
(ministries, spokespeople, armies) are read so: "its farmers" or "their citizens" are the
owner's own people, about whom a state speaks, not a party it acts with.  The antecedent is the
nearest earlier subject of the same sentence when an actor mention covers it; a subject that
is no actor ("The company said its spokesman ...") means we do not know whose it is.  With no
earlier subject in the sentence, the previous sentence's subject is the antecedent.

Only a possessive phrase that is a subject is coded: as an object it is mostly the owner's own
asset handed around ("Chile lent its ships to the mission"), where a mention would turn the
owner's act into one on itself.  A phrase that would merely repeat its owner's code is left
out for the same reason.  A non-state owner keeps its own code ("Hamas said its spokesman" is
Hamas, not a Palestinian ministry; "NATO said its troops" is NATO), as the compound grammar
codes "NATO troops".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from communique.actors.kb import Coding
from communique.actors.names import AgentEntry
from communique.actors.phrases import Found, Sentence, Unit

POSSESSED = "possessed"  # pending kind of "its foreign ministry"
_PRONOUNS = frozenset({"its", "their"})
# Owners coded by a state sector (or by their country alone) lend only their country.
_STATE_OWNERS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

SubjectMention = tuple[int, tuple[Coding, ...]]  # head token of a subject, its codings


def possessed(s: Sentence, units: Sequence[Unit], i: int) -> tuple[list[Found] | None, int]:
    """ "its|their <agent>+": pending ``POSSESSED`` with the agents' sector in ``title``."""
    u = units[i]
    if u.kind != "word" or s.tokens[u.start].text.lower() not in _PRONOUNS:
        return None, i
    j = i + 1
    agents: list[AgentEntry] = []
    while j < len(units) and units[j].kind == "agent" and isinstance(units[j].entry, AgentEntry):
        entry = units[j].entry
        assert isinstance(entry, AgentEntry)
        agents.append(entry)
        j += 1
    if not agents or s.tokens[units[j - 1].end - 1].dep not in _SUBJECT_DEPS:
        return None, i
    chosen = next((a for a in agents if a.sector != "GOV"), agents[0])
    if chosen.sector not in _STATE_OWNERS:
        return None, i  # "its farmers": the owner's own people, not another party
    found = Found(u.start, units[j - 1].end, (), "compound", pending=POSSESSED,
                  title=chosen.sector)  # fmt: skip
    return [found], j


def owner(
    start: int,
    subject_tokens: Sequence[int],
    subjects: Sequence[SubjectMention],
    previous: tuple[Coding, ...],
) -> tuple[Coding, ...]:
    """Codings of the antecedent of a possessive at token ``start`` (see the module doc):
    ``subject_tokens`` are the sentence's subject tokens, ``subjects`` the subject mentions
    resolved so far, ``previous`` the previous sentence's subject."""
    before = [t for t in subject_tokens if t < start]
    if not before:
        return previous
    nearest = max(before)
    return next((codings for head, codings in subjects if head == nearest), ())


def owned_by(f: Found, owners: tuple[Coding, ...]) -> Found | None:
    """A pending ``POSSESSED`` phrase coded for its owners (``None`` when there is none)."""
    codings: list[Coding] = []
    for c in owners:
        if c.country and (c.sector is None or c.sector in _STATE_OWNERS):
            codings.append(Coding(c.country + f.title, c.country, f.title))
        elif c.country or c.code[:3] in ("IGO", "NGO", "IMG", "NGM"):
            codings.append(c)
    if not codings or set(codings) == set(owners):
        return None
    return replace(f, codings=tuple(dict.fromkeys(codings)), pending="", title="")
