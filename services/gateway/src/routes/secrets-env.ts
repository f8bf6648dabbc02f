// /api/v1/secrets environment variables at their four scopes, each overriding the one before:
//   /env-vars                                                  global (platform administrators change them)
//   /projects/{projectId}/env-vars                             a project's
//   /projects/{projectId}/environments/{environment}/env-vars  one of its environments'
//   /applications/{applicationId}/env-vars                     an application's own
//   /applications/{applicationId}/environment                  what the application resolves to, scope by scope
// Project, environment and application variables belong to the project's organization, named
// by `?organizationId=` as the application routes do (organizationActor: the gateway checks
// membership, secrets-vault checks it is the project's organization; platform administrators
// may leave it out). Values go in request bodies only; the resolved view carries plain values
// (never a secret's) and is answered no-store.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Scope } from '@keywarden/contracts';
import type { Context } from 'hono';
import { requireActor, rpcActor, type GatewayEnv } from '../auth/actor.js';
import { organizationActor } from '../auth/organization.js';
import { rpcCaller, type GatewayDeps } from '../rpc.js';
import { body, json, noStore, protectedRoute, reply } from './kit.js';
import * as s from './secrets-schemas.js';

const route = protectedRoute(['secrets']);
const noContent = { 204: { description: 'Done' } };
const org = { query: s.OrgQuery };

type Target = { scope: 'global' | 'project' | 'environment' | 'application'; projectId?: string; environment?: string; applicationId?: string };
type Where = { label: string; path: string; params: typeof s.ProjectParams | typeof s.EnvironmentParams | typeof s.ApplicationParams | undefined;
  keyParams: typeof s.GlobalKeyParams | typeof s.ProjectKeyParams | typeof s.EnvironmentKeyParams | typeof s.ApplicationKeyParams };

const WHERE: Where[] = [
  { label: 'global', path: '/env-vars', params: undefined, keyParams: s.GlobalKeyParams },
  { label: 'project', path: '/projects/{projectId}/env-vars', params: s.ProjectParams, keyParams: s.ProjectKeyParams },
  { label: 'environment', path: '/projects/{projectId}/environments/{environment}/env-vars', params: s.EnvironmentParams, keyParams: s.EnvironmentKeyParams },
  { label: 'application', path: '/applications/{applicationId}/env-vars', params: s.ApplicationParams, keyParams: s.ApplicationKeyParams },
];
const WHAT: Record<string, string> = {
  global: 'Global variables (every application; platform administrators change them)',
  project: "A project's own variables (they override global ones)",
  environment: "A project environment's own variables (they override the project's)",
  application: "An application's own variables (they override its environment's)",
};

const listRoute = (w: Where) => route({
  method: 'get', path: w.path, summary: WHAT[w.label]!,
  request: { ...(w.params ? { params: w.params } : {}), ...(w.label === 'global' ? {} : org) }, responses: { 200: json(s.EnvVarList, 'Variables by key') },
});
const setRoute = (w: Where) => route({
  method: 'put', path: `${w.path}/{key}`, summary: `Set a${w.label === 'environment' || w.label === 'application' ? 'n' : ''} ${w.label} variable: plain, @secret:<id> or @group:<name>`,
  request: { params: w.keyParams, ...(w.label === 'global' ? {} : org), body: body(s.EnvVarInput) }, responses: { 200: json(s.EnvVarResult, 'The variable (plain values masked)') },
});
const deleteRoute = (w: Where) => route({
  method: 'delete', path: `${w.path}/{key}`, summary: `Delete a${w.label === 'environment' || w.label === 'application' ? 'n' : ''} ${w.label} variable`,
  request: { params: w.keyParams, ...(w.label === 'global' ? {} : org) }, responses: noContent,
});
const importGroup = route({
  method: 'post', path: '/projects/{projectId}/env-vars/import-group', summary: "Add a @secret variable per secret of a group, skipping the project's existing keys",
  request: { params: s.ProjectParams, ...org, body: body(s.ImportGroupInput) }, responses: { 200: json(s.GroupImported, 'Imported and skipped keys') },
});
const resolved = route({
  method: 'get', path: '/applications/{applicationId}/environment',
  summary: 'What a deploy of the application gets: each variable with the scope it came from and what it overrode; secrets by id, version and fingerprint, never their value',
  request: { params: s.ApplicationParams, ...org }, responses: { 200: json(s.ApplicationEnvironment, 'The resolved environment (not cached)') },
});

// Import works through many rows: longer than the default deadline.
const LONG = { timeoutMs: 120_000 };

/** The variable routes, added to the secrets router (one module in openapi.json). */
export function addEnvVarRoutes(app: OpenAPIHono<GatewayEnv>, deps: GatewayDeps): void {
  const rpc = rpcCaller(deps);
  async function acting(c: Context<GatewayEnv>, scope: Scope, organizationId: string | undefined) {
    if (organizationId) return (await organizationActor(c, deps, organizationId, scope)).rpcActor;
    return rpcActor(requireActor(c, scope));
  }
  // The four scopes share their handlers; each route's schemas have validated what is read here.
  const validated = (c: Context<GatewayEnv>) => {
    const valid = (target: string) => (c.req.valid as (t: string) => unknown)(target);
    return {
      params: (valid('param') ?? {}) as { projectId?: string; environment?: string; applicationId?: string; key?: string },
      organizationId: (valid('query') as { organizationId?: string } | undefined)?.organizationId,
      input: valid('json') as { value: string; description?: string },
    };
  };
  const target = (scope: Target['scope'], params: ReturnType<typeof validated>['params']): Target =>
    ({ scope, projectId: params.projectId ?? '', environment: params.environment ?? '', applicationId: params.applicationId ?? '' });

  for (const where of WHERE) {
    const scope = where.label as Target['scope'];
    app.openapi(listRoute(where), async (c) => {
      const { params, organizationId } = validated(c);
      const actor = await acting(c, 'secrets:read', organizationId);
      return c.json(reply(s.EnvVarList, await rpc('secrets.ListEnvVars', { actor, ...target(scope, params) })), 200);
    });
    app.openapi(setRoute(where), async (c) => {
      const { params, organizationId, input } = validated(c);
      const actor = await acting(c, 'secrets:write', organizationId);
      const result = await rpc('secrets.SetEnvVar', { actor, ...target(scope, params), key: params.key!, value: input.value, description: input.description ?? '' });
      return c.json(reply(s.EnvVarResult, result), 200);
    });
    app.openapi(deleteRoute(where), async (c) => {
      const { params, organizationId } = validated(c);
      const actor = await acting(c, 'secrets:write', organizationId);
      await rpc('secrets.DeleteEnvVar', { actor, ...target(scope, params), key: params.key! });
      return c.body(null, 204);
    });
  }
  app.openapi(importGroup, async (c) => {
    const actor = await acting(c, 'secrets:write', c.req.valid('query').organizationId);
    const result = await rpc('secrets.ImportGroupToProject', { actor, groupId: c.req.valid('json').groupId, projectId: c.req.valid('param').projectId }, LONG);
    return c.json(reply(s.GroupImported, result), 200);
  });
  app.openapi(resolved, async (c) => {
    const actor = await acting(c, 'secrets:read', c.req.valid('query').organizationId);
    const result = reply(s.ApplicationEnvironment, await rpc('secrets.ResolveApplicationEnvironment', { actor, applicationId: c.req.valid('param').applicationId }));
    // Plain values may still be sensitive enough not to sit in a browser's or a proxy's cache.
    noStore(c);
    return c.json(result, 200);
  });
}
