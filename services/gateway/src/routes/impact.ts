// /api/v1/impact: what a change to an account, a secret, a group or a provider will affect, answered
// by the audit service's impact read models (rpc.audit.Get*Impact). With ?organizationId= the caller's
// role there comes from identity (organizationActor) and the answer holds that organization's part;
// without it only platform administrators may ask and see everything. A provider's impact is for
// administrators only. Versions and fingerprints, never a value.
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { GatewayEnv } from '../auth/actor.js';
import { auditReader } from '../auth/audit-reader.js';
import { openApiRouter } from '../openapi.js';
import { rpcCaller, type GatewayDeps } from '../rpc.js';
import { json, protectedRoute, reply, signedIn, uuidParam } from './kit.js';

const route = protectedRoute(['impact']);

const Query = z.object({
  organizationId: z.uuid().optional().openapi({ description: "Narrow the answer to this organization's objects (its members may); left out: everything (platform administrators only)" }),
});

const GitBinding = z.object({
  projectId: z.string(), projectName: z.string(), organizationId: z.string(), environment: z.string(), namespace: z.string(), secretName: z.string(),
  tokenGeneration: z.union([z.string(), z.number()]).openapi({ description: 'Generation of the token the Secret holds' }), tokenFingerprint: z.string(),
  gitRepository: z.object({ name: z.string(), namespace: z.string(), url: z.string() }).openapi({ description: 'The Flux GitRepository pulling with this Secret' }),
}).openapi('ImpactGitBinding');
const EnvVar = z.object({
  envVarId: z.string(), scope: z.string().openapi({ example: 'project' }), projectId: z.string(), environment: z.string(), applicationId: z.string(), key: z.string(),
  referenceKind: z.string().openapi({ description: '"secret" (reference = secret id) or "group" (reference = group name)' }), reference: z.string(),
  organizationId: z.string().openapi({ description: "The project's organization; empty for a global variable" }),
}).openapi('ImpactEnvVar');
const CarriedVersion = z.object({ secretId: z.string(), version: z.number(), valueFingerprint: z.string(), current: z.boolean() }).openapi('ImpactCarriedVersion');
const Application = z.object({
  applicationId: z.string(), name: z.string(), organizationId: z.string(), projectId: z.string(), environment: z.string(), namespace: z.string(), status: z.string(),
  liveDeploymentId: z.string().openapi({ description: 'Empty when never deployed' }), liveVersion: z.string(), liveSucceededAt: z.string().optional(),
  secretVersions: z.array(CarriedVersion).openapi({ description: 'The version of each secret concerned the live deployment carries (as it recorded; for older deployments, current when it was requested)' }),
  liveEnvFingerprint: z.string().openapi({ description: "16 hex of the live deployment's applied environment checksum" }),
  versionsExact: z.boolean().openapi({ description: 'secretVersions as the deployment recorded them (false: inferred by time)' }),
  drift: z.boolean().openapi({ description: "The live Deployment's environment checksum differs from the one Keywarden last applied" }),
  driftLiveEnvFingerprint: z.string().openapi({ description: 'The live fingerprint found (empty: the Deployment or its annotation is missing)' }),
  driftDetectedAt: z.string().optional(),
}).openapi('ImpactApplication');
const Secret = z.object({ secretId: z.string(), name: z.string(), groupId: z.string(), providerId: z.string(), version: z.number(), valueFingerprint: z.string() }).openapi('ImpactSecret');
const Group = z.object({ groupId: z.string(), name: z.string(), providerId: z.string() }).openapi('ImpactGroup');

