"""``recode``: stored articles coded again by a newer coder, their dyads re-merged."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from communique.pipeline import Pipeline, coder_label, ingest, recode
from communique.store import Store
from communique.store.read import to_records
from communique.types import Article, EventMention, ParsedArticle, ParsedSentence


@dataclass
class OneSentenceParser:
    """Stands in for spaCy: the whole text is one sentence without tokens."""

    label: str = "one-sentence"

    def parse(self, articles: Iterable[Article]) -> Iterator[ParsedArticle]:
        for a in articles:
            sentence = ParsedSentence(0, 0, len(a.text), a.text, ())
            yield ParsedArticle(article=a, sentences=(sentence,), parser=self.label)


@dataclass
class ScriptedCoder:
    """Codes each article by the first word of its text, as its version's script says."""

    script: dict[str, tuple[str, str, str]]  # first word -> (source, target, cameo)
    version: str
    name: str = "scripted"

    def code(self, parsed: ParsedArticle) -> list[EventMention]:
        a = parsed.article
        found = self.script.get(a.text.split()[0])
        if found is None:
            return []
        src, tgt, cameo = found
        return [EventMention(
            event_id=f"{a.article_id}-{self.version}", article_id=a.article_id,
            article_path=a.path, outlet=a.outlet, published=a.published, date=date(2024, 5, 2),
            date_precision="day", date_basis="explicit", source_code=src, source_country=src,
            source_sector=None, source_name=src, target_code=tgt, target_country=tgt,
            target_sector=None, target_name=tgt, cameo=cameo, cameo_root=cameo[:2],
            cameo_name="scripted", plover=None, plover_mode=None, goldstein=-2.0, quad_class=3,
            sentence=a.text, evidence_start=0, evidence_end=5, modality="asserted",
            coder=self.name,
        )]  # fmt: skip


V1 = {"Seoul": ("KOR", "PRK", "111"), "Tokyo": ("JPN", "CHN", "112")}
V2 = {"Seoul": ("KOR", "PRK", "114")}  # v2 no longer codes the Tokyo article


def _write(tmp_path: Path) -> list[str]:
    texts = {"a.txt": "Seoul protested to Pyongyang over the launch on May 2, 2024.",
             "b.txt": "Tokyo criticised Beijing over the coast guard incident."}  # fmt: skip
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / n) for n in texts]


def test_recode_replaces_stale_codings_and_drops_clusters_left_empty(tmp_path: Path) -> None:
    parser = OneSentenceParser()
    old = Pipeline(parser=parser, coder=ScriptedCoder(V1, "s1"))  # type: ignore[arg-type]
    new = Pipeline(parser=parser, coder=ScriptedCoder(V2, "s2"))  # type: ignore[arg-type]
    with Store(tmp_path / "db.duckdb") as store:
        ingest(_write(tmp_path), store, pipeline=old, published=date(2024, 5, 3))
        before = to_records(store.canonical_events())
        assert sorted(c["cameo"] for c in before) == ["111", "112"]
        assert len(store.stale_article_ids(coder_label(new.get_coder()))) == 2

        report = recode(store, pipeline=new)
        assert (report.n_articles, report.n_before, report.n_after) == (2, 2, 1)
        assert [e["cameo"] for e in to_records(store.events())] == ["114"]
        after = to_records(store.canonical_events())
        assert [c["cameo"] for c in after] == ["114"]  # the JPN-CHN happening is gone
        assert recode(store, pipeline=new).n_articles == 0  # nothing stale any more
        assert recode(store, pipeline=new, everything=True).n_articles == 2
