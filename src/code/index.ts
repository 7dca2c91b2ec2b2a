/**
 * Coding: suggestions learned from the store's own coded outcomes, and people's codings. The CLI and the
 * server use these; the model's parts stay inside this folder.
 */
export { type CodeRequest, codeOutcome, fieldNamed, parseSetting } from './record.js';
export { codingModel, type SuggestOptions, suggest } from './suggest.js';
