"""Event nouns: "Putin's letter to Kim", "the China-Japan summit", "talks held in Doha between
X and Y" -- coded on their own when the noun phrase names the parties, and the helpers that read
a noun's code (content cues for letters, the source's kind) and the evidence span.
"""

from __future__ import annotations

from collections.abc import Sequence

from communique.events.adjunct_talks import setting_parties, setting_subject
from communique.events.doers import no_places, speaker_actors
from communique.events.lexicon import Rule
from communique.events.modality import modality_of, proposed_content, scheduled_subject
from communique.events.nominal import overseen_by, participant_preps, premodifier_parties
from communique.events.roles import noun_roles
from communique.events.rules import (
    choose_rule,
)
from communique.events.venues import is_meeting, without_venues
from communique.events.view import (
    NON_STATE_SECTORS,
    VERB_POS,
    Found,
    SentenceView,
    unique,
)
from communique.types import ActorMention


def code_noun(view: SentenceView, n: int) -> Found | None:
    """An event noun coded on its own: only when the phrase itself names source and target."""
    chosen = choose_rule(view, n, "N")
    if chosen is None:
        return None
    rule = chosen[0]
    sources, _ = noun_roles(view, n)
    if is_meeting(rule, rule.code):  # "the Geneva talks between X and Y": a venue, no party
        sources = without_venues(view.tree, n, sources)
    overseen = () if sources else overseen_by(view, n)  # "Kim oversaw Friday's launch"
    sources = sources or overseen
    targets = ()
    participles = view.tree.kids(n, {"acl"})  # "talks held in Beijing between X and Y"
    for word, pobj in view.tree.preps(n) + [p for a in participles for p in view.tree.preps(a)]:
        if word in participant_preps(rule):
            targets = view.in_phrase(pobj)
            if targets:
                break
    if not sources and not targets:  # "During talks in Ankara, Erdogan told Sisi ..."
        sources, targets = setting_parties(view, n, rule)
    elif not sources:  # "In a phone call with Macron, Scholz discussed energy"
        sources = setting_subject(view, n, rule, targets)
    if rule.symmetric and len({*sources, *targets}) < 2:
        targets = unique((*targets, *_stray_between(view, n)))
        named = without_venues(view.tree, n, premodifier_parties(view, n))
        sources = unique((*sources, *named))  # "the China-Japan summit", not "the Vienna talks"
    if rule.symmetric and len({*sources, *targets}) >= 2 and not (sources and targets):
        # "the Xi-Kim summit", "the summit between Kim and Trump": a joint event
        sources, targets = unique((*sources, *targets)), ()
    elif not sources or not (targets or overseen):
        return None
    code = by_source_kind(resolve_noun_code(view, n, rule), rule, sources)
    head = view.tree.head(n)
    return Found(
        trigger=n,
        code=code,
        rule=rule,
        sources=sources,
        targets=targets,
        modality=modality_of(view.tree, n) if head is None else _noun_modality(view, n),
        tokens=evidence_tokens(view, n, None, sources, targets),
        symmetric=rule.symmetric,
        speaker=speaker_actors(view, n),
    )


def _stray_between(view: SentenceView, n: int) -> tuple[ActorMention, ...]:
    """ "The agreement came out of talks held in Beijing between a Saudi delegation ... and an
    Iranian delegation": the parser hangs "between" on the governing verb, which takes no
    "between" of its own; the phrase still names the parties of the joint event noun."""
    tree = view.tree
    verb = next((a for a in tree.ancestors(n) if tree.tok(a).pos in VERB_POS), None)
    if verb is None or choose_rule(view, verb, "V") is not None:
        return ()
    found: list[ActorMention] = []
    for _, pobj in tree.preps(verb, {"between"}):
        # "between A, led by X, and B": the second party may hang on the first one's phrase.
        for k in [pobj, *(k for k in tree.subtree(pobj) if tree.tok(k).dep == "conj")]:
            found.extend(no_places(view.in_phrase(k)))
    return unique(found)


def _noun_modality(view: SentenceView, n: int) -> str:
    own = modality_of(view.tree, n)
    if own != "asserted":
        return own
    if scheduled_subject(view.tree, n):
        return "future"  # "talks are scheduled to take place next week"
    if proposed_content(view.tree, n):
        return "hypothetical"  # "offered help in reviving stalled negotiations"
    head = view.tree.head(n)
    while head is not None and view.tree.tok(head).pos not in VERB_POS:
        head = view.tree.head(head)
    return modality_of(view.tree, head) if head is not None else own


def resolve_noun_code(view: SentenceView, n: int, rule: Rule, *, trigger: int | None = None) -> str:
    if rule.code == "content":
        return content_code(view, rule, n if trigger is None else trigger)
    return rule.code


def content_code(view: SentenceView, rule: Rule, trigger: int | None = None) -> str:
    """What a letter or message does, from its cue words: first those in the trigger's own
    phrase ("sent a message to the North to protest ..."), then the whole sentence -- so that
    "fired warning shots, and sent a message to protest" is a protest, not a warning."""
    tree = view.tree
    scopes = [tree.subtree(trigger)] if trigger is not None else []
    scopes.append([t.i for t in tree.tokens])
    for scope in scopes:
        lemmas = {tree.tok(k).lemma.lower() for k in scope} | {
            tree.tok(k).text.lower() for k in scope
        }
        code = view.lexicon.content_code(lemmas)
        if code is not None:
            return code
    return rule.flags.get("default", "010")


def by_source_kind(code: str, rule: Rule, sources: Sequence[ActorMention]) -> str:
    """Some acts are coded differently when done by non-state actors (a protest by citizens is a
    demonstration, by a government an official complaint) or by the military."""
    sectors = {m.actor.sector for m in sources}
    non_state = all(m.actor.sector in NON_STATE_SECTORS or m.actor.country is None for m in sources)
    if "civ" in rule.flags and sources and non_state:
        return rule.flags["civ"]
    if "mil" in rule.flags and "MIL" in sectors:
        return rule.flags["mil"]
    return code


def evidence_tokens(
    view: SentenceView,
    i: int,
    other: int | None,
    sources: Sequence[ActorMention],
    targets: Sequence[ActorMention],
) -> tuple[int, ...]:
    """Trigger, object and the actors' tokens -- only actors named in this very sentence
    (``sentence`` of a mention carried from context differs from the trigger's)."""
    idx = {i}
    if other is not None:
        idx.add(other)
    sentence = view.tree.sentence.index
    for m in (*sources, *targets):
        if m.sentence == sentence:
            idx.update(range(m.tok_start, m.tok_end))
    return tuple(sorted(idx))
