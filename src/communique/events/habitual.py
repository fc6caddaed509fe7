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
  a truce, a ban -- and is left alone;
* a tally of many acts on a perfect ("have fought three wars", "has carried out hundreds of
  strikes since 2011"): a count of wars, or a count of anything since a year or an event
  ("since independence", "since the invasion") sums up a history, not what happened today.
  A count alone ("has fired three missiles at Kyiv") is today's news and is left alone.
* an adverb of frequency on a simple present ("regularly sends warships"): a habit, not one
  act.  A simple past ("repeatedly shelled the town overnight") tells one night's news, and a
  perfect ("has repeatedly struck") often sums up the very strikes the article reports, so both
  keep their day;
* "since <year>" or "since <month> <year>" on a perfect or on a participle ("has stationed
  troops there since 1945", "forces stationed in the region since 1992", "has attacked Ukraine
  since February 2022"): a state that has held for years;
* a past act in an "after"/"since" clause set apart by a gap and with no date of its own
  ("talks resumed on Tuesday, weeks after rebels seized the capital"): background the article
  gives as the cause of its news.
  The main clause's date is not its date (``dating.outside_other_clauses``), and the
  publication day is not either.
"""

from __future__ import annotations

from communique.events.dating import earlier_clause
from communique.events.lexicon import word_list
from communique.events.syntax import Tree

_LONG_SPANS = frozenset({"year", "decade", "generation", "century"})
_SPAN_PREPS = frozenset({"for", "over", "throughout"})
_NOT_OWN = frozenset({"nsubj", "nsubjpass", "xcomp", "ccomp"})
_PERFECT = frozenset({"have", "has", "had", "'ve", "'d"})
# Adverbs of frequency: the act is a habit over an open span, not one happening.
_FREQUENT = frozenset(word_list("FREQUENCY_ADVERBS"))
_PRESENT = frozenset({"VBZ", "VBP"})
# Acts that each last a span of time, so that a count of them is a history ("three wars").
_LONG_ACTS = frozenset({"war", "conflict"})
# Quantity words that count a plural: "hundreds of strikes", "several wars".
_MANY = frozenset(word_list("MANY"))
# "since" + a short time unit is a recent span ("since the weekend"), not a history.
_SHORT = frozenset(word_list("SHORT_SPANS"))


def standing_cue(tree: Tree, i: int) -> str | None:
    """The words that make the act at verb ``i`` a standing relation, or ``None``."""
    aux = {tree.tok(a).text.lower() for a in tree.kids(i, {"aux"})}
    for k in tree.kids(i, {"advmod"}):
        if tree.tok(k).text.lower() == "long" and aux & _PERFECT and not tree.kids(k):
            return "long"  # not "as long as", "no longer"
        habit = tree.tok(k).text.lower() in _FREQUENT and not tree.kids(k)
        if habit and not aux and tree.tok(i).tag in _PRESENT:
            return tree.tok(k).text  # "has repeatedly struck", "regularly sends"
    earlier = earlier_clause(tree, i)
    if earlier is not None and _past(tree, i):
        mark = tree.kid(earlier, {"mark"})
        return tree.tok(mark).text if mark is not None else "after"
    since_year = _since_year(tree, i)
    if since_year is not None and (aux & _PERFECT or tree.tok(i).tag == "VBN"):
        return since_year  # "has stationed troops there since 1945"
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
    return tally_cue(tree, i)


def tally_cue(tree: Tree, i: int) -> str | None:
    """The count that makes the perfect at ``i`` (verb, or event noun as its object) a
    history: "three wars", or "hundreds of strikes" with "since 2011" (module docstring)."""
    verb = i
    if tree.tok(i).pos == "NOUN":
        up = tree.head(i)
        if up is not None and tree.tok(i).dep == "pobj" and tree.lemma(up) == "of":
            up = tree.head(up)  # "hundreds of [strikes]"
        if up is None or up == i:
            return None
        verb = up if tree.tok(up).pos in {"VERB", "AUX"} else tree.head(up) or up
    aux = {tree.tok(a).text.lower() for a in tree.kids(verb, {"aux"})}
    if not aux & _PERFECT:
        return None
    for obj in tree.kids(verb, {"dobj"}):
        counted = _counted(tree, obj)
        if counted is None:
            continue
        count, noun = counted
        if tree.lemma(noun) in _LONG_ACTS:
            return f"{count} {tree.tok(noun).text}"
        since = _since(tree, verb)
        if since is not None:
            return f"{count} {tree.tok(noun).text} {since}"
    return None


def _counted(tree: Tree, obj: int) -> tuple[str, int] | None:
    """(the count, the counted plural noun) of an object "three wars", "hundreds of strikes";
    ``None`` when the object is not a count of more than one."""
    word = tree.tok(obj).text.lower()
    if word in _MANY:
        for _, noun in [(p, tree.pobj(p)) for p in tree.kids(obj, {"prep"})]:
            if noun is not None and tree.tok(noun).tag == "NNS":
                return word, noun
        return None
    if tree.tok(obj).tag != "NNS":
        return None
    for k in tree.kids(obj, {"nummod", "amod"}):
        text = tree.tok(k).text.lower()
        if text in _MANY or (tree.tok(k).pos == "NUM" and text not in {"one", "1"}):
            return tree.tok(k).text, obj
    return None


def _past(tree: Tree, verb: int) -> bool:
    """A simple past or a pluperfect ("seized", "had seized"), not a future or present."""
    tags = {tree.tok(verb).tag} | {tree.tok(a).tag for a in tree.kids(verb, {"aux", "auxpass"})}
    return "VBD" in tags and "MD" not in tags


def _since_year(tree: Tree, verb: int) -> str | None:
    """The "since <year>" phrase on ``verb`` ("since 1992"), or ``None``."""
    for k in tree.kids(verb, {"prep"}):
        span = tree.pobj(k) if tree.tok(k).text.lower() == "since" else None
        if span is None:
            continue
        tok = tree.tok(span)
        if _is_year(tok.text) and tok.pos == "NUM":
            return f"since {tok.text}"
        if tok.pos == "PROPN" and any(_is_year(tree.tok(m).text) for m in tree.kids(span)):
            # "since February 2022", "since 24 February 2022": a dated start, years ago
            return " ".join(tree.tok(m).text for m in tree.subtree(k))
    return None


def _is_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4


def _since(tree: Tree, verb: int) -> str | None:
    """The "since" phrase of ``verb`` naming a year or an event ("since 2011", "since
    independence", "since the invasion"), not a recent day ("since Monday", "since the start
    of the year")."""
    for k in tree.kids(verb, {"prep"}):
        if tree.tok(k).text.lower() != "since":
            continue
        span = tree.pobj(k)
        if span is None:
            continue
        tok = tree.tok(span)
        year = tok.pos == "NUM" and tok.text.isdigit() and len(tok.text) == 4
        recent = any(tree.lemma(m) in _SHORT for m in tree.subtree(span))
        event = tok.pos == "NOUN" and not recent  # not "since the start of the year"
        if year or event:
            return " ".join(tree.tok(m).text for m in tree.subtree(k))
    return None
