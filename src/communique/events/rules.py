"""Which lexicon rule a trigger takes: particle, object condition, most specific first."""

from __future__ import annotations

from communique.events.figures import (
    cooperation_field,
    figurative_amount,
    role_fillers_ok,
    undoing_noun,
)
from communique.events.honours import fixed_phrase
from communique.events.lexicon import NO_EVENT, Rule
from communique.events.notices import advance_notice
from communique.events.senses import FORCE_ROOTS, sports_context
from communique.events.syntax import Tree, to_infinitive
from communique.events.view import STANCE_PARTICIPLES, SentenceView


def _particle_ok(tree: Tree, i: int, rule: Rule) -> bool:
    parts = rule.lemma.split("_")[1:]
    return not parts or particle_chain(tree, i, parts) is not None


_PARTICLE_DEPS = frozenset({"prt", "prep", "dobj", "advmod"})


def particle_chain(tree: Tree, i: int, parts: list[str]) -> int | None:
    """The token of a phrasal verb's last particle ("call [for]", "pull out [of]"), or
    ``None`` when one is missing.  Particles must be close by: "called for talks", "called on
    Seoul", not "calling it a great honor for the people"; a preposition after a particle may
    hang on the particle ("pulled out [of] the talks")."""
    near = [
        k
        for k in tree.kids(i, _PARTICLE_DEPS)
        if 0 < k - i <= (6 if tree.tok(k).dep == "prt" else 4)  # "put its troops on alert"
        and fixed_phrase(tree, k) is None  # "gave a dinner [in] honour of": no "give in"
    ]
    last: int | None = None
    for part in parts:
        here = [k for k in near if tree.tok(k).text.lower() == part]
        if not here and last is not None:
            here = [k for k in tree.kids(last, {"prep"}) if tree.tok(k).text.lower() == part]
        if not here:
            return None
        last = here[0]
    return last


PREDICATIVE_DEPS = frozenset({"oprd", "acomp", "attr", "xcomp"})
_LABEL_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def predicative(tree: Tree, i: int) -> int | None:
    """The label a verb gives: "called Seoul [a puppet]", "the sanctions were [illegal]",
    "described the drills as [a provocation]" (``as`` on the verb or on its object)."""
    for k in tree.kids(i, PREDICATIVE_DEPS):
        if tree.tok(k).pos in _LABEL_POS:
            return k
    objects = tree.kids(i, {"dobj"})
    if len(objects) >= 2 and tree.tok(objects[-1]).pos in _LABEL_POS:
        return objects[-1]  # "branded the sale a provocation", parsed as two objects
    clause = _small_clause(tree, i)
    if clause is not None:
        return clause  # "declared [the envoy persona non grata]", parsed as a verbless clause
    holder = tree.kid(i, {"dobj", "dative"})
    if holder is not None:  # "designated the group a terrorist organization", as an apposition
        for k in tree.kids(holder, {"appos"}):
            if tree.tok(k).pos in _LABEL_POS:
                return k
    for carrier in (i, *objects[:1]):
        for k in tree.kids(carrier, {"prep"}):
            if tree.tok(k).text.lower() != "as":
                continue
            # "as a provocation" (pobj), "as hostile" (the adjective hangs on "as")
            for label in tree.kids(k, {"pobj", "amod", "acomp", "advmod"}):
                if tree.tok(label).pos in _LABEL_POS:
                    return label
    return None


