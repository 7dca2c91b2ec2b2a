/** Protect: personal-data detection and redaction (and `stretchesAround`, which extraction shares). */
export { type DetectOptions, detect, type RegistryEntry } from './detect.js';
export { getLexicon } from './lexicon.js';
export { PLACEHOLDER_NAMES, Pseudonyms, placeholder, type RedactOptions, redact } from './placeholders.js';
export { cutPoint, type RedactedPart, redactStream, type StreamOptions } from './stream.js';
export { stretchesAround } from './text.js';
