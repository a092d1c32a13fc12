-- Topics come from a trained model: each interaction keeps the model's confidence in its topic, and whether the
-- topic was inherited from its conversation's first turn (a follow-up that carries only tool output or "continue").
-- The run records which model produced the topics; a model other than the built-in one is kept in the case, so its
-- explanations can be shown without the file it was loaded from.
ALTER TABLE interaction_topics ADD COLUMN confidence REAL;
ALTER TABLE interaction_topics ADD COLUMN inherited INTEGER NOT NULL DEFAULT 0;
ALTER TABLE analysis_runs ADD COLUMN topic_model TEXT;
ALTER TABLE analysis_runs ADD COLUMN topic_model_sha256 TEXT;
CREATE TABLE IF NOT EXISTS topic_models (
    sha256      TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    model       BLOB NOT NULL
) WITHOUT ROWID;
