/**
 * Protect: confidentiality everywhere. Binds the redaction engine (`src/redact`, which knows no store) to
 * a store's key, pseudonym numbers, allow-list, registry and settings, and to roles and the audit.
 */
export { redactActivity } from './activity.js';
export { type Actor, actorAs, protectionChanged, revealed } from './audit.js';
export { redactCrossTab } from './crosstab.js';
export { isCode, once, outcomeTexts, protectOutcomes, redactOutcome, redactOutcomes } from './outcome.js';
export {
  DEFAULT_SETTINGS,
  detectOptionsOf,
  type Numbering,
  type Protection,
  protectionFor,
  runNumbering,
  storeNumbering,
} from './protection.js';
export { outcomesFor } from './reader.js';
export { growRegistry, marksConfidential, textsOfOutcomes } from './registry.js';
export {
  applyDecisions,
  type Decisions,
  noDecisions,
  type ReviewItem,
  reviewItems,
  reviewLoop,
} from './review.js';
export {
  currentRole,
  isRole,
  mayReveal,
  mustRedact,
  type Reader,
  ROLES,
  type Role,
  requireRole,
} from './roles.js';
export {
  detectTexts,
  type Found,
  hideQuoted,
  redactForViewer,
  redactMessage,
  redactPaths,
  redactProblems,
  redactTexts,
  writeRedacted,
} from './texts.js';
