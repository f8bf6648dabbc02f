import { $ZodError } from 'zod/v4/core';
import { COMMON_ERROR_STATUS, KeywardenError, type CommonErrorCode, type FieldIssue } from './keywarden-error.js';

/** RFC 9457 problem details, with Keywarden's extension members. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errorId?: string;
  errors?: FieldIssue[];
  /** Extension members a KeywardenError carries (its `extensions`). */
  [extension: string]: unknown;
}

export interface ToProblemOptions {
  instance?: string;
  requestId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM_BASE = 'https://keywarden.dev/problems/';
const INTERNAL_DETAIL = 'An internal error occurred.';
/** Members an extension may not replace. */
const RESERVED = new Set(['type', 'title', 'status', 'detail', 'code', 'instance', 'requestId', 'errorId', 'errors']);

const COMMON_TITLES: Readonly<Record<CommonErrorCode, string>> = {
  ERR_VALIDATION: 'Invalid request',
  ERR_UNAUTHENTICATED: 'Authentication required',
  ERR_FORBIDDEN: 'Forbidden',
  ERR_NOT_FOUND: 'Not found',
  ERR_CONFLICT: 'Conflict',
  ERR_RATE_LIMITED: 'Too many requests',
  ERR_INTERNAL: 'Internal error',
  ERR_UNAVAILABLE: 'Service unavailable',
  ERR_TIMEOUT: 'Timed out',
};

/** 'ERR_NOT_FOUND' -> 'https://keywarden.dev/problems/err-not-found' */
export function problemType(code: string): string {
  return PROBLEM_BASE + code.toLowerCase().replace(/_/g, '-');
}

/** Common codes get a fixed title; a service code like 'ERR_GRANT_REVOKED' becomes 'Grant revoked'. */
export function problemTitle(code: string): string {
  const common = COMMON_TITLES[code as CommonErrorCode];
  if (common) return common;
  const words = code.replace(/^ERR_/, '').toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Joins a zod path as 'items.0.name'; the root is ''. */
function joinPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => (typeof segment === 'symbol' ? (segment.description ?? '') : String(segment))).join('.');
}

/**
 * The one place an error becomes problem+json. A KeywardenError keeps its code, status and
 * detail; a ZodError is a 400 listing paths and messages (zod's messages describe the
 * expectation, not the input); anything else is a 500 whose detail says nothing about
 * the original error, which may carry secrets or internals.
 */
export function toProblem(error: unknown, options: ToProblemOptions = {}): ProblemDetails {
  let problem: ProblemDetails;
  if (error instanceof KeywardenError) {
    // A status outside 4xx/5xx is a programming error; the client still gets a valid problem.
    const status = Number.isInteger(error.status) && error.status >= 400 && error.status <= 599 ? error.status : 500;
    problem = base(error.code, status, error.detail ?? problemTitle(error.code));
    if (error.errorId !== undefined) problem.errorId = error.errorId;
    if (error.issues !== undefined) problem.errors = error.issues.map(({ path, message }) => ({ path, message }));
    for (const [key, value] of Object.entries(error.extensions ?? {})) if (!RESERVED.has(key) && value !== undefined) problem[key] = value;
  } else if (error instanceof $ZodError) {
    problem = base('ERR_VALIDATION', COMMON_ERROR_STATUS.ERR_VALIDATION, 'The request is not valid.');
    problem.errors = error.issues.map((issue) => ({ path: joinPath(issue.path), message: issue.message }));
  } else {
    problem = base('ERR_INTERNAL', COMMON_ERROR_STATUS.ERR_INTERNAL, INTERNAL_DETAIL);
  }
  if (options.instance !== undefined) problem.instance = options.instance;
  if (options.requestId !== undefined) problem.requestId = options.requestId;
  return problem;
}

function base(code: string, status: number, detail: string): ProblemDetails {
  return { type: problemType(code), title: problemTitle(code), status, detail, code };
}