const AccountImpact = z.object({ accountId: z.string(), bindings: z.array(GitBinding) }).openapi('AccountImpact');
const SecretImpact = z.object({ secret: Secret, envVars: z.array(EnvVar), applications: z.array(Application) }).openapi('SecretImpact');
const GroupImpact = z.object({ group: Group, secrets: z.array(Secret), envVars: z.array(EnvVar), applications: z.array(Application) }).openapi('GroupImpact');
const ProviderImpact = z.object({
  providerId: z.string(), name: z.string(), providerType: z.string(), lastSyncOutcome: z.string(), lastSyncAt: z.string().optional(),
  groups: z.array(Group), secrets: z.array(Secret),
}).openapi('ProviderImpact');

const accountRoute = route({
  method: 'get', path: '/accounts/{accountId}', summary: "A connected account's impact: the Git credential bindings holding its token and their GitRepositories",
  request: { params: uuidParam('accountId'), query: Query }, responses: { 200: json(AccountImpact, 'The bindings') },
});
const secretRoute = route({
  method: 'get', path: '/secrets/{secretId}', summary: "A secret's impact: variables referencing it, applications resolving them, versions their live deployments carry",
  request: { params: uuidParam('secretId'), query: Query }, responses: { 200: json(SecretImpact, 'What the secret affects') },
});
const groupRoute = route({
  method: 'get', path: '/groups/{groupId}', summary: "A secret group's impact: its secrets, the variables referencing them, the applications resolving them",
  request: { params: uuidParam('groupId'), query: Query }, responses: { 200: json(GroupImpact, 'What the group affects') },
});
const providerRoute = route({
  method: 'get', path: '/providers/{providerId}', summary: "A secret provider's impact: the groups and secrets it syncs (platform administrators)",
  request: { params: uuidParam('providerId') }, responses: { 200: json(ProviderImpact, 'What the provider syncs') },
});

const list = <T>(value: T[] | undefined): T[] => value ?? [];
const application = (a: Record<string, unknown>) => ({
  ...a, secretVersions: list(a['secretVersions'] as unknown[]), liveEnvFingerprint: a['liveEnvFingerprint'] ?? '', versionsExact: a['versionsExact'] ?? false,
  drift: a['drift'] ?? false, driftLiveEnvFingerprint: a['driftLiveEnvFingerprint'] ?? '',
});

export function impactRoutes(deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  const rpc = rpcCaller(deps);
  const app = openApiRouter();
  app.use('*', signedIn);

  const acting = (c: Context<GatewayEnv>, organization: string | undefined) => auditReader(c, deps, organization);

  app.openapi(accountRoute, async (c) => {
    const { accountId } = c.req.valid('param');
    const { organizationId } = c.req.valid('query');
    const r = await rpc('audit.GetAccountImpact', { actor: await acting(c, organizationId), accountId, organizationId: organizationId ?? '' });
    return c.json(reply(AccountImpact, { accountId, bindings: list(r.bindings) }), 200);
  });
  app.openapi(secretRoute, async (c) => {
    const { secretId } = c.req.valid('param');
    const { organizationId } = c.req.valid('query');
    const r = await rpc('audit.GetSecretImpact', { actor: await acting(c, organizationId), secretId, organizationId: organizationId ?? '' });
    return c.json(reply(SecretImpact, { secret: r.secret, envVars: list(r.envVars), applications: list(r.applications).map(application) }), 200);
  });
  app.openapi(groupRoute, async (c) => {
    const { groupId } = c.req.valid('param');
    const { organizationId } = c.req.valid('query');
    const r = await rpc('audit.GetGroupImpact', { actor: await acting(c, organizationId), groupId, organizationId: organizationId ?? '' });
    return c.json(reply(GroupImpact, { group: r.group, secrets: list(r.secrets), envVars: list(r.envVars), applications: list(r.applications).map(application) }), 200);
  });
  app.openapi(providerRoute, async (c) => {
    const { providerId } = c.req.valid('param');
    const r = await rpc('audit.GetProviderImpact', { actor: await acting(c, undefined), providerId });
    return c.json(reply(ProviderImpact, { ...r, groups: list(r.groups), secrets: list(r.secrets) }), 200);
  });

  return app;
}
