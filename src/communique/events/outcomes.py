"""Deaths told as the outcome of an attack, or of a war between two sides.

* "Rebels ambushed an army convoy, killing 20 soldiers": the participle tells what the ambush
  did, so it is the same act, not a second killing with nobody on the receiving end.  The two
  may have different codes (an assault, 190, and a killing, 1823) yet one root family of
  violence; the participle is folded into the attack unless it names a party the attack did
  not (then it is a new act against that party).
* "The war between Ethiopia and Eritrea has killed thousands": a war "between" two parties
  kills nobody in particular -- the deaths are not one side's act, so no side is their doer.
  The subject's "between" parties are dropped as sources.  The fighting nouns are data
  (``words.tsv`` ``MUTUAL_FIGHTING``).
"""

from __future__ import annotations

from communique.events.discourse import party
from communique.events.lexicon import word_list
from communique.events.syntax import SUBJECT_DEPS
from communique.events.view import VIOLENT_ROOTS, Found, SentenceView
from communique.types import ActorMention

_MUTUAL = frozenset(word_list("MUTUAL_FIGHTING"))


def violent_outcome(parent: Found, outcome: Found) -> bool:
    """Whether ``outcome`` (a participle on ``parent``'s verb) restates ``parent``'s
    violence: both violent, and the outcome aims at no party the attack did not."""
    if parent.code[:2] not in VIOLENT_ROOTS or outcome.code[:2] not in VIOLENT_ROOTS:
        return False
    named = {party(m) for m in parent.targets}
    return all(party(m) in named for m in outcome.targets)


def between_sides(
    view: SentenceView, i: int, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """``sources`` without the parties of a "war between A and B" subject of the verb at
    ``i``: no side of a mutual fight is the doer of what the fight did."""
    tree = view.tree
    for subject in tree.kids(i, SUBJECT_DEPS):
        if tree.lemma(subject) not in _MUTUAL and tree.tok(subject).text.lower() not in _MUTUAL:
            continue
        sides: set[ActorMention] = set()
        for _, pobj in tree.preps(subject, {"between", "among"}):
            sides.update(view.in_phrase(pobj, lists=True))
        if sides:
            return tuple(m for m in sources if m not in sides)
    return sources
