"""Departure orders and deadlines: expulsions and ultimatums said with a control verb.

Wire copy seldom writes "expelled" when a state throws diplomats out: it writes "ordered 20
Russian diplomats to leave the country", "gave the embassy staff 72 hours to leave", "told the
ambassador to pack his bags".  None of those verbs is an event on its own ("order", "give",
"tell" are everywhere), and the complement ("leave") is no event either -- certainly not a
departure the diplomats chose.  The idiom is the expulsion (CAMEO 161 for diplomats, per the
notes on 166 and 174), done by whoever gave the order, aimed at the country whose people must go.

The same "give" frame with an actor as addressee and a span of time ("gave Kyiv a week to
withdraw its troops or face consequences") is a final demand: with a penalty alternative it is
an ultimatum (139, "a final demand, rejection of which carries the risk of retaliation"),
without one a demand coded from what is demanded (frame ``demand``).  Either way the demanded
act is not done, so its complement is consumed.

The idioms' words are data (``data/departures.tsv``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

from communique.events.doers import no_places, speaker_actors, subject_actors
from communique.events.lexicon import Rule, ad_hoc_rule, tsv_rows
from communique.events.modality import modality_of
from communique.events.nouns import evidence_tokens
from communique.events.rules import object_ok
from communique.events.syntax import phrases_after, to_infinitive
from communique.events.view import VERB_POS, Found, SentenceView
from communique.types import ActorMention

ULTIMATUM = "139"
# The lexicon verb whose object conditions say what expelling a group is coded as.
_EXPEL = "expel"
_COMPLEMENT_DEPS = frozenset({"xcomp", "advcl", "ccomp", "relcl", "acl"})
_HOST_PREPS = frozenset({"from", "in"})
_POST_PREPS = frozenset({"in", "to", "at"})  # "its ambassador in Paris / to Kabul"


@cache
def departure_words() -> Mapping[str, frozenset[str]]:
    """kind -> lemmas, from ``departures.tsv`` (immutable, loaded once per process)."""
    text = resources.files("communique.events.data").joinpath("departures.tsv").read_text("utf-8")
    kinds: dict[str, set[str]] = {}
    for _, cols in tsv_rows(text):
        kinds.setdefault(cols[0], set()).add(cols[1].strip())
    return MappingProxyType({k: frozenset(v) for k, v in kinds.items()})


def code_departures(
    view: SentenceView, consumed: set[int], code_inner: Callable[[int], Found | None]
) -> list[Found]:
    """Expulsions and deadlines said with a control verb; their tokens are marked consumed.
    ``code_inner`` codes a demanded act (and marks what it uses as consumed)."""
    words = departure_words()
    found: list[Found] = []
    for tok in view.tree.tokens:
        if tok.i in consumed or tok.pos not in VERB_POS:
            continue
        lemma = view.tree.lemma(tok.i)
        event = None
        if lemma in words["order"] or lemma in words["deadline"]:
            event = _expulsion(view, tok.i, consumed)
        if event is None and lemma in words["deadline"]:
            event = _deadline(view, tok.i, consumed, code_inner)
        if event is not None:
            found.append(event)
    return found


def _complement(view: SentenceView, v: int, span: int | None) -> int | None:
    """The to-infinitive of the order: on the verb ("ordered them to leave") or on the span
    noun ("gave them 72 hours to leave")."""
    tree = view.tree
    for head in (v, span):
        if head is None:
            continue
        for k in tree.kids(head, _COMPLEMENT_DEPS):
            if tree.tok(k).pos in VERB_POS and to_infinitive(tree, k):
                return k
    return None


def _span(view: SentenceView, v: int) -> int | None:
    """ "72 hours", "a week", "a deadline": the time a "give" verb hands over."""
    tree = view.tree
    for k in tree.kids(v, {"dobj", "npadvmod"}):
        if tree.lemma(k) in departure_words()["span"]:
            return k
    return None


def _addressee(view: SentenceView, v: int, span: int | None) -> int | None:
    tree = view.tree
    for dep in ("dative", "dobj"):
        k = tree.kid(v, {dep})
        if k is not None and k != span:
            return k
    return None


def _expel_rule(view: SentenceView, group: int) -> Rule | None:
    """How expelling ``group`` is coded, if it is a group whose expulsion the lexicon names
    specifically (diplomats 161, peacekeepers 1661, inspectors 1662, aid agencies 1663).
    Catch-all rules (``*``, ``$ACTOR``) do not count: "ordered residents to leave" is no
    diplomatic expulsion."""
    rules = [r for r in view.lexicon.candidates("V", _EXPEL) if r.obj not in {"*", "$ACTOR"}]
    for rule in sorted(rules, key=lambda r: -r.specificity):
        if object_ok(view, group, rule, modifiers=False):
            return rule
    return None


def _expulsion(view: SentenceView, v: int, consumed: set[int]) -> Found | None:
    """ "ordered 45 Russian diplomats to leave", "gave the embassy staff 72 hours to leave",
    "told its ambassador to return home" (a recall: the host is then the target)."""
    tree = view.tree
    span = _span(view, v) if tree.lemma(v) in departure_words()["deadline"] else None
    if tree.lemma(v) in departure_words()["deadline"] and span is None:
        return None
    group = _addressee(view, v, span)
    comp = _complement(view, v, span)
    if group is None or comp is None or tree.lemma(comp) not in departure_words()["leave"]:
        return None
    rule = _expel_rule(view, group)
    if rule is None:
        return None
    sources = subject_actors(view, v)
    if tree.lemma(comp) in _COMING_BACK and not _goes_home(view, comp, group, sources):
        return None  # "asked the diplomats to return to their embassy": coming back, not leaving
    own = {m.actor.country for m in sources if m.actor.country}
    targets = tuple(
        m
        for m in no_places(view.in_phrase(group))
        if m not in sources and not (m.actor.country and m.actor.country in own)
    )
    if not targets:  # "ordered its ambassador to leave Algiers": the host is the target
        targets = _hosts(view, v, group, comp, sources)
    consumed.update({v, group, comp, *(k for k in (span,) if k is not None)})
    return Found(
        trigger=v,
        code=rule.code,
        rule=ad_hoc_rule("V", tree.lemma(v), rule.code),
        sources=sources,
        targets=targets,
        modality=modality_of(tree, v),
        tokens=evidence_tokens(view, v, group, sources, targets),
        symmetric=False,
        speaker=speaker_actors(view, v),
    )


_COMING_BACK = frozenset({"go", "return"})  # leave verbs that also mean "come back"


def _goes_home(
    view: SentenceView, comp: int, group: int, sources: tuple[ActorMention, ...]
) -> bool:
    """ "return home", "go back from Paris", "return to Seoul" (the group's own country: the
    orderer's, for its own envoy): the group leaves its post.  "return to their embassy", or
    Afghan diplomats asked to "return to Tehran", come back instead."""
    tree = view.tree
    if any(
        tree.tok(k).text.lower() == "home" for k in tree.kids(comp, {"advmod", "npadvmod", "dobj"})
    ):
        return True
    home = {m.actor.country for m in view.in_phrase(group) if m.actor.country} or {
        m.actor.country for m in sources if m.actor.country
    }
    for word, pobj in tree.preps(comp):
        if word == "from":
            return True
        if word == "to":
            places = view.in_phrase(pobj)
            return bool(places) and all(m.actor.country in home for m in places)
    return False


def _hosts(
    view: SentenceView, v: int, group: int, comp: int, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The country a recalled envoy leaves: "its envoy in London", "its ambassador to
    Kabul", "leave Algiers", "return from Paris"."""
    tree = view.tree
    heads = [pobj for word, pobj in tree.preps(group) if word in _POST_PREPS]
    # "told its envoy [in London] to ...", hung on the verb; only a name straight after the
    # preposition, as this reading has always required
    end = max(tree.subtree(group))
    heads += [pobj for _, pobj in phrases_after(tree, v, group, _POST_PREPS) if pobj == end + 2]
    heads += tree.kids(comp, {"dobj"})
    heads += [pobj for word, pobj in tree.preps(comp) if word in _HOST_PREPS]
    for k in heads:
        found = tuple(m for m in view.in_phrase(k) if m not in sources)
        if found:
            return found
    return ()


def _deadline(
    view: SentenceView, v: int, consumed: set[int], code_inner: Callable[[int], Found | None]
) -> Found | None:
    """ "gave Kyiv a week to withdraw its troops (or face consequences)": a demand with a
    deadline, an ultimatum when a penalty is named."""
    tree = view.tree
    span = _span(view, v)
    if span is None:
        return None
    addressee = _addressee(view, v, span)
    comp = _complement(view, v, span)
    if addressee is None or comp is None:
        return None
    sources = subject_actors(view, v)
    targets = tuple(m for m in no_places(view.in_phrase(addressee)) if m not in sources)
    if not sources or not targets:
        return None  # "gave the commission two weeks to report": no party set a deadline
    alternatives = [k for k in tree.kids(comp, {"conj"}) if tree.tok(k).pos in VERB_POS]
    penalty = any(tree.lemma(k) in departure_words()["penalty"] for k in alternatives)
    inner = code_inner(comp)
    consumed.update({v, addressee, span, comp, *alternatives})
    if penalty:
        code = ULTIMATUM
    else:
        code = view.lexicon.frame_code("demand", inner.code if inner is not None else None)
    inner_tokens = inner.tokens if inner is not None else ()
    return Found(
        trigger=v,
        code=code,
        rule=ad_hoc_rule("V", tree.lemma(v), code),
        sources=sources,
        targets=targets,
        modality=modality_of(tree, v),
        tokens=tuple(
            sorted({*inner_tokens, *evidence_tokens(view, v, addressee, sources, targets)})
        ),
        symmetric=False,
        speaker=speaker_actors(view, v),
    )
