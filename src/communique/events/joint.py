"""Joint acts whose parties are named by coordinated adjectives on one subject noun: "the
Indian and Pakistani sides agreed to ...", "Greek and Turkish negotiators met ...".

The actor resolver reads each adjective as its own mention, but the subject lookup keeps only
the first, so a joint agreement came out as a one-sided act with no recipient and was
dropped.  For the mutual acts (intent, meetings, agreements, material cooperation: the
``MUTUAL_ROOTS`` of ``implied``) with no recipient, every state the subject's modifiers name is
a party; the coder then records the act between each pair, as it does for "Japan and South
Korea agreed ...".
"""

from __future__ import annotations

from communique.events.drills import joint_sources
from communique.events.implied import MUTUAL, MUTUAL_ROOTS
from communique.events.view import Found, SentenceView
from communique.types import ActorMention


def joint_parties(view: SentenceView, found: Found) -> tuple[ActorMention, ...]:
    """All parties of a recipient-less mutual act whose subject names two or more states
    by coordinated modifiers; else ``found.sources`` unchanged."""
    if found.targets or not found.sources:
        return found.sources
    if found.code[:2] not in MUTUAL_ROOTS and found.code not in MUTUAL:
        return found.sources
    return joint_sources(view, found.trigger, found.sources) or found.sources
