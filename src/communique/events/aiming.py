"""Second targets in an aiming participle: "struck Beirut, targeting leaders of Hezbollah".

An attack is often reported as a place hit plus what the strike was aimed at, the latter in a
participle clause ("..., targeting commanders of the group", "..., aimed at militia depots").
The participle is no second attack -- ``extract._drop_consequences`` drops it as the attack's
elaboration -- but the party it names is a target of the attack as much as the place is.  So
before the participle is dropped its targets are added to the attack's (``classes.tsv``
``AIMING`` holds the aiming verbs; outcome participles like "killing 11 people" name victims,
not the targeted party, and are left alone).
"""

from __future__ import annotations

from dataclasses import replace

from communique.events.view import Found, SentenceView
from communique.types import ActorMention


def fold_aims(view: SentenceView, found: list[Found]) -> list[Found]:
    """``found`` with each attack's targets extended by its aiming participle's targets."""
    tree = view.tree
    by_trigger = {f.trigger: f for f in found}
    extra: dict[int, list[ActorMention]] = {}
    for f in found:
        tok = tree.tok(f.trigger)
        head = tree.head(f.trigger)
        if tok.dep != "advcl" or tok.tag != "VBG" or head is None or head not in by_trigger:
            continue
        parent = by_trigger[head]
        if parent.code[:2] != f.code[:2] or not view.lexicon.in_class(
            tree.lemma(f.trigger), "AIMING"
        ):
            continue
        sources = set(parent.sources)
        extra.setdefault(head, []).extend(
            t for t in f.targets if t not in parent.targets and t not in sources
        )
    return [
        replace(f, targets=(*f.targets, *dict.fromkeys(extra[f.trigger])))
        if extra.get(f.trigger)
        else f
        for f in found
    ]
