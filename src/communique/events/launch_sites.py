"""Where fire came from is not whom it was aimed at.

"Hezbollah fired rockets from Lebanon at Israeli towns", "two mortar shells were fired at the
base from Lebanon": the "from" phrase of a launching verb (class ``LAUNCHING`` in
``classes.tsv``) names the launch site.  The parser often hangs it on the object noun, where the
role rules would take it for the recipient.  So a place in that phrase is never the target; the
target is then the party the fire was aimed at ("at", "on", "against", "toward", "into").

When the report names no doer ("rockets were fired at Israel from the Gaza Strip"), the launch
site still says where the attackers were: the source is an unidentified armed force of that
place's country (``PSEUAF``), as ``unattributed.py`` records unclaimed bombings.  The place itself
is not made the doer: a territory fires nothing.
"""

from __future__ import annotations

from dataclasses import replace

from communique.events.unattributed import UNIDENTIFIED
from communique.events.view import Found, SentenceView
from communique.types import ActorMention, ActorRef

LAUNCHING_CLASS = "LAUNCHING"
_FIRE_ROOTS = frozenset({"15", "18", "19", "20"})
_AIM_PREPS = frozenset({"at", "on", "against", "toward", "towards", "into"})


def _phrase_tokens(view: SentenceView, trigger: int, words: frozenset[str]) -> set[int]:
    """Tokens under the trigger clause's prepositions ``words`` (on the verb or its objects)."""
    tree = view.tree
    out: set[int] = set()
    for k in tree.clause_subtree(trigger):
        if tree.tok(k).dep == "prep" and tree.tok(k).text.lower() in words:
            out.update(x for x in tree.subtree(k) if x != k)
    return out


def _is_place(m: ActorMention) -> bool:
    """A state or territory named as such, not a group or organ of it."""
    return bool(m.actor.country) and not m.actor.sector


def launch_sites(view: SentenceView, found: Found) -> tuple[ActorMention, ...]:
    """Places in the "from" phrase of a launching verb's clause, else ``()``."""
    tree = view.tree
    if found.code[:2] not in _FIRE_ROOTS:
        return ()
    if not view.lexicon.in_class(tree.lemma(found.trigger), LAUNCHING_CLASS):
        return ()
    inside = _phrase_tokens(view, found.trigger, frozenset({"from"}))
    return tuple(m for m in view.mentions if m.head in inside and _is_place(m))


def with_launch_site(view: SentenceView, found: Found) -> Found:
    """The event with its launch site taken out of the targets and, when nobody is named as
    doer, an unidentified force of that place as source (module doc)."""
    sites = launch_sites(view, found)
    if not sites:
        return found
    site_heads = {m.head for m in sites}
    targets = tuple(t for t in found.targets if t.head not in site_heads)
    sources = found.sources or (_force_from(sites[0]),)
    code = found.code
    if not targets:
        targets = _aimed_at(view, found.trigger, sources, site_heads)
        if targets and "hit" in found.rule.flags and code == found.rule.code:
            code = found.rule.flags["hit"]  # fired *at* someone: an attack, not a show of force
    return replace(found, code=code, sources=sources, targets=targets)


def _aimed_at(
    view: SentenceView, trigger: int, sources: tuple[ActorMention, ...], sites: set[int]
) -> tuple[ActorMention, ...]:
    """The party an "at/on/against" phrase aims the fire at; "at it" refers back to the last
    other party named ("Israel said a shell was fired at it from Gaza")."""
    tree = view.tree
    for k in tree.clause_subtree(trigger):
        if tree.tok(k).dep != "prep" or tree.tok(k).text.lower() not in _AIM_PREPS:
            continue
        obj = tree.pobj(k)
        if obj is None:
            continue
        found = view.in_phrase(obj) or view.pronoun_object(obj, sources)
        found = tuple(m for m in found if m.head not in sites and m not in sources)
        if found:
            return found
    return ()


def _force_from(site: ActorMention) -> ActorMention:
    country = site.actor.country
    actor = ActorRef(
        code=f"{country}{UNIDENTIFIED}", country=country, sector=UNIDENTIFIED, name=site.actor.name
    )
    return replace(site, actor=actor, via="unattributed")
