import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadDefaultCodebook } from '../domain/codebook.js';
import { importPaths } from '../ingest/import.js';
import type { Reader } from '../protect/index.js';
import type { Db } from '../store/index.js';
import { storeCases, tempDir } from '../test-support/stores.js';
import { type SearchOptions, search } from './index.js';

/** Fictional outcomes in five languages, written as a harvest export in JSON Lines. */
const OUTCOMES = [
  {
    id: 'T-EN-1',
    country: 'Syria',
    year: 2023,
    description:
      "In May 2023, women's coalitions in Idlib won two seats on the water committee that decides the distribution rota.",
    significance: 'Women had no say over water before; the rota now serves the camps on the edge of town.',
    contributionProgramme: 'The programme trained the coalition members in negotiation.',
    socialActor: 'civic',
    scale: 'local',
    typesOfChange: ['participation', 'new-structure'],
    cluster: 'inclusion',
    ratingSignificance: 'high',
    ratingContribution: 'great',
  },
  {
    id: 'T-EN-2',
    country: 'Syria',
    year: 2021,
    description:
      'In 2021, the local council of Atarib adopted a complaints procedure for the distribution of bread.',
    significance: 'Residents can now complain without going through a relative.',
    contributionProgramme: 'A coalition of residents, coached by the programme, proposed the procedure.',
    socialActor: 'authorities-local',
    scale: 'local',
    typesOfChange: ['policy-change'],
    cluster: 'influencing',
    ratingSignificance: 'medium',
    ratingContribution: 'partial',
  },
  {
    id: 'T-FR-1',
    country: 'Mali',
    year: 2022,
    description:
      "En mars 2022, les coalitions de femmes de Mopti ont obtenu un siège au comité de gestion de l'eau du cercle.",
    significance: "C'est la première fois que des femmes participent aux décisions sur les puits.",
    socialActor: 'civic',
    scale: 'regional',
    typesOfChange: ['participation'],
    cluster: 'inclusion',
  },
  {
    id: 'T-FR-2',
    country: 'Mali',
    year: 2024,
    description: "En 2024, l'Éducation des filles est devenue une priorité du plan communal de Ségou.",
    significance: 'Le conseil communal finance désormais les cantines scolaires.',
    socialActor: 'authorities-local',
    scale: 'local',
    typesOfChange: ['policy-change', 'resources'],
    cluster: 'influencing',
  },
  {
    id: 'T-ES-1',
    country: 'Colombia',
    year: 2024,
    description:
      'En junio de 2024, las mujeres desplazadas de Tumaco crearon una coalición para exigir agua potable al municipio.',
    significance: 'Es la primera organización de mujeres desplazadas reconocida por la alcaldía.',
    socialActor: 'civic',
    scale: 'local',
    typesOfChange: ['new-structure'],
    cluster: 'mobilising',
  },
  {
    id: 'T-RU-1',
    country: 'Kyrgyzstan',
    year: 2022,
    description: 'В апреле 2022 года женские коалиции Оша добились участия в комиссиях по водным спорам.',
    significance: 'Раньше женщины не участвовали в решениях о распределении воды.',
    socialActor: 'civic',
    scale: 'regional',
    typesOfChange: ['participation'],
    cluster: 'inclusion',
  },
  {
    id: 'T-AR-1',
    country: 'Syria',
    year: 2023,
    description: 'في عام 2023 شكّلت النساء في إدلب تحالفات محلية للمطالبة بحصة عادلة من المياه.',
    significance: 'لم يكن للنساء صوت في توزيع المياه من قبل.',
    socialActor: 'civic',
    scale: 'local',
    typesOfChange: ['new-structure'],
    cluster: 'mobilising',
  },
  {
    id: 'T-EN-3',
    country: 'Iraq',
    year: 2022,
    description:
      'In 2022, the Nineveh committee on missing persons agreed to hear the families of the disappeared.',
    significance: 'A committee member said water was not on the agenda.',
    contributionProgramme: 'Amina Haddad, a lawyer from Mosul, prepared the files of 40 families.',
    socialActor: 'authorities-local',
    scale: 'regional',
    typesOfChange: ['dialogue'],
    cluster: 'justice',
    confidential: true,
  },
];

const NEWS = `News > ...

Des coalitions de femmes s'organisent à Gao

12.03.2024

À Gao, les associations de femmes ont formé une coalition pour la protection des filles déplacées. Elles demandent au gouvernorat un centre d'écoute.
`;

const REPORT = `Отчёт о мониторинге водных споров

Бишкек, 15 марта 2023 г.

В Баткенской области женские советы провели двенадцать встреч с айыл окмоту по вопросам распределения поливной воды.
`;

const BRIEFING = `Briefing on the water committee of Idlib

The Tamkeen Women Network (TWN) met the water committee of Idlib on 3 May 2023. TWN asked for two seats for women on the committee.
`;

