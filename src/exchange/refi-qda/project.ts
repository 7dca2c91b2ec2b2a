/**
 * A REFI-QDA project (urn:QDA-XML:project:1.0) as Tessera holds it in memory: the parts of the standard
 * that carry coded text (users, codes, variables, cases, text sources with their selections and codings).
 * Positions are counted in characters (Unicode code points) of the plain text, as the standard says.
 */
import { createHash } from 'node:crypto';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';

export interface QdaUser {
  guid: string;
  name: string;
}

export interface QdaCode {
  guid: string;
  name: string;
  /** False for a group that only holds other codes. */
  isCodable: boolean;
  color?: string;
  description?: string;
  children: QdaCode[];
}

export type VariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

export interface QdaVariable {
  guid: string;
  name: string;
  type: VariableType;
  description?: string;
}

export interface QdaVariableValue {
  /** The variable's guid. */
  variable: string;
  value: string | number | boolean;
}

export interface QdaCoding {
  guid: string;
  /** The code's guid. */
  code: string;
  creatingUser?: string;
  creationDateTime?: string;
}

/** A span of a text source, in code points from the start of its plain text; end is exclusive. */
export interface QdaSelection {
  guid: string;
  start: number;
  end: number;
  creatingUser?: string;
  codings: QdaCoding[];
}

export interface QdaTextSource {
  guid: string;
  name: string;
  description?: string;
  /** The plain text, or null when the project does not hold it (a rich text or external file only). */
  text: string | null;
  selections: QdaSelection[];
  /** Codings of the source as a whole. */
  codings: QdaCoding[];
  variables: QdaVariableValue[];
  creatingUser?: string;
  creationDateTime?: string;
}

export interface QdaCase {
  guid: string;
  name: string;
  description?: string;
  variables: QdaVariableValue[];
  /** Guids of the sources the case covers. */
  sources: string[];
}

export interface QdaProject {
  name: string;
  origin?: string;
  creatingUser?: string;
  creationDateTime?: string;
  users: QdaUser[];
  codes: QdaCode[];
  variables: QdaVariable[];
  cases: QdaCase[];
  sources: QdaTextSource[];
  /** Sources of other kinds (PDF, picture, audio, video) that a reader met and did not read. */
  otherSources: { name: string; kind: string }[];
}

/**
 * A GUID that is the same for the same parts every time (a name-based UUID, version 5 layout), so that
 * exporting twice gives the same codes and sources, and importing can recognise them by guid.
 */
export function guidOf(...parts: (string | number)[]): string {
  const hash = createHash('sha1')
    .update(['tessera', ...parts].join('\u0000'))
    .digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Length in code points: an emoji or a letter outside the Basic Multilingual Plane counts once. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** The text between two code-point positions (end exclusive), as a selection of the standard means it. */
export function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
