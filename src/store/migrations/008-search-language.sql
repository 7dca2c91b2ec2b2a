-- The language of a text that does not say it, from more of each language's function words: a Spanish or
-- Portuguese statement written without "las", "los", "os" or "dos" ("el concejo ... aprobó un presupuesto
-- para la búsqueda ...") was taken for English and stemmed as English, so that "desaparecidos" did not find
-- "desaparecidas". Words that two of these languages share ("la", "de", "en", "que", "para") count for none.

-- How many times the words stand in `s` (folded, without '#', every word between two spaces of its own):
-- each one marked in one pass, the marks counted (a loop of replace() per word cost twice as much in PGlite).
CREATE FUNCTION search_word_count(s text, words text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT length(s) - length(replace(regexp_replace(s, ' (?:' || words || ') ', ' # ', 'g'), '#', ''))
$$;

CREATE OR REPLACE FUNCTION search_guess_language(sample text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  -- every word between two spaces, so that counting " y " does not eat the space " la " needs
  s text := ' ' || replace(translate(search_fold(left(coalesce(sample, ''), 300)),
    E'.,;:!?()[]"«»“”\n\t#', '                '), ' ', '  ') || ' ';
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
  en := search_word_count(s, 'the|and|of|with|was|were|to|for|that|this|is|are|from|by|has|have|their');
  fr := search_word_count(s, 'les|des|une|et|du|le|est|pour|dans|sur|au|aux|qui|ont|ete|avec|leur|ces');
  es := search_word_count(s, 'las|los|una|del|y|el|con|al|es|su|sus|fue|lo');
  pt := search_word_count(s, 'os|uma|em|dos|nao|da|do|das|com|ao|na|e|foi|pela|pelo|seu|sua');
  RETURN CASE greatest(fr, es, pt)
    WHEN 0 THEN 'en'
    ELSE CASE WHEN en >= greatest(fr, es, pt) THEN 'en' WHEN fr >= greatest(es, pt) THEN 'fr'
      WHEN es >= pt THEN 'es' ELSE 'pt' END
  END;
END
$$;

-- Index again what was indexed by a guess: every outcome, and the passages of documents without a language.
SELECT search_index_outcomes(ARRAY(SELECT id FROM outcomes));
SELECT search_index_passages(ARRAY(
  SELECT p.id FROM passages p JOIN documents d ON d.id = p.document_id
  WHERE coalesce(p.language, d.language) IS NULL));
