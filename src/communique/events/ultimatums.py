"""Announced acts made conditional on another party's conduct: "will X unless Y does Z".

A party that says it "will withdraw its force unless the government holds elections" or
"will cut off water supplies unless Damascus stops backing the militants" is not promising
the act; it is holding it over the other side.  CAMEO codes such statements as threats (13:
"coercive or forceful warnings"; 139, the ultimatum, is the bare "do this or else"), and
PLOVER's THREATEN covers them.  Without this reading the coder would file a conditioned
withdrawal as an intent to de-escalate (AGREE) and a conditioned boycott as a protest done.

Only acts that hurt the other side when carried out are read this way: yielding or
withdrawing (08, the leverage of taking something away), protest, reducing relations,
coercion and force (14, 16-20).  Promises of talks, support, cooperation or aid (03-07)
that depend on some event ("will sign unless parliament objects") are conditional offers,
and verbal acts (09-13) already say what they are.
"""

from __future__ import annotations

from communique.events.syntax import Tree

LEVERAGE_ROOTS = frozenset({"08", "14", "16", "17", "18", "19", "20"})
_UNLESS = frozenset({"unless"})
# The clause of an announced act can hang on the verb that reports or frames it when the
# parser attaches the "unless" clause one level up ("said it will ... unless ...").
_CLIMB = frozenset({"xcomp", "ccomp", "conj"})


def unless_clause(tree: Tree, i: int) -> int | None:
    """The head of an "unless" clause modifying the act at ``i`` (or the verb governing its
    clause, one level up through a complement or a coordinated verb), else ``None``."""
    j: int | None = i
    for _ in range(2):
        if j is None:
            return None
        for k in tree.kids(j, {"advcl"}):
            if any(tree.tok(m).text.lower() in _UNLESS for m in tree.kids(k, {"mark"})):
                return k
        if tree.tok(j).dep not in _CLIMB:
            return None
        j = tree.head(j)
    return None


def is_ultimatum(tree: Tree, i: int, code: str, modality: str) -> bool:
    """Is the announced (future) act at ``i`` with CAMEO ``code`` a threat because it is made
    conditional on what someone else does ("will withdraw ... unless ...")?"""
    if modality != "future" or code[:2] not in LEVERAGE_ROOTS:
        return False
    return unless_clause(tree, i) is not None
