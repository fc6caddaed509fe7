"""Fixtures for the actor stage: a knowledge base over the real built-in countries, metonyms
and agents plus small people/organisation tables of our own, and a token builder for fast
tests that need no spaCy model."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pytest

from communique.actors import KnowledgeBase
from communique.actors.kb import DATA_DIR
from communique.types import Article, ParsedArticle, ParsedSentence, Token

PEOPLE = """\
# communique actors people v1 (test fixture)
entity_id\tnames\tcountry\tsector\ttitle\tstart\tend
kim-jong-un\tKim Jong Un|Kim Jong-un\tPRK\tGOV\tsupreme leader\t2011-12-17\t
xi-jinping\tXi Jinping\tCHN\tGOV\tpresident\t2013-03-14\t
wang-yi\tWang Yi\tCHN\tGOV\tforeign minister\t2013-03-16\t2022-12-30
wang-yi\tWang Yi\tCHN\tPTY\tdirector of the foreign affairs commission office\t2022-10-23\t
wang-yi\tWang Yi\tCHN\tGOV\tforeign minister\t2023-07-25\t
wang-yajun\tWang Yajun\tCHN\tPTY\tvice minister\t2015-01-01\t2023-02-28
wang-yajun\tWang Yajun\tCHN\tGOV\tambassador to PRK\t2023-03-01\t
yoon-suk-yeol\tYoon Suk Yeol|Yoon Suk-yeol\tKOR\tGOV\tpresident\t2022-05-10\t2025-04-04
fumio-kishida\tFumio Kishida\tJPN\tGOV\tprime minister\t2021-10-04\t2024-10-01
kim-song\tKim Song\tPRK\tGOV\tambassador to IGOUNO\t2014-09-01\t
antonio-guterres\tAntonio Guterres|António Guterres\tIGO\tUNO\tsecretary-general\t2017-01-01\t
"""

ORGANISATIONS = """\
# communique actors organisations v1 (test fixture)
entity_id\tnames\tcode\tcountry\tsector
kcna\tKCNA|Korean Central News Agency\tPRKMED\tPRK\tMED
yonhap\tYonhap|Yonhap News Agency\tKORMED\tKOR\tMED
korea-herald\tKorea Herald\tKORMED\tKOR\tMED
united-nations\tUnited Nations|UN|U.N.\tIGOUNO\t\tIGO
jcs-kor\tJoint Chiefs of Staff|JCS\tKORMIL\tKOR\tMIL
jcs-usa\tJoint Chiefs of Staff\tUSAMIL\tUSA\tMIL
"""


def make_data_dir(root: Path, people: str = PEOPLE, organisations: str = ORGANISATIONS) -> Path:
    """A data directory with the real built-in tables and our fixture people/orgs."""
    root.mkdir(parents=True, exist_ok=True)
    for name in ("countries.tsv", "metonyms.tsv", "places.tsv", "groups.tsv", "agents.tsv"):
        shutil.copy(DATA_DIR / name, root / name)
    (root / "people.tsv").write_text(people, encoding="utf-8")
    (root / "organisations.tsv").write_text(organisations, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_data_dir(tmp_path_factory.mktemp("actors-data"))


@pytest.fixture(scope="session")
def kb(data_dir: Path) -> KnowledgeBase:
    return KnowledgeBase.load(data_dir=data_dir)


_FUNCTION_WORDS = {
    **dict.fromkeys(("the", "a", "an"), "DET"),
    **dict.fromkeys(("of", "in", "to", "at", "for", "from", "with", "by", "on", "into"), "ADP"),
    **dict.fromkeys(("and", "or"), "CCONJ"),
    **dict.fromkeys(("said", "say", "says", "agreed", "met"), "VERB"),
}


def build_sentence(spec: str, index: int = 0, offset: int = 0) -> ParsedSentence:
    """Tokens from a compact spec: space-separated ``text[/POS[/dep[/head[/ENT]]]]``.

    Defaults: capitalised words are PROPN, others NOUN, punctuation PUNCT; dep ``dep``;
    head = the token itself.  ``_`` inside a text stands for a space-free literal slash.
    """
    tokens: list[Token] = []
    pos = offset
    parts = spec.split()
    for i, part in enumerate(parts):
        fields = part.split("/")
        text = fields[0].replace("_", "/") or "/"
        default_pos = _FUNCTION_WORDS.get(text.lower()) or (
            "PUNCT"
            if not any(c.isalnum() for c in text)
            else "PROPN"
            if text[0].isupper()
            else "NOUN"
        )
        tag_pos = fields[1] if len(fields) > 1 and fields[1] else default_pos
        dep = fields[2] if len(fields) > 2 and fields[2] else "dep"
        head = int(fields[3]) if len(fields) > 3 and fields[3] else i
        ent = fields[4] if len(fields) > 4 else ""
        tokens.append(
            Token(
                i=i, text=text, lemma=text.lower(), pos=tag_pos, tag="", dep=dep, head=head,
                start=pos, end=pos + len(text), ent_type=ent, ent_iob="B" if ent else "O",
            )
        )  # fmt: skip
        pos += len(text) + 1
    text = " ".join(t.text for t in tokens)
    return ParsedSentence(
        index=index, start=offset, end=offset + len(text), text=text, tokens=tuple(tokens)
    )


def build_article(specs: Sequence[str], published: date | None = date(2023, 9, 1)) -> ParsedArticle:
    """A parsed article whose sentences are the given specs, joined by single spaces."""
    sentences: list[ParsedSentence] = []
    offset = 0
    for n, spec in enumerate(specs):
        s = build_sentence(spec, n, offset)
        sentences.append(s)
        offset = s.end + 1
    text = " ".join(s.text for s in sentences)
    article = Article(
        article_id="t", path="t", fmt="txt", raw_text=text, text=text, published=published
    )
    return ParsedArticle(article=article, sentences=tuple(sentences))


@pytest.fixture
def article() -> Callable[..., ParsedArticle]:
    return build_article


@pytest.fixture
def sentence() -> Callable[..., ParsedSentence]:
    return build_sentence


@pytest.fixture
def make_kb(tmp_path: Path) -> Callable[..., KnowledgeBase]:
    """A knowledge base over the built-in tables with other people/orgs/extra files."""

    def make(
        people: str = PEOPLE, organisations: str = ORGANISATIONS, extra: Sequence[Path] = ()
    ) -> KnowledgeBase:
        root = make_data_dir(tmp_path / "data", people, organisations)
        return KnowledgeBase.load(extra, data_dir=root)

    return make
