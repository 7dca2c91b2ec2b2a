-- Partner documents, their items, search-sized passages, and the actors they and outcomes name.

CREATE TABLE documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source text NOT NULL UNIQUE,
  name text NOT NULL,
  kind text NOT NULL,
  format text NOT NULL,
  language text,
  title text,
  date text,
  confidential boolean NOT NULL DEFAULT false,
  content_hash text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  extracted jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_kind ON documents (kind);

-- Each earlier version of a document: what was extracted from it and its items.
CREATE TABLE document_versions (
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  version integer NOT NULL,
  content_hash text NOT NULL,
  data jsonb NOT NULL,
  valid_from timestamptz NOT NULL,
  replaced_at timestamptz NOT NULL DEFAULT now(),
  replaced_by bigint REFERENCES activity (id),
  PRIMARY KEY (document_id, version)
);

CREATE TABLE document_items (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position integer NOT NULL,
  title text,
  date text,
  text text NOT NULL,
  extracted jsonb NOT NULL DEFAULT '{}',
  UNIQUE (document_id, position)
);

-- Search-sized pieces of an item's text, with where they sit in it (UTF-16 offsets).
CREATE TABLE passages (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  item_id bigint NOT NULL REFERENCES document_items (id) ON DELETE CASCADE,
  position integer NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  language text,
  text text NOT NULL
);
CREATE INDEX passages_document ON passages (document_id, item_id, position);

-- Organisations, institutions and people, each once, whatever name, acronym, handle or e-mail domain
-- a text uses for them.
CREATE TABLE actors (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE actor_aliases (
  actor_id bigint NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  alias_kind text NOT NULL,
  alias text NOT NULL,
  alias_key text NOT NULL,
  PRIMARY KEY (alias_kind, alias_key)
);
CREATE INDEX actor_aliases_actor ON actor_aliases (actor_id);

CREATE TABLE document_actors (
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  actor_id bigint NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  PRIMARY KEY (document_id, actor_id)
);

CREATE TABLE outcome_actors (
  outcome_id text NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,
  actor_id bigint NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  PRIMARY KEY (outcome_id, actor_id)
);
CREATE INDEX outcome_actors_actor ON outcome_actors (actor_id);
CREATE INDEX document_actors_actor ON document_actors (actor_id);
