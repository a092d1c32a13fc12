-- Faster bulk loads: request ids are found through an integer key (see RequestKeys) instead of a unique index on
-- their text, and the account timeline index also covers the model, so timelines and cluster lanes are read from
-- the index alone. The new indexes are created by the application after this script (CaseStore.SECONDARY_INDEXES).
-- Filling the keys rewrites every interaction once: upgrading a large case takes a while.

ALTER TABLE interactions ADD COLUMN request_key INTEGER;
ALTER TABLE import_suspects ADD COLUMN request_key INTEGER;
UPDATE interactions SET request_key = hydrascope_request_key(request_id);
UPDATE import_suspects SET request_key = hydrascope_request_key(request_id);
DROP INDEX IF EXISTS idx_interactions_request;
DROP INDEX IF EXISTS idx_interactions_account_ts;
