#!/usr/bin/env node
// Runs every *.test.ts beside the code with Node's test runner, TypeScript loaded by tsx.
// Store tests run on the embedded store, and on PostgreSQL too when TESSERA_TEST_DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return testFiles(path);
    return e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const only = process.argv.slice(2);
const files = only.length > 0 ? only : testFiles('src').sort();
if (!process.env.TESSERA_TEST_DATABASE_URL) {
  console.log('TESSERA_TEST_DATABASE_URL is not set: store tests run on the embedded store only.');
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
