"""A welcome given to a thing is approval, not hospitality.

"gave a warm welcome to the visiting delegation" is hosting (043, with the guests' visit,
042): the welcome is received by people.  "gave a cautious welcome to Iran's proposal",
"extended a guarded welcome to the Chinese peace plan" welcome an idea: CAMEO codes approval
of another party's policy or proposal as praise or endorsement (051), aimed at whoever owns
the thing (the possessor or the adjective, which the coder already took as the target).

The welcome's addressee decides: it is a thing when its head is a common noun of the
lexicon's classes of proposals, policies, agreements and truces (classes.tsv) that no actor
covers, or only through a nationality adjective ("the Chinese plan", as with "Israeli jets").
Anything else ("the visitors from Kenya", "President Biden") stays a guest.
"""

from __future__ import annotations

from dataclasses import replace

from communique.events.lexicon import word_list
from communique.events.view import Found, SentenceView

HOSTING = "043"
PRAISE = "051"
# Light verbs that give a welcome to someone (lexicon rows ``give/extend/accord @WELCOME``);
# only the noun "welcome" itself can greet an idea ("a banquet for the plan" cannot).
_GIVING = frozenset(word_list("WELCOME_GIVING_VERBS"))
_WELCOME = "welcome"
# How the actor resolver names a mention found only through a modifier of the noun
# ("Israeli jets", "the Chinese plan"), which says nothing about the head being an agent.
_MODIFIER_ONLY = frozenset({"adjective"})
# Noun classes (classes.tsv) of things a party puts forward or agrees to.
_THING_CLASSES = ("PROPOSAL", "REASON", "AGREEMENT", "CEASEFIRE", "PEACE")


def welcomed_thing(view: SentenceView, found: Found) -> Found:
    """``found`` recoded as approval (051, no linked visit) when it is a welcome given to a
    thing rather than to a guest; otherwise ``found`` unchanged."""
    if found.code != HOSTING or view.tree.lemma(found.trigger) not in _GIVING:
        return found
    tree = view.tree
    if not any(tree.lemma(k) == _WELCOME for k in tree.kids(found.trigger, {"dobj"})):
        return found
    addressee = _addressee(view, found.trigger)
    if addressee is None or not _is_thing(view, addressee):
        return found
    flags = {k: v for k, v in found.rule.flags.items() if k != "link"}
    return replace(found, code=PRAISE, rule=replace(found.rule, flags=flags))


def _addressee(view: SentenceView, trigger: int) -> int | None:
    """The head noun of the verb's "to" phrase ("gave a welcome to [Iran's proposal]")."""
    tree = view.tree
    for prep in tree.kids(trigger, {"prep", "dative"}):
        if tree.tok(prep).text.lower() != "to":
            continue
        for obj in tree.kids(prep, {"pobj"}):
            return obj
    return None


def _is_thing(view: SentenceView, head: int) -> bool:
    """A proposal, policy or agreement noun that names no actor by itself."""
    tok = view.tree.tok(head)
    if tok.pos != "NOUN":
        return False
    if not any(view.lexicon.in_class(tok.text, c) for c in _THING_CLASSES):
        return False
    return all(m.via in _MODIFIER_ONLY for m in view.mentions if m.tok_start <= head < m.tok_end)
