-- Outcome statements, their earlier versions, and the activity log of every import.

CREATE TABLE activity (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  file text,
  added integer NOT NULL DEFAULT 0,
  updated integer NOT NULL DEFAULT 0,
  unchanged integer NOT NULL DEFAULT 0,
  rejected integer NOT NULL DEFAULT 0,
  details jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE outcomes (
  id text PRIMARY KEY,
  status text,
  harvest text,
  country text,
  country_code text,
  year integer,
  description text NOT NULL,
  significance text,
  additional_info text,
  rating_significance text,
  social_actor text,
  scale text,
  contribution_programme text,
  contribution_others text,
  rating_contribution text,
  unintended boolean,
  evidence text,
  confidential boolean NOT NULL DEFAULT false,
  results_framework text,
  objectives text,
  story_fragment text,
  negative boolean,
  types_of_change text[] NOT NULL DEFAULT '{}',
  cluster text,
  extra jsonb NOT NULL DEFAULT '{}',
  content_hash text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  source_file text,
  source_line integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX outcomes_country_year ON outcomes (country_code, year);
CREATE INDEX outcomes_harvest ON outcomes (harvest);
CREATE INDEX outcomes_types_of_change ON outcomes USING gin (types_of_change);

-- Each earlier version of an outcome, as canonical JSON, kept when an import changes it.
CREATE TABLE outcome_versions (
  outcome_id text NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,
  version integer NOT NULL,
  data jsonb NOT NULL,
  content_hash text NOT NULL,
  valid_from timestamptz NOT NULL,
  replaced_at timestamptz NOT NULL DEFAULT now(),
  replaced_by bigint REFERENCES activity (id),
  PRIMARY KEY (outcome_id, version)
);
