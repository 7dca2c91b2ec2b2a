import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tablesAsTabs } from './tables.js';

describe('tablesAsTabs', () => {
  it('reads columns aligned with spaces as tab rows, a wrapped cell joined to its row', () => {
    const pasted = [
      'Individual Commitments',
      'Commitment                                        Commitment Type   Core Responsibility',
      'BCSA commits to providing legal counselling on    Operational       Leave No One Behind',
      'residency and birth registration.',
      'BCSA commits to supporting health centres so      Partnership       Change People’s Lives: From',
      'that they keep serving residents.                                   Delivering Aid to Ending Need',
      'Core Commitments',
      'In 2021 our team of   9 lawyers gave counselling.',
    ].join('\n');
    assert.equal(
      tablesAsTabs(pasted),
      [
        'Individual Commitments',
        'Commitment\tCommitment Type\tCore Responsibility',
        'BCSA commits to providing legal counselling on residency and birth registration.\tOperational\tLeave No One Behind',
        'BCSA commits to supporting health centres so that they keep serving residents.\tPartnership\tChange People’s Lives: From Delivering Aid to Ending Need',
        'Core Commitments',
        'In 2021 our team of   9 lawyers gave counselling.',
      ].join('\n'),
    );
  });

  it("reads a table ruled under its header and between its rows, each row's cells wrapped in their columns", () => {
    const rule = '-'.repeat(90);
    const text = [
      rule,
      'Commitment                                   Commitment type     Core responsibility',
      rule,
      'The council commits to document damage to    Advocacy            Uphold the norms that',
      'civilian homes in border communities                             safeguard humanity',
      rule,
      'It supports survivors filing claims          Operational         Leave no one behind',
      rule,
      '',
      'In 2024 we documented 412 cases.',
    ].join('\n');
    assert.equal(
      tablesAsTabs(text),
      [
        rule,
        'Commitment\tCommitment type\tCore responsibility',
        'The council commits to document damage to civilian homes in border communities\tAdvocacy\tUphold the norms that safeguard humanity',
        'It supports survivors filing claims\tOperational\tLeave no one behind',
        '',
        'In 2024 we documented 412 cases.',
      ].join('\n'),
    );
  });

  it("reads a table of numbers whose rows' labels have no heading, the numbers set flush right under theirs", () => {
    const text = [
      '                                         Eráti     Memba     Total',
      'Newly displaced people                   2,140     1,385     3,525',
      'Protection incidents                        87        54       141',
      '   of which GBV incidents                   31        22        53',
      '',
      'Source: AMMP community monitors.',
    ].join('\n');
    assert.equal(
      tablesAsTabs(text),
      [
        '\tEráti\tMemba\tTotal',
        'Newly displaced people\t2,140\t1,385\t3,525',
        'Protection incidents\t87\t54\t141',
        'of which GBV incidents\t31\t22\t53',
        '',
        'Source: AMMP community monitors.',
      ].join('\n'),
    );
  });

  it('leaves text with wide spaces but no header over aligned rows as it is', () => {
    const text = 'Name     Role\nA sentence that   happens to have gaps.\nAnother line.';
    assert.equal(tablesAsTabs(text), text);
  });

  it('reads rows with bars only between their cells as a table, not one line nor a list with bars', () => {
    const text = [
      'Home | About | News | Contact',
      'Compromiso | Tipo de compromiso | Responsabilidad básica',
      'REFAM se compromete a monitorear. | Promoción | Defender las normas',
      '• Chiefs’ courts in Jonglei | Dr A. Lado Wani - Juba Centre',
      '• Returnees in Sinjar | Dr H. Qasim Elias - Nineveh Group',
    ].join('\n');
    assert.equal(
      tablesAsTabs(text),
      [
        'Home | About | News | Contact',
        'Compromiso\tTipo de compromiso\tResponsabilidad básica',
        'REFAM se compromete a monitorear.\tPromoción\tDefender las normas',
        '• Chiefs’ courts in Jonglei | Dr A. Lado Wani - Juba Centre',
        '• Returnees in Sinjar | Dr H. Qasim Elias - Nineveh Group',
      ].join('\n'),
    );
  });
});
