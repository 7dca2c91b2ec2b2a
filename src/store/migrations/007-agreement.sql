-- Agreement between coders: a second, independent (blind) coding of an outcome is recorded beside the
-- others with the source 'independent', and leaves the outcome's codes as they are.

ALTER TABLE codings DROP CONSTRAINT codings_source_check;
ALTER TABLE codings ADD CONSTRAINT codings_source_check
  CHECK (source IN ('human', 'suggested', 'import', 'codebook', 'independent'));

-- The latest coding per outcome, field and coder, which agreement compares.
CREATE INDEX codings_coder ON codings (outcome_id, field, actor, id);
