// The four scopes of environment variables (global < project < environment <
// application, each overriding the one before) behind one list/set/delete, so
// the editor is written once. Project, environment and application variables
// name the project's organization (?organizationId=), as the API asks.
import { api, call, type Schemas } from '../../api/client';

export type EnvVar = Schemas['EnvVar'];
export type Scope = EnvVar['scope'];
export type Target =
  | { scope: 'global' }
  | { scope: 'project'; organizationId: string; projectId: string }
  | { scope: 'environment'; organizationId: string; projectId: string; environment: string }
  | { scope: 'application'; organizationId: string; applicationId: string };

/** The query key of a target's list: invalidating ['env-vars'] refreshes every editor. */
export const varsKey = (target: Target) => ['env-vars', target] as const;

export async function listVars(target: Target): Promise<EnvVar[]> {
  switch (target.scope) {
    case 'global':
      return (await call(api.GET('/api/v1/secrets/env-vars'))).envVars;
    case 'project':
      return (await call(api.GET('/api/v1/secrets/projects/{projectId}/env-vars', { params: { path: { projectId: target.projectId }, query: { organizationId: target.organizationId } } }))).envVars;
    case 'environment':
      return (await call(api.GET('/api/v1/secrets/projects/{projectId}/environments/{environment}/env-vars', { params: { path: { projectId: target.projectId, environment: target.environment }, query: { organizationId: target.organizationId } } }))).envVars;
    case 'application':
      return (await call(api.GET('/api/v1/secrets/applications/{applicationId}/env-vars', { params: { path: { applicationId: target.applicationId }, query: { organizationId: target.organizationId } } }))).envVars;
  }
}

export async function setVar(target: Target, key: string, body: Schemas['EnvVarInput']): Promise<void> {
  switch (target.scope) {
    case 'global':
      await call(api.PUT('/api/v1/secrets/env-vars/{key}', { params: { path: { key } }, body }));
      return;
    case 'project':
      await call(api.PUT('/api/v1/secrets/projects/{projectId}/env-vars/{key}', { params: { path: { projectId: target.projectId, key }, query: { organizationId: target.organizationId } }, body }));
      return;
    case 'environment':
      await call(api.PUT('/api/v1/secrets/projects/{projectId}/environments/{environment}/env-vars/{key}', { params: { path: { projectId: target.projectId, environment: target.environment, key }, query: { organizationId: target.organizationId } }, body }));
      return;
    case 'application':
      await call(api.PUT('/api/v1/secrets/applications/{applicationId}/env-vars/{key}', { params: { path: { applicationId: target.applicationId, key }, query: { organizationId: target.organizationId } }, body }));
  }
}

export async function deleteVar(target: Target, key: string): Promise<void> {
  switch (target.scope) {
    case 'global':
      await call(api.DELETE('/api/v1/secrets/env-vars/{key}', { params: { path: { key } } }));
      return;
    case 'project':
      await call(api.DELETE('/api/v1/secrets/projects/{projectId}/env-vars/{key}', { params: { path: { projectId: target.projectId, key }, query: { organizationId: target.organizationId } } }));
      return;
    case 'environment':
      await call(api.DELETE('/api/v1/secrets/projects/{projectId}/environments/{environment}/env-vars/{key}', { params: { path: { projectId: target.projectId, environment: target.environment, key }, query: { organizationId: target.organizationId } } }));
      return;
    case 'application':
      await call(api.DELETE('/api/v1/secrets/applications/{applicationId}/env-vars/{key}', { params: { path: { applicationId: target.applicationId, key }, query: { organizationId: target.organizationId } } }));
  }
}

/** What a variable's value field holds: a plain value, or a reference in the API's syntax. */
export function valueOf(kind: EnvVar['kind'], plain: string, secretId: string, groupName: string): string {
  if (kind === 'secret_ref') return `@secret:${secretId}`;
  if (kind === 'group_ref') return `@group:${groupName}`;
  return plain;
}
