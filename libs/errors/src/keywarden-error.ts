import type { CommonErrorCode } from '@keywarden/contracts';

/** The codes every library and service may use (the contracts' common union); a context adds its own closed union on top. */
export type { CommonErrorCode };

export const COMMON_ERROR_STATUS: Readonly<Record<CommonErrorCode, number>> = {
  ERR_VALIDATION: 400,
  ERR_UNAUTHENTICATED: 401,
  ERR_FORBIDDEN: 403,
  ERR_NOT_FOUND: 404,
  ERR_CONFLICT: 409,
  ERR_RATE_LIMITED: 429,
  ERR_INTERNAL: 500,
  ERR_UNAVAILABLE: 503,
  ERR_TIMEOUT: 504,
};

/** One invalid field of a request, as shown to the client: where and why, never the value. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface KeywardenErrorOptions {
  /** Greppable id of the throw site (Zitadel style, e.g. 'EVSTORE-a81k'). */
  errorId?: string;
  cause?: unknown;
  /** Field-level issues of a validation error, shown in problem+json as `errors`. */
  issues?: readonly FieldIssue[];
  /**
   * More members of the problem+json (RFC 9457 extension members), e.g. the per-environment outcomes
   * of a refresh. JSON values written for the client: never secret material. The standard members
   * and Keywarden's own (type, title, status, detail, code, instance, requestId, errorId, errors) win.
   */
  extensions?: Readonly<Record<string, unknown>>;
}

/**
 * An error with a stable code and an HTTP-like status. `detail` is written for the client
 * and ends up in problem+json, so it must never hold secret material or raw input.
 */
export class KeywardenError<C extends string = string> extends Error {
  readonly code: C;
  readonly status: number;
  readonly detail?: string;
  readonly errorId?: string;
  readonly issues?: readonly FieldIssue[];
  readonly extensions?: Readonly<Record<string, unknown>>;

  constructor(code: C, status: number, detail?: string, options: KeywardenErrorOptions = {}) {
    const prefix = options.errorId ? `[${options.errorId}] ` : '';
    super(`${prefix}${code}${detail ? `: ${detail}` : ''}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    if (detail !== undefined) this.detail = detail;
    if (options.errorId !== undefined) this.errorId = options.errorId;
    if (options.issues !== undefined) this.issues = options.issues;
    if (options.extensions !== undefined) this.extensions = options.extensions;
  }
}

export function isKeywardenError(error: unknown): error is KeywardenError;
export function isKeywardenError<C extends string>(error: unknown, code: C): error is KeywardenError<C>;
export function isKeywardenError(error: unknown, code?: string): error is KeywardenError {
  return error instanceof KeywardenError && (code === undefined || error.code === code);
}

/** Builds a common error with its standard status. */
export function commonError(
  code: CommonErrorCode,
  detail?: string,
  options?: KeywardenErrorOptions,
): KeywardenError<CommonErrorCode> {
  return new KeywardenError(code, COMMON_ERROR_STATUS[code], detail, options);
}

type Factory<C extends CommonErrorCode> = (detail?: string, options?: KeywardenErrorOptions) => KeywardenError<C>;
const factory =
  <C extends CommonErrorCode>(code: C): Factory<C> =>
  (detail, options) =>
    new KeywardenError(code, COMMON_ERROR_STATUS[code], detail, options);

export const validationError = factory('ERR_VALIDATION');
export const unauthenticated = factory('ERR_UNAUTHENTICATED');
export const forbidden = factory('ERR_FORBIDDEN');
export const notFound = factory('ERR_NOT_FOUND');
export const conflict = factory('ERR_CONFLICT');
export const rateLimited = factory('ERR_RATE_LIMITED');
export const internalError = factory('ERR_INTERNAL');
export const unavailable = factory('ERR_UNAVAILABLE');
export const timeoutError = factory('ERR_TIMEOUT');
