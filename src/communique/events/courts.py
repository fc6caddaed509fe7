"""A court as go-between: "Ukraine asked the international court to order Russia to halt its
offensive" is legal action against Russia (CAMEO 115, bring lawsuit against), not an appeal
aimed at the court.

When a party asks or urges a court to order, bar or rule against another party, the court is
the forum and the other party is whom the act is aimed at -- the same relation as filing a
case against it.  The construction is an appeal (CAMEO 02/10) whose object is a court
(``COURT_NOUNS``) and whose infinitive complement is a court's order (``COURT_ORDERS``); the
target is the first party the complement names other than the petitioner and the court.  An
appeal to a court that names no such party ("asked the court to reconsider") stays as it is.
"""

from __future__ import annotations

from dataclasses import replace

from communique.events.lexicon import word_list
from communique.events.view import Found, SentenceView
from communique.types import ActorMention

LAWSUIT = "115"
PETITION_ROOTS = frozenset({"02", "10"})
COURT_NOUNS = frozenset(word_list("COURT_NOUNS"))
COURT_ORDERS = frozenset(word_list("COURT_ORDERS"))


def court_petition(view: SentenceView, found: Found) -> Found:
    """``found`` recoded as legal action against the party the court is asked to act on, when
    it is such a petition (module docstring); otherwise ``found`` unchanged."""
    if found.code[:2] not in PETITION_ROOTS or not found.sources:
        return found
    tree = view.tree
    court = next((k for k in tree.kids(found.trigger, {"dobj", "obj"}) if _is_court(view, k)), None)
    if court is None:
        return found
    for order in tree.kids(found.trigger, {"xcomp"}):
        if tree.lemma(order).lower() not in COURT_ORDERS:
            continue
        opposed = _named_party(view, order, court, found.sources)
        if opposed:
            return replace(found, code=LAWSUIT, targets=opposed)
    return found


def _is_court(view: SentenceView, k: int) -> bool:
    if view.tree.lemma(k).lower() in COURT_NOUNS:
        return True
    return any(m.actor.sector == "JUD" for m in view.in_phrase(k))


def _named_party(
    view: SentenceView, order: int, court: int, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The first party named in the order's clause, other than the court and the petitioner."""
    tree = view.tree
    court_words = set(tree.subtree(court))
    own = {m.actor.country or m.actor.code for m in sources}
    for k in sorted(tree.subtree(order)):
        if k in court_words:
            continue
        for m in view.at(k):
            if m.via == "location" or (m.actor.country or m.actor.code) in own:
                continue
            return (m,)
    return ()
