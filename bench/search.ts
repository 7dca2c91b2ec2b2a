/**
 * Search benchmark: `npm run bench:search -- [--outcomes N] [--passages N] [--queries N] [--engines LIST]`.
 *
 * Builds a synthetic store of N outcomes (default 100,000) and about N document passages (default 50,000) in
 * six languages and three scripts (seeded: every run makes the same corpus), then times a mixed set of queries
 * (one to three words, phrases, OR, exclusions, prefixes; 40 % with a facet filter), each answered with its
 * facet counts, and a two-field cross-tab over all outcomes. Each engine runs in a fresh child process, so that
 * peak memory is its own:
 *   - tessera-embedded: Tessera's `search` on PGlite, the store built through `writeOutcomes` and
 *     `storeDocument` as an import writes it (the search index follows by triggers);
 *   - tessera-postgres: the same on PostgreSQL (DATABASE_URL; a fresh schema, dropped afterwards);
 *   - sqlite-fts5: the embedded reference, SQLite FTS5 through better-sqlite3 (unicode61 with diacritics
 *     removed and the Porter stemmer, English only; bm25 weighted like Tessera's fields; facets by GROUP BY);
 *   - minisearch: the in-memory reference, MiniSearch (no stemming; facets counted over its results).
 * `--engines` picks some (comma-separated); `--keep` keeps the temp folder.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import { crossTab } from '../src/analyze/crosstab.js';
import { loadDefaultCodebook } from '../src/domain/codebook.js';
import { type ExtractedDocument, emptyEntities } from '../src/domain/document.js';
import { emptyOutcome, type Outcome } from '../src/domain/outcome.js';
import { type SearchFilter, search } from '../src/search/index.js';
import { storeDocument } from '../src/store/documents.js';
import {
  type Db,
  type IncomingOutcome,
  openStore,
  outcomeHash,
  recordActivity,
  writeOutcomes,
} from '../src/store/index.js';
import { dropSchema, freshSchema } from '../src/test-support/stores.js';
import { fmt, printTable, runChild } from './child.js';
import { seededRandom } from './synthetic.js';

type Engine = 'tessera-embedded' | 'tessera-postgres' | 'sqlite-fts5' | 'minisearch';
const ENGINES: Engine[] = ['tessera-embedded', 'tessera-postgres', 'sqlite-fts5', 'minisearch'];

// ---------------------------------------------------------------------------------------------------------------
// The corpus

type Lang = 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'uk';
const LANG_SHARE: [Lang, number][] = [
  ['en', 0.45],
  ['fr', 0.15],
  ['es', 0.12],
  ['ru', 0.12],
  ['ar', 0.11],
  ['uk', 0.05],
];

/** Topical words with some of their forms (the head of each vocabulary), function words, and phrases. */
const WORDS: Record<
  Lang,
  { topical: string[]; function: string[]; phrases: string[]; syllables: string[]; endings: string[] }
