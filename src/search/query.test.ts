import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storeCases } from '../test-support/stores.js';
import { FOLDED_CHARACTERS, fold } from './fold.js';
import { assemble, parseQuery } from './query.js';
import { marksOf, snippetOf } from './snippets.js';

describe('reading a query', () => {
  it('reads words, phrases, OR, exclusions and prefixes', () => {
    assert.deepEqual(parseQuery('women "local council" water OR irrigation -armed coalit*'), {
      groups: [
        [{ kind: 'word', text: 'women' }],
        [{ kind: 'phrase', text: 'local council' }],
        [
          { kind: 'word', text: 'water' },
          { kind: 'word', text: 'irrigation' },
        ],
        [{ kind: 'prefix', text: 'coalit' }],
      ],
      excluded: [{ kind: 'word', text: 'armed' }],
      notices: [],
    });
  });

  it('keeps hyphens inside words and reads a hyphenated word as a phrase', () => {
    assert.deepEqual(parseQuery('early-warning co-op').groups, [
      [{ kind: 'phrase', text: 'early warning' }],
      [{ kind: 'phrase', text: 'co op' }],
    ]);
  });

  it('reads an unclosed quote as a phrase to the end, and says so', () => {
    const q = parseQuery('water "local council');
    assert.deepEqual(q.groups[1], [{ kind: 'phrase', text: 'local council' }]);
    assert.match(q.notices[0] ?? '', /not closed/);
  });

  it('treats query syntax of SQL and tsquery as separators', () => {
    const q = parseQuery("a' & !b | (c <-> d):* ; DROP TABLE outcomes; --");
    const words = [...q.groups.flat(), ...q.excluded].map((c) => c.text);
    assert.ok(
      words.every((w) => /^[\p{L}\p{N}' ]+$/u.test(w)),
      words.join(','),
    );
  });

  it('cuts a very long query and says so', () => {
    const q = parseQuery('word '.repeat(3000));
    assert.ok(q.groups.length <= 32);
    assert.equal(q.notices.length, 2);
  });

  it('assembles one query per language and leaves stop words out', () => {
    const q = parseQuery('the coalition');
    // [clause][config]: english drops "the"; simple keeps it
    const lexemes = [
      ['', "'the'"],
      ["'coalit'", "'coalition'"],
    ];
    assert.deepEqual(assemble(q, lexemes, ['english', 'simple']), {
      tsquery: "( ( 'coalit' ) ) | ( ( 'coalition' ) )",
      byConfig: { english: "( 'coalit' )", simple: "( 'coalition' )" },
      stopWords: ['the'],
      words: ["( ( 'coalit' ) | ( 'coalition' ) )"],
      anyWord: "( ( ( 'coalit' ) | ( 'coalition' ) ) )",
    });
    assert.equal(assemble(parseQuery('the'), [['', "'the'"]], ['english', 'simple']).tsquery, null);
  });
});

describe('snippets', () => {
  it('marks the words of the query, whatever their ending, case or accents', () => {
    const marks = marksOf(["( 'coalit' & 'segou' ) | ( 'educ':* & !'armed' )"]);
    assert.deepEqual(
      marks.map((m) => m.lexeme),
      ['coalit', 'segou', 'educ'],
    );
    const original = 'Les coalitions de FEMMES à Ségou, «Éducation» armed';
    assert.equal(
      snippetOf(original, marks),
      'Les **coalitions** de FEMMES à **Ségou**, «**Éducation**» armed',
    );
  });

  it('marks Arabic words under their article and prefixes', () => {
    assert.equal(
      snippetOf('شكلت النساء تحالفا للمطالبة بالمياه', marksOf(["'نساء' & 'مياه'"])),
      'شكلت **النساء** تحالفا للمطالبة **بالمياه**',
    );
  });

  it('shows the part of a long text with the most matches', () => {
    const text = `${'filler '.repeat(100)}the water committee met ${'filler '.repeat(100)}`;
    const snippet = snippetOf(text, marksOf(["'water' & 'committe'"]));
    assert.match(snippet, /^… filler .* the \*\*water\*\* \*\*committee\*\* met .* …$/);
  });
});

for (const store of storeCases()) {
  describe(`folding (${store.name} store)`, () => {
    it('folds in SQL exactly as in TypeScript', async () => {
      const db = await store.open();
      try {
        const capitals = `${FOLDED_CHARACTERS.toUpperCase()} АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ ЁІЇЄҐҢӨҮҺ`;
        const sample = `${FOLDED_CHARACTERS} ${capitals} Éducation ÉCOLE Ёлка أَحْمَد İstanbul Straße ŒUVRE women’s ABC`;
        const [row] = await db.query<{ f: string }>('SELECT search_fold($1) AS f', [sample]);
        assert.equal(row?.f, fold(sample));
      } finally {
        await db.close();
      }
    });

    it('stems a statement that names no language in the language its small words are in', async () => {
      const db = await store.open();
      try {
        const statements = [
          'En 2023, el concejo municipal de Nebaj aprobó un presupuesto para la búsqueda de personas desaparecidas.',
          'Em 2022, a câmara municipal aprovou um plano para o acesso das mulheres à terra, com apoio da rede.',
          "En 2022, le conseil communal a adopté un budget pour l'accès des femmes à la terre.",
          'In 2022, the council adopted a budget for access to land by women from the camps.',
        ];
        const rows = await db.query<{ config: string }>(
          'SELECT search_config(NULL, s)::text AS config FROM unnest($1::text[]) WITH ORDINALITY AS t (s, i) ORDER BY i',
          [statements],
        );
        assert.deepEqual(
          rows.map((r) => r.config),
          ['spanish', 'portuguese', 'french', 'english'],
        );
      } finally {
        await db.close();
      }
    });
  });
}
