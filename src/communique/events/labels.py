"""Labelling predicates: name-calling and reported evaluations as accusations and criticism.

Officials rarely say "we accuse X"; they *label*: "called Seoul a puppet", "branded the drills a
provocation", "what he called terrorist acts by Kyiv", "the spokesman said the sanctions were
illegal".  CAMEO codes such labels as criticism (111) or, when the label names a wrongdoing,
as the matching accusation (112-1125); the lexicon rows flagged ``pred`` say which label gives
which code.  This module finds who labels whom:

* the labeller is the verb's subject ("Pyongyang called ..."); a copula has no agent of its
  own, so for "the sanctions were illegal" it is the speaker of the surrounding report;
* the labelled party is the direct object ("called *Seoul* a puppet"), else, for a free
  relative ("what he called terrorist acts by Kyiv"), the label's own by/of/from phrase, else
  the copula's subject; an event noun with no actor in it ("the sanctions") stands for whoever
  carried out the latest event of its kind in the article.
"""

from __future__ import annotations

from communique.events.doers import no_places, speaker_actors, subject_actors
from communique.events.lexicon import Rule
from communique.events.modality import modality_of
from communique.events.roles import antecedent, noun_roles
from communique.events.rules import choose_rule
from communique.events.syntax import Tree
from communique.events.view import Found, SentenceView
from communique.types import ActorMention

__all__ = ["code_label", "labelled_party"]

# Words that stand for the labelled thing without naming it ("what he called ...").
_WH_WORDS = frozenset({"what", "which", "that", "whatever"})
_EXPLETIVES = frozenset({"it", "this"})
# The wrongdoer named inside a label: "terrorist acts *by* Kyiv", "a violation *of* ...".
_LABEL_PREPS = frozenset({"by", "from"})


def code_label(
    view: SentenceView, i: int, rule: Rule, label: int | None, consumed: set[int]
) -> Found | None:
    """The event of a labelling verb at ``i`` whose label is the token ``label``."""
    tree = view.tree
    if label is not None:
        consumed.add(label)
    copula = tree.lemma(i) == "be"
    sources = speaker_actors(view, i) if copula else subject_actors(view, i)
    if not sources:
        return None
    targets = tuple(m for m in labelled_party(view, i, label) if m not in sources)
    source_countries = {m.actor.country for m in sources if m.actor.country}
    # Self-criticism is not a dyad: "the minister called his own ministry's work shoddy".
    targets = tuple(
        m for m in targets if not m.actor.country or m.actor.country not in source_countries
    )
    idx = {i} | ({label} if label is not None else set())
    here = tree.sentence.index
    for m in (*sources, *targets):
        if m.sentence == here:
            idx.update(range(m.tok_start, m.tok_end))
    return Found(
        trigger=i,
        code=rule.code,
        rule=rule,
        sources=sources,
        targets=targets,
        modality=modality_of(tree, i),
        tokens=tuple(sorted(idx)),
        symmetric=False,
        speaker=speaker_actors(view, i),
    )


def labelled_party(view: SentenceView, i: int, label: int | None) -> tuple[ActorMention, ...]:
    """Who the label is pinned on (see the module docstring for the order tried)."""
    tree = view.tree
    copula = tree.lemma(i) == "be"
    holder = tree.kid(i, {"nsubj", "nsubjpass"}) if copula else tree.kid(i, {"dobj"})
    if holder is not None and tree.tok(holder).text.lower() in _EXPLETIVES and copula:
        # "said it was unacceptable that Japan ...": the extraposed clause names the party.
        holder = _extraposed_subject(tree, i)
    if holder is not None and tree.tok(holder).text.lower() not in _WH_WORDS:
        found = _party_of(view, holder)
        if found:
            return found
    if holder is not None and tree.tok(i).dep == "relcl":
        # "a post, which the government called inappropriate": the relative's antecedent
        head = tree.head(i)
        if head is not None:
            found = _party_of(view, head)
            if found:
                return found
    if label is not None:
        for word, pobj in tree.preps(label):
            if word in _LABEL_PREPS:
                found = no_places(view.in_phrase(pobj))
                if found:
                    return found
    return ()


def _party_of(view: SentenceView, n: int) -> tuple[ActorMention, ...]:
    """The actor labelled by the phrase headed by ``n``.  An event noun is pinned on its doer,
    never on its victims: in "attacks on civilians are a crime" the civilians are not accused;
    the attacks' own source ("Russian attacks") or the latest such event's source is."""
    if choose_rule(view, n, "N") is None:
        return no_places(view.in_phrase(n))
    return no_places(noun_roles(view, n)[0]) or antecedent(view, n)


def _extraposed_subject(tree: Tree, i: int) -> int | None:
    for comp in tree.kids(i, {"ccomp", "xcomp"}):
        subj = tree.kid(comp, {"nsubj", "nsubjpass"})
        if subj is not None:
            return subj
    return None
