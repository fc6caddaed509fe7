"""Record who issued which document, for "the resolution condemns ..." later (``documents``).

Kept apart from ``documents`` because it reads subjects with ``doers.subject_actors``, which in
turn asks ``documents`` for a document's issuer."""

from __future__ import annotations

from collections.abc import MutableMapping

from communique.events.documents import is_document, issued_key
from communique.events.doers import subject_actors
from communique.events.view import SentenceView
from communique.types import ActorMention

ISSUING = "ISSUING"


def remember_issuers(memory: MutableMapping[str, ActorMention], view: SentenceView) -> None:
    """For each document the sentence says was issued ("the Council adopted a resolution",
    "a joint statement was released by Paris and Berlin"), store its issuers under
    ``issued:<lemma>:<n>``, replacing those of an earlier document of that kind."""
    tree = view.tree
    for k in range(len(tree.sentence.tokens)):
        if tree.tok(k).dep not in {"dobj", "nsubjpass"} or not is_document(view, k):
            continue
        verb = tree.head(k)
        if verb is None or not view.lexicon.in_class(tree.lemma(verb), ISSUING):
            continue
        issuers = [m for m in subject_actors(view, verb) if m.via != "location"]
        if not issuers:
            continue
        lemma = tree.lemma(k)
        for key in [key for key in memory if key.startswith(f"issued:{lemma}:")]:
            del memory[key]
        for n, m in enumerate(issuers):
            memory[issued_key(lemma, n)] = m
