"""Standing relations summarised over a long span: "have traded criticism for years",
"Moscow has long backed the separatists".

Such a clause is background, not a happening: nothing was done on the publication day, and no
single day is meant.  Dating it to the publication day (the fallback for undated acts) would
put the same years-old relation into the event stream once per article that mentions it.  So
the event is kept -- the relation is real, and analysts study it -- but carries no date: basis
``none``, with the cue ("for years", "long") as its date text for audit (docs/conventions.md).

Cues, read in the trigger verb's own clause (not its subject):

* the adverb *long* on a perfect ("has long backed", "have long accused");
* a span of years with no number ("for years", "for many years", "over the decades",
  "for the past decade"); a counted span ("for two years") is often a term -- of a sentence,
  a truce, a ban -- and is left alone.
"""

from __future__ import annotations

from communique.events.syntax import Tree

_LONG_SPANS = frozenset({"year", "decade", "generation", "century"})
_SPAN_PREPS = frozenset({"for", "over", "throughout"})
_NOT_OWN = frozenset({"nsubj", "nsubjpass", "xcomp", "ccomp"})
_PERFECT = frozenset({"have", "has", "had", "'ve", "'d"})


def standing_cue(tree: Tree, i: int) -> str | None:
    """The words that make the act at verb ``i`` a standing relation, or ``None``."""
    aux = {tree.tok(a).text.lower() for a in tree.kids(i, {"aux"})}
    for k in tree.kids(i, {"advmod"}):
        if tree.tok(k).text.lower() == "long" and aux & _PERFECT and not tree.kids(k):
            return "long"  # not "as long as", "no longer"
    # not the subject, nor a complement's own time ("pledged to back Kyiv for years")
    outside = {m for s in tree.kids(i, _NOT_OWN) for m in tree.subtree(s)}
    # on the verb, or hung by the parser on its object ("traded criticism [for years]")
    for k in tree.clause_subtree(i):
        word = tree.tok(k).text.lower()
        if k in outside or tree.tok(k).dep != "prep" or word not in _SPAN_PREPS:
            continue
        span = tree.pobj(k)
        if span is None or tree.lemma(span) not in _LONG_SPANS or tree.tok(span).tag != "NNS":
            continue
        if any(tree.tok(m).pos == "NUM" for m in tree.kids(span)):
            continue  # "for two years": a term, not a standing relation
        if tree.kids(span, {"acl", "relcl", "advmod"}):
            continue  # "for years to come", "for years ahead": what lies ahead
        return " ".join(tree.tok(m).text for m in tree.subtree(k))
    return None
