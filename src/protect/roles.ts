/**
 * Roles and what each may see and do. Admins and editors see originals (a reveal of a confidential
 * record is audited); reviewers and viewers see redacted text only; viewers change nothing.
 */
import { TesseraError } from '../errors.js';

export const ROLES = ['admin', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The role the person running the CLI acts in: TESSERA_ROLE, admin when unset. */
export function currentRole(env: NodeJS.ProcessEnv = process.env): Role {
  const value = (env.TESSERA_ROLE ?? '').trim().toLowerCase();
  if (value === '') return 'admin';
  if (isRole(value)) return value;
  throw new TesseraError('usage', `TESSERA_ROLE must be one of ${ROLES.join(', ')}`);
}

/** Whether the role may see the originals of confidential records (each such reveal is audited). */
export function mayReveal(role: Role): boolean {
  return role === 'admin' || role === 'editor';
}

/** Whoever reads, and whether they asked for redacted text (--redacted). */
export interface Reader {
  role: Role;
  redacted: boolean;
}

/**
 * Whether a record's text must be redacted for this reader: with --redacted, always; for a role that may
 * not see originals, for every record, confidential or not, since a record that is not confidential can
 * still name someone a confidential one protects; for admins and editors, never (their reveals of
 * confidential records are audited). `confidential` is the record's flag: it does not change the answer
 * today, and callers pass it so that programme-level access can.
 */
export function mustRedact(reader: Reader, _confidential: boolean): boolean {
  return reader.redacted || !mayReveal(reader.role);
}

/** What each role may do beyond reading. */
const ALLOWED: Record<'write' | 'allow' | 'codebook' | 'settings', readonly Role[]> = {
  // viewers read only: what they could write (a crafted record, a registry entry) could serve as an
  // oracle for the pseudonyms and names of others
  write: ['admin', 'editor', 'reviewer'],
  // allowing a term shows it everywhere: only roles that may see originals
  allow: ['admin', 'editor'],
  // the codebook is the programme's shared frame: those who run the programme's coding change it
  codebook: ['admin', 'editor'],
  settings: ['admin'],
};

const WHAT: Record<keyof typeof ALLOWED, string> = {
  write: 'change the store',
  allow: 'add terms to the allow-list',
  codebook: 'change the codebook',
  settings: 'change what is redacted',
};

/** Refuses, with a clear message, an action the role may not take. */
export function requireRole(role: Role, action: keyof typeof ALLOWED): void {
  if (ALLOWED[action].includes(role)) return;
  throw new TesseraError(
    'forbidden',
    `the ${role} role may not ${WHAT[action]}; this needs ${ALLOWED[action].join(' or ')} (TESSERA_ROLE)`,
  );
}
