"""The actor stage: who is named in each sentence, coded CAMEO-style.

``KnowledgeBase.load()`` reads the built-in tables (countries, people, organisations,
metonyms, agent nouns) plus any user files (our JSON Lines format or PETRARCH dictionaries);
``resolve_article(parsed, kb, on=...)`` returns the ``ActorMention``s of each sentence.
"""

from communique.actors.extra import entity_from_json, entity_to_json, load_extra
from communique.actors.kb import Coding, Entity, KnowledgeBase, Role
from communique.actors.petrarch import load_petrarch
from communique.actors.resolve import resolve_article, resolve_sentence

__all__ = [
    "Coding",
    "Entity",
    "KnowledgeBase",
    "Role",
    "entity_from_json",
    "entity_to_json",
    "load_extra",
    "load_petrarch",
    "resolve_article",
    "resolve_sentence",
]
