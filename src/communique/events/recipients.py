"""Recipients the text gives indirectly: object pronouns that stand for people named earlier.

Wire copy names both parties once and then goes on with pronouns: "Kishida met Biden on
Monday.  He thanked him for ...", "... met Biden and Yoon.  He urged them to ...".  The actor
stage resolves every third-person pronoun to the latest subject, which is right for "he" but
wrong for an object: a plain (non-reflexive) object pronoun never refers to its own clause's
subject ("he thanked him" is two people), so such an object must be re-read as the latest
*other* party.  "Them" stands for several parties: the other parties the nearest sentence
named, when it named more than one.

An appeal made in the purpose clause of a summons ("summoned the ambassador to demand ...")
is likewise addressed to someone the clause does not name: the summoned envoy's state
(``envoy_addressee``).
"""

from __future__ import annotations

from communique.events.discourse import party
from communique.events.syntax import in_description
from communique.events.view import SentenceView
from communique.types import ActorMention

SINGULAR_OBJECTS = frozenset({"him", "her"})
PLURAL_OBJECTS = frozenset({"them"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "iobj", "obj"})
# "them" refers to a handful of parties; a longer list is background, not the addressees.
_MAX_PLURAL = 3


def object_pronoun_referents(
    view: SentenceView, obj: int, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The parties an object pronoun at ``obj`` stands for, or () when ``obj`` is no such
    pronoun or what the actor stage found for it is already another party than the source.

    "him"/"her": the latest person of another party (this sentence before ``obj``, then the
    earlier sentences); "them": the other parties of the nearest sentence naming any."""
    tok = view.tree.tok(obj)
    word = tok.text.lower()
    if word not in SINGULAR_OBJECTS | PLURAL_OBJECTS or tok.dep not in _OBJECT_DEPS:
        return ()
    verb = view.tree.head(obj)
    if verb is not None and view.tree.tok(verb).dep == "acl":
        # "sent Xi a message congratulating him": the participle restates the content of the
        # message, whose own event already has its addressee
        return ()
    own = {party(m) for m in sources}
    if not own:
        return ()  # nobody to tell the object from: leave it to the actor stage
    resolved = [m for m in view.mentions if m.tok_start <= obj < m.tok_end]
    if resolved and any(party(m) not in own for m in resolved):
        return ()  # "him" already stands for someone else
    candidates = _earlier_others(view, obj, own)
    if not candidates:
        return ()
    if word in SINGULAR_OBJECTS:
        return (candidates[0],)
    nearest = candidates[0].sentence
    same = [m for m in candidates if m.sentence == nearest]
    picked: dict[str, ActorMention] = {}
    for m in same:
        picked.setdefault(party(m), m)
    return tuple(list(picked.values())[:_MAX_PLURAL])


def _earlier_others(view: SentenceView, obj: int, own: set[str]) -> list[ActorMention]:
    """Actors of other parties than ``own`` named before ``obj``, nearest first: this
    sentence's (outside descriptions), then the article's earlier ones."""
    here = [
        m
        for m in view.mentions
        if m.tok_end <= obj
        and m.via != "location"
        and not in_description(view.tree, m.head)
        and party(m) not in own
    ]
    earlier = [m for m in view.recent if m.via != "location" and party(m) not in own]
    return [*reversed(here), *earlier]


# --------------------------------------------------------------------------- possessors

POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def possessed_victim(view: SentenceView, trigger: int) -> int | None:
    """The possessive pronoun that is all the text says about a passive act's victim: "its
    tanker was seized", "their crews were detained".  The victim phrase (the passive subject)
    must name no actor itself ("its Greek crew" names one); None otherwise.  Only passives: in
    an active clause ("crowds burned down its embassy", "urged the US to support its plan")
    the pronoun as often points into the clause itself, and gold data of the PETRARCH
    tradition leaves such a victim uncoded."""
    tree = view.tree
    from communique.events.rules import is_passive, patient  # rules imports view

    victim = patient(tree, trigger) if is_passive(tree, trigger) else None
    if victim is None or view.in_phrase(victim):
        return None
    for k in tree.kids(victim, {"poss"}):
        if tree.tok(k).text.lower() in POSSESSIVE_PRONOUNS:
            return k
    return None


def possessor_referents(
    view: SentenceView, pronoun: int, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """Whom "its"/"their" at ``pronoun`` stands for, as the owner of what was done to: what the
    view already resolves the pronoun to ("their" after a bilateral event), else the actor
    subject of the nearest clause above the pronoun that is of another party than the act's
    sources.  "Greece said its tanker was seized by Iran", "Saudi Arabia cut ties after
    protesters stormed its embassy", "Its tanker was seized, the Greek government said": the
    owner is the subject the sentence is about, never the doer of the act itself.  Empty when
    no such subject exists (the pronoun's antecedent lies outside the sentence, where a tanker
    or a ship is as likely as a country)."""
    own = {party(m) for m in sources}
    here = tuple(m for m in view.at(pronoun) if m.via != "location" and party(m) not in own)
    if here:
        return here
    tree = view.tree
    for a in tree.ancestors(pronoun):
        for subj in tree.kids(a, _SUBJECT_DEPS):
            if pronoun in tree.subtree(subj):
                continue  # the victim's own phrase
            found = tuple(
                m for m in view.in_phrase(subj) if m.via != "location" and party(m) not in own
            )
            if found:
                return found
    return ()


def envoy_addressee(view: SentenceView, i: int, governor: int | None) -> tuple[ActorMention, ...]:
    """ "summoned the Belarusian ambassador to demand the withdrawal of Russian troops": a demand
    or appeal made in the purpose clause of a summons is addressed to the summoned envoy's
    state, not to whoever owns the thing demanded.  ``governor`` is the verb the purpose clause
    belongs to (``doers.purpose_governor``); ``()`` unless its object is a diplomat."""
    tree = view.tree
    if governor is None:
        return ()
    envoy = tree.kid(governor, {"dobj"})
    if envoy is None or not view.lexicon.in_class(tree.lemma(envoy), "DIPLOMAT"):
        return ()
    return tuple(m for m in view.in_phrase(envoy) if m.via != "location")
