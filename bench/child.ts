/** What the benchmarks share: each measured job runs in a child process of its own, and results print as tables. */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs `script` (a benchmark's own `import.meta.url`) again as a child with `--child` and the arguments, so
 * that a job's peak memory and warm caches are its own; resolves with the one result the child sends.
 */
export function runChild<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc: ChildProcess = fork(fileURLToPath(script), ['--child', ...args], { stdio: 'inherit' });
    let result: T | undefined;
    proc.on('message', (m) => {
      result = m as T;
    });
    proc.on('error', reject);
    proc.on('exit', (code) =>
      result !== undefined && code === 0
        ? resolve(result)
        : reject(new Error(`benchmark child ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** A number with thousands separators and a fixed count of decimals. */
export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A Markdown table, the first column left-aligned and the others right-aligned, ready to paste into the docs. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
