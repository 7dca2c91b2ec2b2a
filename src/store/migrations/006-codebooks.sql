-- The store's own codebook: every list's codes in their order. A store starts with the codebook that
-- ships (seeded when it is first read, by store/codebooks.ts); people then add, rename, merge, split and
-- retire codes. Codes are never deleted: outcomes and earlier versions may hold them.
CREATE TABLE codebook_codes (
  list text NOT NULL,
  id text NOT NULL,
  label text NOT NULL,
  position integer NOT NULL,
  description text,
  -- A retired code is no longer offered for new coding; outcomes that hold it keep it.
  retired boolean NOT NULL DEFAULT false,
  -- The codes that took over from a retired one: one after a merge or a new id, several after a split.
  replaced_by text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (list, id)
);
CREATE INDEX codebook_codes_order ON codebook_codes (list, position);

-- The history of codebook changes is the activity log (action 'codebook'); its newest entry tells a
-- process whether the codebook it keeps in memory is still current.
CREATE INDEX activity_codebook ON activity (id) WHERE action = 'codebook';

-- Outcomes recoded by a codebook change (a merge, a new id) get codings of their own source.
ALTER TABLE codings DROP CONSTRAINT codings_source_check;
ALTER TABLE codings ADD CONSTRAINT codings_source_check
  CHECK (source IN ('human', 'suggested', 'import', 'codebook'));
