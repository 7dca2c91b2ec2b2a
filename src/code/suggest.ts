/**
 * Suggestions from the store's own coding: the one entry point the CLI and the server call. The model is
 * trained on the store's coded outcomes the first time it is needed, kept in the store under a
 * fingerprint of those outcomes and in memory, and trained again only when coding changes.
 */
import { createHash } from 'node:crypto';
import { type Codebook, offeredCodebook } from '../domain/codebook.js';
import type { OutcomeSuggestions } from '../domain/coding.js';
import {
  codedFingerprint,
  codingExamples,
  outcomesStamp,
  type Queryable,
  storeCodebook,
  storeCodingModel,
  storedCodingModel,
} from '../store/index.js';
import { type CodingText, FeatureCounter } from './features.js';
import { type CodingModel, MODEL_VERSION, suggestFor, trainCodingModel } from './model.js';
import { decodeModel, encodeModel } from './serialize.js';

export interface SuggestOptions {
  codebook?: Codebook;
  /** Called while a model is trained, for a progress bar. */
  onTraining?: (done: number, total: number) => void;
  /** Use the model an earlier call of this process kept in memory (default); false reads the store. */
  reuse?: boolean;
}

/**
 * The model last used, with the fingerprint of the coding it learned and the stamp of the outcomes table
 * when that was last checked: a server answering many requests trains or reads it once, and while the
 * table is unchanged, checks only the stamp.
 */
let latest: { key: string; stamp: string; model: CodingModel } | undefined;

/**
 * The model for the store's current coding: from memory, from the store, or trained now. It learns the
 * codes the codebook offers, so that retired codes are never suggested.
 */
export async function codingModel(q: Queryable, options: SuggestOptions = {}): Promise<CodingModel> {
  const codebook = offeredCodebook(options.codebook ?? (await storeCodebook(q)));
  const reuse = options.reuse !== false;
  const stamp = await outcomesStamp(q);
  const lists = JSON.stringify(codebook.lists);
  if (reuse && latest?.stamp === stamp && latest.key.startsWith(lists)) return latest.model;
  const fingerprint = await codedFingerprint(q);
  const content = `${lists}\n${MODEL_VERSION}:${fingerprint.key}`;
  if (reuse && latest?.key === content) {
    latest.stamp = stamp;
    return latest.model;
  }
  const key = createHash('sha256').update(content).digest('hex');
  const stored = await storedCodingModel(q, key);
  let model = stored ? decodeModel(stored) : undefined;
  if (!model) {
    model = trainCodingModel(await codingExamples(q), codebook, {
      ...(options.onTraining ? { onProgress: options.onTraining } : {}),
    });
    await storeCodingModel(q, key, encodeModel(model), fingerprint.outcomes);
  }
  latest = { key: content, stamp, model };
  return model;
}

/**
 * Suggestions for each outcome given, learned from the store's coded outcomes: per coded field, the
 * codes proposed with their confidence and the words that weighed most.
 */
export async function suggest(
  q: Queryable,
  outcomes: (CodingText & { id: string })[],
  options: SuggestOptions = {},
): Promise<OutcomeSuggestions[]> {
  const codebook = options.codebook ?? (await storeCodebook(q));
  const model = await codingModel(q, { ...options, codebook });
  const counter = new FeatureCounter();
  return outcomes.map((o) => ({ id: o.id, suggestions: suggestFor(model, o, codebook, counter) }));
}
