-- The Topics page lists the accounts and example prompts of one template family; without this index each is a full
-- scan of interaction_topics (80 ms at 600,000 interactions, seconds at 16 million). Partial: most prompts belong to
-- no family.
CREATE INDEX IF NOT EXISTS idx_topics_family ON interaction_topics (family_id) WHERE family_id IS NOT NULL;
