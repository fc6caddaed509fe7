"""Questions are no requests: "Asked whether Beijing would retaliate, Wang said ...".

CAMEO's appeals (02) are requests that someone *do* something: "asked China to release the
crew", "asked for aid".  A verb of asking whose complement is a question -- a "whether"/"if"
clause, a wh-clause, an "about" phrase -- reports a question, in wire copy mostly the
journalist's in an interview ("When asked about the sanctions, the minister said ...").  It is
no appeal by anyone, and the questioned content ("whether Seoul would join the sanctions") was
said by nobody, so neither is coded.  The verbs are ``classes.tsv`` ``QUESTION_VERB``.
"""

from __future__ import annotations

from communique.events.syntax import Tree, to_infinitive
from communique.events.view import VERB_POS, SentenceView

_QUESTION_MARKS = frozenset({"whether", "if"})
# Interrogative words: a closed grammatical class, kept in code.
_WH_WORDS = frozenset({"what", "why", "how", "when", "where", "who", "whom", "which"})
_TOPIC_PREPS = frozenset({"about", "on", "regarding", "concerning"})


def question_tokens(view: SentenceView) -> set[int]:
    """Tokens of every question in the sentence: the asking verb and the question's words."""
    tree = view.tree
    out: set[int] = set()
    for t in tree.tokens:
        if t.pos in VERB_POS and view.lexicon.in_class(tree.lemma(t.i), "QUESTION_VERB"):
            content = question_content(tree, t.i)
            if content is not None:
                out.add(t.i)
                out.update(k for c in content for k in tree.subtree(c))
    return out


def question_content(tree: Tree, i: int) -> list[int] | None:
    """The question the verb at ``i`` asks (heads of its clauses and topic phrases), or
    ``None`` when it asks for something: an infinitive ("asked Seoul to ...") or "for"."""
    if tree.kids(i, {"xcomp"}) or tree.preps(i, {"for"}):
        return None
    content = [c for c in tree.kids(i, {"ccomp"}) if _is_question_clause(tree, c)]
    # "Asked if Japan would send troops": the parser may read the question as a condition
    content += [c for c in tree.kids(i, {"advcl"}) if _marked(tree, c)]
    content += [p for p in tree.kids(i, {"prep"}) if tree.tok(p).text.lower() in _TOPIC_PREPS]
    return content or None


def _is_question_clause(tree: Tree, c: int) -> bool:
    """ "whether Beijing would retaliate", "what Russia would do" (not "to ...")."""
    if _marked(tree, c):
        return True
    if to_infinitive(tree, c):
        return False
    first = tree.subtree(c)[0]
    return tree.tok(first).text.lower() in _WH_WORDS


def _marked(tree: Tree, c: int) -> bool:
    return any(tree.tok(m).text.lower() in _QUESTION_MARKS for m in tree.kids(c, {"mark"}))