> = {
  en: {
    topical:
      'women woman coalition coalitions council councils water committee committees community communities dispute disputes displaced families family school schools youth young local authorities authority journalist journalists detention detained court courts survivors survivor violence negotiated negotiation agreed agreement budget policy law laws rights protection mediators mediation elders leaders camp camps land housing access complaint complaints election elections peace security police prison prisoners farmers herders village villages teachers students health clinic aid distribution quota seats network networks'.split(
        ' ',
      ),
    function: 'the of and to in a for with on by that was were from at as their its which this'.split(' '),
    phrases: [
      'water committee',
      'local council',
      'early warning',
      'women coalition',
      'peace agreement',
      'land rights',
      'school committee',
      'youth council',
      'complaint mechanism',
      'human rights',
    ],
    syllables: ['ka', 'ro', 'ten', 'mal', 'dri', 'vo', 'sen', 'ter', 'pla', 'gor', 'bin', 'lu'],
    endings: ['', 's', 'ing', 'ed', 'er', 'ion', 'ity', 'al'],
  },
  fr: {
    topical:
      'femmes femme coalition coalitions conseil conseils eau comité comités communauté communautés conflit conflits déplacés familles famille école écoles jeunes locales autorités journalistes détention tribunal survivantes violence négocié accord budget politique loi droits protection médiatrices médiation anciens dirigeants camp terres logement accès plainte élections paix sécurité police prison agriculteurs éleveurs village enseignants élèves santé aide distribution sièges réseau'.split(
        ' ',
      ),
    function: "le la les de des du et à en un une pour avec sur par qui dans au aux l' d'".split(' '),
    phrases: [
      'comité de gestion',
      'conseil communal',
      'alerte précoce',
      'coalition de femmes',
      'accord de paix',
      'droits fonciers',
      'protection des enfants',
    ],
    syllables: ['ba', 'ré', 'lon', 'mi', 'ché', 'vau', 'tin', 'pé', 'gou', 'dar'],
    endings: ['', 's', 'ment', 'tion', 'eux', 'ée', 'ées', 'ier'],
  },
  es: {
    topical:
      'mujeres mujer coalición coaliciones consejo consejos agua comité comités comunidad comunidades conflicto conflictos desplazados familias familia escuela escuelas jóvenes locales autoridades periodistas detención tribunal sobrevivientes violencia negociaron acuerdo presupuesto política ley derechos protección mediadoras mediación líderes campamento tierras vivienda acceso queja elecciones paz seguridad policía cárcel campesinos vereda docentes salud ayuda distribución red'.split(
        ' ',
      ),
    function: 'el la los las de del y en un una para con por que a su sus al'.split(' '),
    phrases: [
      'junta de acción comunal',
      'consejo municipal',
      'alerta temprana',
      'acuerdo de paz',
      'mesa de víctimas',
      'agua potable',
    ],
    syllables: ['ta', 'rri', 'mon', 'ca', 'lle', 'ño', 'ver', 'du', 'sal', 'pi'],
    endings: ['', 's', 'ción', 'dad', 'ado', 'ada', 'mente', 'ero'],
  },
  ru: {
    topical:
      'женщины женщин женские коалиция коалиции совет советы вода воды комитет комитеты община общины споры спор переселенцы семьи семья школа школы молодёжь местные власти журналисты задержание суд пострадавшие насилие договорились соглашение бюджет политика закон права защита медиаторы медиация старейшины лидеры лагерь земля жильё доступ жалоба выборы мир безопасность милиция тюрьма фермеры село учителя здоровье помощь распределение сеть'.split(
        ' ',
      ),
    function: 'и в на с по для из о что от к до не как их это'.split(' '),
    phrases: [
      'водный комитет',
      'местный совет',
      'раннее предупреждение',
      'мирное соглашение',
      'права женщин',
      'айыл окмоту',
    ],
    syllables: ['ко', 'ра', 'ст', 'ми', 'ло', 'вен', 'да', 'тур', 'ши', 'бек'],
    endings: ['', 'а', 'ов', 'ами', 'ый', 'ой', 'ение', 'ость'],
  },
  ar: {
    topical:
      'النساء المرأة تحالف تحالفات المجلس مجلس المياه لجنة اللجنة المجتمع نزاع النزاعات النازحين الأسر الأسرة المدرسة المدارس الشباب المحلية السلطات الصحفيين الاحتجاز المحكمة الناجيات العنف تفاوض اتفاق الميزانية سياسة قانون حقوق الحماية الوسيطات الوساطة الشيوخ القادة المخيم الأرض السكن الوصول شكوى الانتخابات السلام الأمن الشرطة السجن المزارعين القرية المعلمين الصحة المساعدات التوزيع شبكة'.split(
        ' ',
      ),
    function: 'في من على إلى عن مع أن التي الذي هذا و ثم قد كان'.split(' '),
    phrases: ['لجنة المياه', 'المجلس المحلي', 'الإنذار المبكر', 'اتفاق السلام', 'حقوق المرأة'],
    syllables: ['كا', 'رم', 'سل', 'تو', 'نا', 'حد', 'بر', 'عق', 'فل', 'جم'],
    endings: ['', 'ات', 'ة', 'ين', 'ون', 'ية'],
  },
  uk: {
    topical:
      'жінки жінок коаліція рада ради вода комітет громада громади спори переселенці родини школа молодь місцеві влада журналісти затримання суд постраждалі насильство угода бюджет закон права захист медіатори лідери земля житло доступ скарга вибори мир безпека поліція фермери село вчителі здоровя допомога мережа'.split(
        ' ',
      ),
    function: 'і в на з по для та що до не як їх це'.split(' '),
    phrases: ['місцева рада', 'раннє попередження', 'права жінок'],
    syllables: ['ко', 'ри', 'сть', 'ми', 'ло', 'вен', 'да', 'гу', 'щи', 'бор'],
    endings: ['', 'а', 'ів', 'ами', 'ий', 'ої', 'ення', 'ість'],
  },
};

const VOCABULARY_SIZE = 8000;
const COUNTRIES: Record<Lang, string[]> = {
  en: ['Syria', 'Iraq', 'South Sudan', 'Myanmar', 'Philippines', 'Kosovo', 'Ukraine', 'Sudan'],
  fr: ['Mali', 'Burkina Faso', 'Niger', 'DR Congo'],
  es: ['Colombia', 'Guatemala', 'Honduras'],
  ru: ['Kyrgyzstan', 'Tajikistan', 'Kazakhstan', 'Moldova'],
  ar: ['Syria', 'Yemen', 'Iraq', 'Libya', 'Palestine'],
  uk: ['Ukraine'],
};
const KINDS = ['self-report', 'resolution', 'factsheet', 'news', 'document'] as const;
const ORGANISATIONS = Array.from(
  { length: 300 },
  (_, i) => `Network ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)} for Peace`,
);

interface Vocabulary {
  words: string[];
  /** Cumulative Zipf weights of `words`, for sampling by frequency. */
  cumulative: Float64Array;
}

