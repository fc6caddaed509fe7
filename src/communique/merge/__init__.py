"""Merge: one canonical event per real-world happening, with all of its reports.

GDELT's best-known flaw is that one happening becomes many rows: every outlet, every
paragraph, every repeat of a wire story is another event.  This stage groups the
``EventMention`` records that report the same happening into a ``CanonicalEvent`` carrying the
best-supported coding, the counts analysts weight by (mentions, articles, distinct outlets) and
the evidence.  It is pure: no I/O, no database; a store calls it and persists the result.

When are two mentions the same happening?  All of these must hold:

1. **Same modality class.**  Done acts (``asserted``, and ``reported`` allegations) merge with
   each other; ``negated``, ``hypothetical``, ``future``, ``wish`` and ``appeal`` mentions only
   merge with mentions of the same modality, into clusters of their own whose ``modality``
   says so.  "Did not attack" must never add a source to an attack, but two outlets reporting
   that a summit *failed* is itself worth one row, so non-acts are kept, not dropped.
2. **Same parties**, at country level (``source_country``/``target_country``, else the first
   three letters of the actor code, so ``IGOUNO`` compares as ``IGO``): agencies and leaders of
   one state are described differently by different outlets.  Direction must match unless
   either mention is ``symmetric`` or the code is a joint act (040/044/046 talks, 057 signing):
   "A met B" and "B met A" are one meeting.  "A visits B" (042) and "B hosts A" (043) are one
   visit: the host side's dyad is flipped before comparing.
3. **Compatible codes** (``rules.CodeRules``): the same root (within root 04 only the same
   *group*: visit, talks, phone, mediation), or the same PLOVER type across roots (09x and 11x
   are both ACCUSE).  A visit and the talks held during it are two happenings, even on one day.
4. **Compatible dates**, by how firmly each is known:
   * *anchored* (a day the text states or implies, basis explicit/relative): the same day;
     one day apart only when one is relative ("on Thursday" across time zones).  Two explicit
     dates a day or a week apart are different happenings (Kim's letter and Moon's reply).
   * *publication* fallback (the text gives no date; the coder used the publication date):
     may attach to an anchored mention dated up to ``publication_lag_days`` (3) before
     publication, or one day after (time zones): "the ambassador's recent op-ed" reported two
     days later.
   * *coarse* (week/month/year): may attach to an anchored mention inside its period, but only
     when the evidence is similar enough (``coarse_min_similarity``): "in March" alone fits
     every March happening.
   * *undated*: only merges with undated mentions of the same article (a repeated paragraph);
     nothing says when it happened, so nothing outside its article can be matched to it.
5. **Evidence similarity** (token Jaccard of content words, or ``MergeConfig.similarity``)
   breaks ties and gates the weak links: a floating (publication/coarse) mention attaches to
   its single most similar anchor; two floating mentions with no anchor join only when they
   come from one sentence, name the very same week/month/year ("in February" in two
   background paragraphs), or their evidence reaches ``floating_min_similarity``, so that
   undated "China criticised the US" reports do not chain into one.

How the rules become clusters (``link.cluster_keys``): anchored mentions that agree are joined
(connected components); each floating mention attaches to its one best anchor and so can never
bridge two happenings; floating mentions with no anchor join each other.  Candidates are found
by blocking (``BlockKey``: modality, country pair, code family, date bucket), so the work is
linear in the corpus and quadratic only within a block.  Every decision depends on pairs of
mentions, never on input order, which gives the guarantees the property tests check:
permuting the input changes nothing; ``merge(all, existing=merge(all).clusters)`` equals
``merge(all)``; ``merge(b, existing=merge(a).clusters)`` equals ``merge(a + b)``
(``engine`` explains why).  ``merge_incremental`` does the same against a store that loads
only the affected blocks.
"""

from __future__ import annotations

from communique.merge.canonical import cluster_id_for
from communique.merge.engine import Merger, merge, merge_incremental
from communique.merge.model import BlockKey, CanonicalEvent, MergeConfig, MergeResult
from communique.merge.summary import load_country_names
from communique.merge.text import jaccard

__all__ = [
    "BlockKey",
    "CanonicalEvent",
    "MergeConfig",
    "MergeResult",
    "Merger",
    "cluster_id_for",
    "jaccard",
    "load_country_names",
    "merge",
    "merge_incremental",
]
