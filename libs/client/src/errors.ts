// What the gateway answered instead of the data: its problem+json (RFC 9457)
// as a typed error, so callers branch on `code` (ERR_NOT_FOUND, ERR_FORBIDDEN,
// ...) rather than on message text.
import type { components } from './generated/schema.js';

export type Problem = components['schemas']['ProblemDetails'];

export class KeywardenApiError extends Error {
  override readonly name = 'KeywardenApiError';
  /** The problem's stable code, e.g. ERR_NOT_FOUND; ERR_HTTP_<status> when the body was not problem+json. */
  readonly code: string;
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    const issues = (problem.errors ?? []).map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
    const text = problem.detail || problem.title;
    super(issues.length ? `${text} (${issues.join('; ')})` : text);
    this.code = problem.code;
    this.status = problem.status;
    this.problem = problem;
  }
}

/** The gateway could not be reached at all (DNS, refused connection, TLS). */
export class KeywardenConnectionError extends Error {
  override readonly name = 'KeywardenConnectionError';
  readonly code = 'ERR_CONNECTION';
  constructor(baseUrl: string, cause: unknown) {
    super(`cannot reach the gateway at ${baseUrl}: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** The problem in an error body, or one made from the status when the body is something else (a proxy's HTML page). */
export function problemOf(body: unknown, response: Response): Problem {
  if (body && typeof body === 'object' && typeof (body as Problem).code === 'string' && typeof (body as Problem).title === 'string') {
    return { ...(body as Problem), status: (body as Problem).status ?? response.status };
  }
  return { type: 'about:blank', code: `ERR_HTTP_${response.status}`, title: response.statusText || `HTTP ${response.status}`, status: response.status };
}
