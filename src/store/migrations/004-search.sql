-- Full-text search over outcomes and document passages: one row per searchable item in search_items,
-- with its weighted text-search vector in the language of its text and the values it is faceted and
-- filtered by. Triggers keep it in step with every write to outcomes, passages, documents and the links
-- to actors, so that whatever writes those tables (imports, coding, protection) needs to know nothing of it.
-- Plain SQL that PGlite and PostgreSQL (13 and later) both run; no extension is needed.

-- Lower case without accents, so that "Éducation", "education" and "EDUCATION" are one word, "ёлка" is
-- "елка", Arabic alef forms are one letter, and Arabic vowel marks, tatweel and invisible characters are
-- dropped. One character in, at most one out (but for the ligatures), so that a highlight found in the
-- folded text maps back onto the original: src/search/fold.ts does the same in TypeScript, and its tests
-- compare the two.
CREATE FUNCTION search_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  -- translate() costs the length of the text times the length of its table: text in ASCII only (most
  -- English) has nothing in the table, and lower() alone folds it.
  SELECT CASE WHEN octet_length(t) = length(t) THEN lower(t) ELSE
    replace(replace(replace(translate(lower(translate(t,
      -- capitals of the Latin, Cyrillic and Kazakh/Kyrgyz letters, lowered here because lower() lowers only
      -- ASCII on a server whose collation is C
      'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽİȘȚЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯҐҢҮҺӨ',
      'àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷÿźżžișțѐёђѓєѕіїјљњћќѝўџабвгдежзийклмнопрстуфхцчшщъыьэюяґңүһө')),
      'àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżžёأإآٱ’ʼ‘'
        || U&'\064B\064C\064D\064E\064F\0650\0651\0652\0670\0640\00AD\200B\200C\200D\200E\200F\2060\FEFF',
      'aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssssttttuuuuuuuuuuwyyyzzzеاااا'''''''),
      'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss')
  END
$$;

-- The language of a text when nothing says it: its script, then for Latin script the function words of
-- English, French, Spanish and Portuguese. Ukrainian and Kyrgyz (their own letters) and other scripts get
-- no language, and so no stemming. Reads the first 300 characters, with cheap tests first (it runs for
-- every item written; regular expressions that count, or subqueries, cost ten times more in PGlite).
CREATE FUNCTION search_guess_language(sample text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  s text := ' ' || translate(search_fold(left(coalesce(sample, ''), 300)), E'.,;:!?()[]"«»“”\n\t',
    '                ') || ' ';
  arabic boolean := s ~ '[ءاأإآبتثجحخدذرزسشصضطظعغفقكلمنهوىيةؤئ]';
  cyrillic boolean := s ~ '[а-яіїєґңөүһ]';
  latin boolean := s ~ '[a-z]';
  letters integer;
  en integer;
  fr integer;
  es integer;
  pt integer;
BEGIN
  IF arabic::integer + cyrillic::integer + latin::integer > 1 THEN
    -- several scripts (a name in another one): the script with the most letters
    letters := length(s) - length(translate(s, 'abcdefghijklmnopqrstuvwxyz', ''));
    arabic := length(s) - length(translate(s, 'ءاأإآبتثجحخدذرزسشصضطظعغفقكلمنهوىيةؤئ', '')) > letters;
    cyrillic := NOT arabic AND length(s) - length(translate(s, 'абвгдежзийклмнопрстуфхцчшщъыьэюяіїєґңөүһ', '')) > letters;
  END IF;
  IF arabic THEN RETURN 'ar'; END IF;
  IF cyrillic THEN
    RETURN CASE WHEN s ~ '[іїєґңөүһ]' THEN NULL ELSE 'ru' END;
  END IF;
  IF NOT latin THEN RETURN NULL; END IF;
  en := (length(s) - length(replace(s, ' the ', ''))) / 5 + (length(s) - length(replace(s, ' and ', ''))) / 5
    + (length(s) - length(replace(s, ' of ', ''))) / 4 + (length(s) - length(replace(s, ' with ', ''))) / 6
    + (length(s) - length(replace(s, ' was ', ''))) / 5;
  fr := (length(s) - length(replace(s, ' les ', ''))) / 5 + (length(s) - length(replace(s, ' des ', ''))) / 5
    + (length(s) - length(replace(s, ' une ', ''))) / 5 + (length(s) - length(replace(s, ' et ', ''))) / 4
    + (length(s) - length(replace(s, ' du ', ''))) / 4;
  es := (length(s) - length(replace(s, ' las ', ''))) / 5 + (length(s) - length(replace(s, ' los ', ''))) / 5
    + (length(s) - length(replace(s, ' una ', ''))) / 5 + (length(s) - length(replace(s, ' del ', ''))) / 5
    + (length(s) - length(replace(s, ' y ', ''))) / 3;
  pt := (length(s) - length(replace(s, ' os ', ''))) / 4 + (length(s) - length(replace(s, ' uma ', ''))) / 5
    + (length(s) - length(replace(s, ' em ', ''))) / 4 + (length(s) - length(replace(s, ' dos ', ''))) / 5
    + (length(s) - length(replace(s, ' nao ', ''))) / 5;
  RETURN CASE greatest(fr, es, pt)
    WHEN 0 THEN 'en'
    ELSE CASE WHEN en >= greatest(fr, es, pt) THEN 'en' WHEN fr >= greatest(es, pt) THEN 'fr'
      WHEN es >= pt THEN 'es' ELSE 'pt' END
  END;
END
$$;

-- The text-search configuration that stems a language (ISO 639-1), or 'simple' (lower case, no stemming,
-- no stop words) for the languages PostgreSQL has no stemmer for.
CREATE FUNCTION search_config(language text, sample text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE lower(coalesce(language, search_guess_language(sample), ''))
    WHEN 'en' THEN 'english' WHEN 'fr' THEN 'french' WHEN 'es' THEN 'spanish' WHEN 'ru' THEN 'russian'
    WHEN 'ar' THEN 'arabic' WHEN 'pt' THEN 'portuguese' WHEN 'de' THEN 'german' WHEN 'it' THEN 'italian'
    WHEN 'nl' THEN 'dutch' WHEN 'tr' THEN 'turkish' ELSE 'simple' END)::regconfig
$$;

-- A piece of text as a vector of one weight: A for titles and descriptions, B for the main body, C for
-- the other text fields, D for what is derived or merely coded.
CREATE FUNCTION search_vector(config regconfig, body text, weight "char") RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(config, search_fold(coalesce(body, ''))), weight)
$$;

CREATE TABLE search_items (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  outcome_id text UNIQUE REFERENCES outcomes (id) ON DELETE CASCADE,
  passage_id bigint UNIQUE REFERENCES passages (id) ON DELETE CASCADE,
  document_id bigint REFERENCES documents (id) ON DELETE CASCADE,
  -- 'outcome', or the kind of the passage's document (news, self-report, ...).
  kind text NOT NULL,
  config regconfig NOT NULL,
  -- ISO codes where known (an outcome's country; the countries a passage's item or document names).
  countries text[] NOT NULL DEFAULT '{}',
  year integer,
  harvest text,
  types_of_change text[] NOT NULL DEFAULT '{}',
  cluster text,
  social_actor text,
  scale text,
  rating_significance text,
  rating_contribution text,
  status text,
  confidential boolean NOT NULL,
  -- Evidence is given (or the outcome was substantiated): breaks ties in ranking.
  substantiated boolean NOT NULL DEFAULT false,
  -- Organisations and institutions the item names or its document names (actors that are not people).
  organisations bigint[] NOT NULL DEFAULT '{}',
  tsv tsvector NOT NULL,
  CHECK ((outcome_id IS NULL) <> (passage_id IS NULL))
);
CREATE INDEX search_items_tsv ON search_items USING gin (tsv);
-- Samples of 1 in 32, 256 and 2,048 items: a query that matches thousands of items counts and ranks
-- over a sample instead of all of them (src/search/search.ts, "broad queries").
CREATE INDEX search_items_tsv_32 ON search_items USING gin (tsv) WHERE (id % 32) = 0;
CREATE INDEX search_items_tsv_256 ON search_items USING gin (tsv) WHERE (id % 256) = 0;
CREATE INDEX search_items_tsv_2048 ON search_items USING gin (tsv) WHERE (id % 2048) = 0;
CREATE INDEX search_items_document ON search_items (document_id);
-- Filters: with these, a filtered query visits only the items that both match and pass the filter.
CREATE INDEX search_items_kind_year ON search_items (kind, year);
CREATE INDEX search_items_year ON search_items (year);
CREATE INDEX search_items_countries ON search_items USING gin (countries);
CREATE INDEX search_items_types ON search_items USING gin (types_of_change);

-- The configurations items are indexed in: a query is stemmed in these only (fewer, faster queries).
CREATE TABLE search_configs (config regconfig PRIMARY KEY);

CREATE FUNCTION search_index_outcomes(ids text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO search_items (outcome_id, kind, config, countries, year, harvest, types_of_change, cluster,
    social_actor, scale, rating_significance, rating_contribution, status, confidential, substantiated,
    organisations, tsv)
  SELECT o.id, 'outcome', c.config,
    CASE WHEN coalesce(o.country_code, o.country) IS NULL THEN '{}' ELSE ARRAY[coalesce(o.country_code, o.country)] END,
    o.year, o.harvest, o.types_of_change, o.cluster, o.social_actor, o.scale, o.rating_significance,
    o.rating_contribution, o.status, o.confidential,
    coalesce(o.evidence ~* '^\s*(yes|oui|sí|si|да|نعم)\M', false) OR lower(coalesce(o.status, '')) IN ('substantiated', 'validated'),
    ARRAY(SELECT l.actor_id FROM outcome_actors l JOIN actors a ON a.id = l.actor_id
          WHERE l.outcome_id = o.id AND a.kind <> 'person' ORDER BY 1),
    search_vector(c.config, o.description, 'A')
      || search_vector(c.config, o.significance, 'B')
      || search_vector(c.config, concat_ws(' ', o.contribution_programme, o.contribution_others, o.additional_info,
           o.evidence, o.objectives, o.results_framework, o.country, o.harvest), 'C')
      || search_vector(c.config, concat_ws(' ', o.story_fragment, o.id, o.social_actor, o.scale, o.cluster,
           array_to_string(o.types_of_change, ' '),
           (SELECT string_agg(value, ' ') FROM jsonb_each_text(o.extra))), 'D')
  FROM outcomes o
  -- OFFSET 0 keeps the planner from copying the call into each use of c.config
  CROSS JOIN LATERAL (SELECT search_config(NULL, concat_ws(' ', o.description, o.significance)) AS config OFFSET 0) c
  WHERE o.id = ANY (ids)
  ON CONFLICT (outcome_id) DO UPDATE SET
    kind = EXCLUDED.kind, config = EXCLUDED.config, countries = EXCLUDED.countries, year = EXCLUDED.year,
    harvest = EXCLUDED.harvest, types_of_change = EXCLUDED.types_of_change, cluster = EXCLUDED.cluster,
    social_actor = EXCLUDED.social_actor, scale = EXCLUDED.scale,
    rating_significance = EXCLUDED.rating_significance, rating_contribution = EXCLUDED.rating_contribution,
    status = EXCLUDED.status, confidential = EXCLUDED.confidential, substantiated = EXCLUDED.substantiated,
    organisations = EXCLUDED.organisations, tsv = EXCLUDED.tsv;
  INSERT INTO search_configs SELECT DISTINCT config FROM search_items WHERE outcome_id = ANY (ids)
  ON CONFLICT DO NOTHING
$$;

-- Passages with their document's kind, title, language, date and confidentiality, and the countries
-- their item (else their document) names.
CREATE FUNCTION search_index_passages(ids bigint[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO search_items (passage_id, document_id, kind, config, countries, year, confidential,
    organisations, tsv)
  SELECT p.id, p.document_id, d.kind, c.config,
    ARRAY(SELECT DISTINCT jsonb_array_elements_text(CASE
      WHEN jsonb_typeof(i.extracted #> '{entities,countries}') = 'array' AND jsonb_array_length(i.extracted #> '{entities,countries}') > 0
        THEN i.extracted #> '{entities,countries}'
      WHEN jsonb_typeof(d.extracted #> '{entities,countries}') = 'array' THEN d.extracted #> '{entities,countries}'
      ELSE '[]'::jsonb END) ORDER BY 1),
    CASE WHEN coalesce(i.date, d.date) ~ '^\d{4}' THEN left(coalesce(i.date, d.date), 4)::integer END,
    d.confidential,
    ARRAY(SELECT l.actor_id FROM document_actors l JOIN actors a ON a.id = l.actor_id
          WHERE l.document_id = d.id AND a.kind <> 'person' ORDER BY 1),
    search_vector(c.config, concat_ws(' ', d.title, CASE WHEN i.title IS DISTINCT FROM d.title THEN i.title END), 'A')
      || search_vector(c.config, p.text, 'B')
      || search_vector(c.config, d.name, 'D')
  FROM passages p
  JOIN documents d ON d.id = p.document_id
  JOIN document_items i ON i.id = p.item_id
  CROSS JOIN LATERAL (SELECT search_config(coalesce(p.language, d.language), p.text) AS config OFFSET 0) c
  WHERE p.id = ANY (ids)
  ON CONFLICT (passage_id) DO UPDATE SET
    kind = EXCLUDED.kind, config = EXCLUDED.config, countries = EXCLUDED.countries, year = EXCLUDED.year,
    confidential = EXCLUDED.confidential, organisations = EXCLUDED.organisations, tsv = EXCLUDED.tsv;
  INSERT INTO search_configs SELECT DISTINCT config FROM search_items WHERE passage_id = ANY (ids)
  ON CONFLICT DO NOTHING
$$;

-- Statement-level triggers: an import writes hundreds of rows a statement, and indexes them in one go.
CREATE FUNCTION search_outcomes_written() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_index_outcomes(ARRAY(SELECT id FROM written));
  RETURN NULL;
END
$$;
CREATE TRIGGER search_outcomes_inserted AFTER INSERT ON outcomes
  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_outcomes_written();
CREATE TRIGGER search_outcomes_updated AFTER UPDATE ON outcomes
  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_outcomes_written();

CREATE FUNCTION search_passages_written() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_index_passages(ARRAY(SELECT id FROM written));
  RETURN NULL;
END
$$;
CREATE TRIGGER search_passages_inserted AFTER INSERT ON passages
  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_passages_written();
CREATE TRIGGER search_passages_updated AFTER UPDATE ON passages
  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_passages_written();

-- A document's kind, title, date, language or confidentiality changed: its passages again.
CREATE FUNCTION search_documents_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_index_passages(ARRAY(SELECT p.id FROM passages p WHERE p.document_id IN (SELECT id FROM written)));
  RETURN NULL;
END
$$;
CREATE TRIGGER search_documents_updated AFTER UPDATE ON documents
  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_documents_updated();

-- Links to actors, made after the outcomes and passages they concern.
CREATE FUNCTION search_outcome_actors_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_items s SET organisations = ARRAY(
    SELECT l.actor_id FROM outcome_actors l JOIN actors a ON a.id = l.actor_id
    WHERE l.outcome_id = s.outcome_id AND a.kind <> 'person' ORDER BY 1)
  WHERE s.outcome_id IN (SELECT outcome_id FROM changed);
  RETURN NULL;
END
$$;
CREATE TRIGGER search_outcome_actors_inserted AFTER INSERT ON outcome_actors
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_outcome_actors_changed();
CREATE TRIGGER search_outcome_actors_deleted AFTER DELETE ON outcome_actors
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_outcome_actors_changed();

CREATE FUNCTION search_document_actors_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_items s SET organisations = ARRAY(
    SELECT l.actor_id FROM document_actors l JOIN actors a ON a.id = l.actor_id
    WHERE l.document_id = s.document_id AND a.kind <> 'person' ORDER BY 1)
  WHERE s.document_id IN (SELECT document_id FROM changed);
  RETURN NULL;
END
$$;
CREATE TRIGGER search_document_actors_inserted AFTER INSERT ON document_actors
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_document_actors_changed();
CREATE TRIGGER search_document_actors_deleted AFTER DELETE ON document_actors
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_document_actors_changed();

-- What the store held before this migration.
SELECT search_index_outcomes(ARRAY(SELECT id FROM outcomes));
SELECT search_index_passages(ARRAY(SELECT id FROM passages));
