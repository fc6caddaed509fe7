"""Whom a complaint lodged with a forum is aimed at: "Brazil filed a complaint with the WTO
over U.S. tariffs", "Kyiv complained to the Security Council about Russian strikes".

A complaint (CAMEO 11, mostly 114 *complain officially*) is addressed to a body -- the WTO, a
UN organ, a court -- that is asked to judge somebody else's act.  The lexicon's "with"/"to"
target names that body, so the dyad came out as complainant -> forum and the party the
grievance is about was lost.  For a dyadic event series the grievance party is the point:
trade disputes, Security Council complaints and ICJ filings are conflicts between the two
states, the forum is only where they are fought out.  So when the only targets are
international organisations and the complaint names what it is about ("over", "about",
"against") as an act with a named doer, or as a party itself, that doer is the target.
Only for a complaint lodged as a thing ("filed a complaint with", "lodged a protest with",
114 with an object): a bare "complained to the UN about ..." stays addressed to the forum,
which the held-out quality gate showed to be the safer reading.
"""

from __future__ import annotations

from communique.events.doers import no_places
from communique.events.owners import act_doers
from communique.events.roles import participle_agents
from communique.events.view import SentenceView
from communique.types import ActorMention

OFFICIAL_COMPLAINT = "114"
# How a complaint names its grievance: "over the tariffs", "about the strikes", "against Russia".
GRIEVANCE_PREPS = frozenset({"over", "about", "against", "regarding", "concerning"})
# Actor codes of bodies without a country (CAMEO's IGO type): the forums a complaint goes to.
FORUM_PREFIX = "IGO"


def grievance_targets(
    view: SentenceView,
    i: int,
    obj: int | None,
    code: str,
    sources: tuple[ActorMention, ...],
    targets: tuple[ActorMention, ...],
) -> tuple[ActorMention, ...]:
    """The party a complaint lodged with a forum is about, in place of the forum; else the
    ``targets`` unchanged (not a complaint, not addressed only to IGOs, or no party named)."""
    if code != OFFICIAL_COMPLAINT or obj is None or not targets:
        return targets
    if not all(m.actor.code.startswith(FORUM_PREFIX) for m in targets):
        return targets
    own = {m.actor.code for m in sources}
    # the grievance hangs on the verb, the complaint noun, or (a parser's choice) the forum:
    # "complained to the Security Council about ..."
    forums = [m.head for m in targets if m.sentence == view.tree.sentence.index]
    for carrier in (i, obj, *forums):
        if carrier is None:
            continue
        for _, pobj in view.tree.preps(carrier, GRIEVANCE_PREPS):
            named = (
                act_doers(view, pobj, sources)
                or participle_agents(view, pobj)  # "over duties imposed by the EU"
                or (no_places(view.in_phrase(pobj)) if view.at(pobj) else ())
            )
            named = tuple(m for m in named if m.actor.code not in own and m not in targets)
            if named:
                return named
    return targets
