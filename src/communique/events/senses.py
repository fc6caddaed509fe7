"""Senses of force verbs that are no political event: sport results and verbal attacks.

Wire copy uses the vocabulary of force for things that are not force.  "Japan beat Germany 2-1
in the World Cup" is a score, not an assault; "the minister attacked Seoul over its remarks" is
criticism, not a military attack.  Both are told apart by their context, not by the verb or
its object, so lexicon rows cannot express them:

* a sports context is a score ("2-1") or a sports noun (``classes.tsv`` ``SPORT``: "match",
  "cup", "final", "tournament") heading a phrase of the trigger's own clause -- not a modifier,
  so "a football stadium" or "the final days of the siege" do not count;
* a stated reason is an "over"/"for" phrase whose object is a gerund ("for failing to ...") or a
  word of ``classes.tsv`` ``REASON`` ("over its remarks", "for its handling of ..."); times
  ("over the weekend", "for hours") and places ("over the border") are no reasons.
"""

from __future__ import annotations

import re

from communique.events.view import NOUN_POS, VERB_POS, SentenceView

# Roots of force that a sports context switches off (coerce, assault, fight, mass violence).
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
_SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")
_DASHES = frozenset({"-", "–"})
# Relations of words that only describe another word: a sports noun there sets no scene.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
_REASON_PREPS = frozenset({"over", "for"})


def clause_of(view: SentenceView, i: int) -> list[int]:
    """The tokens of the clause the trigger at ``i`` belongs to (a noun: its verb's clause)."""
    tree = view.tree
    verb = i
    while tree.tok(verb).pos not in VERB_POS:
        up = tree.head(verb)
        if up is None:
            break
        verb = up
    return tree.clause_subtree(verb)


def has_score(view: SentenceView, scope: list[int]) -> bool:
    """A result such as "2-1", written as one token or as number, dash, number."""
    tree = view.tree
    for k in scope:
        text = tree.tok(k).text
        if _SCORE.match(text):
            return True
        if text in _DASHES and 0 < k < len(tree.tokens) - 1:
            before, after = tree.tok(k - 1).text, tree.tok(k + 1).text
            if before.isdigit() and after.isdigit() and len(before) <= 2 and len(after) <= 2:
                return True
    return False


def sports_context(view: SentenceView, i: int) -> bool:
    """Is the trigger at ``i`` part of a sports report (see the module docstring)?"""
    tree = view.tree
    scope = clause_of(view, i)
    if has_score(view, scope):
        return True
    for k in scope:
        tok = tree.tok(k)
        if tok.dep in _MODIFIER_DEPS or tok.pos in VERB_POS:
            continue
        if view.lexicon.in_class(tree.lemma(k), "SPORT") or view.lexicon.in_class(
            tok.text, "SPORT"
        ):
            return True
    return False


def stated_reason(view: SentenceView, i: int) -> bool:
    """ "attacked Seoul over its remarks", "attacked Kyiv for failing to ...": the verb has an
    "over"/"for" phrase that gives a reason (a gerund or a ``REASON`` word)."""
    tree = view.tree
    for p in tree.kids(i, {"prep"}):
        if tree.tok(p).text.lower() not in _REASON_PREPS:
            continue
        for k in tree.kids(p, {"pobj", "pcomp"}):
            tok = tree.tok(k)
            if tok.pos in VERB_POS and tok.tag == "VBG":
                return True
            if tok.pos in NOUN_POS and view.lexicon.in_class(tree.lemma(k), "REASON"):
                return True
    return False
