/**
 * Errors users can act on. Each has a stable code that scripts may test and a message that says what
 * went wrong and what to do; the CLI prints the message alone, without a stack trace.
 */
export type ErrorCode =
  | 'usage'
  | 'input-not-found'
  | 'input-unreadable'
  | 'input-empty'
  | 'input-too-large'
  | 'input-password-protected'
  | 'input-no-text-layer'
  | 'store-busy'
  | 'store-unavailable'
  | 'store-newer'
  | 'export-binary-to-terminal'
  | 'codebook-invalid'
  | 'forbidden';

export class TesseraError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TesseraError';
  }
}
