"""Violence whose perpetrator the report does not name: "three soldiers were killed by a
roadside bomb near Kandahar", "a car bomb explosion in Mogadishu killed six people".

Wire reports of bombings, mines and ambushes often name only the victims, the weapon and the
place.  Dropping them loses a large share of political violence; inventing a perpetrator
would be worse.  CAMEO has an actor code for exactly this case, UAF (unidentified armed
force), and PLOVER lists UAF among its frequent sectors, so the event is recorded with an
unidentified armed force as source, placed in the country where the attack happened when the
sentence names one (``IRQUAF``), else bare ``UAF``.

Only when the text itself names the means or form of the attack (the UNATTRIBUTED noun class:
bomb, explosion, mine, ambush, attack ...) as the subject of the act or in its
"by/in/from" phrase: "killed in Iraq" or a bare "were killed" names no attack at all.
"""

from __future__ import annotations

from communique.events.syntax import Tree
from communique.events.view import VIOLENT_ROOTS, Found, SentenceView
from communique.types import ActorMention, ActorRef

MEANS_CLASS = "UNATTRIBUTED"
UNIDENTIFIED = "UAF"
_MEANS_PREPS = frozenset({"by", "in", "from"})
_PLACE_PREPS = frozenset({"in", "near", "outside", "at", "inside", "of"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def unattributed_attackers(view: SentenceView, found: Found) -> tuple[ActorMention, ...]:
    """An unidentified armed force as the source of violence with victims but no named
    perpetrator, when the sentence names the attack's means; else ``()``."""
    if found.sources or not found.targets or found.code[:2] not in VIOLENT_ROOTS:
        return ()
    means = attack_means(view, found.trigger)
    if means is None:
        return ()
    country = attack_country(view, found.trigger, means)
    return (_unidentified(view, means, country),)


def attack_means(view: SentenceView, trigger: int) -> int | None:
    """The noun naming how the attack was made: the trigger's subject ("a blast killed"), or
    the object of its "by"/"in"/"from" phrase ("killed by a roadside bomb")."""
    tree = view.tree
    candidates = list(tree.kids(trigger, {"nsubj"}))
    candidates += [obj for _, obj in tree.preps(trigger, _MEANS_PREPS)]
    for k in candidates:
        if _names_means(view, k):
            return k
    return None


def _names_means(view: SentenceView, k: int) -> bool:
    if view.at(k):
        return False  # "killed by Israeli troops" names the doer: not this case
    tree = view.tree
    words = {tree.lemma(k), tree.tok(k).text.lower()}
    for m in tree.kids(k, _MODIFIER_DEPS):  # "car bomb explosion", "suicide bombing"
        words |= {tree.lemma(m), tree.tok(m).text.lower()}
    return any(view.lexicon.in_class(w, MEANS_CLASS) for w in words)


def attack_country(view: SentenceView, trigger: int, means: int) -> str | None:
    """The country of the place the attack happened in: a place named in the act's clause or
    in the means phrase ("a car bomb in central Baghdad", "near the town of Samarra")."""
    tree = view.tree
    scope = set(tree.clause_subtree(trigger)) | set(tree.subtree(means))
    for k in sorted(scope):
        if tree.tok(k).dep != "prep" or tree.tok(k).text.lower() not in _PLACE_PREPS:
            continue
        for m in _places_under(view, tree, k):
            if m.actor.country:
                return m.actor.country
    return None


def _places_under(view: SentenceView, tree: Tree, prep: int) -> list[ActorMention]:
    span = set(tree.subtree(prep))
    return [m for m in view.mentions if m.via == "location" and m.head in span]


def _unidentified(view: SentenceView, means: int, country: str | None) -> ActorMention:
    tree = view.tree
    span = sorted([means, *tree.kids(means, _MODIFIER_DEPS)])
    first, last = tree.tok(span[0]), tree.tok(span[-1])
    name = " ".join(tree.tok(k).text for k in range(span[0], span[-1] + 1))
    actor = ActorRef(
        code=f"{country or ''}{UNIDENTIFIED}", country=country, sector=UNIDENTIFIED, name=name
    )
    return ActorMention(
        sentence=tree.sentence.index,
        tok_start=span[0],
        tok_end=span[-1] + 1,
        head=means,
        start=first.start,
        end=last.end,
        actor=actor,
        via="unattributed",
    )