def object_of(tree: Tree, i: int, rule: Rule) -> int | None:
    """The object a rule's condition is checked against."""
    if rule.predicative:
        # the parser may even read the label as a verb: "the ambassador [persona] non grata"
        return predicative(tree, i) or _small_clause(tree, i, verbal=True)
    parts = rule.lemma.split("_")[1:]
    if parts:  # "call for talks", "pulled out of the talks": the particle's object
        last = particle_chain(tree, i, parts)
        inner = tree.pobj(last) if last is not None and tree.head(last) != i else None
        if inner is not None:
            return inner
        for word, obj in tree.preps(i):
            if word == parts[-1]:
                return obj
    obj = tree.kid(i, {"dobj", "obj"})
    if obj is None:
        obj = small_clause_subject(tree, i)
    if obj is None and is_passive(tree, i):
        obj = patient(tree, i)
    if obj is None and rule.code.startswith("frame:"):
        obj = infinitive_subject(tree, i)
    if obj is None:
        obj = (
            tree.kid(i, {"dative"})
            if tree.kid(i, {"dative"}) is not None and not tree.preps(i)
            else None
        )
    return obj


def object_ok(
    view: SentenceView,
    obj: int | None,
    rule: Rule,
    *,
    modifiers: bool = True,
    phrase: bool = False,
    through_of: bool = True,
) -> bool:
    """Does the object satisfy the rule's condition?  With ``modifiers`` its compound and
    adjectival modifiers describe it too ("missile launch", "joint statement").  With
    ``phrase`` only the condition's two-word items count ("military aid", "hunger strike"),
    matched against the object's head word together with one of its modifiers.  Without
    ``through_of`` the object's "of" phrase does not describe it ("the easing [of sanctions]"
    is no sanction)."""
    return _object_ok(view, obj, rule.obj, modifiers, phrase, through_of, _ObjectWords(view))


class _ObjectWords:
    """The words an object is described by, computed once per object and reading: one
    trigger's candidate rules all ask about the same few objects."""

    __slots__ = ("phrases", "view", "words")

    def __init__(self, view: SentenceView) -> None:
        self.view = view
        self.phrases: dict[int, set[str]] = {}
        self.words: dict[tuple[int, bool, bool], set[str]] = {}

    def of_phrase(self, obj: int) -> set[str]:
        if obj not in self.phrases:
            self.phrases[obj] = modified_phrases(self.view.tree, obj)
        return self.phrases[obj]

    def of(self, obj: int, modifiers: bool, through_of: bool) -> set[str]:
        key = (obj, modifiers, through_of)
        if key not in self.words:
            self.words[key] = _described_by(self.view.tree, obj, modifiers, through_of)
        return self.words[key]


def _described_by(tree: Tree, obj: int, modifiers: bool, through_of: bool) -> set[str]:
    words = {tree.lemma(obj), tree.tok(obj).text.lower()}
    if modifiers:
        for k in tree.kids(obj, {"compound", "amod", "nmod"}):
            words |= {tree.lemma(k), tree.tok(k).text.lower()}
        # "the resumption of ties", "support including air defence systems", and the doer of
        # an event noun: "a strike by doctors", "an attack by drones"
        passed = {"of", "including", "by"} if through_of else {"including", "by"}
        for _, pobj in tree.preps(obj, passed):
            words |= {tree.lemma(pobj), tree.tok(pobj).text.lower()}
    return words


def _object_ok(
    view: SentenceView,
    obj: int | None,
    cond: str,
    modifiers: bool,
    phrase: bool,
    through_of: bool,
    described: _ObjectWords,
) -> bool:
    """``object_ok`` for the condition ``cond``, with the object's words from ``described``."""
    if phrase:
        if obj is None or cond in {"*", "-", "$ACTOR"}:
            return False
        pairs = described.of_phrase(obj)
        if cond.startswith("@"):
            return any(view.lexicon.in_class(p, cond[1:]) for p in pairs)
        return bool(pairs & set(cond.split("|")))
    if cond == "*":
        return True
    if cond == "-":
        return obj is None
    if obj is None:
        return False
    if cond == "$ACTOR":
        return bool(view.at(obj))
    words = described.of(obj, modifiers, through_of)
    if cond.startswith("@"):
        return any(view.lexicon.in_class(w, cond[1:]) for w in words)
    return bool(words & set(cond.split("|")))


