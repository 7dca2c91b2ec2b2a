-- Codings: each time a person set or accepted the codes of an outcome's field (or an import brought them),
-- who, when, how, and what the field held before. The outcome itself holds the current codes; the
-- coding points at the outcome version it produced, whose predecessor is kept in outcome_versions.

CREATE TABLE codings (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  outcome_id text NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,
  field text NOT NULL,
  codes text[] NOT NULL,
  previous text[] NOT NULL DEFAULT '{}',
  actor text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  source text NOT NULL CHECK (source IN ('human', 'suggested', 'import')),
  -- One per code, when the codes were accepted from a suggestion.
  confidences real[],
  version integer NOT NULL,
  activity_id bigint REFERENCES activity (id)
);
CREATE INDEX codings_outcome ON codings (outcome_id, id);

-- The latest coding model, keyed by a fingerprint of the coded outcomes it learned from, so that
-- suggestions do not retrain until coding changes.
CREATE TABLE coding_models (
  key text PRIMARY KEY,
  model bytea NOT NULL,
  outcomes integer NOT NULL,
  trained_at timestamptz NOT NULL DEFAULT now()
);
