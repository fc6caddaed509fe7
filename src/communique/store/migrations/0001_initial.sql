-- communique store, schema version 1.
--
-- One row per distinct article (article_id is a hash of the cleaned text), every path it was
-- seen at, its sentences, and the event mentions coded from them.  Event columns follow
-- communique.types.EVENT_FIELDS, then the extra per-mention fields (sentence_index,
-- plover_score, date_text, symmetric).  Cluster tables arrive with event merging in a later
-- migration; events.cluster_id is already here so that migration only adds tables.
--
-- "start", "end" and "symmetric" are SQL keywords: quote them in queries.
--
-- CHECK constraints encode the documented value sets, so a coder bug is reported for the
-- article it concerns instead of silently polluting the data set.

CREATE TABLE articles (
    article_id      VARCHAR PRIMARY KEY CHECK (length(article_id) > 0),
    path            VARCHAR NOT NULL,
    fmt             VARCHAR NOT NULL,
    title           VARCHAR,
    outlet          VARCHAR,
    published       DATE,
    published_time  VARCHAR,
    published_basis VARCHAR,
    byline          VARCHAR,
    dateline        VARCHAR,
    url             VARCHAR,
    doc_id          VARCHAR,
    raw_text        VARCHAR NOT NULL,
    text            VARCHAR NOT NULL,
    cleaning        JSON NOT NULL DEFAULT '[]',
    warnings        JSON NOT NULL DEFAULT '[]',
    n_removed       INTEGER NOT NULL DEFAULT 0 CHECK (n_removed >= 0),
    ingested_at     TIMESTAMP NOT NULL,
    parser          VARCHAR NOT NULL DEFAULT '',
    coder           VARCHAR NOT NULL DEFAULT ''
);

CREATE TABLE article_paths (
    article_id  VARCHAR NOT NULL REFERENCES articles (article_id),
    path        VARCHAR NOT NULL,
    first_seen  TIMESTAMP NOT NULL,
    PRIMARY KEY (article_id, path)
);

CREATE TABLE sentences (
    article_id      VARCHAR NOT NULL REFERENCES articles (article_id),
    sentence_index  INTEGER NOT NULL CHECK (sentence_index >= 0),
    "start"         INTEGER NOT NULL CHECK ("start" >= 0),
    "end"           INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    PRIMARY KEY (article_id, sentence_index),
    CHECK ("end" >= "start")
);

CREATE TABLE events (
    event_id        VARCHAR PRIMARY KEY CHECK (length(event_id) > 0),
    cluster_id      VARCHAR,
    article_id      VARCHAR NOT NULL REFERENCES articles (article_id),
    article_path    VARCHAR NOT NULL,
    outlet          VARCHAR,
    published       DATE,
    date            DATE,
    date_precision  VARCHAR CHECK (date_precision IN ('day', 'week', 'month', 'year')),
    date_basis      VARCHAR NOT NULL
                    CHECK (date_basis IN ('explicit', 'relative', 'publication', 'none')),
    source_code     VARCHAR,
    source_country  VARCHAR,
    source_sector   VARCHAR,
    source_name     VARCHAR,
    target_code     VARCHAR,
    target_country  VARCHAR,
    target_sector   VARCHAR,
    target_name     VARCHAR,
    cameo           VARCHAR NOT NULL CHECK (length(cameo) > 0),
    cameo_root      VARCHAR NOT NULL,
    cameo_name      VARCHAR NOT NULL,
    plover          VARCHAR,
    plover_mode     VARCHAR,
    goldstein       DOUBLE NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
    quad_class      INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
    sentence        VARCHAR NOT NULL,
    evidence_start  INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end    INTEGER NOT NULL,
    modality        VARCHAR NOT NULL CHECK (modality IN (
                        'asserted', 'negated', 'hypothetical', 'future', 'wish', 'appeal',
                        'reported')),
    coder           VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL DEFAULT 0 CHECK (sentence_index >= 0),
    plover_score    DOUBLE,
    date_text       VARCHAR NOT NULL DEFAULT '',
    "symmetric"     BOOLEAN NOT NULL DEFAULT FALSE,
    CHECK (evidence_end >= evidence_start)
);