_PHRASE_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def modified_phrases(tree: Tree, obj: int) -> set[str]:
    """ "military aid", "hunger strike", "charm offensive": the object's head word preceded by
    each of its modifiers, as lemma and as written, for the lexicon's two-word conditions."""
    heads = {tree.lemma(obj), tree.tok(obj).text.lower()}
    mods: set[str] = set()
    for k in tree.kids(obj, _PHRASE_MODIFIERS):
        mods |= {tree.lemma(k), tree.tok(k).text.lower()}
    return {f"{m} {h}" for m in mods for h in heads}


def choose_rule(view: SentenceView, i: int, pos: str) -> tuple[Rule, int | None] | None:
    """The rule for the trigger at ``i``, most specific first: a two-word condition naming the
    object's head and one of its modifiers ("military aid" is military aid, not just aid),
    then the object's own head word ("missile strike" is a strike), then its modifiers, then
    catch-all rules.  A winning rule coded ``none`` ("charm offensive") means no event."""
    tree = view.tree
    rules = [
        r
        for r in view.lexicon.candidates(pos, tree.lemma(i))
        if _particle_ok(tree, i, r) and role_fillers_ok(view, i, r)
    ]
    if pos == "V" and any(r.predicative for r in rules) and tree.kid(i, {"oprd"}) is not None:
        # "called Kim a great leader": with a label the verb is used in its labelling sense
        # (not "called Kim" on the phone); only the labelling rules apply.
        rules = [r for r in rules if r.predicative]
    chosen = _first_match(view, i, pos, rules)
    if chosen is None or chosen[0].code == NO_EVENT:
        return None
    if chosen[0].code[:2] in FORCE_ROOTS and sports_context(view, i):
        return None  # "beat Japan 2-1", "defeated Australia in the final": a score
    if pos == "N" and chosen[0].code[:2] in FORCE_ROOTS and figurative_amount(view, i):
        return None  # "a barrage of criticism": an amount of words, not of shells
    if chosen[0].code == "frame:threat" and advance_notice(view, i):
        return None  # "warned Seoul in advance of the test": a notice, not a threat
    return chosen


def _first_match(
    view: SentenceView, i: int, pos: str, rules: list[Rule]
) -> tuple[Rule, int | None] | None:
    rules = _fields_first(view, i, pos, rules)
    # Each rule is tried up to three times and most share their object: find each object
    # (it depends only on the rule's reading, ``_object_key``) and its words once.
    objects: dict[tuple[bool, str, bool], int | None] = {}
    undoing: dict[int, bool] = {}
    described = _ObjectWords(view)
    for phrase, modifiers in ((True, False), (False, False), (False, True)):
        for rule in rules:
            if not modifiers and rule.obj == "*":
                continue  # catch-alls only after the object's modifiers had their say
            if pos == "N":
                if rule.obj == "*":
                    return rule, None
                obj: int | None = i
            else:
                key = _object_key(rule)
                if key not in objects:
                    objects[key] = object_of(view.tree, i, rule)
                obj = objects[key]
            # "announced the easing of sanctions": the verb's object is the easing
            if pos == "N" or obj is None:
                through = True
            else:
                if obj not in undoing:
                    undoing[obj] = undoing_noun(view, obj)
                through = not undoing[obj]
            if _object_ok(view, obj, rule.obj, modifiers, phrase, through, described):
                return rule, None if pos == "N" else obj
    return None


def _object_key(rule: Rule) -> tuple[bool, str, bool]:
    """What ``object_of`` reads of a rule: its labelling sense, its particles (in the lemma)
    and whether it is a frame."""
    return rule.predicative, rule.lemma, rule.code.startswith("frame:")


