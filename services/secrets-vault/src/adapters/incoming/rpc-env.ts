// Environment variable endpoints: set, delete and list at the four scopes (access.ts places
// and authorizes each request), the resolved view of an application, and BuildEnvironment for
// the deployer (no actor: NATS lets only the deployer call it).
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import type { Database } from '@keywarden/db';
import type { AccessApp } from '../../app/access.js';
import type { EnvironmentApp, EnvVarRow } from '../../app/environment.js';
import type { ResolutionApp } from '../../app/resolution.js';
import type { SecretsApp } from '../../app/secrets.js';
import { checkScope, ENV_KEY_PATTERN, ENVIRONMENT_PATTERN, parseEnvValue } from '../../domain/env-var/env-var.js';
import type { Resolved } from '../../domain/env-var/resolve.js';
import { invalid } from '../../domain/errors.js';
import { requireUuid } from '../../domain/ids.js';

export type EnvironmentApps = { database: Database; secrets: SecretsApp; access: AccessApp; environment: EnvironmentApp; resolution: ResolutionApp };

function envSummary(v: EnvVarRow) {
  return { envVarId: v.id, scope: v.scope, projectId: v.projectId, environment: v.environment, applicationId: v.applicationId, key: v.key, kind: v.kind,
    reference: v.reference, preview: v.preview, description: v.description, updatedAt: v.updatedAt.toISOString() };
}

/** withValue: every value (BuildEnvironment); otherwise plain values only (the resolved view never carries a secret's value). */
function resolvedVariable(v: Resolved, withValue: boolean) {
  return { key: v.key, value: withValue || v.kind === 'plain' ? v.value : '', scope: v.scope, kind: v.kind, secretId: v.secretId, secretVersion: v.secretVersion,
    valueFingerprint: v.valueFingerprint, overrides: v.overrides, secretName: v.secretName, groupName: v.groupName, variableKey: v.variableKey };
}

const targetOf = (r: { projectId?: string; environment?: string; applicationId?: string }) =>
  ({ projectId: r.projectId ?? '', environment: r.environment ?? '', applicationId: r.applicationId ?? '' });

export function environmentEndpoints(apps: EnvironmentApps): AnyRpcEndpoint[] {
  const { access, environment, resolution } = apps;
  return [
    endpoint('secrets.BuildEnvironment', async (r) => {
      const target = targetOf(r);
      if (target.environment && !ENVIRONMENT_PATTERN.test(target.environment)) throw invalid('environment is 1-24 lowercase letters, digits or dashes', 'VAULT-d8ef');
      if (target.applicationId) requireUuid('application_id', target.applicationId);
      const variables = await resolution.build(target);
      return { variables: variables.map((v) => resolvedVariable(v, true)), resolvedAt: apps.secrets.now().toISOString() };
    }),
    endpoint('secrets.ResolveApplicationEnvironment', async (r) => {
      requireUuid('application_id', r.applicationId);
      const { target } = await access.place(r.actor, 'application', { applicationId: r.applicationId }, 'read');
      const view = await resolution.view(target);
      return { applicationId: target.applicationId, projectId: target.projectId, environment: target.environment,
        variables: view.variables.map((v) => resolvedVariable(v, false)), missing: view.missing };
    }),
    endpoint('secrets.SetEnvVar', async (r) => {
      // The request is checked whole before anything is looked up: bad input is a 400 whatever the target.
      const scope = checkScope(r.scope, targetOf(r));
      if (!ENV_KEY_PATTERN.test(r.key)) throw invalid('a variable name is letters, digits and "_", not starting with a digit', 'VAULT-c2f5');
      parseEnvValue(r.value);
      const placed = await access.place(r.actor, scope, targetOf(r), 'write');
      const set = await environment.set({ actor: placed.actor, scope, target: placed.target, key: r.key, value: r.value, description: r.description });
      return { envVar: envSummary(set) };
    }),
    endpoint('secrets.DeleteEnvVar', async (r) => {
      const scope = checkScope(r.scope, targetOf(r));
      const placed = await access.place(r.actor, scope, targetOf(r), 'write');
      await environment.delete(placed.actor, scope, placed.target, r.key);
      return {};
    }),
    endpoint('secrets.ListEnvVars', async (r) => {
      const scope = checkScope(r.scope, targetOf(r));
      const placed = await access.place(r.actor, scope, targetOf(r), 'read');
      return { envVars: (await environment.list(scope, placed.target)).map(envSummary) };
    }),
    endpoint('secrets.ImportGroupToProject', async (r) => {
      requireUuid('group_id', r.groupId);
      checkScope('project', { projectId: r.projectId });
      const placed = await access.place(r.actor, 'project', { projectId: r.projectId }, 'write');
      const { imported, skipped } = await environment.importGroup(placed.actor, r.groupId, placed.target.projectId);
      return { imported, skipped };
    }),
  ] as AnyRpcEndpoint[];
}
