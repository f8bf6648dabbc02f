// /api/v1/projects: projects and the Git credential status of their
// environments, each one rpc.gitops.* call made as the actor with their role
// in the project's organization (organizationActor). Item routes name the
// organization in the query (as the notification routes do); gitops-sync
// checks it is the project's own, so a wrong one is 403, not a way in.
// Platform administrators may leave it out. A refresh that did not reach
// every environment is gitops-sync's ERR_REFRESH_FAILED, passed on as
// problem+json with its environments extension.
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Scope } from '@keywarden/contracts';
import type { Context } from 'hono';
import { requireActor, rpcActor, type GatewayEnv } from '../auth/actor.js';
import { organizationActor } from '../auth/organization.js';
import { openApiRouter } from '../openapi.js';
import { rpcCaller, type GatewayDeps } from '../rpc.js';
import { idempotencyKeyOf, idempotentHeaders, markReplay, replayable } from './idempotency.js';
import { Problem, body, json, protectedRoute, reply, signedIn, uuidParam } from './kit.js';

const route = protectedRoute(['projects']);

const Environment = z.object({
  environment: z.string(), namespace: z.string(), secretName: z.string(),
  status: z.string().openapi({ description: 'pending, synced, failed or stale (the owner must reconnect the account)' }),
  accountId: z.string(), tokenGeneration: z.number().int(), lastSyncedAt: z.string().optional(),
  reason: z.string().openapi({ description: 'Reason of the last failure, e.g. apply_conflict, kubernetes_unavailable, no_account' }), detail: z.string(),
  verification: z.string().openapi({
    description: 'Whether Flux can fetch the repository with the Secret: verified, failing, pending (asked, no answer yet), '
      + 'unverified (no Flux to ask: manifests target) or unknown (nothing written yet)',
  }),
  verifiedAt: z.string().optional().openapi({ description: 'When Flux last confirmed the credential works' }),
  verificationReason: z.string().openapi({ description: 'When failing: authentication_required, authorization_failed, not_found, secret_unusable or other' }),
  verificationMessage: z.string().openapi({ description: "When failing: Flux's message, anything secret-like removed" }),
  verificationFailedAt: z.string().optional(),
}).openapi('ProjectEnvironment');
const RefreshOutcome = z.object({
  environment: z.string(),
  outcome: z.string().openapi({ description: 'refreshed, drift_fixed, unchanged (the Secret already holds a newer token than the broker answered) or failed' }),
  reason: z.string().openapi({ description: 'When failed, e.g. token_unavailable, kubernetes_unavailable, apply_conflict, no_account' }),
  detail: z.string().openapi({ description: 'When failed: what went wrong (never a token)' }),
  retrying: z.boolean().openapi({ description: 'When failed: the failure is passing and the write is queued to be tried again' }),
}).openapi('RefreshOutcome');
/** ERR_REFRESH_FAILED: the problem with each environment's outcome (RFC 9457 extension members); not a second Problem schema, ProblemDetails extended. */
const RefreshFailed = Problem.extend({
  runId: z.string().optional(),
  environments: z.array(RefreshOutcome).optional().openapi({ description: "Each environment's outcome; the failed ones say why" }),
});
const refreshProblem = (description: string) => ({ description, content: { 'application/problem+json': { schema: RefreshFailed } } });
const Project = z.object({
  projectId: z.string(), organizationId: z.string(), name: z.string(), slug: z.string(), repositoryUrl: z.string(),
  provider: z.string().openapi({ description: 'gitlab, github or generic' }), branch: z.string(), environments: z.array(Environment),
  createdBy: z.string(), createdAt: z.string().optional(),
}).openapi('Project');
const ProjectResult = z.object({ project: Project }).openapi('ProjectResult');
const ProjectList = z.object({ projects: z.array(Project) }).openapi('ProjectList');
const Refreshed = z.object({
  runId: z.string(), refreshed: z.number().int(), failed: z.number().int().openapi({ description: 'Always 0: a failure answers ERR_REFRESH_FAILED' }),
  driftFixed: z.number().int(), environments: z.array(RefreshOutcome), project: Project,
}).openapi('ProjectRefreshed');

const CreateInput = z.object({
  organizationId: z.string().min(1).max(100),
  name: z.string().min(1).max(100),
  slug: z.string().max(30).optional().openapi({ description: 'Lowercase letters, digits and dashes; derived from the name when absent' }),
  repositoryUrl: z.string().min(1).max(500).openapi({ example: 'https://gitlab.com/acme/web-shop.git' }),
  branch: z.string().max(200).optional(),
  environments: z.array(z.string().max(24)).max(20).optional().openapi({ description: 'Default: development, staging, production' }),
}).openapi('CreateProjectInput');
const EnvironmentInput = z.object({ environment: z.string().min(1).max(24) }).openapi('EnvironmentInput');
const RefreshInput = z.object({ force: z.boolean().optional().openapi({ description: 'Take over fields another field manager owns (otherwise reported as apply_conflict)' }) })
  .openapi('RefreshProjectInput');
const OrgQuery = z.object({ organizationId: z.string().min(1).max(100).optional() });
const ProjectId = uuidParam('projectId');
const EnvParams = z.object({ projectId: z.uuid(), environment: z.string().min(1).max(24) });

