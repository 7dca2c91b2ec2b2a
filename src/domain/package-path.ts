import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, whether running from src/ (tests) or dist/ (installed CLI): both sit one level down. */
const root = fileURLToPath(new URL('../../', import.meta.url));

/** A path inside the installed package, for the data that ships with it (codebook, samples, migrations). */
export function packagePath(...parts: string[]): string {
  return join(root, ...parts);
}
