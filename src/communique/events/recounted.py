"""History retold inside a report: "Moscow said its troops had fought Ukrainian forces in 2014".

Speech verbs are transparent: "Seoul said North Korea fired two missiles on Tuesday" reports a
launch, and the launch is coded.  But a speaker also retells the past -- to justify a policy,
in an interview, in an anniversary speech -- and coding that as news puts a 2014 battle into a
2024 event stream, and again every time it is recalled.  A reported event is recounted history,
and not coded, when

* the verb reporting it is a verb of memory (``speech.tsv`` kind ``recollection``: *recall*,
  *recount*, *remember*), whatever its date: "Lavrov recalled that Russia had helped Syria"; or
* the text dates the reported event explicitly more than ``HISTORY`` before the article's
  publication date ("said its troops had fought ... in 2014").

Plain narration outside a report is left alone: a wire story's own background paragraph is the
agency's statement of fact, which analysts filter by event date if they wish.
"""

from __future__ import annotations

from datetime import date, timedelta

from communique.events.syntax import Tree
from communique.events.view import SentenceView
from communique.types import EventDate

RECOLLECTION = "recollection"
# How far back an explicitly dated reported event must lie to be history rather than news.
HISTORY = timedelta(days=365)


def reporting_verb(view: SentenceView, i: int) -> int | None:
    """The reporting verb whose complement clause contains token ``i`` (the nearest one)."""
    tree: Tree = view.tree
    j = i
    for a in tree.ancestors(i):
        if tree.tok(j).dep in {"ccomp", "xcomp"} and tree.lemma(a) in view.lexicon.speech:
            return a
        j = a
    return None


def recounted(view: SentenceView, trigger: int, when: EventDate, published: date | None) -> bool:
    """Is the event at ``trigger``, dated ``when``, history retold by a speaker?"""
    verb = reporting_verb(view, trigger)
    if verb is None:
        return False
    if view.lexicon.speech.get(view.tree.lemma(verb)) == RECOLLECTION:
        return True
    if when.basis != "explicit" or when.value is None or published is None:
        return False
    return published - when.value > HISTORY
