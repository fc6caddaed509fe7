"""Announced measures with a start date: "will expel the ambassador from Monday".

A future act of reducing relations or coercion is normally coded as a threat ("will impose
sanctions" is 1312), and a future retreat as an intent: it may never happen.  But a measure
announced with the date it takes effect -- "from midnight", "as of Tuesday", "starting
Friday", "effective March 1" -- or with a deadline for carrying it out ("withdraw its troops by
Friday") is a decision already taken: CAMEO codes non-force threats that are carried out as the
measure itself (16x, note on 131), formal decrees and policies as 172, and an ordered pull-out
as 0874.  Offers and possibilities ("could impose", "offered to withdraw") stay what they are:
they have no such date, and hypothetical or intent modalities never reach this test.
"""

from __future__ import annotations

from communique.events.syntax import Tree
from communique.events.view import Found

# Measures a decision puts into effect: reduce relations (16), coerce (17), retreat (0874).
MEASURE_ROOTS = frozenset({"16", "17"})
# A border closure or blockade (191) announced with its start ("will close its border with X
# from Monday") is likewise a government decision, not a threat of force.
MEASURE_CODES = frozenset({"0874", "191"})
# Words that introduce the date a measure takes effect, or its deadline.
_START_WORDS = frozenset({"from", "starting", "beginning", "effective", "by"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_TIME_WORDS = frozenset({"midnight", "noon", "today", "tomorrow", "tonight"})
_POSSIBLE = frozenset({"could", "might", "may"})


def is_measure(code: str) -> bool:
    return code[:2] in MEASURE_ROOTS or code[:4] in MEASURE_CODES


def takes_effect(tree: Tree, found: Found) -> bool:
    """Is the future measure at ``found`` announced with its start date or deadline?"""
    if found.modality != "future" or not is_measure(found.code):
        return False
    aux = {tree.tok(a).text.lower() for a in tree.kids(found.trigger, {"aux"})}
    if aux & _POSSIBLE:
        return False  # "could impose sanctions from May": a possibility, still a threat
    if found.code[:3] == CLOSURE_CODE and not _by_state(found):
        return False  # "farmers would blockade Paris from Monday": a protest threatened
    if announced_cut(tree, found):
        return True
    # the act's own clause, and "starting Friday" (parsed as a clause of its own)
    scope = [*tree.clause_subtree(found.trigger), *tree.kids(found.trigger, {"advcl"})]
    return any(_start_phrase(tree, k) for k in scope)


# A border closure decided by a government; closures by protesters stay threats.
CLOSURE_CODE = "191"
_STATE_SECTORS = frozenset({None, "GOV"})


def _by_state(found: Found) -> bool:
    return bool(found.sources) and all(
        m.actor.country and m.actor.sector in _STATE_SECTORS for m in found.sources
    )


def start_spans(tree: Tree, found: Found) -> list[tuple[int, int]]:
    """Character spans (sentence-relative) of the phrases that give a decided measure's start
    ("from Monday", "starting next week").  They say when the measure bites, not when it was
    decided: the event is the decision, dated when it was announced."""
    if not takes_effect(tree, found):
        return []
    # Any date in the measure's own clause tells when it bites ("from midnight on Tuesday").
    base = tree.sentence.start
    scope = [*tree.clause_subtree(found.trigger), *tree.kids(found.trigger, {"advcl"})]
    own = {j for k in scope for j in tree.subtree(k)}
    return [(tree.tok(j).start - base, tree.tok(j).end - base) for j in sorted(own)]


def _start_phrase(tree: Tree, k: int) -> bool:
    """ "from midnight", "starting Friday", "as of Tuesday", "by March 1" at token ``k``."""
    word = tree.tok(k).text.lower()
    if word == "as":
        return any(_timed(tree, j) for j in tree.kids(k, {"prep"}) if tree.lemma(j) == "of")
    return word in _START_WORDS and _timed(tree, k)


def _timed(tree: Tree, k: int) -> bool:
    """Does the phrase headed by ``k`` name a point in time (its object or modifier)?"""
    for j in tree.kids(k, {"pobj", "npadvmod", "dobj", "pcomp"}):
        tok = tree.tok(j)
        if tok.ent_type in _TIME_ENTITIES or tok.lemma.lower() in _TIME_WORDS:
            return True
    return False


# Cutting one's own ties, aid or trade is the announcer's decision to make: "announced it would
# suspend all aid to the rebels" reports a policy, where "warned it would cut aid" or "will cut
# aid unless ..." holds the measure over the other side (a threat, 131x).  Announced pull-outs
# of one's people from a place (166: inspectors, aid workers) stay threats: they are the
# classic warning to a host and are often called off.
ANNOUNCING = frozenset({"announce"})
CUT_CODES = frozenset({"161", "162", "163"})


def announced_cut(tree: Tree, found: Found) -> bool:
    """Is the future reduction of relations or aid at ``found`` the content of an
    announcement ("announced it would suspend aid"), with no condition attached?"""
    if found.code[:3] not in CUT_CODES:
        return False
    i = found.trigger
    while tree.tok(i).dep == "conj" and tree.head(i) is not None:
        i = tree.head(i)  # "would suspend talks and recall its envoy"
    head = tree.head(i)
    if tree.tok(i).dep != "ccomp" or head is None or tree.lemma(head) not in ANNOUNCING:
        return False
    return not any(
        tree.tok(m).text.lower() in {"if", "unless"}
        for k in tree.kids(found.trigger, {"advcl"})
        for m in tree.kids(k, {"mark"})
    )
