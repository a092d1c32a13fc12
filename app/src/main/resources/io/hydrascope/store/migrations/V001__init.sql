-- Hydrascope case file, schema version 1.
-- Times are INTEGER microseconds since the Unix epoch (UTC); the *_v views show them as ISO-8601 text.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT    NOT NULL,
    file_path     TEXT    NOT NULL,
    file_size     INTEGER NOT NULL,
    head_sha256   TEXT    NOT NULL, -- SHA-256 of the first MiB: recognises an interrupted import of the same file
    sha256        TEXT,             -- SHA-256 of the whole file, known once the file was read to its end
    format        TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('interactions', 'accounts', 'labels')),
    started_at    TEXT    NOT NULL,
    finished_at   TEXT,
    status        TEXT    NOT NULL CHECK (status IN ('running', 'complete', 'cancelled', 'failed')),
    rows_read     INTEGER NOT NULL DEFAULT 0,
    imported      INTEGER NOT NULL DEFAULT 0,
    quarantined   INTEGER NOT NULL DEFAULT 0,
    duplicates    INTEGER NOT NULL DEFAULT 0,
    flagged       INTEGER NOT NULL DEFAULT 0,
    skipped       INTEGER NOT NULL DEFAULT 0,
    message       TEXT,
    CHECK (rows_read = imported + quarantined + duplicates + skipped)
);
CREATE INDEX idx_imports_size ON imports (file_size);

CREATE TABLE accounts (
    id                  INTEGER PRIMARY KEY,
    account_id          TEXT    NOT NULL UNIQUE,
    created_at          INTEGER,
    email_domain        TEXT,
    payment_fingerprint TEXT,
    country             TEXT,
    org_id              TEXT,
    plan                TEXT,
    profile_import_id   INTEGER REFERENCES imports (id)
);

CREATE TABLE interactions (
    id              INTEGER PRIMARY KEY,
    request_id      TEXT    NOT NULL,
    ts              INTEGER NOT NULL,
    account_ref     INTEGER NOT NULL REFERENCES accounts (id),
    ip              TEXT,
    user_agent      TEXT,
    model           TEXT,
    conversation_id TEXT,
    turn            INTEGER,
    input_tokens    INTEGER,
    output_tokens   INTEGER,
    tool_calls      TEXT,
    status          TEXT,
    prompt          TEXT,
    import_id       INTEGER NOT NULL REFERENCES imports (id),
    line            INTEGER NOT NULL,
    flags           INTEGER NOT NULL DEFAULT 0
);
-- Indexes on interactions (request_id unique, account timeline, IP) are created by the application after bulk
-- loads; see CaseStore.SECONDARY_INDEXES.

-- Rows of a running bulk load whose request id may already be in the case; settled when the load ends.
CREATE TABLE import_suspects (
    id              INTEGER PRIMARY KEY,
    request_id      TEXT    NOT NULL,
    ts              INTEGER NOT NULL,
    account_ref     INTEGER NOT NULL REFERENCES accounts (id),
    ip              TEXT,
    user_agent      TEXT,
    model           TEXT,
    conversation_id TEXT,
    turn            INTEGER,
    input_tokens    INTEGER,
    output_tokens   INTEGER,
    tool_calls      TEXT,
    status          TEXT,
    prompt          TEXT,
    import_id       INTEGER NOT NULL REFERENCES imports (id),
    line            INTEGER NOT NULL,
    flags           INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE labels (
    account_id TEXT PRIMARY KEY,
    campaign   TEXT,
    population TEXT,
    import_id  INTEGER NOT NULL REFERENCES imports (id)
) WITHOUT ROWID;

CREATE TABLE quarantine (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports (id),
    file_name TEXT    NOT NULL,
    line      INTEGER NOT NULL,
    reason    TEXT    NOT NULL,
    detail    TEXT,
    raw       TEXT
);
CREATE INDEX idx_quarantine_import ON quarantine (import_id, line);

CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY,
    target_kind TEXT    NOT NULL CHECK (target_kind IN ('case', 'account', 'cluster', 'interaction')),
    target_id   TEXT    NOT NULL,
    tag         TEXT,
    note        TEXT,
    bookmarked  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    author      TEXT
);
CREATE INDEX idx_annotations_target ON annotations (target_kind, target_id);

-- Full-text index over prompts, external content: filled after imports, in the background.
CREATE VIRTUAL TABLE prompts_fts USING fts5 (prompt, content = 'interactions', content_rowid = 'id');

CREATE VIEW interactions_v AS
SELECT i.id, i.request_id,
       strftime('%Y-%m-%dT%H:%M:%fZ', i.ts / 1000000.0, 'unixepoch') AS timestamp,
       a.account_id, i.ip, i.user_agent, i.model, i.conversation_id, i.turn, i.input_tokens, i.output_tokens,
       i.tool_calls, i.status, i.prompt, i.import_id, i.line, i.flags
FROM interactions i JOIN accounts a ON a.id = i.account_ref;

CREATE VIEW accounts_v AS
SELECT a.account_id,
       strftime('%Y-%m-%dT%H:%M:%SZ', a.created_at / 1000000.0, 'unixepoch') AS created_at,
       a.email_domain, a.payment_fingerprint, a.country, a.org_id, a.plan
FROM accounts a;
