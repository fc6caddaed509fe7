"""Who a mediator mediates between.

CAMEO 045 runs from the mediator to each party it mediates between; the parties' own talks or
deal (040, 046, 057) are a separate joint event between them, which the event noun codes.  Wire
copy names the parties in several places, none of which the ordinary target search reads whole:

* a "between" phrase on the verb or on its object: "mediated between Kyiv and Moscow",
  "brokered a deal between Russia and Ukraine" (every member of the list, not just the first);
* the event noun a passive mediation verb is about: "the talks between Armenia and Azerbaijan
  were mediated by the United States";
* the parties holding the talks a participle describes: "Russia and Ukraine held talks mediated
  by Turkey".

The mediator is never one of its own parties.

A host is a mediator too: "Egypt held talks between Israel and Hamas in Cairo" -- when the
subject of "held"/"hosted" talks is none of the parties the talks are "between", it brokered
them (045 to each party), while the parties' own talks stay a joint event of the noun.
"""

from __future__ import annotations

from communique.events.discourse import party
from communique.events.doers import no_places, subject_actors
from communique.events.rules import patient, reduced_passive
from communique.events.syntax import Tree
from communique.events.view import VERB_POS, SentenceView, unique
from communique.types import ActorMention

MEDIATION_ROOT = "045"


def _between(view: SentenceView, carrier: int) -> list[ActorMention]:
    """Every party listed in the "between" phrases of ``carrier``."""
    tree = view.tree
    found: list[ActorMention] = []
    for _, pobj in tree.preps(carrier, {"between"}):
        for k in [pobj, *(k for k in tree.subtree(pobj) if tree.tok(k).dep == "conj")]:
            found.extend(no_places(view.in_phrase(k, lists=True)))
    return found


def mediated_parties(
    view: SentenceView, i: int, obj: int | None, mediators: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The parties the mediation verb at ``i`` mediates between (see the module docstring),
    without the mediators themselves; ``()`` when the sentence names none."""
    tree = view.tree
    carriers = [i]
    if obj is not None:
        carriers.append(obj)
    about = patient(tree, i)  # "the talks ... were mediated", "talks mediated by Turkey"
    if about is not None and about not in carriers:
        carriers.append(about)
    found: list[ActorMention] = []
    for carrier in carriers:
        found.extend(_between(view, carrier))
    if not found and reduced_passive(tree, i) and about is not None:
        holder = tree.head(about)  # "Russia and Ukraine [held] talks mediated by Turkey"
        if holder is not None and tree.tok(about).dep == "pobj" and _setting(tree, holder):
            # "A and B agreed ... after talks mediated by C": the talks are the setting of
            # the parties' own act, whose doers are the parties
            holder = _governing_verb(tree, holder)
        if holder is not None and tree.tok(holder).pos in VERB_POS:
            found.extend(subject_actors(view, holder))
    own = {m.actor.code for m in mediators}
    return unique([m for m in found if m.actor.code not in own])


# Words that make talks the setting of another act: "after talks", "following negotiations"
# (parsed as a preposition or as a participle).
_SETTING_WORDS = frozenset({"after", "following", "during", "through", "in", "at", "amid"})


def _setting(tree: Tree, k: int) -> bool:
    return tree.tok(k).text.lower() in _SETTING_WORDS and tree.tok(k).dep in {"prep", "acl"}


def _governing_verb(tree: Tree, k: int) -> int | None:
    """The nearest verb above the setting word ``k`` ("agreed on a swap [following] ...")."""
    j = tree.head(k)
    for _ in range(4):
        if j is None or tree.tok(j).pos in VERB_POS:
            return j
        j = tree.head(j)
    return None


def hosted_parties(
    view: SentenceView, noun: int, hosts: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The parties of talks ``noun`` held "between" them by ``hosts`` who are none of them;
    ``()`` when the hosts are among the parties ("Washington held talks between its envoy and
    Moscow" is Washington's own meeting) or fewer than two sides are named."""
    parties = unique(_between(view, noun))
    sides = {party(m) for m in parties}
    if not hosts or len(sides) < 2 or sides & {party(m) for m in hosts}:
        return ()
    return parties
