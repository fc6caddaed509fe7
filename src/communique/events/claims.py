"""Claimed attacks: "al-Qaeda's branch claimed responsibility for the bombing".

A claim of responsibility (CAMEO 015) names who did an attack that the sentence otherwise
leaves without a doer: the attack noun has no subject of its own, and its outcome ("... that
killed nine soldiers") is a relative clause hanging on the place attacked.  An analyst codes the
attack itself to the claimant, aimed at whoever it hit; the claim stays coded as 015.

Only a violent act (CAMEO roots 18-20) is read this way: "claimed credit for the ceasefire"
or "took responsibility for the talks' failure" name no attack.  The attack's outcome clauses
are the same act, so they are folded into it rather than coded a second time without a doer.
An attack whose victim the sentence does not name is left to the claim alone: a doer with no
recipient would only be a monadic row.
"""

from __future__ import annotations

from dataclasses import replace

from communique.events.doers import no_places
from communique.events.nominal import participant_preps
from communique.events.nouns import by_source_kind, evidence_tokens, resolve_noun_code
from communique.events.rules import choose_rule
from communique.events.view import VIOLENT_ROOTS, Found, SentenceView, unique
from communique.types import ActorMention

CLAIM_CODE = "015"
# "claimed responsibility for the bombing of a market", "... for a raid at a police station":
# the object or the site of the attack noun.
_PATIENT_PREPS = ("of", "at")


def claimed_noun(view: SentenceView, claim: Found) -> int | None:
    """The act claimed: the object of "for" after "responsibility/credit" (or after the verb
    itself: "claimed responsibility on Sunday for the raid")."""
    tree = view.tree
    carriers = [k for k in tree.kids(claim.trigger, {"dobj"})] + [claim.trigger]
    for carrier in carriers:
        for _, pobj in tree.preps(carrier, {"for"}):
            return pobj
    return None


def attack_targets(view: SentenceView, act: int, inner: list[Found]) -> tuple[ActorMention, ...]:
    """Whom the claimed attack hit: the victims of its outcome clause ("that killed nine
    soldiers"), else the party after the attack noun's own preposition ("the attack on an army
    post in Iraq", "the bombing of a market")."""
    from_outcome = unique([m for f in inner for m in f.targets])
    if from_outcome:
        return from_outcome
    hit = unique([m for f in inner for m in f.sources])  # the post "that killed" (see _no_doer)
    if hit:
        return hit
    tree = view.tree
    chosen = choose_rule(view, act, "N")
    preps = (*participant_preps(chosen[0]), *_PATIENT_PREPS) if chosen else _PATIENT_PREPS
    for word, pobj in tree.preps(act):
        if word in preps:
            found = view.in_phrase(pobj)
            if found:
                return found
    return ()


def _no_doer(f: Found, span: set[int]) -> bool:
    """An outcome clause with no doer of its own: none at all, or only the place attacked ("a
    bombing at an army post that killed four soldiers" hangs the clause on the post, so the
    post's owner reads as the killer)."""
    return all(m.tok_start in span for m in f.sources)


def claimed_attacks(view: SentenceView, found: list[Found]) -> list[Found]:
    """``found`` with each claimed attack coded to its claimant (and the attack's doer-less
    outcome events folded into it)."""
    out = list(found)
    for claim in found:
        if claim.code != CLAIM_CODE or not no_places(claim.sources):
            continue
        act = claimed_noun(view, claim)
        if act is None or any(f.trigger == act for f in out):
            continue
        chosen = choose_rule(view, act, "N")
        if chosen is None:
            continue
        code = resolve_noun_code(view, act, chosen[0])
        if code[:2] not in VIOLENT_ROOTS:
            continue
        sources = no_places(claim.sources)
        code = by_source_kind(code, chosen[0], sources)  # a militia's bombing is 183, not 195
        span = set(view.tree.subtree(act))
        inner = [
            f
            for f in out
            if f.trigger in span and f.code[:2] in VIOLENT_ROOTS and _no_doer(f, span)
        ]
        targets = tuple(m for m in attack_targets(view, act, inner) if m not in sources)
        if not targets:  # nobody named on the receiving end: the claim (015) says it all
            continue
        out = [f for f in out if f not in inner]
        out.append(
            replace(
                claim,
                trigger=act,
                code=code,
                rule=chosen[0],
                sources=sources,
                targets=targets,
                tokens=evidence_tokens(view, act, None, sources, targets),
                symmetric=False,
                noun=act,
                noun_rule=chosen[0],
            )
        )
    return out
