// /api/v1/secrets: groups, versioned secrets, reveal/export, environment
// variables, providers and master key rotation, each one rpc.secrets.* call
// made as the actor. secrets-vault derives permissions from the actor's roles
// and PAT scopes; the routes check the scope first so a PAT fails early.
// Plaintext leaves only through reveal and export, answered no-store.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { requireActor, rpcActor, type GatewayEnv } from '../auth/actor.js';
import { openApiRouter } from '../openapi.js';
import { rpcCaller, type GatewayDeps } from '../rpc.js';
import { idempotencyKeyOf, idempotentHeaders, markReplay, replayable } from './idempotency.js';
import { body, json, noStore, protectedRoute, reply, signedIn } from './kit.js';
import * as s from './secrets-schemas.js';

const route = protectedRoute(['secrets']);
const noContent = { 204: { description: 'Done' } };

const listGroups = route({ method: 'get', path: '/groups', summary: 'Secret groups with their secret counts', responses: { 200: json(s.GroupList, 'Groups by name') } });
const createGroup = route({
  method: 'post', path: '/groups', summary: 'Create a secret group (name unique)',
  request: { headers: idempotentHeaders, body: body(s.CreateGroupInput) }, responses: { 201: replayable(json(s.GroupResult, 'The group')) },
});
const listSecrets = route({
  method: 'get', path: '/groups/{groupId}/secrets', summary: "A group's secrets with masked previews",
  request: { params: s.GroupId }, responses: { 200: json(s.SecretList, 'Secrets by name') },
});
const putSecret = route({
  method: 'post', path: '/groups/{groupId}/secrets', summary: 'Create a secret, or a new version of it (replace)',
  request: { params: s.GroupId, headers: idempotentHeaders, body: body(s.PutSecretInput) },
  responses: { 200: replayable(json(s.PutResult, 'The secret; changed is false when the value was the same')) },
});
const importSecrets = route({
  method: 'post', path: '/groups/{groupId}/import', summary: 'Bulk import from JSON or a .env file',
  request: { params: s.GroupId, body: body(s.ImportInput) }, responses: { 200: json(s.Imported, 'What happened, by name') },
});
const exportGroup = route({
  method: 'post', path: '/groups/{groupId}/export', summary: 'Export the group as .env (reveal permission, reason; audited)',
  request: { params: s.GroupId, body: body(s.ReasonInput) }, responses: { 200: json(s.Exported, 'The .env text (not cached)') },
});
const history = route({
  method: 'get', path: '/{secretId}/versions', summary: "A secret's versions, newest first (fingerprints, never values)",
  request: { params: s.SecretId }, responses: { 200: json(s.History, 'Versions') },
});
const rollback = route({
  method: 'post', path: '/{secretId}/rollback', summary: 'Restore an earlier version as a new version',
  request: { params: s.SecretId, body: body(s.RollbackInput) }, responses: { 200: json(s.SecretResult, 'The secret') },
});
const reveal = route({
  method: 'post', path: '/{secretId}/reveal', summary: "A secret's plaintext (reveal permission, reason; audited)",
  request: { params: s.SecretId, body: body(s.RevealInput) }, responses: { 200: json(s.Revealed, 'The value (not cached)') },
});
const deleteSecret = route({
  method: 'delete', path: '/{secretId}', summary: 'Delete a secret', request: { params: s.SecretId }, responses: noContent,
});
const listGlobalVars = route({ method: 'get', path: '/env-vars', summary: 'Global environment variables', responses: { 200: json(s.EnvVarList, 'Variables by key') } });
const setGlobalVar = route({
  method: 'put', path: '/env-vars/{key}', summary: 'Set a global variable: plain, @secret:<id> or @group:<name>',
  request: { params: s.GlobalKeyParams, body: body(s.EnvVarInput) }, responses: { 200: json(s.EnvVarResult, 'The variable (plain values masked)') },
});
const deleteGlobalVar = route({
  method: 'delete', path: '/env-vars/{key}', summary: 'Delete a global variable', request: { params: s.GlobalKeyParams }, responses: noContent,
});
const listProjectVars = route({
  method: 'get', path: '/projects/{projectId}/env-vars', summary: "A project's own variables (they override global ones)",
  request: { params: s.ProjectParams }, responses: { 200: json(s.EnvVarList, 'Variables by key') },
});
const setProjectVar = route({
  method: 'put', path: '/projects/{projectId}/env-vars/{key}', summary: 'Set a project variable: plain, @secret:<id> or @group:<name>',
  request: { params: s.ProjectKeyParams, body: body(s.EnvVarInput) }, responses: { 200: json(s.EnvVarResult, 'The variable (plain values masked)') },
});
const deleteProjectVar = route({
  method: 'delete', path: '/projects/{projectId}/env-vars/{key}', summary: 'Delete a project variable', request: { params: s.ProjectKeyParams }, responses: noContent,
});
const importGroup = route({
  method: 'post', path: '/projects/{projectId}/env-vars/import-group', summary: "Add a @secret variable per secret of a group, skipping the project's existing keys",
  request: { params: s.ProjectParams, body: body(s.ImportGroupInput) }, responses: { 200: json(s.GroupImported, 'Imported and skipped keys') },
});
const createProvider = route({
  method: 'post', path: '/providers', summary: 'Configure an external provider syncing into a group (administrators)',
  request: { headers: idempotentHeaders, body: body(s.ProviderInput) }, responses: { 201: replayable(json(s.ProviderResult, 'The provider')) },
});
const updateProvider = route({
  method: 'put', path: '/providers/{providerId}', summary: 'Reconfigure a provider (administrators)',
  request: { params: s.ProviderId, body: body(s.ProviderInput) }, responses: { 200: json(s.ProviderResult, 'The provider') },
});
const syncProvider = route({
  method: 'post', path: '/providers/{providerId}/sync', summary: 'Sync a provider into its group now (a failed sync changes nothing)',
  request: { params: s.ProviderId }, responses: { 200: json(s.SyncResult, 'Statistics') },
});
const rotateMasterKey = route({
  method: 'post', path: '/master-key/rotate', summary: 'Re-wrap every data key under the active master key version (administrators)',
  request: { body: { required: false, content: { 'application/json': { schema: s.RotateInput } } } }, responses: { 200: json(s.Rotated, 'Re-wrapped values') },
});

