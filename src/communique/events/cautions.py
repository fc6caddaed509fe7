"""Two senses of "warn": a threat, or a forecast of something bad.

"Iran warned it would retaliate", "North Korea warned Seoul of consequences if ..." and "China
warned Japan against interfering" are threats (CAMEO 13): the warner's own harmful act, or a
coercive warning aimed at an addressee.  "The World Bank warned that food prices would rise" and
"the UN warned of a humanitarian catastrophe" threaten nobody: they state a bleak outlook, which
CAMEO codes as a pessimistic comment (012, the ``forecast`` frame of ``frames.tsv``).

The forecasting sense is recognised only when nothing points to a threat:

* no addressee (an actor object of another country than the warner's: "warned Seoul");
* no event of the warner's own in the complement ("warned it would retaliate");
* no party named in the "of"/"about"/"against" phrase ("warned of the rebels"), unless the
  phrase is about travel: "warned its citizens against travel to Haiti" is an advisory;
* no complement about the warner's own side's conduct ("warned that it would react", "that
  police will no longer tolerate ...") and no condition on the other side ("... if Washington
  kept up its stance");
* no word of ``classes.tsv`` ``THREAT_CUE`` in what is warned of ("consequences", "response",
  "retaliation", "war").

Only the verbs of ``classes.tsv`` ``CAUTION`` have the forecasting sense: "threatened" never
has it.
"""

from __future__ import annotations

from communique.events.lexicon import word_list
from communique.events.view import (
    FIRST_PERSON,
    FRAME_COMPLEMENTS,
    UNRESOLVED_PRONOUNS,
    Found,
    SentenceView,
)
from communique.types import ActorMention

_CONTENT_PREPS = frozenset({"of", "about", "against", "over"})
_TRAVEL = frozenset(word_list("TRAVEL_WORDS"))


def _countries(mentions: tuple[ActorMention, ...]) -> set[str]:
    return {m.actor.country or m.actor.code for m in mentions}


def _addressees(view: SentenceView, obj: int) -> tuple[ActorMention, ...]:
    """The parties the object names, not those in its own "against/about" phrase: in "warned
    its nationals against travel to Haiti" the addressees are the warner's own people (a
    pronoun-owned group without a country of its own, "its citizens", is the warner's)."""
    tree = view.tree
    inside = {k for _, pobj in tree.preps(obj, _CONTENT_PREPS) for k in tree.subtree(pobj)}
    owned = any(tree.tok(k).pos == "PRON" for k in tree.kids(obj, {"poss"}))
    return tuple(
        m
        for m in view.in_phrase(obj)
        if m.tok_start not in inside and not (owned and not m.actor.country)
    )


def warned_content(view: SentenceView, i: int) -> list[int]:
    """The tokens of what a warning at ``i`` is about: its complement clauses and its
    "of"/"about" phrases."""
    tree = view.tree
    out: list[int] = []
    for comp in tree.kids(i, FRAME_COMPLEMENTS):
        out.extend(tree.subtree(comp))
    for _, pobj in tree.preps(i, _CONTENT_PREPS):
        out.extend(tree.subtree(pobj))
    return out


def is_forecast(
    view: SentenceView,
    i: int,
    obj: int | None,
    inner: Found | None,
    sources: tuple[ActorMention, ...],
) -> bool:
    """Is the frame verb at ``i`` a warning in the forecasting sense (see the module
    docstring)?  ``obj`` is the verb's object, ``inner`` the complement's own event."""
    tree = view.tree
    if not view.lexicon.in_class(tree.lemma(i), "CAUTION"):
        return False
    own = _countries(sources)
    if obj is not None and not _countries(_addressees(view, obj)) <= own:
        return False  # "warned Seoul ...": a warning aimed at another party
    if inner is not None and (not inner.sources or _countries(inner.sources) & own):
        return False  # "warned it would retaliate": the warner's own act
    carriers = [i] if obj is None else [i, obj]
    for _, pobj in [p for c in carriers for p in tree.preps(c, _CONTENT_PREPS)]:
        if tree.lemma(pobj) in _TRAVEL:
            continue  # "warned its citizens against travel to Haiti": an advisory
        if view.in_phrase(pobj):
            return False  # "warned of the rebels", "warned its people about the rebels"
    for comp in tree.kids(i, FRAME_COMPLEMENTS):
        if _own_conduct(view, comp, own) or _conditional(view, comp):
            return False  # "warned that it would react", "... if Washington kept up ..."
    content = warned_content(view, i)
    return not any(view.lexicon.in_class(tree.lemma(k), "THREAT_CUE") for k in content)


def _own_conduct(view: SentenceView, comp: int, own: set[str]) -> bool:
    """ "warned that it would react", "warned that police will no longer tolerate rallies":
    the complement says what the warner's own side will do."""
    tree = view.tree
    subj = tree.kid(comp, {"nsubj", "nsubjpass"})
    if subj is None:
        return False
    if tree.tok(subj).text.lower() in UNRESOLVED_PRONOUNS | FIRST_PERSON:
        return True
    named = view.in_phrase(subj)
    if not named:  # "police will ...", "the army will ...": an unnamed force is the warner's
        return view.lexicon.in_class(tree.lemma(subj), "FORCES")
    return bool(_countries(named) & own)


def _conditional(view: SentenceView, comp: int) -> bool:
    """ "warned that ... if Washington kept up its stance": a condition on the other side's
    conduct makes a warning coercive."""
    tree = view.tree
    return any(
        tree.tok(m).text.lower() in {"if", "unless"}
        for k in tree.subtree(comp)
        for m in tree.kids(k, {"mark"})
    )
