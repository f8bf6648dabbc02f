import type { JsonObject, ResourceType } from './types.js';
import { qualifiedName } from './types.js';

/** The Status reasons this server answers with (metav1.StatusReason). */
export type KubeReason =
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Invalid'
  | 'BadRequest'
  | 'MethodNotAllowed'
  | 'UnsupportedMediaType'
  | 'Unauthorized'
  | 'ServiceUnavailable'
  | 'Expired'
  | 'TooManyRequests'
  | 'InternalError';

export type KubeErrorCode = `ERR_KUBE_${KubeReason}`;

export interface StatusCause {
  type?: string;
  message?: string;
  field?: string;
  reason?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  causes?: StatusCause[];
}

/** A failure the server turns into a Kubernetes `Status` body with the same HTTP code. */
export class KubeStatusError extends Error {
  readonly code: KubeErrorCode;
  constructor(
    readonly status: number,
    readonly reason: KubeReason,
    message: string,
    readonly details?: StatusDetails,
  ) {
    super(message);
    this.name = 'KubeStatusError';
    this.code = `ERR_KUBE_${reason}`;
  }

  toStatus(): JsonObject {
    const body: JsonObject = {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      code: this.status,
    };
    if (this.details) body.details = JSON.parse(JSON.stringify(this.details)) as JsonObject;
    return body;
  }
}

const detailsFor = (rt: ResourceType, name: string): StatusDetails => ({
  name,
  ...(rt.group ? { group: rt.group } : {}),
  kind: rt.plural,
});

export const notFound = (rt: ResourceType, name: string) =>
  new KubeStatusError(404, 'NotFound', `${qualifiedName(rt)} "${name}" not found`, detailsFor(rt, name));

/** What the API says when a namespaced write names a namespace that does not exist. */
export const namespaceNotFound = (namespace: string) =>
  new KubeStatusError(404, 'NotFound', `namespaces "${namespace}" not found`, { name: namespace, kind: 'namespaces' });

export const routeNotFound = () =>
  new KubeStatusError(404, 'NotFound', 'the server could not find the requested resource', {});

export const alreadyExists = (rt: ResourceType, name: string) =>
  new KubeStatusError(409, 'AlreadyExists', `${qualifiedName(rt)} "${name}" already exists`, detailsFor(rt, name));

/** Optimistic concurrency failure: the resourceVersion sent is not the stored one. */
export const staleVersion = (rt: ResourceType, name: string) =>
  new KubeStatusError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedName(rt)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    detailsFor(rt, name),
  );

export interface FieldProblem {
  field: string;
  message: string;
  reason?: 'FieldValueInvalid' | 'FieldValueRequired' | 'FieldValueForbidden' | 'FieldValueNotSupported';
}

export function invalid(kind: string, name: string, problems: FieldProblem[], group = ''): KubeStatusError {
  const list = problems.map((p) => `${p.field}: ${p.message}`).join(', ');
  const text = problems.length === 1 ? list : `[${list}]`;
  return new KubeStatusError(422, 'Invalid', `${kind} "${name}" is invalid: ${text}`, {
    name,
    ...(group ? { group } : {}),
    kind,
    causes: problems.map((p) => ({ reason: p.reason ?? 'FieldValueInvalid', message: p.message, field: p.field })),
  });
}

export const badRequest = (message: string) => new KubeStatusError(400, 'BadRequest', message);

export const methodNotAllowed = () =>
  new KubeStatusError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');

export const unsupportedMediaType = (type: string) =>
  new KubeStatusError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json (got ${type})`);

export const unauthorized = () => new KubeStatusError(401, 'Unauthorized', 'Unauthorized');

export const serviceUnavailable = () =>
  new KubeStatusError(503, 'ServiceUnavailable', 'the server is currently unable to handle the request');

/** Sent as a watch ERROR event (or a 410) when the requested resourceVersion left the history. */
export const expired = (requested: number, oldest: number) =>
  new KubeStatusError(410, 'Expired', `too old resource version: ${requested} (${oldest})`);

/** One field another manager owns with a different value (structured-merge-diff's conflict). */
export interface ApplyConflict {
  manager: string;
  field: string;
}

/** Same wording as k8s.io/apimachinery's managedfields conflict error, so clients can show it verbatim. */
export function applyConflict(conflicts: ApplyConflict[]): KubeStatusError {
  const causes = conflicts.map((c) => ({ type: 'FieldManagerConflict', message: `conflict with ${c.manager}`, field: c.field }));
  let message: string;
  if (conflicts.length === 1) {
    const [only] = conflicts as [ApplyConflict];
    message = `Apply failed with 1 conflict: conflict with ${only.manager}: ${only.field}`;
  } else {
    const byManager = new Map<string, string[]>();
    for (const c of conflicts) byManager.set(c.manager, [...(byManager.get(c.manager) ?? []), c.field]);
    const lines = [...byManager.keys()].sort().flatMap((m) => [`conflicts with ${m}:`, ...(byManager.get(m) ?? []).map((f) => `- ${f}`)]);
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
  }
  return new KubeStatusError(409, 'Conflict', message, { causes });
}
