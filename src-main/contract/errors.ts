/** Stable error codes: the renderer and the tests branch on these, never on messages. */
export const ERROR_CODES = [
  'VALIDATION',
  'WRONG_PASSPHRASE',
  'NOT_A_WORKSPACE',
  'CORRUPT',
  'NEWER_VERSION',
  'LOCKED',
  'FILE_EXISTS',
  'FILE_NOT_FOUND',
  'IN_USE',
  'DISK_FULL',
  'READ_ONLY',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNSUPPORTED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** A sentence a person can act on: what happened and what to do next. */
  message: string;
  /** Per-field messages for forms, keyed by the input's field path ("passphrase", "org.name"). */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown anywhere below the transport; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (fields) this.fields = fields;
  }

  toApiError(): ApiError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}
