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

from communique.types import ActorMention

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