/** Per language: the topical words first (the head), then made-up words with the language's endings. */
function vocabulary(lang: Lang, random: () => number): Vocabulary {
  const parts = WORDS[lang];
  const seen = new Set<string>(parts.topical);
  const words = [...parts.topical];
  while (words.length < VOCABULARY_SIZE) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += parts.syllables[Math.floor(random() * parts.syllables.length)];
    w += parts.endings[Math.floor(random() * parts.endings.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  // the topical words spread over the first ranks, made-up ones between them
  for (let i = parts.topical.length - 1; i > 0; i--) {
    const j = Math.floor(random() * Math.min(words.length, 400));
    [words[i], words[j]] = [words[j] as string, words[i] as string];
  }
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let i = 0; i < words.length; i++) {
    sum += 1 / (i + 1);
    cumulative[i] = sum;
  }
  return { words, cumulative };
}

function zipf(v: Vocabulary, random: () => number): string {
  const x = random() * (v.cumulative[v.cumulative.length - 1] ?? 1);
  let lo = 0;
  let hi = v.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((v.cumulative[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo] as string;
}

class Corpus {
  readonly random: () => number;
  readonly vocabularies: Record<Lang, Vocabulary>;
  constructor(seed: number) {
    this.random = seededRandom(seed);
    this.vocabularies = Object.fromEntries(
      LANG_SHARE.map(([l]) => [l, vocabulary(l, this.random)]),
    ) as Record<Lang, Vocabulary>;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }
  lang(): Lang {
    let x = this.random();
    for (const [l, share] of LANG_SHARE) {
      x -= share;
      if (x < 0) return l;
    }
    return 'en';
  }
  /** A sentence-like run of words: topical words by frequency, function words, now and then a phrase. */
  text(lang: Lang, words: number): string {
    const parts = WORDS[lang];
    const out: string[] = [];
    while (out.length < words) {
      const r = this.random();
      if (r < 0.35) out.push(this.pick(parts.function));
      else if (r < 0.4) out.push(this.pick(parts.phrases));
      else out.push(zipf(this.vocabularies[lang], this.random));
    }
    const text = out.join(' ');
    return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`;
  }
}

const CODEBOOK = loadDefaultCodebook();
const ids = (list: string) => (CODEBOOK.lists[list] ?? []).map((c) => c.id);

/** Outcome i of the corpus, in its language. */
function outcomeOf(c: Corpus, i: number): { outcome: Outcome; lang: Lang } {
  const lang = c.lang();
  const year = 2015 + Math.floor(c.random() * 11);
  const o = emptyOutcome(
    `BENCH-${String(i).padStart(7, '0')}`,
    c.text(lang, 30 + Math.floor(c.random() * 30)),
  );
  o.country = c.pick(COUNTRIES[lang]);
  o.year = year;
  o.harvest = `Harvest ${year + (c.random() < 0.5 ? 0 : 1)}`;
  o.significance = c.text(lang, 30 + Math.floor(c.random() * 40));
  o.contributionProgramme = c.text(lang, 20 + Math.floor(c.random() * 30));
  o.contributionOthers = c.random() < 0.6 ? c.text(lang, 10 + Math.floor(c.random() * 30)) : null;
  o.evidence = c.random() < 0.5 ? 'Yes (minutes of the meeting)' : null;
  o.socialActor = c.pick(ids('social_actor'));
  o.scale = c.pick(ids('scale'));
  o.typesOfChange = [
    ...new Set(Array.from({ length: 1 + Math.floor(c.random() * 3) }, () => c.pick(ids('type_of_change')))),
  ];
  o.cluster = c.pick(ids('type_of_change_cluster'));
  o.ratingSignificance = c.pick(['low', 'medium', 'high']);
  o.ratingContribution = c.pick(['limited', 'partial', 'great']);
  o.status = 'Outcome';
  o.confidential = c.random() < 0.08;
  return { outcome: o, lang };
}

const PARAGRAPHS_PER_DOCUMENT = 25;

/** Document d: its kind, language, title, date, countries, organisations, and paragraphs (one passage each). */
function documentOf(c: Corpus, d: number) {
  const lang = c.lang();
  const kind = c.pick(KINDS);
  const year = 2015 + Math.floor(c.random() * 11);
  const paragraphs = Array.from({ length: PARAGRAPHS_PER_DOCUMENT }, () =>
    c.text(lang, 90 + Math.floor(c.random() * 30)),
  );
  return {
    name: `bench-doc-${d}.txt`,
    lang,
    kind,
    title: c.text(lang, 6 + Math.floor(c.random() * 6)).slice(0, -1),
    date: `${year}-0${1 + Math.floor(c.random() * 9)}-1${Math.floor(c.random() * 9)}`,
    countries: [...new Set([c.pick(COUNTRIES[lang]), c.pick(COUNTRIES[c.lang()])])],
    organisations: [
      ...new Set(Array.from({ length: 1 + Math.floor(c.random() * 3) }, () => c.pick(ORGANISATIONS))),
    ],
    confidential: c.random() < 0.05,
    paragraphs,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The queries

type QueryShape = 'one word' | 'two words' | 'three words' | 'phrase' | 'OR' | 'exclusion' | 'prefix';

interface BenchQuery {
  shape: QueryShape;
  text: string;
  /** Words and phrases, for the references: all required unless OR; `not` left out; `prefix` a prefix. */
  terms: string[];
  or: boolean;
  not?: string;
  prefix?: boolean;
  filter: SearchFilter;
}

/**
 * Words are drawn log-uniformly by frequency rank (as many from ranks 1-10 as from 100-1,000 or 1,000-8,000):
 * people search for common and for rare words, and a search engine must answer both.
 */
function queryWord(c: Corpus, lang: Lang): string {
  const v = c.vocabularies[lang];
  const rank = Math.floor(Math.exp(c.random() * Math.log(v.words.length)));
  return v.words[Math.min(rank, v.words.length - 1)] as string;
}

function makeQueries(c: Corpus, n: number): BenchQuery[] {
  const shapes: [QueryShape, number][] = [
    ['one word', 0.3],
    ['two words', 0.25],
    ['three words', 0.1],
    ['phrase', 0.15],
    ['OR', 0.07],
    ['exclusion', 0.06],
    ['prefix', 0.07],
  ];
  const out: BenchQuery[] = [];
  for (let i = 0; i < n; i++) {
    const lang = c.lang();
    let x = c.random();
    let shape: QueryShape = 'one word';
    for (const [s, share] of shapes) {
      x -= share;
      if (x < 0) {
        shape = s;
        break;
      }
    }
    const w = () => queryWord(c, lang);
    let q: Omit<BenchQuery, 'filter'>;
    if (shape === 'phrase') {
      const p = c.pick(WORDS[lang].phrases);
      q = { shape, text: `"${p}"`, terms: [p], or: false };
    } else if (shape === 'OR') {
      const [a, b] = [w(), w()];
      q = { shape, text: `${a} OR ${b}`, terms: [a, b], or: true };
    } else if (shape === 'exclusion') {
      const [a, b] = [w(), w()];
      q = { shape, text: `${a} -${b}`, terms: [a], or: false, not: b };
    } else if (shape === 'prefix') {
      const word = w();
      const p = [...word].slice(0, Math.max(3, [...word].length - 2)).join('');
      q = { shape, text: `${p}*`, terms: [p], or: false, prefix: true };
    } else {
      const terms = Array.from({ length: shape === 'one word' ? 1 : shape === 'two words' ? 2 : 3 }, w);
      q = { shape, text: terms.join(' '), terms, or: false };
    }
    const r = c.random();
    const filter: SearchFilter =
      r < 0.15
        ? { country: [c.pick(COUNTRIES[lang])] }
        : r < 0.25
          ? { year: [2015 + Math.floor(c.random() * 11)] }
          : r < 0.33
            ? { typesOfChange: [c.pick(ids('type_of_change'))] }
            : r < 0.4
              ? { kind: ['outcome'] }
              : {};
    out.push({ ...q, filter });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Engines

interface Measure {
  engine: Engine;
  outcomes: number;
  passages: number;
  buildSeconds: number;
  /**
   * Per query: milliseconds (wall clock, and CPU time of this process: for in-process engines it hardly
   * changes when other programs load the machine), hits found (total), and whether the total was an estimate.
   */
  latencies: {
    ms: number;
    cpuMs: number;
    total: number;
    approximate: boolean;
    shape: QueryShape;
    filtered: boolean;
  }[];
  crossTabMs: number;
  maxRss: number;
}

const MiB = 2 ** 20;

/** Builds the corpus into a Tessera store the way imports write: outcomes by `writeOutcomes`, documents by `storeDocument`. */
async function buildTessera(
  db: Db,
  outcomes: number,
  documents: number,
  onProgress: (s: string) => void,
): Promise<number> {
  const c = new Corpus(7);
  const chunk = 5000;
  for (let i = 0; i < outcomes; i += chunk) {
    const incoming: IncomingOutcome[] = [];
    for (let k = i; k < Math.min(outcomes, i + chunk); k++) {
      const { outcome } = outcomeOf(c, k);
      incoming.push({ outcome, hash: outcomeHash(outcome), file: 'bench.csv', line: k + 2 });
    }
    await db.transaction(async (tx) => {
      const activity = await recordActivity(tx, {
        action: 'import',
        file: 'bench.csv',
        added: incoming.length,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        details: {},
      });
      await writeOutcomes(tx, incoming, false, activity);
    });
    onProgress(`outcomes ${Math.min(outcomes, i + chunk)}`);
  }
  let passages = 0;
  const docChunk = 50;
  for (let d = 0; d < documents; d += docChunk) {
    await db.transaction(async (tx) => {
      const activity = await recordActivity(tx, {
        action: 'import',
        file: 'bench-docs',
        added: 0,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        details: {},
      });
      for (let k = d; k < Math.min(documents, d + docChunk); k++) {
        const doc = documentOf(c, k);
        const text = doc.paragraphs.join('\n\n');
        const extracted: ExtractedDocument = {
          file: doc.name,
          kind: doc.kind,
          language: doc.lang,
          title: doc.title,
          date: doc.date,
          items: [],
          entities: { ...emptyEntities(), countries: doc.countries },
          frameworks: [],
          sections: [],
          recommendations: [],
          figures: [],
          details: {},
        };
        const stored = await storeDocument(
          tx,
          {
            text: { file: join('/bench', doc.name), format: 'txt', text, declaredTitle: null, notes: [] },
            extracted,
            actors: doc.organisations.map((name) => ({ kind: 'organization' as const, name, aliases: [] })),
          },
          activity,
        );
        if (doc.confidential)
          await tx.query('UPDATE documents SET confidential = true WHERE id = $1', [stored.id]);
        passages += stored.passages;
      }
    });
    onProgress(`documents ${Math.min(documents, d + docChunk)}`);
  }
  // a third of the outcomes name one of the organisations
  await db.query(
    `INSERT INTO outcome_actors (outcome_id, actor_id)
     SELECT o.id, a.ids[1 + (hashtext(o.id) & 1023) % cardinality(a.ids)]
     FROM outcomes o, (SELECT array_agg(id) AS ids FROM actors) a WHERE hashtext(o.id) % 3 = 0 AND cardinality(a.ids) > 0
     ON CONFLICT DO NOTHING`,
  );
  await db.query('ANALYZE');
  return passages;
}

async function runTessera(
  engine: Engine,
  outcomes: number,
  documents: number,
  queries: BenchQuery[],
  dir: string,
): Promise<Measure> {
  let db: Db;
  let drop = async () => {};
  if (engine === 'tessera-embedded') db = await openStore({ dataDir: join(dir, 'tessera') });
  else {
    const url = process.env.DATABASE_URL as string;
    const { schema, scopedUrl } = await freshSchema(url, 'bench_search');
    db = await openStore({ databaseUrl: scopedUrl });
    drop = async () => {
      if (!process.argv.includes('--keep')) await dropSchema(url, schema);
    };
  }
  try {
    const t0 = performance.now();
    const passages = await buildTessera(db, outcomes, documents, (s) =>
      process.stderr.write(`\r${engine}: ${s}   `),
    );
    const buildSeconds = (performance.now() - t0) / 1000;
    process.stderr.write('\n');
    const reader = { role: 'admin' as const, redacted: false };
    const ask = (q: BenchQuery) => search(db, { query: q.text, filter: q.filter, reader });
    for (const q of queries.slice(0, 30)) await ask(q); // warm the caches, as a running server has them
    const latencies: Measure['latencies'] = [];
    for (const q of queries) {
      const s = performance.now();
      const c = process.cpuUsage();
      const r = await ask(q);
      latencies.push({
        ms: performance.now() - s,
        cpuMs: cpuMsSince(c),
        total: r.total,
        approximate: r.approximate,
        shape: q.shape,
        filtered: Object.keys(q.filter).length > 0,
      });
    }
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const s = performance.now();
      await crossTab(db, ['country', 'year'], {}, CODEBOOK);
      times.push(performance.now() - s);
    }
    return { engine, outcomes, passages, buildSeconds, latencies, crossTabMs: median(times), maxRss: 0 };
  } finally {
    await db.close();
    await drop();
  }
}

/** Corpus items as the references index them: title, body, other text, and the facet values. */
function* referenceItems(outcomes: number, documents: number) {
  const c = new Corpus(7);
  for (let i = 0; i < outcomes; i++) {
    const { outcome: o } = outcomeOf(c, i);
    yield {
      id: i,
      kind: 'outcome',
      title: o.description,
      body: o.significance ?? '',
      other: [o.contributionProgramme, o.contributionOthers, o.evidence].filter(Boolean).join(' '),
      countries: [o.country ?? ''],
      year: o.year,
      types: o.typesOfChange,
      cluster: o.cluster,
      socialActor: o.socialActor,
      scale: o.scale,
      ratingSignificance: o.ratingSignificance,
      ratingContribution: o.ratingContribution,
    };
  }
  let id = outcomes;
  for (let d = 0; d < documents; d++) {
    const doc = documentOf(c, d);
    for (const p of doc.paragraphs)
      yield {
        id: id++,
        kind: doc.kind,
        title: doc.title,
        body: p,
        other: '',
        countries: doc.countries,
        year: Number(doc.date.slice(0, 4)),
        types: [] as string[],
        cluster: null,
        socialActor: null,
        scale: null,
        ratingSignificance: null,
        ratingContribution: null,
      };
  }
}

const REFERENCE_FACETS = [
  'kind',
  'year',
  'cluster',
  'socialActor',
  'scale',
  'ratingSignificance',
  'ratingContribution',
] as const;

async function runSqlite(
  outcomes: number,
  documents: number,
  queries: BenchQuery[],
  dir: string,
): Promise<Measure> {
  const db = new Database(join(dir, 'reference.sqlite'));
  db.pragma('journal_mode = WAL');
  const t0 = performance.now();
  db.exec(`CREATE TABLE items (id INTEGER PRIMARY KEY, kind TEXT, year INTEGER, cluster TEXT, socialActor TEXT, scale TEXT, ratingSignificance TEXT, ratingContribution TEXT);
    CREATE TABLE item_countries (id INTEGER, v TEXT); CREATE TABLE item_types (id INTEGER, v TEXT);
    CREATE VIRTUAL TABLE fts USING fts5(title, body, other, tokenize = 'porter unicode61 remove_diacritics 2');`);
  const item = db.prepare('INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const country = db.prepare('INSERT INTO item_countries VALUES (?, ?)');
  const type = db.prepare('INSERT INTO item_types VALUES (?, ?)');
  const text = db.prepare('INSERT INTO fts (rowid, title, body, other) VALUES (?, ?, ?, ?)');
  let passages = 0;
  const insert = db.transaction(
    (batch: ReturnType<typeof referenceItems> extends Iterable<infer T> ? T[] : never) => {
      for (const x of batch) {
        item.run(
          x.id,
          x.kind,
          x.year,
          x.cluster,
          x.socialActor,
          x.scale,
          x.ratingSignificance,
          x.ratingContribution,
        );
        for (const v of x.countries) country.run(x.id, v);
        for (const v of x.types) type.run(x.id, v);
        text.run(x.id, x.title, x.body, x.other);
        if (x.kind !== 'outcome') passages++;
      }
    },
  );
  let batch = [];
  for (const x of referenceItems(outcomes, documents)) {
    batch.push(x);
    if (batch.length === 5000) {
      insert(batch);
      batch = [];
    }
  }
  insert(batch);
  db.exec(
    'CREATE INDEX item_countries_id ON item_countries (id); CREATE INDEX item_types_id ON item_types (id); ANALYZE;',
  );
  const buildSeconds = (performance.now() - t0) / 1000;
  const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
  const match = (q: BenchQuery) => {
    const terms = q.terms.map((t) => (q.prefix ? `${quote(t)}*` : quote(t)));
    const positive = terms.join(q.or ? ' OR ' : ' AND ');
    return q.not ? `(${positive}) NOT ${quote(q.not)}` : positive;
  };
  const filterSql = (f: SearchFilter) => {
    if (f.country)
      return ['AND i.id IN (SELECT id FROM item_countries WHERE v = ?)', [String(f.country[0])]] as const;
    if (f.year) return ['AND i.year = ?', [Number(f.year[0])]] as const;
    if (f.typesOfChange)
      return ['AND i.id IN (SELECT id FROM item_types WHERE v = ?)', [String(f.typesOfChange[0])]] as const;
    if (f.kind) return ['AND i.kind = ?', [String(f.kind[0])]] as const;
    return ['', []] as const;
  };
  const latencies: Measure['latencies'] = [];
  for (const [n, q] of [...queries.slice(0, 30), ...queries].entries()) {
    const s = performance.now();
    const c = process.cpuUsage();
    const [cond, params] = filterSql(q.filter);
    const m = `WITH m AS MATERIALIZED (SELECT i.*, bm25(fts, 10.0, 4.0, 1.0) AS score FROM fts JOIN items i ON i.id = fts.rowid WHERE fts MATCH ? ${cond})`;
    const hits = db.prepare(`${m} SELECT id, score FROM m ORDER BY score LIMIT 10`).all(match(q), ...params);
    const facets = db
      .prepare(
        `${m} ${REFERENCE_FACETS.map((f) => `SELECT '${f}' AS f, ${f} AS v, count(*) AS n FROM m GROUP BY ${f}`).join(' UNION ALL ')}
        UNION ALL SELECT 'country', c.v, count(*) FROM m JOIN item_countries c ON c.id = m.id GROUP BY c.v
        UNION ALL SELECT 'type', t.v, count(*) FROM m JOIN item_types t ON t.id = m.id GROUP BY t.v`,
      )
      .all(match(q), ...params) as { f: string; n: number }[];
    const total = facets.filter((r) => r.f === 'kind').reduce((a, r) => a + r.n, 0);
    void hits;
    if (n >= 30)
      latencies.push({
        ms: performance.now() - s,
        cpuMs: cpuMsSince(c),
        total,
        approximate: false,
        shape: q.shape,
        filtered: Object.keys(q.filter).length > 0,
      });
  }
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const s = performance.now();
    db.prepare(
      `SELECT c.v, i.year, count(*) FROM items i JOIN item_countries c ON c.id = i.id WHERE i.kind = 'outcome' GROUP BY 1, 2`,
    ).all();
    times.push(performance.now() - s);
  }
  db.close();
  return {
    engine: 'sqlite-fts5',
    outcomes,
    passages,
    buildSeconds,
    latencies,
    crossTabMs: median(times),
    maxRss: 0,
  };
}

type MiniItem = ReturnType<typeof referenceItems> extends Iterable<infer T> ? T : never;

async function runMiniSearch(outcomes: number, documents: number, queries: BenchQuery[]): Promise<Measure> {
  const t0 = performance.now();
  const fold = (term: string) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const index = new MiniSearch<MiniItem>({
    fields: ['title', 'body', 'other'],
    storeFields: ['kind', 'countries', 'year', 'types', ...REFERENCE_FACETS],
    processTerm: fold,
    searchOptions: { boost: { title: 2.5, body: 1 }, processTerm: fold },
  });
  let passages = 0;
  let batch: MiniItem[] = [];
  for (const x of referenceItems(outcomes, documents)) {
    batch.push(x);
    if (x.kind !== 'outcome') passages++;
    if (batch.length === 5000) {
      index.addAll(batch);
      batch = [];
    }
  }
  index.addAll(batch);
  const buildSeconds = (performance.now() - t0) / 1000;
  const latencies: Measure['latencies'] = [];
  for (const [n, q] of [...queries.slice(0, 30), ...queries].entries()) {
    const s = performance.now();
    const c = process.cpuUsage();
    const f = q.filter;
    const filter = (r: Record<string, unknown>) =>
      (!f.country || (r.countries as string[]).includes(String(f.country[0]))) &&
      (!f.year || r.year === Number(f.year[0])) &&
      (!f.typesOfChange || (r.types as string[]).includes(String(f.typesOfChange[0]))) &&
      (!f.kind || r.kind === f.kind[0]);
    // MiniSearch has no phrases: a phrase is its words, all required
    const terms = q.terms.flatMap((t) => t.split(/\s+/));
    const positive = { queries: terms, combineWith: q.or ? 'OR' : 'AND', prefix: Boolean(q.prefix) };
    const query = q.not ? { queries: [positive, q.not], combineWith: 'AND_NOT' } : positive;
    const results = index.search(query as Parameters<typeof index.search>[0], { filter });
    const counts = new Map<string, number>();
    for (const r of results) {
      for (const facet of REFERENCE_FACETS) {
        const k = `${facet}\u0000${r[facet]}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      for (const v of r.countries as string[])
        counts.set(`country\u0000${v}`, (counts.get(`country\u0000${v}`) ?? 0) + 1);
      for (const v of r.types as string[])
        counts.set(`type\u0000${v}`, (counts.get(`type\u0000${v}`) ?? 0) + 1);
    }
    if (n >= 30)
      latencies.push({
        ms: performance.now() - s,
        cpuMs: cpuMsSince(c),
        total: results.length,
        approximate: false,
        shape: q.shape,
        filtered: Object.keys(f).length > 0,
      });
  }
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const s = performance.now();
    const counts = new Map<string, number>();
    index.search(MiniSearch.wildcard, {
      filter: (r) => {
        if (r.kind === 'outcome') {
          const key = `${(r.countries as string[])[0]}\u0000${r.year}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        return false;
      },
    });
    times.push(performance.now() - s);
  }
  return {
    engine: 'minisearch',
    outcomes,
    passages,
    buildSeconds,
    latencies,
    crossTabMs: median(times),
    maxRss: 0,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The parent: run each engine in a child, print

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  return percentile(values, 50);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[at] as number;
}

async function child(
  engine: Engine,
  outcomes: number,
  documents: number,
  queryCount: number,
  dir: string,
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const queries = makeQueries(new Corpus(11), queryCount);
  let measure: Measure;
  if (engine === 'sqlite-fts5') measure = await runSqlite(outcomes, documents, queries, dir);
  else if (engine === 'minisearch') measure = await runMiniSearch(outcomes, documents, queries);
  else measure = await runTessera(engine, outcomes, documents, queries, dir);
  measure.maxRss = process.resourceUsage().maxRSS * 1024;
  process.send?.(measure);
}

function bands(m: Measure): string[][] {
  const limits = [0, 100, 1000, 10_000, Number.POSITIVE_INFINITY];
  const rows: string[][] = [];
  for (let b = 0; b + 1 < limits.length; b++) {
    const lo = limits[b] as number;
    const hi = limits[b + 1] as number;
    const inBand = m.latencies.filter((l) => l.total >= lo && l.total < hi);
    if (inBand.length === 0) continue;
    const ms = inBand.map((l) => l.ms);
    rows.push([
      `${m.engine}, ${fmt(lo)}${hi === Number.POSITIVE_INFINITY ? '+' : `-${fmt(hi - 1)}`} matches`,
      fmt(inBand.length),
      fmt(percentile(ms, 50), 1),
      fmt(percentile(ms, 95), 1),
      fmt(inBand.filter((l) => l.approximate).length),
    ]);
  }
  return rows;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      outcomes: { type: 'string', default: '100000' },
      passages: { type: 'string', default: '50000' },
      queries: { type: 'string', default: '600' },
      engines: { type: 'string', default: ENGINES.join(',') },
      keep: { type: 'boolean', default: false },
      child: { type: 'string' },
      dir: { type: 'string' },
      documents: { type: 'string' },
    },
  });
  const outcomes = Number(values.outcomes);
  const documents = values.documents
    ? Number(values.documents)
    : Math.ceil(Number(values.passages) / PARAGRAPHS_PER_DOCUMENT);
  const queryCount = Number(values.queries);
  if (values.child) {
    await child(values.child as Engine, outcomes, documents, queryCount, values.dir as string);
    return;
  }
  const engines = values.engines.split(',').map((e) => e.trim()) as Engine[];
  for (const e of engines)
    if (!ENGINES.includes(e)) throw new Error(`unknown engine ${e}; choose from ${ENGINES.join(', ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-search-'));
  console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`);
  console.log(
    `Corpus: ${fmt(outcomes)} outcomes, ${fmt(documents)} documents of ${PARAGRAPHS_PER_DOCUMENT} passages; ${fmt(queryCount)} queries`,
  );
  const results: Measure[] = [];
  try {
    for (const engine of engines) {
      if (engine === 'tessera-postgres' && !process.env.DATABASE_URL) {
        console.log('DATABASE_URL is not set: no PostgreSQL run.');
        continue;
      }
      const m = await runChild<Measure>(import.meta.url, [
        engine,
        '--outcomes',
        String(outcomes),
        '--documents',
        String(documents),
        '--queries',
        String(queryCount),
        '--dir',
        join(dir, engine),
        ...(values.keep ? ['--keep'] : []),
      ]);
      results.push(m);
      const ms = m.latencies.map((l) => l.ms);
      const cpu = m.latencies.map((l) => l.cpuMs);
      console.log(
        `${engine}: CPU of this process per query p50 ${fmt(percentile(cpu, 50), 1)} ms, p95 ${fmt(percentile(cpu, 95), 1)} ms`,
      );
      console.log(
        `${engine}: built ${fmt(m.outcomes)} outcomes + ${fmt(m.passages)} passages in ${fmt(m.buildSeconds, 1)} s; queries p50 ${fmt(percentile(ms, 50), 1)} ms, p95 ${fmt(percentile(ms, 95), 1)} ms, p99 ${fmt(percentile(ms, 99), 1)} ms; cross-tab ${fmt(m.crossTabMs, 1)} ms; peak RSS ${fmt(m.maxRss / MiB)} MiB`,
      );
    }
  } finally {
    if (values.keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  console.log('');
  printTable(
    [
      'engine',
      'build s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'CPU p50 ms',
      'CPU p95 ms',
      'approximate',
      'cross-tab ms',
      'peak RSS MiB',
    ],
    results.map((m) => {
      const ms = m.latencies.map((l) => l.ms);
      const cpu = m.latencies.map((l) => l.cpuMs);
      return [
        m.engine,
        fmt(m.buildSeconds, 1),
        fmt(percentile(ms, 50), 1),
        fmt(percentile(ms, 95), 1),
        fmt(percentile(ms, 99), 1),
        fmt(percentile(cpu, 50), 1),
        fmt(percentile(cpu, 95), 1),
        `${fmt((100 * m.latencies.filter((l) => l.approximate).length) / Math.max(1, m.latencies.length))} %`,
        fmt(m.crossTabMs, 1),
        fmt(m.maxRss / MiB),
      ];
    }),
  );
  console.log('');
  console.log('By the number of matches (queries, p50 ms, p95 ms, answered over a sample):');
  printTable(['engine and result size', 'queries', 'p50 ms', 'p95 ms', 'sampled'], results.flatMap(bands));
  console.log('');
  console.log('By the shape of the query (p95 ms):');
  const shapes = [...new Set(results.flatMap((m) => m.latencies.map((l) => l.shape)))];
  printTable(
    ['engine', ...shapes, 'filtered', 'unfiltered'],
    results.map((m) => [
      m.engine,
      ...shapes.map((s) =>
        fmt(
          percentile(
            m.latencies.filter((l) => l.shape === s).map((l) => l.ms),
            95,
          ),
          1,
        ),
      ),
      fmt(
        percentile(
          m.latencies.filter((l) => l.filtered).map((l) => l.ms),
          95,
        ),
        1,
      ),
      fmt(
        percentile(
          m.latencies.filter((l) => !l.filtered).map((l) => l.ms),
          95,
        ),
        1,
      ),
    ]),
  );
  console.log(
    "Each answer: the total, 10 hits with title and snippet, and the counts of every facet. CPU: this process only (PostgreSQL's server works in its own, and its memory is not in the peak RSS).",
  );
}

await main();
