"""Whom a warning to one's own people is aimed at.

"The Somali government warned its people about the rebels", "Kabul cautioned its citizens
against the Taliban": the warner's own people (a pronoun-owned group with no country of its
own, resolved as civilians) are only the audience.  The threat is aimed at the party the
"about"/"against"/"of" phrase names, which is where an analyst looks for the adversary.
Warnings to another country's people ("warned Iraqi civilians") keep them as the target,
and so do warnings that name nobody in such a phrase.
"""

from __future__ import annotations

from dataclasses import replace

from communique.events.view import Found, SentenceView

_CONTENT_PREPS = frozenset({"of", "about", "against"})


def warned_about(view: SentenceView, found: Found) -> Found:
    """``found`` aimed at the parties of its "about/against" phrase when its object is the
    warner's own people; otherwise unchanged."""
    tree = view.tree
    if not found.targets or not view.lexicon.in_class(tree.lemma(found.trigger), "CAUTION"):
        return found
    obj = tree.kid(found.trigger, {"dobj"})
    if obj is None or not _own_people(view, obj, found):
        return found
    named = tuple(
        m
        for carrier in (found.trigger, obj)
        for _, pobj in tree.preps(carrier, _CONTENT_PREPS)
        for m in view.in_phrase(pobj)
    )
    if not named:
        return found
    return replace(found, targets=named)


def _own_people(view: SentenceView, obj: int, found: Found) -> bool:
    """ "its people", "their citizens": a pronoun-owned object whose every actor is a
    country-less group that the event already took as its only target."""
    tree = view.tree
    if not any(tree.tok(k).pos == "PRON" for k in tree.kids(obj, {"poss"})):
        return False
    here = view.in_phrase(obj)
    return (
        bool(here)
        and all(m.actor.country is None for m in here)
        and set(found.targets) <= set(here)
    )
