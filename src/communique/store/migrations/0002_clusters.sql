-- communique store, schema version 2: canonical events (one row per real-world happening).
--
-- A cluster is written by the merge stage; events.cluster_id points at it.  Cluster ids are
-- derived from the cluster's content (its smallest member event id), so re-merging the same
-- mentions rewrites identical rows.

CREATE TABLE clusters (
    cluster_id      VARCHAR PRIMARY KEY CHECK (length(cluster_id) > 0),
    source_code     VARCHAR,
    source_country  VARCHAR,
    target_code     VARCHAR,
    target_country  VARCHAR,
    cameo           VARCHAR NOT NULL,
    cameo_root      VARCHAR NOT NULL,
    cameo_name      VARCHAR NOT NULL,
    plover          VARCHAR,
    plover_mode     VARCHAR,
    goldstein       DOUBLE NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
    quad_class      INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
    plover_score    DOUBLE,
    date            DATE,
    date_precision  VARCHAR CHECK (date_precision IN ('day', 'week', 'month', 'year')),
    date_basis      VARCHAR NOT NULL
                    CHECK (date_basis IN ('explicit', 'relative', 'publication', 'none')),
    "symmetric"     BOOLEAN NOT NULL DEFAULT FALSE,
    modality        VARCHAR NOT NULL,
    num_mentions    INTEGER NOT NULL CHECK (num_mentions >= 1),
    num_articles    INTEGER NOT NULL CHECK (num_articles >= 1),
    num_sources     INTEGER NOT NULL CHECK (num_sources >= 1),
    first_reported  DATE,
    summary         VARCHAR NOT NULL,
    merged_at       TIMESTAMP NOT NULL
);

CREATE INDEX events_cluster ON events (cluster_id);
CREATE INDEX clusters_dyad ON clusters (source_country, target_country);
