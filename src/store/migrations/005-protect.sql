-- Protection: the store's secret redaction key, the numbers of pseudonyms, the allow-list and registry
-- that detection uses, which labels are redacted, and the audit of reveals and of changes to protection.
-- (documents.confidential exists since 003.)

-- Secrets that never leave the store: never printed, exported or sent. Holds the key of the keyed hash
-- that numbers pseudonyms, made once with a random generator when first needed.
CREATE TABLE secret_settings (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The number of each pseudonymised entity per label (<person-3>), so that numbers hold across runs and
-- records. An entity is known by the keyed digest of its label and text, never by its text.
CREATE TABLE pseudonyms (
  digest text PRIMARY KEY,
  label text NOT NULL,
  number integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (label, number)
);

-- Terms never redacted: the programme's own name, public institutions, campaign hashtags.
CREATE TABLE allow_list (
  term_key text PRIMARY KEY,
  term text NOT NULL,
  added_by text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now()
);

-- Known people and actors, redacted wherever they occur: grown from confidential imports and from
-- people's decisions in review.
CREATE TABLE registry (
  text_key text PRIMARY KEY,
  text text NOT NULL,
  label text NOT NULL,
  added_by text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  source text NOT NULL CHECK (source IN ('import', 'review', 'user'))
);

-- Which labels are redacted and how placeholders are written: one row for the store ('store'); a
-- programme's own row later.
CREATE TABLE protect_settings (
  scope text PRIMARY KEY,
  labels text[] NOT NULL,
  style text NOT NULL CHECK (style IN ('category', 'numbered')),
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Who revealed originals of confidential records, or changed what is protected, when, by which command:
-- ids and counts only, never the text revealed or the terms allowed.
CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  role text NOT NULL,
  action text NOT NULL,
  command text NOT NULL,
  outcome_ids text[] NOT NULL DEFAULT '{}',
  document_ids bigint[] NOT NULL DEFAULT '{}',
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_events_at ON audit_events (at);
