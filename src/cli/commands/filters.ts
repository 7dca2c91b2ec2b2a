import type { Command } from 'commander';
import { type Codebook, findCode } from '../../domain/codebook.js';
import { TesseraError } from '../../errors.js';
import type { OutcomeFilter } from '../../store/index.js';
import { collect } from '../context.js';

export interface FilterOptions {
  country?: string[];
  year?: string[];
  harvest?: string[];
  type?: string[];
}

/** Adds the outcome filters that export, count and search share. */
export function addFilterOptions(command: Command): Command {
  return command
    .option(
      '--country <names>',
      'only these countries (names or ISO codes, comma-separated or repeated)',
      collect,
    )
    .option('--year <years>', 'only these years', collect)
    .option('--harvest <names>', 'only these harvests', collect)
    .option('--type <types>', 'only outcomes with one of these types of change (codes or labels)', collect);
}

/**
 * Reads filter options, resolving type labels to codes of the store's codebook (`storeCodebook`).
 */
export function filterFrom(opts: FilterOptions, codebook: Codebook): OutcomeFilter {
  const years = opts.year?.map((y) => {
    const year = Number(y);
    if (!Number.isInteger(year)) throw new TesseraError('usage', `--year ${y}: expected a year such as 2023`);
    return year;
  });
  return {
    ...(opts.country ? { country: opts.country } : {}),
    ...(years ? { year: years } : {}),
    ...(opts.harvest ? { harvest: opts.harvest } : {}),
    ...(opts.type ? { type: opts.type.map((t) => findCode(codebook, 'type_of_change', t)?.id ?? t) } : {}),
  };
}
