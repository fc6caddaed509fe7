"""Which events are recorded without a recipient (monadic events), and which are dropped.

PLOVER lets most event types stand without a recipient: a government that lifts a curfew,
a party that threatens a boycott, rebels who reject an offer.  CAMEO-style dyadic data
(GDELT, ICEWS, PETRARCH) records only dyads.  The coder keeps a targetless event when

* its act stands on its own whoever it touches: yielding, investigating, protesting,
  mobilising, coercing and violence (CAMEO 08, 09, 14, 15, 17-20); or
* it is a demand or a refusal (10, 12): PLOVER's REQUEST and REJECT need no recipient, and
  what was demanded or refused is the news even when the text names nobody; or
* it is an agreement, a statement of support or a threat (03, 05, 13: PLOVER's AGREE, SUPPORT
  and THREATEN need no recipient) *and* the sentence names no other party.  When another
  party is named, the recipient is most likely that party and the parse failed to link it; a
  monadic row would then be a wrong reading, not an undirected act.

Never monadic: statements and appeals (01, 02: no PLOVER type; words to nobody say too
little); material cooperation, aid and sanctions (06, 07, 16: PLOVER requires a recipient);
meetings, criticism and intents to meet or mediate (04, 11, 036, 039): measured on our gold
sets, a recipient-less meeting or accusation is nearly always a counterpart the parse missed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from communique.events.discourse import anaphoric, answered, partner_of, party
from communique.events.lexicon import word_list
from communique.events.recipients import possessed_victim, possessor_referents
from communique.types import ActorMention

if TYPE_CHECKING:
    from communique.events.view import Found, SentenceView

STANDALONE_ROOTS = frozenset({"08", "09", "14", "15", "17", "18", "19", "20"})
UNADDRESSED_ROOTS = frozenset({"10", "12"})
SOLE_PARTY_ROOTS = frozenset({"03", "05", "13"})
# Intents to meet or mediate name no act at all until one knows with whom.
NEVER_MONADIC = frozenset({"036", "039"})


def other_parties(
    mentions: Sequence[ActorMention],
    sources: Sequence[ActorMention],
    speakers: Sequence[ActorMention] = (),
) -> tuple[ActorMention, ...]:
    """Actors of the sentence that could be the act's counterpart: not a place, not one of the
    sources or of the people reporting the act ("the minister said Vietnam is committed to
    ..."), and not another sector of a source's own country ("the Serbian government said
    Serbian police ...")."""
    countries = {m.actor.country for m in sources if m.actor.country}
    codes = {m.actor.code for m in sources}
    spans = {(m.tok_start, m.tok_end) for m in (*sources, *speakers)}
    return tuple(
        m
        for m in mentions
        if m.via != "location"
        and m.actor.code not in codes
        and (m.tok_start, m.tok_end) not in spans
        and (m.actor.country is None or m.actor.country not in countries)
    )


def monadic_ok(
    code: str,
    sources: Sequence[ActorMention],
    mentions: Sequence[ActorMention],
    speakers: Sequence[ActorMention] = (),
) -> bool:
    """May an event of CAMEO ``code`` done by ``sources`` (as reported by ``speakers``) be
    recorded with no recipient, in a sentence whose actor mentions are ``mentions``?  (See
    the module docstring.)"""
    root = code[:2]
    if code in NEVER_MONADIC:
        return False
    if root in STANDALONE_ROOTS or root in UNADDRESSED_ROOTS:
        return True
    if root in SOLE_PARTY_ROOTS:
        return not other_parties(mentions, sources, speakers)
    return False


# --------------------------------------------------------------------------- settling

# Cooperation that is with someone by definition: "agreed to keep working together",
# "had cooperated in good faith" (030), "has repaired ties" (050).  Without the partner the
# row says nothing an analyst could place in a dyad.
PARTNERED_CODES = frozenset({"030", "050"})
JOINT_VERBS = frozenset(word_list("JOINT_VERBS"))
JOINT_ADVERBS = frozenset({"together", "jointly"})
# Praise of an act (051): "welcomed the decision" praises whoever decided.
PRAISE_CODES = frozenset({"051"})
# Seizures and arrests (17) whose victim is only "its"/"their": the text had an owner in mind.
OWNED_VICTIM_ROOTS = frozenset({"17"})


def settle_targetless(view: SentenceView, found: Found) -> Found | None:
    """Give a recipient-less event the recipient the article implies, or drop it (None).

    Run after the sentence's own roles and the implied targets, before ``monadic_ok``:

    * a victim named only by a possessive pronoun ("its tanker was seized") belongs to the
      subject the sentence is about; a seizure or arrest whose owner cannot be found is
      dropped rather than recorded as an act against nobody;
    * praise of an anaphoric act ("welcomed the decision", "welcomed the move", "welcomed
      it") is aimed at the act's doer (``discourse.answered``); when the article names none,
      nobody can say whom the praise is for and it is dropped.  Praise of something that
      needs no doer ("welcomed efforts to ease tensions") stays monadic;
    * unspecified or diplomatic cooperation by one party ("has repaired ties") is with the
      story's other side (``discourse.partner_of``), or dropped.

    Events with a recipient, or without a source, are returned unchanged."""
    if found.targets or not found.sources:
        return found
    pronoun = possessed_victim(view, found.trigger)
    if pronoun is not None:
        owners = possessor_referents(view, pronoun, found.sources)
        if owners:
            return replace(found, targets=owners)
        if found.code[:2] in OWNED_VICTIM_ROOTS:
            return None
    if found.code in PRAISE_CODES:
        return _praise(view, found)
    if found.code in PARTNERED_CODES and _joint_wording(view, found):
        partner = partner_of(view, found.sources)
        if partner:
            return replace(found, targets=partner)
        return found if len({party(m) for m in found.sources}) > 1 else None
    return found


def _joint_wording(view: SentenceView, found: Found) -> bool:
    """Does the act say it is done with someone?  Relations and ties (050) always are; of the
    unspecified cooperation (030), only verbs of joint action ("cooperated", "collaborated")
    and clauses with "together"/"jointly" ("agreed to keep working together").  "APEC agreed
    to set up a research centre" is an agreement that stands alone (PLOVER AGREE)."""
    if found.code == "050":
        return True
    tree = view.tree
    if tree.lemma(found.trigger) in JOINT_VERBS:
        return True
    return any(tree.tok(k).text.lower() in JOINT_ADVERBS for k in tree.subtree(found.trigger))


def _praise(view: SentenceView, found: Found) -> Found | None:
    """ "welcomed the decision": the decider, or nothing when the object is a bare anaphor."""
    tree = view.tree
    obj = tree.kid(found.trigger, {"dobj", "obj"})
    if found.noun is not None or obj is None or not anaphoric(view, obj):
        return found
    doers = answered(view, found.sources, [obj])
    if doers:
        return replace(found, targets=doers)
    return None if _bare(view, obj) else found


def _bare(view: SentenceView, k: int) -> bool:
    """Is the phrase at ``k`` only a pointer back ("the decision", "this step", "it"), with no
    complement of its own that says what was done ("the decision to reopen the border")?"""
    tree = view.tree
    return not tree.kids(k, {"acl", "relcl", "prep", "xcomp", "ccomp", "compound"})
