import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { outcomesJsonl } from '../../code/fixtures/outcomes.js';
import { emptyOutcome, type Outcome } from '../../domain/outcome.js';
import { runCli } from '../../test-support/cli.js';
import { storeCases, tempDir } from '../../test-support/stores.js';

function outcome(id: string, description: string, fields: Partial<Outcome>): Outcome {
  return {
    ...emptyOutcome(id, description),
    significance:
      'Women traders had no protected place in the market and were pushed out by wholesalers every season.',
    contributionProgramme:
      "The Lantern Association drafted the bylaw with the traders' committee and briefed councillors twice.",
    country: 'Kenya',
    year: 2023,
    ...fields,
  };
}

const OUTCOMES = [
  outcome(
    'H1-007',
    'In March 2023, the municipal council of Oranvale adopted a bylaw that reserves one stall in five at the central market for women traders.',
    { harvest: 'Harvest 2023' },
  ),
  outcome(
    'H2-014',
    'In March 2023 the Oranvale municipal council adopted a bylaw reserving one in five stalls of the central market for women traders.',
    { harvest: 'Harvest 2024' },
  ),
  outcome('UG-003', 'We organised a workshop on land rights for 40 farmers in Gulu in April 2024.', {
    country: 'Uganda',
    year: 2024,
    significance: 'Amina Haddad said so.',
    contributionProgramme: null,
    confidential: true,
  }),
];

interface Report {
  outcomes: {
    id: string;
    flags: { check: string; field: string; start?: number; end?: number; text?: string }[];
  }[];
  duplicates: { a: string; b: string; similarity: number }[];
  summary: Record<string, number>;
}

for (const store of storeCases()) {
  describe(`tessera check (${store.name})`, () => {
    let env: Record<string, string>;
    before(async () => {
      const db = await store.open();
      env = store.cliEnv(db);
      await db.close();
      const dir = tempDir();
      writeFileSync(join(dir, 'outcomes.jsonl'), outcomesJsonl(OUTCOMES, false));
      const imported = await runCli(['import', dir], env);
      assert.equal(imported.status, 0, imported.stderr);
    });

    it('lists each flagged outcome with its reasons, and a count per check', async () => {
      const { status, stdout, stderr } = await runCli(['check'], env);
      assert.equal(status, 0, stderr);
      assert.match(
        stdout,
        /^UG-003\n {2}no-social-actor: the one who acts is the programme itself, not a social actor that changed \[description 0-2: "We"\]\n {2}output-not-outcome: .*\[description 3-12: "organised"\]\n {2}thin-significance: 4 words: too short to explain anything; say why the outcome matters \[significance 0-21: "Amina Haddad said so\."\]\n {2}no-contribution: no text on how the programme contributed\n/,
      );
      assert.doesNotMatch(stdout, /H1-007|H2-014/);
      assert.match(
        stdout,
        /Flags by check \(1 outcome flagged\):\n {2}no-social-actor {5}1\n {2}output-not-outcome {2}1\n {2}no-date {13}0\n/,
      );
    });

    it('prints JSON with flags, near-duplicates across harvests and the summary', async () => {
      const { status, stdout, stderr } = await runCli(['check', '--duplicates', '--json'], env);
      assert.equal(status, 0, stderr);
      const report = JSON.parse(stdout) as Report;
      assert.deepEqual(
        report.outcomes.map((o) => [o.id, o.flags.map((f) => f.check)]),
        [['UG-003', ['no-social-actor', 'output-not-outcome', 'thin-significance', 'no-contribution']]],
      );
      assert.deepEqual(report.outcomes[0]?.flags[1], {
        check: 'output-not-outcome',
        reason:
          "describes the programme's activity or output (training, workshops, distribution, participation), not a change in what a social actor does",
        field: 'description',
        start: 3,
        end: 12,
        text: 'organised',
      });
      assert.equal(report.duplicates.length, 1);
      assert.deepEqual([report.duplicates[0]?.a, report.duplicates[0]?.b], ['H1-007', 'H2-014']);
      assert.ok((report.duplicates[0]?.similarity ?? 0) > 0.6);
      assert.equal(report.summary['no-contribution'], 1);
      assert.equal(report.summary['no-date'], 0);
    });

    it('filters outcomes and checks, and refuses an unknown check or threshold', async () => {
      const only = await runCli(
        ['check', '--country', 'Kenya', '--check', 'no-date,thin-significance', '--json'],
        env,
      );
      assert.equal(only.status, 0, only.stderr);
      assert.deepEqual(JSON.parse(only.stdout), {
        outcomes: [],
        duplicates: [],
        summary: { 'no-date': 0, 'thin-significance': 0 },
      });
      const unknown = await runCli(['check', '--check', 'no-verb'], env);
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /^tessera: --check no-verb: choose among no-social-actor, /);
      const threshold = await runCli(['check', '--duplicates', '--threshold', '2'], env);
      assert.equal(threshold.status, 2);
      assert.match(threshold.stderr, /expected a similarity from 0 to 1/);
    });

    it('never shows a viewer the original text of an excerpt', async () => {
      const admin = await runCli(['check', '--json'], env);
      assert.match(admin.stdout, /Amina Haddad/);
      const viewer = await runCli(['check', '--json', '--duplicates'], { ...env, TESSERA_ROLE: 'viewer' });
      assert.equal(viewer.status, 0, viewer.stderr);
      assert.doesNotMatch(viewer.stdout, /Amina|Haddad/);
      const report = JSON.parse(viewer.stdout) as Report;
      const thin = report.outcomes[0]?.flags.find((f) => f.check === 'thin-significance');
      assert.match(thin?.text ?? '', /^<person(-\d+)?> said so\.$/);
      assert.equal(thin?.end, thin?.text?.length);
      assert.deepEqual(
        report.duplicates.map((d) => [d.a, d.b]),
        [['H1-007', 'H2-014']],
      );
    });

    it('flags outcomes that hold a code the codebook has since split or retired', async () => {
      for (const args of [
        ['code', 'H1-007', '--set', 'socialActor=civic'],
        ['code', 'H2-014', '--set', 'scale=regional'],
        [
          'codebook',
          'split',
          'social_actor',
          'civic',
          '--into',
          'women-led=Women-led groups,youth-led=Youth-led groups',
        ],
        ['codebook', 'retire', 'scale', 'regional'],
      ]) {
        const done = await runCli(args, env);
        assert.equal(done.status, 0, done.stderr);
      }
      const json = await runCli(['check', '--check', 'retired-code', '--json'], env);
      assert.deepEqual(JSON.parse(json.stdout), {
        outcomes: [
          {
            id: 'H1-007',
            flags: [
              {
                check: 'retired-code',
                reason:
                  'Social actor holds the retired code "Civic change agents", which was split: recode it',
                field: 'socialActor',
              },
            ],
          },
          {
            id: 'H2-014',
            flags: [
              {
                check: 'retired-code',
                reason: 'Scale holds the retired code "Regional": recode it',
                field: 'scale',
              },
            ],
          },
        ],
        duplicates: [],
        summary: { 'retired-code': 2 },
      });
      const text = await runCli(['check'], env);
      assert.match(
        text.stdout,
        /^H2-014\n {2}retired-code: Scale holds the retired code "Regional": recode it\n/m,
      );
      assert.match(text.stdout, /\n {2}retired-code {8}2\n/);
    });
  });
}