def _fields_first(view: SentenceView, i: int, pos: str, rules: list[Rule]) -> list[Rule]:
    """ "strengthen the partnership in energy": a word that names both relations and
    cooperation ("partnership") with a field phrase names cooperation in that field, so the
    verb's ``@RELATIONS`` rules go after its other rules (they still beat catch-alls)."""
    if pos != "V":
        return rules
    late = [
        r
        for r in rules
        if r.obj == "@RELATIONS" and cooperation_field(view, object_of(view.tree, i, r), i)
    ]
    return [r for r in rules if r not in late] + late if late else rules


def _small_clause(tree: Tree, i: int, *, verbal: bool = False) -> int | None:
    """The head of a verbless clause complement ("declared [the ambassador persona non
    grata]", "considers [Tehran a threat]"): the parser makes the object its subject.  With
    ``verbal``, a head mis-tagged as a bare verb without auxiliaries counts too (callers
    check that it is the label they expect)."""
    for k in tree.kids(i, {"ccomp"}):
        if tree.kid(k, {"nsubj"}) is None:
            continue
        if tree.tok(k).pos in _LABEL_POS:
            return k
        bare = tree.tok(k).tag in {"VB", "VBP"} and not tree.kids(k, {"aux", "auxpass", "mark"})
        if verbal and bare:
            return k
    return None


def small_clause_subject(tree: Tree, i: int, *, verbal: bool = False) -> int | None:
    """The object of a verb whose object and label were parsed as a verbless clause: in
    "declared the ambassador persona non grata" the ambassador is who was declared."""
    clause = _small_clause(tree, i, verbal=verbal)
    return tree.kid(clause, {"nsubj"}) if clause is not None else None


def label_holder(tree: Tree, i: int) -> int | None:
    """Who a labelling verb labels when the parse hides it: the subject of a verbless clause,
    or the object whose apposition is the label ("designated [the group] a terrorist
    organization")."""
    subj = small_clause_subject(tree, i, verbal=True)
    if subj is not None:
        return subj
    holder = tree.kid(i, {"dobj", "dative"})
    if holder is not None and tree.kids(holder, {"appos"}):
        return holder
    return None


# Prepositions whose gerund complement is done by the governing verb's subject.
_GERUND_PREPS = frozenset(
    {"by", "after", "before", "while", "upon", "on", "through", "in", "since", "besides"}
)


def gerund_controller(tree: Tree, i: int) -> int | None:
    """ "Moscow retaliated [by expelling] ...", "Beijing responded [by imposing] ...",
    "[after meeting] Kim, Xi said ...": a gerund after a preposition has no subject of its
    own; it is done by the subject of the verb the preposition modifies.  Returns that
    verb."""
    tok = tree.tok(i)
    prep = tree.head(i)
    if tok.tag != "VBG" or tok.dep != "pcomp" or prep is None:
        return None
    if tree.tok(prep).text.lower() not in _GERUND_PREPS:
        return None
    verb = tree.head(prep)
    if verb is None or tree.tok(verb).pos not in {"VERB", "AUX"}:
        return None
    return verb


def infinitive_subject(tree: Tree, i: int) -> int | None:
    """ "wants Putin to attack": the parser often makes the addressee the subject of an
    infinitival complement clause rather than the verb's object."""
    for comp in tree.kids(i, {"ccomp"}):
        to = to_infinitive(tree, comp)
        subj = tree.kid(comp, {"nsubj"})
        if to and subj is not None:
            return subj
    return None


def is_passive(tree: Tree, i: int) -> bool:
    """A passive clause ("was released by"), or a reduced passive: a past participle that
    modifies a noun ("prisoners jailed last year", "soldiers killed in the east")."""
    if is_stance(tree, i):
        return False
    return (
        bool(tree.kids(i, {"nsubjpass", "auxpass"}))
        or reduced_passive(tree, i)
        or participial_passive(tree, i)
    )


