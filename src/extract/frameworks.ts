/**
 * Codes of the frameworks partner documents report against: the 24 transformations of the World
 * Humanitarian Summit's Agenda for Humanity, the seven INSPIRE strategies to end violence against children,
 * and the four pillars of UN Security Council resolution 1325 on women, peace and security.
 */
import type { FrameworkCode } from '../domain/document.js';

export interface WhsTransformation {
  code: string;
  title: string;
  /** Shorter titles OCHA's progress reports use ("3D Empower women and girls"). */
  aliases: string[];
  /** The core responsibility it belongs to, as commitment tables name it. */
  coreResponsibility: string;
}

const CORE_RESPONSIBILITIES: Record<string, string> = {
  '1': 'Political Leadership to Prevent and End Conflicts',
  '2': 'Uphold the Norms that Safeguard Humanity',
  '3': 'Leave No One Behind',
  '4': "Change People's Lives: From Delivering Aid to Ending Need",
  '5': 'Invest in Humanity',
};

/** The Agenda for Humanity's transformations, by code. */
export const WHS_TRANSFORMATIONS: WhsTransformation[] = (
  [
    ['1A', 'Demonstrate timely, coherent and decisive political leadership'],
    ['1B', 'Act early'],
    ['1C', 'Remain engaged and invest in stability'],
    ['1D', 'Develop solutions with and for people'],
    [
      '2A',
      'Respect and protect civilians and civilian objects in the conduct of hostilities',
      'Protection of civilians and civilian objects',
    ],
    [
      '2B',
      'Ensure full access to and protection of the humanitarian and medical missions',
      'Ensuring delivery of humanitarian and medical assistance',
    ],
    ['2C', 'Speak out on violations'],
    [
      '2D',
      'Take concrete steps to improve compliance and accountability',
      'Improve compliance and accountability',
    ],
    [
      '2E',
      'Uphold the rules: a global campaign to affirm the norms that safeguard humanity',
      'Stand up for rules of war',
    ],
    ['3A', 'Reduce and address displacement', 'Address displacement'],
    ['3B', 'Address migration'],
    ['3C', 'End statelessness in the next decade', 'End statelessness'],
    ['3D', 'Empower and protect women and girls', 'Empower women and girls'],
    [
      '3E',
      'Eliminate gaps in education for children, adolescents and young people',
      'Ensure education for all in crisis',
    ],
    ['3F', 'Enable adolescents and young people to be agents of positive transformation'],
    ['3G', 'Address other groups or minorities in crisis settings', 'Include the most vulnerable'],
    ['4A', 'Reinforce, do not replace, national and local systems'],
    ['4B', 'Anticipate, do not wait, for crises', 'Anticipate crises'],
    [
      '4C',
      'Deliver collective outcomes: transcend humanitarian-development divides',
      'Transcend the humanitarian-development divide',
    ],
    ['5A', 'Invest in local capacities'],
    ['5B', 'Invest according to risk'],
    ['5C', 'Invest in stability'],
    [
      '5D',
      'Finance outcomes, not fragmentation: shift from funding to financing',
      'Shift from funding to financing',
    ],
    [
      '5E',
      'Diversify the resource base and increase cost-efficiency',
      'Diversify resources and increase efficiency',
    ],
  ] as [string, string, ...string[]][]
).map(([code, title, ...aliases]) => ({
  code,
  title,
  aliases,
  coreResponsibility: CORE_RESPONSIBILITIES[code[0] ?? ''] ?? '',
}));

/** INSPIRE's strategies, numbered as WHO's handbook and the factsheets do ("Strategy 1"). */
export const INSPIRE_STRATEGIES: { code: string; title: string }[] = [
  'Implementation and enforcement of laws',
  'Norms and values',
  'Safe environments',
  'Parent and caregiver support',
  'Income and economic strengthening',
  'Response and support services',
  'Education and life skills',
].map((title, i) => ({ code: String(i + 1), title }));

