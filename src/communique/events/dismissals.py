"""A dismissal and the retort that explains it: one act.

"The ministry dismissed the claim, saying Washington should look at its own record": the act
reported is the dismissal of an accusation (CAMEO 016).  The "should" clause after "saying"
is what the dismissal said, the obligation reader codes it as a demand (10) on Washington, and
the dismissal itself, whose object is a bare "the claim", finds no target.  The retort names
whom the dismissal answers, so the dismissal takes the demand's target and the demand, being
its content, is folded into it.
"""

from __future__ import annotations

from dataclasses import replace

from communique.events.lexicon import word_list
from communique.events.syntax import Tree
from communique.events.view import Found

DENIAL = "016"
DEMAND_ROOT = "10"
_SPEECH = frozenset(word_list("RETORT_VERBS"))


def _retorts(tree: Tree, i: int) -> list[int]:
    """Speech verbs that go with dismissal ``i``: "..., saying ...", "... and said ..."."""
    return [
        k
        for k in tree.kids(i, {"advcl", "conj", "xcomp"})
        if tree.lemma(k) in _SPEECH and tree.kid(k, {"ccomp"}) is not None
    ]


def fold_retorts(tree: Tree, found: list[Found]) -> list[Found]:
    """``found`` with each target-less dismissal given the target of the demand its retort
    makes, and that demand dropped (see the module docstring)."""
    folded: set[int] = set()
    out: list[Found] = []
    for f in found:
        if not f.code.startswith(DENIAL) or f.targets:
            out.append(f)
            continue
        said = {k for s in _retorts(tree, f.trigger) for k in tree.subtree(s)}
        content = [
            g
            for g in found
            if g.code.startswith(DEMAND_ROOT)
            and g.trigger in said
            and g.targets
            and set(g.sources) <= set(f.sources)
        ]
        if not content:
            out.append(f)
            continue
        folded.update(id(g) for g in content)
        tokens = tuple(sorted({*f.tokens, *(k for g in content for k in g.tokens)}))
        out.append(replace(f, targets=content[0].targets, tokens=tokens))
    return [f for f in out if id(f) not in folded]
