"""Words of one field used for another: what a phrase names, not what its head word says.

Wire copy borrows vocabulary across fields, and the head word alone then codes the wrong act:

* **Figurative amounts.** "a barrage of criticism", "a volley of questions", "a hail of
  accusations": a word for massed fire (``classes.tsv`` ``FORCE_AMOUNT``) measuring something
  that is no weapon is an amount of words.  The measure word then codes nothing and the event
  is the "of" noun's own (criticism 111), which a light verb reaches through its "of" phrase
  ("unleashed a barrage of criticism").  With a weapon ("a barrage of rockets", ``MISSILE`` or
  ``WEAPON``) or no "of" phrase ("an artillery barrage") it stays fire.
* **Undoing nouns.** "announced the easing of restrictions": the verb's object is the easing
  (``UNDO``), so the "of" phrase (restrictions, sanctions) must not describe the object the way
  "the imposition of sanctions" does -- the announcement is a concession, never the imposing.
* **Cooperation in a field.** "partnership" names both a relationship (``RELATIONS``) and
  cooperation (``COOP``).  With a field phrase -- "partnership in energy", "cooperation on
  climate" -- it is cooperation in that field, and a verb's cooperation rule must win over its
  relations rule.  A place or time after "in" ("in the region", "in the coming years",
  ``SETTING``) or a named party ("in Africa") is no field.
* **Role fillers.** Some rules only hold for a kind of participant, written as lexicon flags
  naming a ``classes.tsv`` class: ``who=`` the subject ("protesters gathered outside the
  embassy" is a demonstration, "ministers gathered in Brussels" is not); ``whom=`` the object
  ("used civilians as shields" is 184, "used the talks as a shield" is a figure of speech);
  ``verbal=`` the party aimed at ("fired back at critics" answers words, "fired back at the
  gunmen" is fire) -- a reply clause ("fired back, saying ...") also makes it verbal.
"""

from __future__ import annotations

from communique.events.lexicon import Rule
from communique.events.view import NOUN_POS, VERB_POS, SentenceView

_FIELD_PREPS = frozenset({"in", "on"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "obj", "nsubjpass"})
_AIMED = frozenset({"at", "against", "on"})
_REPLY_DEPS = frozenset({"advcl", "ccomp", "xcomp", "conj"})


def _described(view: SentenceView, k: int, name: str) -> bool:
    """Is the noun at ``k`` a word of class ``name``: its head, a modifier ("student
    protesters"), or the noun it counts ("hundreds of protesters", "a crowd of activists")?"""
    tree = view.tree
    words = [k, *tree.kids(k, {"compound", "amod"})]
    words += [pobj for _, pobj in tree.preps(k, {"of"})]
    lex = view.lexicon
    return any(lex.in_class(tree.lemma(w), name) or lex.in_class(tree.tok(w).text, name)
               for w in words)  # fmt: skip


def _subject(view: SentenceView, i: int) -> int | None:
    """The subject of the verb at ``i``, or of the verb it is coordinated with ("gathered
    outside the embassy and chanted slogans")."""
    tree = view.tree
    verb: int | None = i
    for _ in range(3):
        if verb is None:
            return None
        subj = tree.kid(verb, _SUBJECTS)
        if subj is not None:
            return subj
        if tree.tok(verb).dep == "relcl":  # "protesters who gathered outside ..."
            return tree.head(verb)
        if tree.tok(verb).dep != "conj":
            return None
        verb = tree.head(verb)
    return None


def _replies(view: SentenceView, i: int) -> bool:
    """ "fired back, saying ...", "hit back, calling the report biased": the verb has a
    clause of saying (``speech.tsv``) that states the reply."""
    tree = view.tree
    return any(
        tree.tok(k).pos in VERB_POS and tree.lemma(k) in view.lexicon.speech
        for k in tree.kids(i, _REPLY_DEPS)
    )


def role_fillers_ok(view: SentenceView, i: int, rule: Rule) -> bool:
    """Do the participants of the verb at ``i`` fit the rule's ``who=``/``whom=``/``verbal=``
    classes (see the module docstring)?  Rules without them always fit."""
    flags = rule.flags
    if not ({"who", "whom", "verbal"} & flags.keys()):
        return True
    tree = view.tree
    if "who" in flags:
        subj = _subject(view, i)
        if subj is None or not _described(view, subj, flags["who"]):
            return False
    if "whom" in flags:
        obj = tree.kid(i, _OBJECTS)
        if obj is None or not _described(view, obj, flags["whom"]):
            return False
    if "verbal" in flags:
        aimed = [pobj for _, pobj in tree.preps(i, _AIMED)]
        if not _replies(view, i) and not any(_described(view, k, flags["verbal"]) for k in aimed):
            return False
    return True


def figurative_amount(view: SentenceView, i: int) -> bool:
    """Is the noun at ``i`` a word of massed fire measuring no weapon ("a barrage of
    criticism")?"""
    tree = view.tree
    lex = view.lexicon
    if not lex.in_class(tree.lemma(i), "FORCE_AMOUNT"):
        return False
    counted = [pobj for _, pobj in tree.preps(i, {"of"})]
    if not counted:
        return False
    return not any(
        lex.in_class(tree.lemma(k), c) or lex.in_class(tree.tok(k).text, c)
        for k in counted
        for c in ("MISSILE", "WEAPON")
    )


def undoing_noun(view: SentenceView, k: int) -> bool:
    """Is the object at ``k`` a noun that undoes what its "of" phrase names ("the lifting of
    sanctions", "an easing of curbs")?"""
    tree = view.tree
    return tree.tok(k).pos in NOUN_POS and view.lexicon.in_class(tree.lemma(k), "UNDO")


def cooperation_field(view: SentenceView, obj: int | None, verb: int | None = None) -> bool:
    """Is the object at ``obj`` a cooperation word with a field phrase ("partnership in
    energy", "cooperation on trade"), see the module docstring?  The parser may hang the field
    phrase on the ``verb`` instead ("strengthen their partnership in energy")."""
    if obj is None:
        return False
    tree = view.tree
    lex = view.lexicon
    if not lex.in_class(tree.lemma(obj), "COOP"):
        return False
    carriers = [obj] if verb is None else [obj, verb]
    fields = [k for c in carriers for _, k in tree.preps(c, _FIELD_PREPS)]
    for field in fields:
        tok = tree.tok(field)
        if tok.pos != "NOUN" or view.in_phrase(field):
            continue
        lemma = tree.lemma(field)
        if any(lex.in_class(lemma, c) for c in ("SETTING", "INNER_PLACE", "EDGE_PLACE")):
            continue
        return True
    return False
