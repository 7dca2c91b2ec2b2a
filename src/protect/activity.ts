/** The activity log as a reader who may not see originals sees it: problems quote cells, files name people. */
import type { Problem } from '../domain/problem.js';
import type { Activity } from '../store/index.js';
import type { Protection } from './protection.js';
import { redactPaths, redactProblems, redactTexts } from './texts.js';

export async function redactActivity(
  entries: readonly Activity[],
  protection: Protection,
): Promise<Activity[]> {
  const files = await redactPaths(
    entries.map((e) => e.file ?? ''),
    protection,
  );
  const out: Activity[] = [];
  for (const [i, entry] of entries.entries()) {
    const details = { ...entry.details };
    if (Array.isArray(details.problems))
      details.problems = await redactProblems(details.problems as Problem[], protection);
    if (Array.isArray(details.headers)) {
      const headers = details.headers as { header: string }[];
      const names = await redactTexts(
        headers.map((h) => h.header),
        protection,
      );
      details.headers = headers.map((h, n) => ({ ...h, header: names[n] ?? '' }));
    }
    out.push({ ...entry, file: entry.file === null ? null : (files[i] ?? ''), details });
  }
  return out;
}