// Sync and rotation work through many rows or a remote provider: longer than the default deadline.
const LONG = { timeoutMs: 120_000 };

export function secretsRoutes(deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  const rpc = rpcCaller(deps);
  const app = openApiRouter();
  app.use('*', signedIn);

  app.openapi(listGroups, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:read'));
    return c.json(reply(s.GroupList, await rpc('secrets.ListSecretGroups', { actor })), 200);
  });
  app.openapi(createGroup, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:write'));
    const input = c.req.valid('json');
    const result = await rpc('secrets.CreateSecretGroup', { actor, name: input.name, description: input.description ?? '', idempotencyKey: idempotencyKeyOf(c) });
    markReplay(c, result);
    return c.json(reply(s.GroupResult, result), 201);
  });
  app.openapi(listSecrets, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:read'));
    return c.json(reply(s.SecretList, await rpc('secrets.ListSecrets', { actor, groupId: c.req.valid('param').groupId })), 200);
  });
  app.openapi(putSecret, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:write'));
    const input = c.req.valid('json');
    const result = await rpc('secrets.PutSecret', {
      actor, groupId: c.req.valid('param').groupId, name: input.name, value: input.value, description: input.description ?? '', replace: input.replace ?? false,
      idempotencyKey: idempotencyKeyOf(c),
    });
    markReplay(c, result);
    return c.json(reply(s.PutResult, result), 200);
  });
  app.openapi(importSecrets, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:write'));
    const input = c.req.valid('json');
    const result = await rpc('secrets.ImportSecrets', { actor, groupId: c.req.valid('param').groupId, format: input.format, content: input.content, overwrite: input.overwrite ?? false }, LONG);
    return c.json(reply(s.Imported, result), 200);
  });
  app.openapi(exportGroup, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:reveal'));
    const result = await rpc('secrets.ExportGroup', { actor, groupId: c.req.valid('param').groupId, reason: c.req.valid('json').reason }, LONG);
    noStore(c);
    return c.json(reply(s.Exported, result), 200);
  });
  app.openapi(history, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:read'));
    return c.json(reply(s.History, await rpc('secrets.GetSecretHistory', { actor, secretId: c.req.valid('param').secretId })), 200);
  });
  app.openapi(rollback, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:write'));
    const result = await rpc('secrets.RollbackSecret', { actor, secretId: c.req.valid('param').secretId, toVersion: c.req.valid('json').toVersion });
    return c.json(reply(s.SecretResult, result), 200);
  });
  app.openapi(reveal, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:reveal'));
    const input = c.req.valid('json');
    const result = await rpc('secrets.RevealSecret', { actor, secretId: c.req.valid('param').secretId, reason: input.reason, version: input.version ?? 0 });
    noStore(c);
    return c.json(reply(s.Revealed, result), 200);
  });
  app.openapi(deleteSecret, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:write'));
    await rpc('secrets.DeleteSecret', { actor, secretId: c.req.valid('param').secretId });
    return c.body(null, 204);
  });

  const listVars = async (actor: ReturnType<typeof rpcActor>, projectId: string) =>
    reply(s.EnvVarList, await rpc('secrets.ListEnvVars', { actor, scope: projectId ? 'project' : 'global', projectId }));
  const setVar = async (actor: ReturnType<typeof rpcActor>, projectId: string, key: string, input: { value: string; description?: string | undefined }) =>
    reply(s.EnvVarResult, await rpc('secrets.SetEnvVar', { actor, scope: projectId ? 'project' : 'global', projectId, key, value: input.value, description: input.description ?? '' }));
  const deleteVar = async (actor: ReturnType<typeof rpcActor>, projectId: string, key: string) =>
    void (await rpc('secrets.DeleteEnvVar', { actor, scope: projectId ? 'project' : 'global', projectId, key }));

  app.openapi(listGlobalVars, async (c) => c.json(await listVars(rpcActor(requireActor(c, 'secrets:read')), ''), 200));
  app.openapi(setGlobalVar, async (c) =>
    c.json(await setVar(rpcActor(requireActor(c, 'secrets:write')), '', c.req.valid('param').key, c.req.valid('json')), 200));
  app.openapi(deleteGlobalVar, async (c) => {
    await deleteVar(rpcActor(requireActor(c, 'secrets:write')), '', c.req.valid('param').key);
    return c.body(null, 204);
  });
  app.openapi(listProjectVars, async (c) => c.json(await listVars(rpcActor(requireActor(c, 'secrets:read')), c.req.valid('param').projectId), 200));
  app.openapi(setProjectVar, async (c) => {
    const { projectId, key } = c.req.valid('param');
    return c.json(await setVar(rpcActor(requireActor(c, 'secrets:write')), projectId, key, c.req.valid('json')), 200);
  });
  app.openapi(deleteProjectVar, async (c) => {
    const { projectId, key } = c.req.valid('param');
    await deleteVar(rpcActor(requireActor(c, 'secrets:write')), projectId, key);
    return c.body(null, 204);
  });
  app.openapi(importGroup, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:write'));
    const result = await rpc('secrets.ImportGroupToProject', { actor, groupId: c.req.valid('json').groupId, projectId: c.req.valid('param').projectId }, LONG);
    return c.json(reply(s.GroupImported, result), 200);
  });

  const providerRequest = (input: ReturnType<typeof s.ProviderInput.parse>) => ({
    name: input.name, providerType: input.providerType, groupId: input.groupId, settingsJson: JSON.stringify(input.settings), enabled: input.enabled ?? true,
    autoSync: input.autoSync ?? false, schedule: input.schedule ?? '', deleteMissing: input.deleteMissing ?? false,
  });
  app.openapi(createProvider, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:admin'));
    const result = await rpc('secrets.ConfigureProvider', { actor, ...providerRequest(c.req.valid('json')), idempotencyKey: idempotencyKeyOf(c) });
    markReplay(c, result);
    return c.json(reply(s.ProviderResult, result), 201);
  });
  app.openapi(updateProvider, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:admin'));
    const result = await rpc('secrets.ConfigureProvider', { actor, providerId: c.req.valid('param').providerId, ...providerRequest(c.req.valid('json')) });
    return c.json(reply(s.ProviderResult, result), 200);
  });
  app.openapi(syncProvider, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:write'));
    return c.json(reply(s.SyncResult, await rpc('secrets.SyncProvider', { actor, providerId: c.req.valid('param').providerId }, LONG)), 200);
  });
  app.openapi(rotateMasterKey, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:admin'));
    const input = (c.req.valid('json') as { batchSize?: number } | undefined) ?? {};
    return c.json(reply(s.Rotated, await rpc('secrets.RotateMasterKey', { actor, batchSize: input.batchSize ?? 0 }, LONG)), 200);
  });

  return app;
}
