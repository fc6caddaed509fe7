"""Which lexicon rule a trigger takes: particle, object condition, most specific first."""

from __future__ import annotations

from communique.events.lexicon import Rule
from communique.events.syntax import Tree
from communique.events.view import STANCE_PARTICIPLES, SentenceView


def _particle_ok(tree: Tree, i: int, rule: Rule) -> bool:
    parts = rule.lemma.split("_")[1:]
    if not parts:
        return True
    # Phrasal verbs need their particle close by: "called for talks", "called on Seoul",
    # not "calling it a great honor for the people".
    near = [
        k
        for k in tree.kids(i, {"prt", "prep", "dobj", "advmod"})
        if 0 < k - i <= (6 if tree.tok(k).dep == "prt" else 4)  # "put its troops on alert"
    ]
    words = {tree.tok(k).text.lower() for k in near}
    return all(p in words for p in parts)


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
        return predicative(tree, i)
    parts = rule.lemma.split("_")[1:]
    if parts:  # "call for talks": the object of the particle's preposition
        for word, obj in tree.preps(i):
            if word == parts[-1]:
                return obj
    obj = tree.kid(i, {"dobj", "obj"})
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


def object_ok(view: SentenceView, obj: int | None, rule: Rule, *, modifiers: bool = True) -> bool:
    """Does the object satisfy the rule's condition?  With ``modifiers`` its compound and
    adjectival modifiers describe it too ("missile launch", "joint statement")."""
    cond = rule.obj
    if cond == "*":
        return True
    if cond == "-":
        return obj is None
    if obj is None:
        return False
    if cond == "$ACTOR":
        return bool(view.at(obj))
    words = {view.tree.lemma(obj), view.tree.tok(obj).text.lower()}
    if modifiers:
        for k in view.tree.kids(obj, {"compound", "amod", "nmod"}):
            words |= {view.tree.lemma(k), view.tree.tok(k).text.lower()}
        # "the resumption of ties", "support including air defence systems"
        for _, pobj in view.tree.preps(obj, {"of", "including"}):
            words |= {view.tree.lemma(pobj), view.tree.tok(pobj).text.lower()}
    if cond.startswith("@"):
        return any(view.lexicon.in_class(w, cond[1:]) for w in words)
    return bool(words & set(cond.split("|")))


def choose_rule(view: SentenceView, i: int, pos: str) -> tuple[Rule, int | None] | None:
    """The rule for the trigger at ``i``: the object's own head word decides first ("missile
    strike" is a strike), then its modifiers, then catch-all rules."""
    tree = view.tree
    rules = [r for r in view.lexicon.candidates(pos, tree.lemma(i)) if _particle_ok(tree, i, r)]
    if pos == "V" and any(r.predicative for r in rules) and tree.kid(i, {"oprd"}) is not None:
        # "called Kim a great leader": with a label the verb is used in its labelling sense
        # (not "called Kim" on the phone); only the labelling rules apply.
        rules = [r for r in rules if r.predicative]
    for modifiers in (False, True):
        for rule in rules:
            if not modifiers and rule.obj == "*":
                continue  # catch-alls only after the object's modifiers had their say
            if pos == "N":
                if rule.obj == "*" or object_ok(view, i, rule, modifiers=modifiers):
                    return rule, None
                continue
            obj = object_of(tree, i, rule)
            if object_ok(view, obj, rule, modifiers=modifiers):
                return rule, obj
    return None


def infinitive_subject(tree: Tree, i: int) -> int | None:
    """ "wants Putin to attack": the parser often makes the addressee the subject of an
    infinitival complement clause rather than the verb's object."""
    for comp in tree.kids(i, {"ccomp"}):
        to = any(tree.tok(a).text.lower() == "to" for a in tree.kids(comp, {"aux"}))
        subj = tree.kid(comp, {"nsubj"})
        if to and subj is not None:
            return subj
    return None


def is_passive(tree: Tree, i: int) -> bool:
    """A passive clause ("was released by"), or a reduced passive: a past participle that
    modifies a noun ("prisoners jailed last year", "soldiers killed in the east")."""
    if is_stance(tree, i):
        return False
    return bool(tree.kids(i, {"nsubjpass", "auxpass"})) or reduced_passive(tree, i)


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
    )


def patient(tree: Tree, i: int) -> int | None:
    """The token naming what a passive act was done to: the passive subject, the noun a
    reduced passive modifies, or the noun a passive relative clause hangs on ("the men who
    were arrested")."""
    if reduced_passive(tree, i):
        return tree.head(i)
    subj = tree.kid(i, {"nsubjpass"})
    if subj is None:
        return None
    head = tree.head(i)
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
