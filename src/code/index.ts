/**
 * Coding: suggestions learned from the store's own coded outcomes, people's codings, statement-quality
 * checks and near-duplicates. The CLI and the
 * server use these; the model's parts stay inside this folder.
 */
export {
  type AgreementReport,
  agreementReport,
  alphaReading,
  type FieldAgreement,
  landisKoch,
  type PairReport,
} from './agreement.js';
export {
  DEFAULT_DUPLICATE_THRESHOLD,
  type Described,
  type DuplicatePair,
  findDuplicates,
} from './duplicates.js';
export { type IndependentImport, importIndependent, withoutCodes } from './independent.js';
export {
  checkStatement,
  isQualityCheck,
  QUALITY_CHECKS,
  type QualityCheck,
  type QualityFlag,
  retiredCodeFlags,
} from './quality.js';
export { type CodeRequest, codeOutcome, fieldNamed, parseSetting } from './record.js';
export { codingModel, type SuggestOptions, suggest } from './suggest.js';
