-- Results of 'analyze'. Re-running replaces them: every table below holds the latest run only.

CREATE TABLE analysis_runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    version     TEXT NOT NULL,
    settings    TEXT NOT NULL, -- JSON of the settings used, so a report reader can reproduce the run
    summary     TEXT           -- JSON: case baselines (single-turn share, CoT share, ...) and the model launch found
);

-- Per interaction: topic id and chain-of-thought elicitation flag (1/0), plus the template family if any.
CREATE TABLE interaction_topics (
    interaction_id INTEGER PRIMARY KEY REFERENCES interactions (id),
    topic          TEXT    NOT NULL,
    cot            INTEGER NOT NULL,
    family_id      INTEGER
);

CREATE TABLE clusters (
    id            INTEGER PRIMARY KEY,
    label         TEXT    NOT NULL,
    accounts      INTEGER NOT NULL,
    interactions  INTEGER NOT NULL,
    risk          REAL    NOT NULL,
    flagged       INTEGER NOT NULL,
    first_ts      INTEGER,
    last_ts       INTEGER,
    topic_shares  TEXT    NOT NULL, -- JSON object topic -> share of the cluster's interactions
    headline      TEXT              -- the strongest signals in one line
);

-- Named signals with their numbers, baselines and contribution to the cluster's risk.
CREATE TABLE cluster_signals (
    cluster_id   INTEGER NOT NULL REFERENCES clusters (id),
    signal       TEXT    NOT NULL,
    value        REAL    NOT NULL,
    baseline     REAL,
    contribution REAL    NOT NULL,
    description  TEXT    NOT NULL,
    PRIMARY KEY (cluster_id, signal)
) WITHOUT ROWID;

CREATE TABLE account_results (
    account_ref  INTEGER PRIMARY KEY REFERENCES accounts (id),
    cluster_id   INTEGER NOT NULL REFERENCES clusters (id),
    risk         REAL    NOT NULL,
    flagged      INTEGER NOT NULL,
    top_topic    TEXT,
    interactions INTEGER NOT NULL,
    signals      TEXT    NOT NULL -- JSON object signal -> value for this account
);
CREATE INDEX idx_account_results_cluster ON account_results (cluster_id);

-- The shared infrastructure and behaviour that links accounts (the evidence behind the clusters).
CREATE TABLE link_keys (
    id       INTEGER PRIMARY KEY,
    kind     TEXT    NOT NULL, -- ip, subnet, payment, email_domain, user_agent, template, lockstep, created, model_move
    value    TEXT    NOT NULL,
    accounts INTEGER NOT NULL,
    weight   REAL    NOT NULL
);
CREATE TABLE account_keys (
    account_ref INTEGER NOT NULL REFERENCES accounts (id),
    key_id      INTEGER NOT NULL REFERENCES link_keys (id),
    uses        INTEGER NOT NULL,
    PRIMARY KEY (account_ref, key_id)
) WITHOUT ROWID;
CREATE INDEX idx_account_keys_key ON account_keys (key_id);

CREATE TABLE template_families (
    id           INTEGER PRIMARY KEY,
    skeleton     TEXT    NOT NULL,
    interactions INTEGER NOT NULL,
    accounts     INTEGER NOT NULL,
    example_id   INTEGER REFERENCES interactions (id)
);