/** What tells each INSPIRE strategy by its name, in the languages of the field (in order, strategies 1 to 7). */
const INSPIRE_NAME_WORDS = [
  String.raw`laws?|lois?|ley(?:es)?|leis?|закон\p{L}*|мыйзам\p{L}*|القوانين|قانون`,
  String.raw`norms?|normes?|normas?|норм\p{L}*|المعايير`,
  String.raw`(?:safe\s+)?environments?|environnements?(?:\s+sûrs?)?|entornos?(?:\s+seguros?)?|ambientes?\s+seguros?|безопасн\p{L}*\s+сред\p{L}*|безпечн\p{L}*\s+середовищ\p{L}*|коопсуз\s+чөйрө\p{L}*|البيئات\s+الآمنة`,
  String.raw`parents?|caregivers?|padres|cuidador\p{L}*|родител\p{L}*|батьк\p{L}*|ата-эне\p{L}*|الوالدين`,
  String.raw`income|revenus?|ingresos?|renda|доход\p{L}*|дохід\p{L}*|киреше\p{L}*|الدخل`,
  String.raw`response|intervention|prise\s+en\s+charge|respuesta|resposta|реагир\p{L}*|реагуван\p{L}*|الاستجابة`,
  String.raw`education|éducation|educación|educação|образован\p{L}*|освіт\p{L}*|билим\p{L}*|التعليم`,
].map((words) => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu'));

/** The INSPIRE strategy a name tells ("Normas y valores", "Parent and caregiver support"), or null. */
export function inspireStrategyNamed(name: string): number | null {
  const told = INSPIRE_NAME_WORDS.flatMap((re, i) => (re.test(name) ? [i + 1] : []));
  return told.length === 1 ? (told[0] ?? null) : null;
}

/** The four pillars of UNSCR 1325, and how they are written in the languages of the field. */
const UNSCR_1325_PILLARS: { code: string; title: string; words: string }[] = [
  {
    code: 'participation',
    title: 'Participation',
    words: 'participation|participación|participação|участие|участь|участи[еяю]|المشاركة|катышуу',
  },
  {
    code: 'protection',
    title: 'Protection',
    words: 'protection|protección|proteção|защит[аыуе]|захист|الحماية|коргоо',
  },
  {
    code: 'prevention',
    title: 'Prevention',
    words:
      'prevention|prévention|prevención|prevenção|предотвращени[еяю]|профилактик[аи]|запобігання|الوقاية|алдын алуу',
  },
  {
    code: 'relief-recovery',
    title: 'Relief and recovery',
    words:
      'relief and recovery|secours et relèvement|socorro y recuperación|socorro e recuperação|помощь и восстановление|допомога (?:і|та) відновлення|الإغاثة والإنعاش|жардам жана калыбына келтирүү',
  },
];

/**
 * The pillar of resolution 1325 a short name tells ("Участие", "Relief and recovery"), numbered as mappings
 * of the field list them (participation, prevention, protection, relief and recovery), or null.
 */
export function pillarNamed(name: string): number | null {
  return pillarWhere(name.trim(), PILLAR_NAMES.exact)?.number ?? null;
}

/** The one pillar of resolution 1325 a clause names among its words ("Катышуу багытында 12 уюм иштейт"), or null. */
export function pillarIn(clause: string): { number: number; title: string } | null {
  return pillarWhere(clause, PILLAR_NAMES.within);
}

/** The pillar one of whose patterns (in the pillars' order) finds its words in a text, when one only does. */
function pillarWhere(text: string, patterns: RegExp[]): { number: number; title: string } | null {
  const told = patterns.flatMap((pattern, i) => {
    const m = pattern.exec(text);
    return m ? [{ number: i + 1, title: m[0] }] : [];
  });
  return told.length === 1 ? (told[0] ?? null) : null;
}

const PILLAR_ORDER = ['participation', 'prevention', 'protection', 'relief-recovery'];
const PILLAR_WORDS = PILLAR_ORDER.map((code) => UNSCR_1325_PILLARS.find((p) => p.code === code)?.words ?? '');
/** Each pillar's words as a whole name ("Участие") and among a clause's words, compiled once. */
const PILLAR_NAMES = {
  exact: PILLAR_WORDS.map((words) => new RegExp(`^(?:${words})$`, 'iu')),
  within: PILLAR_WORDS.map((words) => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu')),
};

/** Texts about resolution 1325 or the women, peace and security agenda, in the languages served. */
const WPS =
  /(?:(?<!\d)1325(?!\d)|women,? peace and security|\bWPS\b|femmes,? (?:la )?paix et (?:la )?sécurité|mujeres,? (?:la )?paz y (?:la )?seguridad|mulheres,? paz e segurança|женщины,? мир и безопасность|жінки,? мир,? безпека|المرأة والسلام والأمن)/giu;
/** How far from a mention of 1325 a pillar counts (about a paragraph or two). */
const WPS_REACH = 1500;

/** Words compared without case, accents, punctuation or spacing ("care giver" is "caregiver"). */
function key(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A title as a pattern that allows any spacing and punctuation between its words and a plural -s. */
function titlePattern(title: string): string {
  return title
    .split(/[\s,:]+/u)
    .filter(Boolean)
    .map((w) => `${escapeRegExp(w)}s?`)
    .join('[\\s,:-]*');
}

/** A short title ("Act early") alone is too common a phrase: it counts as a heading or in a WHS text. */
const SHORT_TITLE_WORDS = 4;
const WHS_CONTEXT =
  /World Humanitarian Summit|Agenda for Humanity|\bWHS\b|Sommet humanitaire mondial|Cumbre Humanitaria Mundial/iu;
const WHS_CODE = /(?<![\p{L}\p{N}])([1-5][A-G])(?![\p{L}\p{N}])/gu;
const TRANSFORMATION_WORD = /(?:transformation|трансформаци|transformación)\p{L}*\s*$/iu;

/** Each title and alias of each transformation as a pattern, built once rather than for every text. */
const WHS_TITLES = WHS_TRANSFORMATIONS.flatMap((t) =>
  [t.title, ...t.aliases].map((title) => ({
    t,
    short: title.split(/\s+/u).length < SHORT_TITLE_WORDS,
    re: new RegExp(`(?<![\\p{L}])(?:${t.code}\\.?\\s+)?${titlePattern(title)}(?![\\p{L}])`, 'iuy'),
  })),
);

/**
 * Where any title may start: one scan for all of them, then each title tried only there (and the next
 * scan starts one character on, so that titles overlapping a match are found too).
 */
const ANY_WHS_TITLE = new RegExp(
  `(?<![\\p{L}])(?:[1-5][A-G]\\.?\\s+)?(?:${WHS_TRANSFORMATIONS.flatMap((t) => [t.title, ...t.aliases])
    .map(titlePattern)
    .join('|')})(?![\\p{L}])`,
  'giu',
);

interface TitleMatch {
  entry: (typeof WHS_TITLES)[number];
  index: number;
  end: number;
}

/** Each title's matches, as a scan for that title alone would find them (none overlapping another). */
function titleMatches(text: string): TitleMatch[] {
  const found: TitleMatch[] = [];
  const reach = new Map<TitleMatch['entry'], number>();
  ANY_WHS_TITLE.lastIndex = 0;
  for (let m = ANY_WHS_TITLE.exec(text); m; m = ANY_WHS_TITLE.exec(text)) {
    for (const entry of WHS_TITLES) {
      entry.re.lastIndex = m.index;
      const hit = entry.re.exec(text);
      if (!hit || hit.index < (reach.get(entry) ?? 0)) continue;
      const end = hit.index + hit[0].length;
      found.push({ entry, index: hit.index, end });
      reach.set(entry, end);
    }
    ANY_WHS_TITLE.lastIndex = m.index + 1;
  }
  return found;
}

interface Mention extends FrameworkCode {
  at: number;
  end: number;
}

/** "Invest in stability" inside "1C Remain engaged and invest in stability" is part of the longer one. */
function outermost(mentions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of [...mentions].sort((a, b) => b.end - b.at - (a.end - a.at))) {
    if (kept.every((k) => m.end <= k.at || m.at >= k.end)) kept.push(m);
  }
  return kept;
}

function whs(text: string): Mention[] {
  const found: Mention[] = [];
  const inContext = WHS_CONTEXT.test(text);
  for (const { entry, index, end } of titleMatches(text)) {
    const { t, short } = entry;
    const withCode = text.slice(index, index + t.code.length).toUpperCase() === t.code;
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    const lineEnd = text.indexOf('\n', index);
    const rest = (lineEnd < 0 ? text.length : lineEnd) - end;
    const ownLine = /^\s*$/u.test(text.slice(lineStart, index)) && rest < 3;
    if (withCode || !short || inContext || ownLine) {
      found.push({ framework: 'whs', code: t.code, title: t.title, at: index, end });
    }
  }
  // A bare code counts in a WHS text, or after the word "transformation": "3D printing" is not one.
  for (const m of text.matchAll(WHS_CODE)) {
    const t = WHS_TRANSFORMATIONS.find((x) => x.code === m[1]);
    if (t && (inContext || TRANSFORMATION_WORD.test(text.slice(Math.max(0, m.index - 30), m.index)))) {
      found.push({ framework: 'whs', code: t.code, title: t.title, at: m.index, end: m.index + m[0].length });
    }
  }
  return outermost(found);
}

const INSPIRE_CONTEXT = /\bINSPIRE\b/u;
const STRATEGY_NUMBER = /(?<![\p{L}])(?:strategy|stratégie|estrategia|стратегия)\s+([1-7])(?![\p{N}])/giu;

/** Each strategy's title as texts write it: "Parent and care giver support", "Implementation and enforcements of laws". */
const INSPIRE_TITLES = INSPIRE_STRATEGIES.map((s) => {
  const words = s.title.split(/\s+/u).map((w) => key(w).replace(/s$/u, ''));
  const written = words.map((w) => (w === 'caregiver' ? 'care\\s*givers?' : `${escapeRegExp(w)}s?`));
  return { s, re: new RegExp(`(?<![\\p{L}])${written.join('\\s+')}(?![\\p{L}])`, 'giu') };
});

function inspire(text: string): Mention[] {
  if (!INSPIRE_CONTEXT.test(text)) return [];
  const found: Mention[] = [];
  for (const { s, re } of INSPIRE_TITLES) {
    for (const m of text.matchAll(re)) {
      found.push({
        framework: 'inspire',
        code: s.code,
        title: s.title,
        at: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  for (const m of text.matchAll(STRATEGY_NUMBER)) {
    const s = INSPIRE_STRATEGIES.find((x) => x.code === m[1]);
    if (s)
      found.push({
        framework: 'inspire',
        code: s.code,
        title: s.title,
        at: m.index,
        end: m.index + m[0].length,
      });
  }
  return found;
}

const PILLAR_MENTIONS = UNSCR_1325_PILLARS.map((p) => ({
  p,
  re: new RegExp(`(?<![\\p{L}])(?:${p.words})(?![\\p{L}])`, 'giu'),
}));

function unscr1325(text: string): Mention[] {
  const anchors = [...text.matchAll(WPS)].map((m) => m.index);
  if (anchors.length === 0) return [];
  const found: Mention[] = [];
  for (const { p, re } of PILLAR_MENTIONS) {
    for (const m of text.matchAll(re)) {
      if (anchors.some((a) => Math.abs(a - m.index) <= WPS_REACH)) {
        found.push({
          framework: 'unscr1325',
          code: p.code,
          title: p.title,
          at: m.index,
          end: m.index + m[0].length,
        });
      }
    }
  }
  return found;
}

/**
 * The framework codes a text refers to, each once, in order of first mention. A WHS transformation counts
 * by its code and title ("3D Empower and protect women and girls"), by its title alone (short titles only
 * as a heading or in a text about the Summit), or by its bare code in a text about the Summit; an INSPIRE
 * strategy by its title or number in a text that names INSPIRE; a 1325 pillar only near a mention of the
 * resolution or of women, peace and security, so that not every "protection" is one.
 */
export function findFrameworks(text: string): FrameworkCode[] {
  const mentions = [...whs(text), ...inspire(text), ...unscr1325(text)].sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: FrameworkCode[] = [];
  for (const { framework, code, title } of mentions) {
    const id = `${framework}:${code}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ framework, code, title });
  }
  return out;
}