const list = route({ method: 'get', path: '/', summary: "An organization's projects with the credential status of each environment", request: { query: OrgQuery }, responses: { 200: json(ProjectList, 'Projects by slug') } });
const create = route({
  method: 'post', path: '/', summary: 'Create a project: its namespace, Git credential Secret and Flux GitRepository follow in every environment',
  request: { headers: idempotentHeaders, body: body(CreateInput) }, responses: { 201: replayable(json(ProjectResult, 'The project (environments pending until applied)')) },
});
const get = route({ method: 'get', path: '/{projectId}', summary: 'A project', request: { params: ProjectId, query: OrgQuery }, responses: { 200: json(ProjectResult, 'The project') } });
const remove = route({
  method: 'delete', path: '/{projectId}', summary: 'Delete a project and the cluster objects keywarden made for it',
  request: { params: ProjectId, query: OrgQuery }, responses: { 204: { description: 'Deleted' } },
});
const addEnvironment = route({
  method: 'post', path: '/{projectId}/environments', summary: 'Add an environment',
  request: { params: ProjectId, query: OrgQuery, headers: idempotentHeaders, body: body(EnvironmentInput) }, responses: { 200: replayable(json(ProjectResult, 'The project')) },
});
const removeEnvironment = route({
  method: 'delete', path: '/{projectId}/environments/{environment}', summary: 'Remove an environment and its cluster objects',
  request: { params: EnvParams, query: OrgQuery }, responses: { 200: json(ProjectResult, 'The project') },
});
const refresh = route({
  method: 'post', path: '/{projectId}/refresh', summary: 'Refresh now: a fresh token into every environment, drift repaired',
  request: { params: ProjectId, query: OrgQuery, body: { required: false, content: { 'application/json': { schema: RefreshInput } } } },
  description: 'Answers 200 only when every environment was written. Flux then verifies each (the environment\'s verification).',
  responses: {
    200: json(Refreshed, 'Every environment written: counts, outcomes and the project'),
    409: refreshProblem('Every failed environment waits for a person: no account connected, or it must be authorized again (ERR_REFRESH_FAILED, with environments)'),
    502: refreshProblem('An environment could not be written (ERR_REFRESH_FAILED); environments lists each outcome and reason'),
    503: refreshProblem('Every failed environment failed for a passing reason and is being retried (ERR_REFRESH_FAILED, with environments); '
      + 'or gitops-sync cannot be reached right now (ERR_UNAVAILABLE)'),
  },
});

export function projectRoutes(deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  const rpc = rpcCaller(deps);
  const app = openApiRouter();
  app.use('*', signedIn);

  /** The actor with their role in the organization, when one is named. */
  async function acting(c: Context<GatewayEnv>, scope: Scope, organizationId: string | undefined) {
    if (organizationId) return (await organizationActor(c, deps, organizationId, scope)).rpcActor;
    return rpcActor(requireActor(c, scope));
  }

  app.openapi(list, async (c) => {
    const organizationId = c.req.valid('query').organizationId;
    const actor = await acting(c, 'gitops:read', organizationId);
    return c.json(reply(ProjectList, await rpc('gitops.ListProjects', { actor, organizationId: organizationId ?? '' })), 200);
  });
  app.openapi(create, async (c) => {
    const input = c.req.valid('json');
    const actor = await acting(c, 'gitops:write', input.organizationId);
    const result = await rpc('gitops.CreateProject', {
      actor, organizationId: input.organizationId, name: input.name, slug: input.slug ?? '', repositoryUrl: input.repositoryUrl,
      branch: input.branch ?? '', environments: input.environments ?? [], idempotencyKey: idempotencyKeyOf(c),
    });
    markReplay(c, result);
    return c.json(reply(ProjectResult, result), 201);
  });
  app.openapi(get, async (c) => {
    const actor = await acting(c, 'gitops:read', c.req.valid('query').organizationId);
    return c.json(reply(ProjectResult, await rpc('gitops.GetProject', { actor, projectId: c.req.valid('param').projectId })), 200);
  });
  app.openapi(remove, async (c) => {
    const actor = await acting(c, 'gitops:write', c.req.valid('query').organizationId);
    await rpc('gitops.DeleteProject', { actor, projectId: c.req.valid('param').projectId });
    return c.body(null, 204);
  });
  app.openapi(addEnvironment, async (c) => {
    const actor = await acting(c, 'gitops:write', c.req.valid('query').organizationId);
    const result = await rpc('gitops.AddEnvironment', {
      actor, projectId: c.req.valid('param').projectId, environment: c.req.valid('json').environment, idempotencyKey: idempotencyKeyOf(c),
    });
    markReplay(c, result);
    return c.json(reply(ProjectResult, result), 200);
  });
  app.openapi(removeEnvironment, async (c) => {
    const actor = await acting(c, 'gitops:write', c.req.valid('query').organizationId);
    const { projectId, environment } = c.req.valid('param');
    return c.json(reply(ProjectResult, await rpc('gitops.RemoveEnvironment', { actor, projectId, environment })), 200);
  });
  app.openapi(refresh, async (c) => {
    const actor = await acting(c, 'gitops:write', c.req.valid('query').organizationId);
    const input = (c.req.valid('json') as { force?: boolean } | undefined) ?? {};
    // One token request and a write per environment: longer than the default deadline on a slow cluster.
    const result = await rpc('gitops.ReconcileProject', { actor, projectId: c.req.valid('param').projectId, force: input.force ?? false }, { timeoutMs: 60_000 });
    return c.json(reply(Refreshed, result), 200);
  });
  return app;
}
