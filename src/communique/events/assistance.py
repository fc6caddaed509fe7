"""Troops sent to help a state: military aid to it, not a mobilisation against it.

"Rwanda sent 1,000 troops to Mozambique to help fight insurgents" and "Kenya deployed police
officers to Haiti at the request of its government" read as a show of force (154) towards the
destination if only the verb and its "to" phrase are looked at.  CAMEO 072 (provide military
assistance, "including arms, personnel, training") is the act: the destination state is the
recipient.  The cue must be in the sentence: a purpose clause of helping ("to help", "to
support the Malian army") or the state's request or invitation.  Without one ("deployed troops
to its border with China", "sent troops into Syria") the deployment stays a force posture.
"""

from __future__ import annotations

from communique.events.lexicon import word_list
from communique.events.view import NON_STATE_SECTORS, SentenceView, as_country, unique
from communique.types import ActorMention

# mobilising police (153) or armed forces (154)
MOBILIZATION = frozenset({"153", "154"})
MILITARY_AID = "072"
_ASSIST = frozenset(word_list("ASSIST_VERBS"))
_REQUEST = frozenset(word_list("REQUEST_NOUNS"))
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "ccomp"})


def _states(found: tuple[ActorMention, ...], *, places: bool = False) -> tuple[ActorMention, ...]:
    """The state actors of ``found`` (rebels and civilians are no allies' states, nor are
    places unless ``places``: "at Niamey's request" is the government's)."""
    return tuple(
        m
        for m in found
        if (places or m.via != "location") and m.actor.sector not in NON_STATE_SECTORS
    )


def requesters(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """Who asked for the deployment at ``i``: "at the request of the Malian government", "at
    Bamako's invitation"."""
    tree = view.tree
    for _, noun in tree.preps(i, {"at", "on", "upon"}):
        if tree.lemma(noun) not in _REQUEST:
            continue
        owners = [k for k in tree.kids(noun, {"poss"})]
        owners += [p for _, p in tree.preps(noun, {"of", "from"})]
        found = _states(tuple(m for k in owners for m in view.in_phrase(k)), places=True)
        if found:
            return unique([as_country(m) for m in found])
    return ()


def _within(view: SentenceView, k: int) -> tuple[ActorMention, ...]:
    """The actors named anywhere in the phrase of ``k``, outermost first: a misparsed "help
    the Malian army fight rebels" hangs the army under the rebels."""
    span = set(view.tree.subtree(k))
    return view.in_phrase(k) + tuple(m for m in view.mentions if m.head in span)


def _helped(view: SentenceView, i: int) -> tuple[bool, tuple[ActorMention, ...]]:
    """Whether verb ``i`` has a purpose of helping, and the state helped if it is named."""
    tree = view.tree
    for comp in tree.kids(i, _PURPOSE_DEPS):
        if tree.lemma(comp) not in _ASSIST or tree.kid(comp, {"aux"}) is None:
            continue  # "to help": an infinitive of purpose, not "helped"
        # "to help Mali", or "to help the Malian army fight ...": the helped are the object
        # or the subject of the helped act
        helped = tree.kids(comp, {"dobj"}) or [
            s for c in tree.kids(comp, {"ccomp", "xcomp"}) for s in tree.kids(c, {"nsubj"})
        ]
        found = _states(tuple(m for k in helped for m in _within(view, k)))
        return True, unique([as_country(m) for m in found])
    return False, ()


def assisted_ally(
    view: SentenceView, i: int, targets: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The state that troops sent at verb ``i`` go to help, or empty when the sentence gives
    no cue of help (see the module docstring).  ``targets`` are the deployment's targets as
    read so far (the destination)."""
    asked = requesters(view, i)
    if asked:
        return asked
    helps, helped = _helped(view, i)
    if helped:
        return helped
    if helps:  # "sent troops to Mozambique to help fight insurgents": the destination
        return unique([as_country(m) for m in _states(targets)])
    return ()
