// Every failure of a Kubernetes call becomes a ClusterError whose detail comes
// from the API's Status (reason, message, causes) and never from the request:
// client-node's ApiException carries the request body on some paths, and for a
// Secret that body is the secret material.
import { ApiException } from '@kubernetes/client-node';

export type ClusterErrorKind = 'conflict' | 'not_found' | 'unavailable' | 'rejected';

/** Why a Kubernetes call failed: `unavailable` is worth retrying, `conflict` and `rejected` are reported, `not_found` is the caller's call. */
export class ClusterError extends Error {
  constructor(
    readonly kind: ClusterErrorKind,
    readonly detail: string,
    /** For a conflict: the fields and the managers owning them. */
    readonly conflicts: readonly { field: string; manager: string }[] = [],
  ) {
    super(`kubernetes ${kind}: ${detail}`);
    this.name = 'ClusterError';
  }
}

type StatusCause = { type?: string; field?: string; message?: string };

/** Turns a client-node failure (ApiException, network error) into a ClusterError; a ClusterError passes through. */
export function classifyKubeError(error: unknown): ClusterError {
  if (error instanceof ClusterError) return error;
  if (error instanceof ApiException) {
    const status = parseStatus(error.body);
    if (error.code === 409 && status.reason === 'Conflict' && status.causes.some((c) => c.type === 'FieldManagerConflict')) {
      const conflicts = status.causes.filter((c) => c.type === 'FieldManagerConflict').map((c) => ({ field: c.field ?? '', manager: managerOf(c.message ?? '') }));
      return new ClusterError('conflict', conflicts.map((c) => `${c.field} is owned by "${c.manager}"`).join('; '), conflicts);
    }
    if (error.code === 404) return new ClusterError('not_found', status.message || 'not found');
    if (error.code >= 500 || error.code === 429) return new ClusterError('unavailable', `HTTP ${error.code}`);
    return new ClusterError('rejected', `HTTP ${error.code} ${status.reason}: ${status.message}`.slice(0, 300));
  }
  const e = error as { code?: string; cause?: { code?: string }; name?: string; type?: string; statusCode?: number };
  // Watch requests fail with a plain Error carrying the HTTP status.
  if (typeof e.statusCode === 'number') {
    if (e.statusCode === 404) return new ClusterError('not_found', 'not found');
    if (e.statusCode >= 500 || e.statusCode === 429) return new ClusterError('unavailable', `HTTP ${e.statusCode}`);
    return new ClusterError('rejected', `HTTP ${e.statusCode}`);
  }
  const code = e.code ?? e.cause?.code ?? e.type ?? e.name ?? 'error';
  return new ClusterError('unavailable', `cannot reach the Kubernetes API (${code})`);
}

/** The Status object of an API error body (JSON text or already parsed); empty fields when it is not one. */
export function parseStatus(body: unknown): { reason: string; message: string; causes: StatusCause[] } {
  try {
    const parsed = (typeof body === 'string' ? JSON.parse(body) : body) as { reason?: string; message?: string; details?: { causes?: StatusCause[] } } | undefined;
    return { reason: parsed?.reason ?? '', message: parsed?.message ?? '', causes: parsed?.details?.causes ?? [] };
  } catch {
    return { reason: '', message: '', causes: [] };
  }
}

const managerOf = (message: string) => /conflict with "([^"]+)"/.exec(message)?.[1] ?? 'unknown';
