import type { Command } from 'commander';
import { TesseraError } from '../../errors.js';
import { currentRole } from '../../protect/index.js';
import {
  FACETS,
  type Facet,
  facetNamed,
  type SearchFilter,
  type SearchResult,
  search,
} from '../../search/index.js';
import { collect, type GlobalOptions, withStore } from '../context.js';
import { addFilterOptions, type FilterOptions } from './filters.js';

interface SearchCliOptions extends GlobalOptions, FilterOptions {
  kind?: string[];
  organisation?: string[];
  filter?: string[];
  facets?: string;
  limit?: string;
  offset?: string;
  like?: string;
  exact?: boolean;
  redacted?: boolean;
  json?: boolean;
}

function wholeNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw new TesseraError('usage', `${name} ${value}: expected a whole number`);
  return n;
}

/** The filters of the options: the contract's own, --organisation, and --filter FACET=VALUE for any facet. */
function filterOf(opts: SearchCliOptions): SearchFilter {
  const filter: Partial<Record<Facet, string[]>> = {};
  const add = (facet: Facet, values: string[] | undefined) => {
    if (values?.length) filter[facet] = [...(filter[facet] ?? []), ...values];
  };
  add('country', opts.country);
  add('year', opts.year);
  add('harvest', opts.harvest);
  add('typesOfChange', opts.type);
  add('kind', opts.kind);
  add('organisation', opts.organisation);
  for (const pair of opts.filter ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0)
      throw new TesseraError('usage', `--filter ${pair}: expected FACET=VALUE, e.g. --filter scale=national`);
    add(facetNamed(pair.slice(0, at)), [pair.slice(at + 1).trim()]);
  }
  return filter;
}

function facetsOf(list: string | undefined): Facet[] | undefined {
  if (list === undefined) return undefined;
  return [
    ...new Set(
      list
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean)
        .map(facetNamed),
    ),
  ];
}

function text(result: SearchResult): string {
  const lines: string[] = [];
  for (const n of result.notices) lines.push(`note: ${n}`);
  const count = `${result.approximate ? 'about ' : ''}${result.total.toLocaleString('en-US')}`;
  lines.push(`${count} ${result.total === 1 ? 'match' : 'matches'}`);
  for (const [i, hit] of result.hits.entries()) {
    lines.push('', `${i + 1}. ${hit.title || '(title redacted)'}`);
    lines.push(`   ${hit.id} · ${hit.kind}${hit.year ? ` · ${hit.year}` : ''} · score ${hit.score}`);
    if (hit.snippet) lines.push(`   ${hit.snippet}`);
  }
  const facets = Object.entries(result.facets).filter(([, values]) => Object.keys(values).length > 0);
  if (facets.length > 0) lines.push('');
  for (const [facet, values] of facets)
    lines.push(
      `${facet}: ${Object.entries(values)
        .map(([v, n]) => `${v} (${n.toLocaleString('en-US')})`)
        .join(', ')}`,
    );
  return `${lines.join('\n')}\n`;
}

export function registerSearch(program: Command): void {
  addFilterOptions(
    program
      .command('search [query]')
      .description('search outcomes and document passages, in every language stored, with facet counts')
      .option(
        '--kind <kinds>',
        'only these kinds: outcome, or a document kind (news, self-report, ...)',
        collect,
      )
      .option('--organisation <names>', 'only items naming these organisations (names or acronyms)', collect)
      .option(
        '--filter <facet=value>',
        'only items with this value of any facet; repeat for more',
        (v, prev: string[] = []) => [...prev, v],
      )
      .option('--facets <list>', `facets to count, comma-separated (default: all of ${FACETS.join(', ')})`)
      .option('--limit <n>', 'how many hits to show (default 10, at most 100)')
      .option('--offset <n>', 'skip this many hits first (next pages)')
      .option('--like <outcome-id>', 'find outcomes and passages like this outcome, instead of a query')
      .option('--exact', 'count and rank every match, even when there are thousands (slower)')
      .option('--redacted', 'titles and snippets from redacted text')
      .option(
        '--json',
        'print JSON: {total, hits:[{id, kind, title, snippet, score}], facets:{facet:{value:count}}}',
      ),
  )
    .addHelpText(
      'after',
      `
Words match in any language stored, whatever their form ("coalitions" finds "coalition", "femmes"
finds "femme"), without regard to case or accents. Write "two words" in quotes for a phrase, OR between
alternatives, -word to leave a word out, and word* for every word that starts so. Items hold every
word; when fewer than ten do, those holding all but one follow them, and the search says so. Titles and
descriptions weigh more than the rest of a text. Matches are between ** in snippets. A query matching
more than about 500 items is counted and ranked over a sample of the store ("about" before the count):
give --exact to count and rank every one, which takes longer.
Reviewers and viewers (TESSERA_ROLE) always get redacted titles and snippets.

Examples:
  tessera search "women's coalition" --country Syria --year 2022,2023,2024
  tessera search 'coalition* -armed' --type policy-change --json
  tessera search 'water OR irrigation "local council"' --kind outcome --limit 20
  tessera search --like SCC-SYR/PHR031`,
    )
    .action(async (query: string | undefined, _opts: SearchCliOptions, command: Command) => {
      const opts = command.optsWithGlobals<SearchCliOptions>();
      if (opts.like === undefined && !query?.trim())
        throw new TesseraError(
          'usage',
          'give a query, e.g. tessera search "women\'s coalition", or --like OUTCOME-ID',
        );
      const filter = filterOf(opts);
      const facets = facetsOf(opts.facets);
      const limit = wholeNumber(opts.limit, '--limit');
      const offset = wholeNumber(opts.offset, '--offset');
      const result = await withStore(opts, (db) =>
        search(db, {
          ...(opts.like !== undefined ? { like: opts.like } : { query: query ?? '' }),
          filter,
          ...(facets ? { facets } : {}),
          ...(limit !== undefined ? { limit } : {}),
          ...(offset !== undefined ? { offset } : {}),
          exact: Boolean(opts.exact),
          reader: { role: currentRole(), redacted: Boolean(opts.redacted) },
        }),
      );
      process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : text(result));
    });
}
