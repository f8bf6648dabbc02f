// /api/v1/secrets: groups, versioned secrets, search, reveal/export,
// providers and master key rotation (environment variables: secrets-env.ts),
// each one rpc.secrets.* call made as the actor. secrets-vault derives
// permissions from the actor's roles and PAT scopes; the routes check the
// scope first so a PAT fails early. Plaintext leaves only through reveal and
// export, answered no-store.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { requireActor, rpcActor, type GatewayEnv } from '../auth/actor.js';
import { openApiRouter } from '../openapi.js';
import { rpcCaller, type GatewayDeps } from '../rpc.js';
import { idempotencyKeyOf, idempotentHeaders, markReplay, replayable } from './idempotency.js';
import { body, json, noStore, problem, protectedRoute, reply, signedIn } from './kit.js';
import { addEnvVarRoutes } from './secrets-env.js';
import * as s from './secrets-schemas.js';

const route = protectedRoute(['secrets']);
const noContent = { 204: { description: 'Done' } };

const listGroups = route({ method: 'get', path: '/groups', summary: 'Secret groups with their secret counts', responses: { 200: json(s.GroupList, 'Groups by name') } });
const createGroup = route({
  method: 'post', path: '/groups', summary: 'Create a secret group (name unique)',
  request: { headers: idempotentHeaders, body: body(s.CreateGroupInput) }, responses: { 201: replayable(json(s.GroupResult, 'The group')) },
});
const updateGroup = route({
  method: 'patch', path: '/groups/{groupId}', summary: 'Rename a group or change its description (only the fields given)',
  request: { params: s.GroupId, body: body(s.UpdateGroupInput) },
  responses: { 200: json(s.GroupResult, 'The group'), 409: problem('The name is taken, or variables reference the group by name (each listed in errors)') },
});
const deleteGroup = route({
  method: 'delete', path: '/groups/{groupId}', summary: 'Delete a group with its secrets',
  request: { params: s.GroupId },
  responses: { 200: json(s.GroupDeleted, 'How many secrets went with it'), 409: problem('Variables or a provider still use the group: errors lists each (path, what it does)') },
});
const search = route({
  method: 'get', path: '/search', summary: 'Secrets whose name contains q, any case, across groups (the variable editor\'s picker)',
  request: { query: s.SearchQuery }, responses: { 200: json(s.SearchResult, 'One page, by name') },
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
const revealMany = route({
  method: 'post', path: '/reveal', summary: "Several secrets' plaintexts with one reason (reveal permission; each audited)",
  request: { body: body(s.RevealManyInput) }, responses: { 200: json(s.RevealedMany, 'The values, in the order asked (not cached)') },
});
const deleteSecret = route({
  method: 'delete', path: '/{secretId}', summary: 'Delete a secret', request: { params: s.SecretId }, responses: noContent,
});
const listProviders = route({
  method: 'get', path: '/providers', summary: 'Providers with their last sync: time, status, error class and message (never their settings)',
  responses: { 200: json(s.ProviderList, 'Providers by name') },
});
const getProvider = route({
  method: 'get', path: '/providers/{providerId}', summary: 'A provider with its last sync (never its settings)',
  request: { params: s.ProviderId }, responses: { 200: json(s.ProviderItem, 'The provider') },
});
const deleteProvider = route({
  method: 'delete', path: '/providers/{providerId}', summary: 'Delete a provider: its schedule stops, its group is unlinked, the secrets it synced stay (administrators)',
  request: { params: s.ProviderId }, responses: { ...noContent, 409: problem('A sync of the provider is running') },
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
  method: 'post', path: '/providers/{providerId}/sync', summary: 'Sync a provider into its group now (a failed sync changes nothing and is recorded as its last sync)',
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
  app.openapi(updateGroup, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:write'));
    const input = c.req.valid('json');
    const updateMask = [...(input.name !== undefined ? ['name'] : []), ...(input.description !== undefined ? ['description'] : [])];
    const result = await rpc('secrets.UpdateSecretGroup', { actor, groupId: c.req.valid('param').groupId, updateMask, name: input.name ?? '', description: input.description ?? '' });
    return c.json(reply(s.GroupResult, result), 200);
  });
  app.openapi(deleteGroup, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:write'));
    return c.json(reply(s.GroupDeleted, await rpc('secrets.DeleteSecretGroup', { actor, groupId: c.req.valid('param').groupId })), 200);
  });
  app.openapi(search, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:read'));
    const query = c.req.valid('query');
    const result = await rpc('secrets.SearchSecrets', { actor, query: query.q ?? '', pageSize: query.pageSize ?? 0, pageToken: query.pageToken ?? '' });
    return c.json(reply(s.SearchResult, result), 200);
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
  app.openapi(revealMany, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:reveal'));
    const input = c.req.valid('json');
    const wanted = input.secrets.map((w) => ({ secretId: w.secretId, version: w.version ?? 0 }));
    const result = await rpc('secrets.RevealSecrets', { actor, reason: input.reason, secrets: wanted });
    noStore(c);
    return c.json(reply(s.RevealedMany, result), 200);
  });
  app.openapi(deleteSecret, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:write'));
    await rpc('secrets.DeleteSecret', { actor, secretId: c.req.valid('param').secretId });
    return c.body(null, 204);
  });

  addEnvVarRoutes(app, deps);

  const providerRequest = (input: ReturnType<typeof s.ProviderInput.parse>) => ({
    name: input.name, providerType: input.providerType, groupId: input.groupId, settingsJson: JSON.stringify(input.settings), enabled: input.enabled ?? true,
    autoSync: input.autoSync ?? false, schedule: input.schedule ?? '', deleteMissing: input.deleteMissing ?? false,
  });
  app.openapi(listProviders, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:read'));
    return c.json(reply(s.ProviderList, await rpc('secrets.ListProviders', { actor })), 200);
  });
  app.openapi(getProvider, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:read'));
    return c.json(reply(s.ProviderItem, await rpc('secrets.GetProvider', { actor, providerId: c.req.valid('param').providerId })), 200);
  });
  app.openapi(deleteProvider, async (c) => {
    const actor = rpcActor(requireActor(c, 'secrets:admin'));
    await rpc('secrets.DeleteProvider', { actor, providerId: c.req.valid('param').providerId });
    return c.body(null, 204);
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
