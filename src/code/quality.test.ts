import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Codebook, loadDefaultCodebook } from '../domain/codebook.js';
import { emptyOutcome, type Outcome } from '../domain/outcome.js';
import { checkStatement, type QualityFlag, retiredCodeFlags } from './quality.js';

const SIGNIFICANCE =
  'It is the first time the council has used its own powers to favour women traders in the town.';
const CONTRIBUTION =
  "The Lantern Association briefed councillors twice and drafted the bylaw with the traders' committee.";

/** A statement whose other parts are sound, so that only what a test changes is flagged. */
function statement(description: string, fields: Partial<Outcome> = {}): Outcome {
  return {
    ...emptyOutcome('T-1', description),
    significance: SIGNIFICANCE,
    contributionProgramme: CONTRIBUTION,
    country: 'Kenya',
    year: 2023,
    ...fields,
  };
}

const checks = (o: Outcome) => checkStatement(o).map((f) => f.check);
const flag = (o: Outcome, check: string) => checkStatement(o).find((f) => f.check === check) as QualityFlag;

describe('statement quality', () => {
  it('passes good statements in five languages', () => {
    for (const description of [
      'In March 2023, the municipal council of Oranvale adopted a bylaw that reserves one stall in five for women traders.',
      "Following our training on budget tracking, the Women's Coalition of Gulu submitted a petition to the district council in November 2023.",
      "Depuis janvier 2022, les chefs de village du cercle de Bandiagara acceptent que des femmes siègent dans les comités de gestion de l'eau.",
      'En marzo de 2023, el concejo municipal de Popayán aprobó un acuerdo que destina fondos a colectivos juveniles.',
      'В марте 2023 года городской совет Оша принял решение выделить помещение для кризисного центра.',
      'في آذار 2023، أصدر المجلس المحلي في مدينة إدلب قراراً يخصص مقعدين للنساء في لجنة الخدمات.',
    ])
      assert.deepEqual(checks(statement(description)), [], description);
  });

  it('points at the programme acting in place of a social actor, and at its activity', () => {
    const o = statement('We organised a workshop on land rights for 40 farmers in Gulu in April 2024.');
    assert.deepEqual(checks(o), ['no-social-actor', 'output-not-outcome']);
    assert.deepEqual(flag(o, 'no-social-actor'), {
      check: 'no-social-actor',
      reason: 'the one who acts is the programme itself, not a social actor that changed',
      field: 'description',
      start: 0,
      end: 2,
      text: 'We',
    });
    const output = flag(o, 'output-not-outcome');
    assert.equal(output.text, 'organised');
    assert.equal(o.description.slice(output.start, output.end), 'organised');
  });

  it('flags passive activities that name nobody, in French, Spanish, Russian and Arabic too', () => {
    const cases: [string, string][] = [
      ['Three workshops on child protection were held in Zakho in 2023.', 'were held'],
      ['25 femmes ont été formées en plaidoyer à Dakar en 2024.', 'ont été formées'],
      ['Se realizaron tres talleres de sensibilización en Quetzaltenango en 2024.', 'Se realizaron'],
      ['В 2022 году в Караколе были обучены 40 женщин-лидеров.', 'были обучены'],
      ['تم تدريب 50 شاباً على الرصد الإعلامي في بيروت عام 2022.', 'تم تدريب'],
    ];
    for (const [description, passive] of cases) {
      const o = statement(description);
      assert.deepEqual(checks(o), ['no-social-actor', 'output-not-outcome'], description);
      assert.equal(flag(o, 'no-social-actor').text, passive);
    }
  });

  it('tells taking part in an activity from a change', () => {
    const attended = statement(
      'Members of the district council attended our three-day workshop on participatory budgeting in Mzuzu in 2024.',
    );
    assert.deepEqual(checks(attended), ['output-not-outcome']);
    assert.equal(flag(attended, 'output-not-outcome').text, 'attended our three-day workshop');
    // a change reported after the programme's activity is an outcome, whoever opens the sentence
    const changed = statement(
      'We trained 30 women in Idlib in 2022, and twelve of them later started their own savings groups.',
    );
    assert.deepEqual(checks(changed), ['no-social-actor']);
  });

  it('reads a bill ("projet de loi", "проект закона") as the thing changed, not the programme', () => {
    for (const description of [
      "En mai 2023, le projet de loi sur les violences conjugales a été adopté par l'Assemblée nationale du Niger.",
      'En 2024 el proyecto de ley de cuidados fue aprobado por el Congreso de Colombia.',
      'В 2023 году проект закона о защите детей был принят парламентом Кыргызстана.',
    ])
      assert.deepEqual(checks(statement(description)), [], description);
  });

  it('takes a partner that changes its own practice for a social actor, not one that delivers activities', () => {
    assert.deepEqual(checks(statement('Our partner trained 25 paralegals in Osh in October 2022.')), [
      'no-social-actor',
      'output-not-outcome',
    ]);
    assert.deepEqual(
      checks(statement('Our partner in Osh began publishing its budget and spending every quarter in 2023.')),
      [],
    );
  });

  it('flags a change that names no actor', () => {
    const o = statement(
      'Une nouvelle loi sur les violences faites aux femmes a été adoptée en 2023 au Burkina Faso.',
    );
    assert.deepEqual(checks(o), ['no-social-actor']);
    assert.match(flag(o, 'no-social-actor').reason, /passive, without an actor/);
    const later = statement(
      'Women were excluded from the water committees of Kestrin until 2023, when the elders agreed to admit them.',
    );
    assert.deepEqual(checks(later), []);
  });

  it('wants a date or a year, and a place or a country', () => {
    const bare = 'The women’s committee persuaded the elders to let widows inherit land.';
    assert.deepEqual(checks(statement(bare, { year: null, country: null })), ['no-date', 'no-place']);
    assert.deepEqual(checks(statement(bare)), []);
    assert.deepEqual(
      checks(
        statement(
          'Recently, the governor of Kasai province ordered the police to stop arresting street children.',
          { year: null, country: null },
        ),
      ),
      ['no-date'],
    );
    // a redacted place still says a place was named
    assert.deepEqual(
      checks(statement('In 2023 the council of <LOC-2> opened a shelter.', { country: null })),
      [],
    );
  });

  it('flags missing, placeholder, short and repeated significance and contribution', () => {
    const description =
      'In June 2023 the municipal council of Bellmoor allocated funds to repair three water points.';
    assert.deepEqual(checks(statement(description, { significance: null, contributionProgramme: '  ' })), [
      'no-significance',
      'no-contribution',
    ]);
    const na = flag(statement(description, { significance: ' N/A ' }), 'thin-significance');
    assert.deepEqual([na.start, na.end, na.text], [1, 4, 'N/A']);
    assert.match(na.reason, /placeholder/);
    assert.match(
      flag(statement(description, { contributionProgramme: 'Our support.' }), 'thin-contribution').reason,
      /2 words/,
    );
    assert.match(
      flag(statement(description, { significance: 'Voir ci-dessus.' }), 'thin-significance').reason,
      /placeholder/,
    );
    const repeated = statement(description, {
      significance: 'The municipal council of Bellmoor allocated funds to repair the water points.',
    });
    assert.match(flag(repeated, 'thin-significance').reason, /repeats the description/);
  });

  it('says an empty description has no actor', () => {
    assert.equal(flag(statement(''), 'no-social-actor').reason, 'the description is empty');
  });
});

describe('retired codes', () => {
  const codebook: Codebook = {
    lists: {
      ...loadDefaultCodebook().lists,
      type_of_change: [
        { id: 'policy-change', label: 'Policy change' },
        { id: 'agenda-setting', label: 'Agenda setting', retired: true, replacedBy: ['policy-change'] },
        { id: 'dialogue', label: 'Dialogue' },
      ],
    },
  };

  it('names the field, the code and the code it was merged into; codes in use pass', () => {
    const outcome = statement('The council agreed.', { typesOfChange: ['agenda-setting', 'dialogue'] });
    assert.deepEqual(retiredCodeFlags(outcome, codebook), [
      {
        check: 'retired-code',
        reason:
          'Types of change holds the retired code "Agenda setting", which was merged into "Policy change"',
        field: 'typesOfChange',
      },
    ]);
    assert.deepEqual(retiredCodeFlags({ ...outcome, typesOfChange: ['dialogue'] }, codebook), []);
  });
});
