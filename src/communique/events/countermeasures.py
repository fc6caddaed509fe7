"""Promised responses: "vowed to respond firmly", "pledged to react decisively".

A vow to *respond* is a threat only when the words say how hard: "vowed to respond to the
flood" promises relief, "vowed to respond firmly" promises to hit back.  Lexicon rows flagged
``how=LIST`` (a ``words.tsv`` list) need such a word on the verb before they count as a threat.
"""

from __future__ import annotations

from types import MappingProxyType

from communique.errors import DictionaryError
from communique.events.lexicon import word_list
from communique.events.syntax import Tree

# The manner lists a ``how=`` flag may name (bound at import, so a missing list fails early).
_MANNER_LISTS = MappingProxyType({"FIRM_MANNER": frozenset(word_list("FIRM_MANNER"))})

# "respond in kind", "respond with force": prepositional phrases that say the same as an adverb.
_MANNER_PHRASES = frozenset({("in", "kind"), ("with", "force"), ("with", "strength")})


def said_how(tree: Tree, verb: int, words: str) -> bool:
    """Does ``verb`` carry a manner word of list ``words`` ("firmly", "resolutely") or a phrase
    of the same force ("in kind", "with force")?"""
    if words not in _MANNER_LISTS:
        raise DictionaryError(f"lexicon flag how={words}: no such manner list")
    manner = _MANNER_LISTS[words]
    for k in tree.kids(verb, {"advmod", "acomp", "oprd"}):
        if tree.lemma(k).lower() in manner or tree.tok(k).text.lower() in manner:
            return True
    return any((word, tree.lemma(obj).lower()) in _MANNER_PHRASES for word, obj in tree.preps(verb))
