"""A document as the agent of what it says: "The resolution condemns the launches", "the joint
statement criticised Tehran".

Wire copy often lets a text speak: the resolution "condemns", the communique "urges".  A
document has no will of its own; what it says was said by whoever issued it -- the body that
adopted a resolution, the signatories of a joint statement.  The issuer is read, in order:

* from the document's own participle agent: "The resolution, adopted by the General
  Assembly, condemns ..." (the Assembly);
* from the article memory, for a definite document ("the resolution", "the statement") whose
  issuing the article reported within ``ISSUE_WINDOW`` sentences: "The Security Council
  adopted a resolution on Friday.  The resolution condemns ...".  All the issuers are kept,
  so a joint statement speaks for each of its signatories.

Documents are the ``classes.tsv`` class ``DOCUMENT``; issuing verbs the class ``ISSUING``.
``remember_issuers`` (in ``documents_memory``) records who issued which kind of document.
"""

from __future__ import annotations

from communique.events.view import SentenceView
from communique.types import ActorMention

DOCUMENT = "DOCUMENT"
# How many sentences back the document's issuing may be reported.
ISSUE_WINDOW = 2
_DEFINITE = frozenset({"the", "this", "that"})


def issued_key(lemma: str, n: int) -> str:
    """The article-memory key of the ``n``-th issuer of the latest document ``lemma``."""
    return f"issued:{lemma}:{n}"


def is_document(view: SentenceView, k: int) -> bool:
    return view.lexicon.in_class(view.tree.lemma(k), DOCUMENT)


def document_issuers(view: SentenceView, subj: int) -> tuple[ActorMention, ...]:
    """Who speaks through the document that is the subject ``subj`` (module docstring);
    empty when ``subj`` is no document or its issuer is not named."""
    if not is_document(view, subj):
        return ()
    return _participle_agents(view, subj) or _earlier_issuers(view, subj)


def _participle_agents(view: SentenceView, subj: int) -> tuple[ActorMention, ...]:
    tree = view.tree
    for verb in tree.kids(subj, {"acl", "relcl"}):
        if tree.tok(verb).tag != "VBN":
            continue
        for _, agent in tree.preps(verb, {"by"}):
            found = view.in_phrase(agent, lists=True)
            found = tuple(m for m in found if m.via != "location")
            if found:
                return found
    return ()


def _earlier_issuers(view: SentenceView, subj: int) -> tuple[ActorMention, ...]:
    tree = view.tree
    dets = {tree.tok(d).text.lower() for d in tree.kids(subj, {"det"})}
    if not dets & _DEFINITE or tree.kids(subj, {"poss"}):
        return ()  # "a statement" is a new one; "Iran's statement" names its own issuer
    here = tree.sentence.index
    found: list[ActorMention] = []
    lemma = tree.lemma(subj)
    while (m := view.antecedents.get(issued_key(lemma, len(found)))) is not None:
        found.append(m)
    if not found or here - found[0].sentence > ISSUE_WINDOW:
        return ()
    return tuple(found)
