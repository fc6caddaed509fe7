"""A bare "the government" as a subject stands for the state the story is about.

"Ethiopia closed its border with Eritrea on Monday. The government accused Asmara of arming
rebels.": wire copy names the state once and then calls it "the government", and readers take
it as the state whose act the previous sentence reported.  The actor stage leaves such a bare
noun unresolved (it names no country), and ``view`` first tries the main clause's own subject
("The unit fired ..., and the military said"); this module is the next step: the previous
sentence's event doers when they are one country, else the one country that sentence named.
Nothing is guessed when the previous sentence points to two states, or when the article has no
previous sentence (a lead's "the government" is the dateline's, which the actor stage reads).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from communique.events.lexicon import word_list
from communique.events.syntax import Tree
from communique.types import ActorMention, ActorRef

HOME_GOVERNMENT_NOUNS = frozenset(word_list("HOME_GOVERNMENT_NOUNS"))
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
DOER_KEY = "did:"
GOVERNMENT = "GOV"


def home_government(
    tree: Tree,
    i: int,
    mentions: Sequence[ActorMention],
    recent: Sequence[ActorMention],
    antecedents: Mapping[str, ActorMention],
) -> tuple[ActorMention, ...]:
    """The government that the bare subject noun at ``i`` stands for, as a mention of token
    ``i`` (module docstring); empty when ``i`` is no such noun or the story is unclear.
    ``mentions`` are this sentence's, ``recent`` the earlier sentences'."""
    tok = tree.tok(i)
    if tok.lemma.lower() not in HOME_GOVERNMENT_NOUNS or tok.dep not in SUBJECT_DEPS:
        return ()
    country = _story_state(tree.sentence.index - 1, recent, antecedents)
    if country is None or any(m.actor.country == country for m in mentions):
        return ()  # "The government said Ethiopia ...": whose government is not clear
    actor = ActorRef(country + GOVERNMENT, country, GOVERNMENT, tok.text)
    mention = ActorMention(tree.sentence.index, i, i + 1, i, tok.start, tok.end, actor, "context")
    return (mention,)


def _story_state(
    previous: int, recent: Sequence[ActorMention], antecedents: Mapping[str, ActorMention]
) -> str | None:
    """The one country whose acts the sentence ``previous`` reported, else the one country it
    named; ``None`` when it names none or several without a single doer."""
    if previous < 0:
        return None
    doers = {
        m.actor.country
        for key, m in antecedents.items()
        if key.startswith(DOER_KEY) and m.sentence == previous and m.actor.country
    }
    if len(doers) == 1:
        return doers.pop()
    if doers:
        return None
    named = {
        m.actor.country
        for m in recent
        if m.sentence == previous and m.via != "location" and m.actor.country
    }
    return named.pop() if len(named) == 1 else None
