import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findFrameworks, INSPIRE_STRATEGIES, WHS_TRANSFORMATIONS } from './frameworks.js';

const codes = (text: string) => findFrameworks(text).map((f) => `${f.framework}:${f.code}`);

describe('findFrameworks', () => {
  it('knows the 24 transformations of the Agenda for Humanity and the seven INSPIRE strategies', () => {
    assert.equal(WHS_TRANSFORMATIONS.length, 24);
    assert.equal(new Set(WHS_TRANSFORMATIONS.map((t) => t.code)).size, 24);
    assert.equal(INSPIRE_STRATEGIES.length, 7);
  });

  it('reads a transformation by code and title, and gives its official title', () => {
    const text =
      'Self-report 2022\n\n3D Empower and protect women and girls\n\nOur shelter opened.\n\n4B Anticipate, do not wait, for crises';
    assert.deepEqual(findFrameworks(text), [
      { framework: 'whs', code: '3D', title: 'Empower and protect women and girls' },
      { framework: 'whs', code: '4B', title: 'Anticipate, do not wait, for crises' },
    ]);
  });

  it('reads a title alone, a short title only as a heading or in a text about the Summit', () => {
    assert.deepEqual(codes('The network chose to reduce and address displacement in two districts.'), [
      'whs:3A',
    ]);
    assert.deepEqual(codes('We must act early when tensions rise.'), []);
    assert.deepEqual(codes('Act early\n\nThe committee warned the district.'), ['whs:1B']);
    assert.deepEqual(
      codes('Our World Humanitarian Summit commitments: act early, speak out on violations.'),
      ['whs:1B', 'whs:2C'],
    );
    // the shorter title inside a longer one is not a mention of its own
    assert.deepEqual(codes('1C Remain engaged and invest in stability'), ['whs:1C']);
  });

  it('reads a bare code in a text about the Summit or after "transformation"', () => {
    assert.deepEqual(codes('Agenda for Humanity: progress on 5A and 2D.'), ['whs:5A', 'whs:2D']);
    assert.deepEqual(codes('This falls under transformation 3D.'), ['whs:3D']);
    assert.deepEqual(codes('We bought a 3D printer for 2C class.'), []);
  });

  it('reads INSPIRE strategies by title or number in a text that names INSPIRE', () => {
    const text =
      'INSPIRE mapping\n\nStrategy 4: Parent and care giver support\n\nSTRATEGY 1: IMPLEMENTATION AND ENFORCEMENTS OF LAWS';
    assert.deepEqual(findFrameworks(text), [
      { framework: 'inspire', code: '4', title: 'Parent and caregiver support' },
      { framework: 'inspire', code: '1', title: 'Implementation and enforcement of laws' },
    ]);
    assert.deepEqual(codes('Education and life skills for all pupils.'), []);
  });

  it('reads 1325 pillars only near a mention of 1325 or women, peace and security', () => {
    assert.deepEqual(
      codes('The National Action Plan 1325 covers participation, protection and prevention.'),
      ['unscr1325:participation', 'unscr1325:protection', 'unscr1325:prevention'],
    );
    assert.deepEqual(codes('Le plan « Femmes, paix et sécurité » : secours et relèvement.'), [
      'unscr1325:relief-recovery',
    ]);
    assert.deepEqual(codes('Резолюция 1325: участие женщин и защита.'), [
      'unscr1325:participation',
      'unscr1325:protection',
    ]);
    assert.deepEqual(codes('Protection of volunteers and participation of youth matter.'), []);
    const far = `Resolution 1325 was discussed.${' Other words here.'.repeat(120)} Protection must be funded.`;
    assert.deepEqual(codes(far), []);
  });
});