def participial_passive(tree: Tree, i: int) -> bool:
    """ "Condemned by Tokyo over the launch, Pyongyang said ...": a bare past participle
    adjunct with a by-agent is a passive whose patient is the main clause's subject, so the
    main subject must not be read as the one who condemned.  ("Having visited Beijing, ..."
    keeps its auxiliary and stays active.)"""
    tok = tree.tok(i)
    head = tree.head(i)
    return (
        tok.dep == "advcl"
        and tok.tag == "VBN"
        and head is not None
        and not tree.kids(i, {"nsubj", "nsubjpass", "aux", "auxpass"})
        and bool(tree.kids(i, {"agent"}))
        and tree.kid(head, {"nsubj", "nsubjpass"}) is not None
    )


def reduced_passive(tree: Tree, i: int) -> bool:
    """ "the civilians imprisoned for ...": the noun the participle modifies is what the act
    was done to, never who did it."""
    tok = tree.tok(i)
    head = tree.head(i)
    return (
        tok.dep == "acl"
        and tok.tag == "VBN"
        and head is not None
        and tree.tok(head).pos in {"NOUN", "PROPN"}
        and tree.kid(i, {"nsubj", "nsubjpass"}) is None
    ) or misparsed_reduced(tree, i)


def misparsed_reduced(tree: Tree, i: int) -> bool:
    """ "The journalists detained for spying were freed by Iran": the parser often reads the
    participle as the main verb with the noun as its subject, and hangs the real (passive)
    main verb on it as a conjunct with no "and".  A conjunct without a conjunction that has
    its own passive auxiliary but no subject is that misparse; the participle is then a
    reduced passive on its "subject" ("The minister resigned and was replaced" has its
    "and", and stays active)."""
    tok = tree.tok(i)
    if tok.tag not in {"VBD", "VBN"} or tree.kid(i, {"nsubj"}) is None:
        return False
    if tree.kids(i, {"dobj", "aux", "auxpass", "nsubjpass", "cc"}):
        return False
    return stranded_passive(tree, i) is not None


def _stranded_of(tree: Tree, head: int, i: int) -> bool:
    return (
        tree.tok(i).dep == "conj"
        and misparsed_reduced(tree, head)
        and (stranded_passive(tree, head) == i)
    )


def stranded_passive(tree: Tree, i: int) -> int | None:
    """The passive conjunct of ``i`` that lacks a subject and a conjunction (see
    ``misparsed_reduced``), or None."""
    for c in tree.kids(i, {"conj"}):
        if c < i or not tree.kids(c, {"auxpass"}) or tree.kids(c, {"cc"}):
            continue
        if not tree.kids(c, {"nsubj", "nsubjpass", "csubj"}):
            return c
    return None


def patient(tree: Tree, i: int) -> int | None:
    """The token naming what a passive act was done to: the passive subject, the noun a
    reduced passive modifies, or the noun a passive relative clause hangs on ("the men who
    were arrested")."""
    if misparsed_reduced(tree, i):
        return tree.kid(i, {"nsubj"})  # "The journalists detained ... were freed"
    if reduced_passive(tree, i):
        return tree.head(i)
    if participial_passive(tree, i):
        head = tree.head(i)
        return tree.kid(head, {"nsubj", "nsubjpass"}) if head is not None else None
    subj = tree.kid(i, {"nsubjpass"})
    head = tree.head(i)
    if subj is None and head is not None and _stranded_of(tree, head, i):
        return tree.kid(head, {"nsubj"})  # "... were freed by Iran": the journalists
    if subj is None:
        return None
    relative = tree.tok(subj).text.lower() in {"who", "which", "that", "whom"}
    if relative and tree.tok(i).dep == "relcl" and head is not None:
        return head
    return subj


def is_stance(tree: Tree, i: int) -> bool:
    """ "X is committed to / opposed to / determined to ...": the participle states X's own
    position, so X is the source, unless a "by" phrase names someone else."""
    if tree.lemma(i) not in STANCE_PARTICIPLES:
        return False
    return not tree.kids(i, {"agent"}) and not tree.preps(i, {"by"})


# --------------------------------------------------------------------------- roles