const admin: Reader = { role: 'admin', redacted: false };

for (const store of storeCases()) {
  describe(`search (${store.name} store)`, () => {
    let db: Db;
    const find = (query: string, options: Partial<SearchOptions> = {}) =>
      search(db, { query, reader: admin, ...options });
    const ids = async (query: string, options: Partial<SearchOptions> = {}) =>
      (await find(query, { limit: 50, ...options })).hits.map((h) => h.id);

    before(async () => {
      db = await store.open();
      const dir = tempDir();
      writeFileSync(join(dir, 'harvest.jsonl'), OUTCOMES.map((o) => JSON.stringify(o)).join('\n'));
      writeFileSync(join(dir, 'news-gao.txt'), NEWS);
      writeFileSync(join(dir, 'otchet-batken.txt'), REPORT);
      writeFileSync(join(dir, 'briefing-idlib.txt'), BRIEFING);
      const report = await importPaths(db, [dir], { codebook: loadDefaultCodebook() });
      assert.equal(report.rejected.length, 0, JSON.stringify(report.rejected));
    });
    after(() => db.close());

    it('stems English, French, Spanish, Russian and Arabic, each in its own language', async () => {
      assert.ok((await ids('coalition')).includes('T-EN-1'), 'coalition finds coalitions');
      assert.ok((await ids('coalition femme')).includes('T-FR-1'), 'femme finds femmes');
      assert.ok((await ids('mujer coaliciones')).includes('T-ES-1'), 'mujer finds mujeres');
      assert.deepEqual((await ids('женская коалиция')).slice(0, 1), ['T-RU-1'], 'the one with both words');
      assert.deepEqual(await ids('نساء مياه'), ['T-AR-1'], 'نساء مياه finds النساء and المياه');
      assert.deepEqual(await ids('مطالبة'), ['T-AR-1'], 'مطالبة finds للمطالبة');
      assert.ok((await ids('водный спор')).includes('T-RU-1'), 'водный спор finds водным спорам');
    });

    it('finds document passages beside outcomes, in their language', async () => {
      const hits = (await find('coalitions femmes')).hits;
      assert.ok(hits.some((h) => h.kind === 'document' && h.id.startsWith('passage:')));
      assert.ok(hits.some((h) => h.id === 'T-FR-1'));
      assert.ok((await find('женские советы')).hits.some((h) => h.kind !== 'outcome'));
    });

    it('folds case and accents', async () => {
      assert.deepEqual(await ids('EDUCATION'), ['T-FR-2']);
      assert.deepEqual(await ids('segou'), ['T-FR-2']);
      assert.deepEqual(await ids('SÉGOU'), ['T-FR-2']);
      assert.deepEqual(await ids('شكلت'), ['T-AR-1'], 'the shadda of شكّلت is folded away');
    });

    it('follows the few items that hold every word with those that hold all but one, and says so', async () => {
      const some = await find('water committee rota', { limit: 50 });
      assert.equal(some.hits[0]?.id, 'T-EN-1', 'the one holding water, committee and rota first');
      const rest = some.hits.slice(1).map((h) => h.id);
      assert.ok(rest.includes('T-EN-3') && rest.some((id) => id.startsWith('passage:')), rest.join());
      assert.ok(!rest.includes('T-EN-2'), 'an outcome holding one of the three words is no match');
      assert.equal(some.total, some.hits.length);
      assert.deepEqual(some.notices, [
        'one item holds every word: shown first, then items that hold all the words but one',
      ]);
      const none = await find('bread rota');
      assert.deepEqual(none.hits.map((h) => h.id).sort(), ['T-EN-1', 'T-EN-2']);
      assert.deepEqual(none.notices, ['no item holds every word: shown are items that hold either word']);
    });

    it('matches phrases in quotes, word for word', async () => {
      assert.deepEqual(await ids('"water committee"', { filter: { kind: ['outcome'] } }), ['T-EN-1']);
      assert.deepEqual(await ids('"committee water"'), []);
      assert.ok((await ids('water committee')).includes('T-EN-3'), 'without quotes, the words anywhere');
    });

    it('takes OR between alternatives, -word to leave out, and word* as a prefix', async () => {
      assert.deepEqual((await ids('Mopti OR Tumaco')).sort(), ['T-ES-1', 'T-FR-1']);
      const withoutIdlib = await ids('coalition -Idlib');
      assert.ok(withoutIdlib.includes('T-EN-2') && !withoutIdlib.includes('T-EN-1'));
      assert.deepEqual(await ids('"water committee" -"water committee"'), []);
      assert.deepEqual(await ids('ninev*'), ['T-EN-3']);
      assert.ok((await ids('coalit*')).includes('T-EN-2'));
    });

    it('puts a match in the description above a match in the body only', async () => {
      const hits = await ids('coalition', { filter: { kind: ['outcome'] } });
      assert.ok(hits.indexOf('T-EN-1') < hits.indexOf('T-EN-2'), hits.join(' '));
    });

    it('counts every facet over the matches, a multi-select type once per value', async () => {
      const result = await find('coalition OR coalición OR коалиция OR تحالفات');
      assert.equal(result.approximate, false);
      assert.equal(result.facets.kind?.outcome, 6);
      assert.equal(result.facets.country?.SY, 3);
      assert.equal(result.facets.typesOfChange?.participation, 3);
      assert.equal(result.facets.typesOfChange?.['new-structure'], 3);
      assert.equal(result.facets.year?.['2023'], 2);
      assert.equal(
        result.total,
        result.facets.kind ? Object.values(result.facets.kind).reduce((a, b) => a + b, 0) : 0,
      );
    });

    it('filters on facets, by codes or labels', async () => {
      assert.deepEqual((await ids('coalition', { filter: { country: ['Syria'], year: [2023] } })).sort(), [
        'T-EN-1',
      ]);
      assert.deepEqual(await ids('coalition', { filter: { typesOfChange: ['Policy change'] } }), ['T-EN-2']);
      assert.ok(
        (await find('coalitions', { filter: { kind: ['document'] } })).hits.every(
          (h) => h.kind === 'document',
        ),
      );
      assert.equal((await find('coalitions', { filter: { kind: ['document'] } })).total, 1);
      assert.deepEqual(await ids('coalition', { filter: { socialActor: ['Local authorities'] } }), [
        'T-EN-2',
      ]);
    });

    it('counts and filters by the organisations that documents name', async () => {
      const result = await find('water committee');
      assert.deepEqual(result.facets.organisation, { 'Tamkeen Women Network': 1 });
      assert.deepEqual(
        (await find('water committee', { filter: { organisation: ['TWN'] } })).hits.map((h) => h.kind),
        ['document'],
      );
      const viewer = await find('water committee', { reader: { role: 'viewer', redacted: false } });
      assert.equal(viewer.facets.organisation, undefined);
      await assert.rejects(
        find('water', { reader: { role: 'viewer', redacted: false }, filter: { organisation: ['TWN'] } }),
        /may not search by organisation/,
      );
    });

    it('highlights matches in the original text, accents and all', async () => {
      const [hit] = (await find('education')).hits;
      assert.match(hit?.snippet ?? '', /\*\*Éducation\*\*/);
      const [water] = (await find('"water committee"', { filter: { kind: ['outcome'] } })).hits;
      assert.match(water?.snippet ?? '', /\*\*water\*\* \*\*committee\*\*/);
      assert.match(water?.title ?? '', /^In May 2023, women's coalitions in Idlib/);
    });

    it('shows readers who may not see originals redacted titles and snippets only', async () => {
      const viewer = await find('missing persons', { reader: { role: 'viewer', redacted: false } });
      const text = JSON.stringify(viewer.hits);
      assert.ok(viewer.hits.some((h) => h.id === 'T-EN-3'));
      assert.doesNotMatch(text, /Amina|Haddad|Mosul/);
      const admins = await find('lawyer', { reader: admin });
      assert.match(JSON.stringify(admins.hits), /Amina Haddad/);
      const byName = await find('Amina Haddad', { reader: { role: 'viewer', redacted: false } });
      assert.equal(byName.hits.length, 0, 'a name the reader may not see finds nothing');
    });

    it('finds outcomes like another, without the outcome itself', async () => {
      const like = (await search(db, { like: 'T-EN-1', reader: admin, limit: 5 })).hits.map((h) => h.id);
      assert.ok(!like.includes('T-EN-1'));
      assert.ok(like.length > 0);
      await assert.rejects(search(db, { like: 'NO-SUCH', reader: admin }), /no outcome "NO-SUCH"/);
    });

    it('answers bad queries with results or a clear notice, never an error', async () => {
      const stop = await find('the of and');
      assert.equal(stop.total, 0);
      assert.match(stop.notices.join(' '), /nothing to search for/);
      const open = await find('"water committee');
      assert.ok(open.hits.some((h) => h.id === 'T-EN-1'));
      assert.ok(open.hits.some((h) => h.kind === 'document'));
      assert.match(open.notices.join(' '), /quote was not closed/);
      for (const q of [
        "'; DROP TABLE outcomes; --",
        "water & !committee | (coalition <-> women):* '",
        '-',
        '"',
        '***',
        'OR OR',
      ]) {
        const result = await find(q);
        assert.ok(Array.isArray(result.hits), q);
      }
      const long = await find(`water ${'committee '.repeat(1200)}`);
      assert.match(long.notices.join(' '), /longer than/);
      const [{ n } = { n: 0 }] = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM outcomes');
      assert.equal(n, OUTCOMES.length);
    });
  });
}
