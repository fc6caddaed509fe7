"""Nested reports: an act that is only claimed or alleged is not coded as done.

"The US claimed that ISIL had attacked Iraq" reports an allegation, not an attack: the CAMEO
manual's note on 112 says an accusation "does not in any way imply that the alleged events have
taken place".  So when an allegation verb (``speech.tsv`` kind ``allegation``: *claim*,
*allege*) governs a clause with a hostile act (CAMEO roots 15 and 17-20):

* the act was alleged of someone else -> the speaker accuses the alleged doer (frame
  ``accuse``: 1123 for aggression, 1122 for repression, else 112);
* the speaker claims the act for itself ("The rebels claimed they had shelled the base") ->
  CAMEO 015, claim responsibility, aimed at the act's target;

and the inner act is consumed, so it is never coded as if it had happened.  Cooperative or
neutral content ("claimed that talks had resumed") is left to the ordinary reading: the inner
event keeps its own source, as under any reporting verb.

Plain reporting verbs ("said", "reported") stay transparent: wire copy reports most real events
that way ("state media reported that insurgents shelled ...").
"""

from __future__ import annotations

from communique.events.doers import no_places, subject_actors
from communique.events.lexicon import ad_hoc_rule
from communique.events.modality import modality_of
from communique.events.roles import target_actors
from communique.events.rules import choose_rule
from communique.events.view import VERB_POS, Found, SentenceView, evidence_span
from communique.types import ActorMention

ALLEGATION = "allegation"
# Material hostility one can be accused of: force posture, coercion, assault, fighting.
_HOSTILE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
_SELF_PRONOUNS = frozenset({"they", "it", "we", "i", "he", "she"})


def is_allegation(view: SentenceView, i: int) -> bool:
    """Is the verb at ``i`` an allegation verb with a clause complement?"""
    tree = view.tree
    if view.lexicon.speech.get(tree.lemma(i)) != ALLEGATION:
        return False
    return any(tree.tok(c).pos in VERB_POS for c in tree.kids(i, {"ccomp"}))


def _inner_acts(view: SentenceView, i: int) -> list[int]:
    """Verbs of the alleged clause(s): the complement and its coordinated verbs ("had
    attacked Iraq and taken Mosul")."""
    tree = view.tree
    out: list[int] = []
    for comp in tree.kids(i, {"ccomp"}):
        out.extend(c for c in tree.conjuncts(comp) if tree.tok(c).pos in VERB_POS)
    return out


def _same_side(a: tuple[ActorMention, ...], b: tuple[ActorMention, ...]) -> bool:
    codes = {m.actor.code for m in a} | {m.actor.country for m in a if m.actor.country}
    return bool(b) and all(m.actor.code in codes or m.actor.country in codes for m in b)


def code_allegation(view: SentenceView, i: int, consumed: set[int]) -> Found | None:
    """Code the allegation verb at ``i`` from the hostile act it alleges (see module doc).
    Returns ``None`` (and consumes nothing) when the clause alleges no hostile act."""
    tree = view.tree
    speaker = subject_actors(view, i)
    if not speaker:
        return None
    for inner in _inner_acts(view, i):
        chosen = choose_rule(view, inner, "V")
        if chosen is None or chosen[0].code[:2] not in _HOSTILE_ROOTS:
            continue
        inner_rule, obj = chosen
        doers = subject_actors(view, inner)
        subj = tree.kid(inner, {"nsubj", "nsubjpass"})
        self_claim = _same_side(speaker, doers) or (
            not doers and subj is not None and tree.tok(subj).text.lower() in _SELF_PRONOUNS
        )
        if self_claim:
            code = "015"
            targets = target_actors(view, inner, inner_rule, obj)
        elif doers:
            code = view.lexicon.frame_code("accuse", inner_rule.code)
            targets = doers
        else:
            continue
        consumed.update([i, *_inner_acts(view, i)])
        return Found(
            trigger=i,
            code=code,
            rule=ad_hoc_rule("V", tree.lemma(i), code),
            sources=speaker,
            targets=tuple(m for m in no_places(targets) if m not in speaker),
            modality=modality_of(tree, i),
            tokens=evidence_span(view, (i, inner), speaker, targets),
            symmetric=False,
        )
    return None
