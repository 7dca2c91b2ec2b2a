import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefaultCodebook } from '../domain/codebook.js';
import { emptyOutcome } from '../domain/outcome.js';
import { fitCombiner, probabilities } from './calibrate.js';
import { foldText, tokenize } from './features.js';
import { fictionalOutcomes } from './fixtures/outcomes.js';
import { scoreText, suggestFor, trainCodingModel } from './model.js';
import { decodeModel, encodeModel } from './serialize.js';

const codebook = loadDefaultCodebook();
const outcomes = fictionalOutcomes();
const model = trainCodingModel(outcomes, codebook);

function statement(description: string) {
  const o = emptyOutcome('NEW-1', description);
  o.significance = 'It matters to the families of the area.';
  return o;
}

describe('the coding model', () => {
  it('learns every coded field from the coded outcomes', () => {
    assert.deepEqual(model.fields.map((f) => f.field).sort(), [
      'cluster',
      'scale',
      'socialActor',
      'typesOfChange',
    ]);
    assert.equal(model.fields.find((f) => f.field === 'socialActor')?.examples, outcomes.length);
  });

  it('suggests sensible codes for statements it has not seen', () => {
    const radio = suggestFor(
      model,
      statement(
        'In June 2024, a community radio station organised a dialogue forum on grazing routes in the village of Oranvale.',
      ),
      codebook,
    );
    assert.equal(radio.socialActor?.[0]?.code, 'media');
    assert.equal(radio.typesOfChange?.[0]?.code, 'dialogue');
    assert.equal(radio.scale?.[0]?.code, 'local');
    assert.equal(radio.socialActor?.[0]?.label, 'Media');
    const council = suggestFor(
      model,
      statement(
        'In April 2024, the municipal council banned gatherings about grazing routes across the whole country.',
      ),
      codebook,
    );
    assert.equal(council.socialActor?.[0]?.code, 'authorities-local');
    assert.equal(council.typesOfChange?.[0]?.code, 'backlash');
    assert.equal(council.cluster?.[0]?.code, 'civic-space');
  });

  it('gives confidences between 0 and 1, best first, one code for a single-select field', () => {
    for (const o of outcomes.slice(0, 12)) {
      const { fields } = scoreText(model, o);
      for (const { model: field, probabilities: p, proposed } of fields) {
        for (const x of p) assert.ok(x >= 0 && x <= 1, `${field.field}: ${x}`);
        if (!field.multi) {
          assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-9);
          assert.equal(proposed.length, 1);
          assert.equal(p[proposed[0] as number], Math.max(...p));
        }
        const shown = proposed.map((k) => p[k] as number);
        assert.deepEqual(
          shown,
          [...shown].sort((a, b) => b - a),
        );
      }
    }
  });

  it('explains a suggestion with words of the outcome', () => {
    const text = statement(
      'In June 2024, television journalists held a public consultation about market fees in Kestrin.',
    );
    const suggestions = suggestFor(model, text, codebook);
    const words = new Set(tokenize(`${text.description} ${text.significance}`).map((t) => t.surface));
    for (const list of Object.values(suggestions))
      for (const s of list) {
        assert.ok(s.words.length > 0, `${s.code} has words`);
        for (const w of s.words) assert.ok(words.has(w), `"${w}" is a word of the outcome`);
      }
    assert.ok(
      suggestions.socialActor?.[0]?.words.some((w) => /television|journalists/.test(w)),
      `${suggestions.socialActor?.[0]?.words}`,
    );
  });

  it('leaves out a field with too few coded outcomes', () => {
    const few = outcomes.map((o, i) => (i < 5 ? o : { ...o, scale: null }));
    assert.equal(
      trainCodingModel(few, codebook).fields.some((f) => f.field === 'scale'),
      false,
    );
  });

  it('reads back a stored model that suggests the same', () => {
    const copy = decodeModel(encodeModel(model));
    assert.ok(copy);
    const text = statement(
      'In May 2024, the district governor amended the regulation on water points in Bellmoor.',
    );
    assert.deepEqual(suggestFor(copy, text, codebook), suggestFor(model, text, codebook));
  });
});

describe('text features', () => {
  it('fold case and accents, and leave numbers out, in any script', () => {
    assert.equal(foldText('Comité ÉLU'), 'comite elu');
    assert.deepEqual(
      tokenize('В 2023 году Комитет, «Ассоциация» и الجمعية').map((t) => t.key),
      ['в', 'году', 'комитет', 'ассоциация', 'и', 'الجمعية'],
    );
  });
});

describe('calibration', () => {
  it('keeps the order of the scores and stays between 0 and 1', () => {
    // Held-out scores of one zone for two codes: higher scores for the true code, with some overlap.
    const examples: Float64Array[][] = [];
    const targets: number[] = [];
    for (let i = 0; i < 60; i++) {
      const truth = i % 2;
      const noise = ((i * 37) % 11) / 5 - 1;
      examples.push([
        Float64Array.from([truth === 0 ? 1 + noise : -1 + noise, truth === 1 ? 1 + noise : -1 + noise]),
      ]);
      targets.push(truth === 0 ? 1 : 0, truth === 1 ? 1 : 0);
    }
    for (const multi of [false, true]) {
      const combiner = fitCombiner(examples, Uint8Array.from(targets), 2, multi);
      let previous = -1;
      for (let s = -4; s <= 4; s += 0.5) {
        const p = probabilities(combiner, multi, [Float64Array.from([s, -s])]);
        assert.ok((p[0] as number) >= 0 && (p[0] as number) <= 1);
        assert.ok((p[0] as number) >= previous, `multi ${multi}: ${p[0]} after ${previous}`);
        previous = p[0] as number;
      }
    }
  });
});
