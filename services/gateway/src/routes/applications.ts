// /api/v1/applications: registered applications, their webhook tokens, manual
// deploys, rollbacks and the deployment history, each one rpc.deploy.* call
// made as the actor with their role in the organization (organizationActor).
// Item routes name the organization in the query, as the project routes do:
// the deployer checks it is the application's own, so a wrong one is 403,
// not a way in. Platform administrators may leave it out. Input is checked
// for shape and size only; the deployer applies the rules (names, images,
// quantities, versions). Every application answered carries its webhook URL
// and a curl example (application-webhook.ts). Stop, start and delete answer
// the application as it is then; their cluster work follows (the deployer's
// README, "Stop, start and delete").
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Scope } from '@keywarden/contracts';
import { notFound } from '@keywarden/errors';
import type { Context } from 'hono';
import { requireActor, rpcActor, type GatewayEnv } from '../auth/actor.js';
import { organizationActor } from '../auth/organization.js';
import { openApiRouter } from '../openapi.js';
import { rpcCaller, settingsOf, type GatewayDeps } from '../rpc.js';
import { withWebhook } from './application-webhook.js';
import { Application, Deployment, DeploymentResult } from './deploy-schemas.js';
import { Withheld, idempotencyKeyOf, idempotentHeaders, markReplay, replayable, withheldOnReplay } from './idempotency.js';
import { body, json, noStore, problem, protectedRoute, reply, signedIn, uuidParam } from './kit.js';

const route = protectedRoute(['applications']);

const quantity = z.string().max(32);
const ResourcesInput = z
  .object({ cpuRequest: quantity.optional(), cpuLimit: quantity.optional(), memoryRequest: quantity.optional(), memoryLimit: quantity.optional() })
  .strict()
  .openapi('ApplicationResourcesInput');
const settings = {
  image: z.string().min(1).max(300).openapi({ description: 'Image reference without tag', example: 'registry.example.com/acme/web-shop' }),
  ports: z.array(z.number().int().min(1).max(65_535)).max(20),
  replicas: z.number().int().min(0).max(50).openapi({ description: '1 to 50 (0: 1)' }),
  resources: ResourcesInput,
  webhookEnabled: z.boolean(),
  autoDeploy: z.boolean().openapi({ description: 'Roll the application when a secret it uses is rotated' }),
  signatureRequired: z.boolean().openapi({ description: 'Webhook requests must carry X-Keywarden-Signature (issues a signing secret)' }),
};
const RegisterInput = z
  .object({
    organizationId: z.uuid(),
    projectId: z.uuid(),
    name: z.string().min(1).max(40).openapi({ description: 'Unique; a DNS label (the Deployment and Secret "<name>-env")', example: 'web-shop' }),
    environment: z.string().max(24).optional().openapi({ description: "One of the project's environments; default: its first" }),
    image: settings.image,
    ports: settings.ports.optional(),
    replicas: settings.replicas.optional(),
    resources: ResourcesInput.optional(),
    webhookEnabled: settings.webhookEnabled.optional().openapi({ description: 'Default true' }),
    autoDeploy: settings.autoDeploy.optional().openapi({ description: 'Default true' }),
    signatureRequired: settings.signatureRequired.optional().openapi({ description: 'Default false' }),
  })
  .strict()
  .openapi('RegisterApplicationInput');
const UpdateInput = z
  .object({
    image: settings.image.optional(), ports: settings.ports.optional(), replicas: settings.replicas.optional(), resources: settings.resources.optional(),
    webhookEnabled: settings.webhookEnabled.optional(), autoDeploy: settings.autoDeploy.optional(), signatureRequired: settings.signatureRequired.optional(),
  })
  .strict()
  .refine((input) => Object.values(input).some((v) => v !== undefined), { message: 'name at least one setting to change' })
  .openapi('UpdateApplicationInput', { description: 'Only the fields given change' });
const RegenerateInput = z
  .object({ rotateSigningSecret: z.boolean().optional().openapi({ description: 'Replace the signing secret too (when signatures are required)' }) })
  .strict()
  .openapi('RegenerateWebhookTokenInput');
const DeployInput = z.object({ version: z.string().min(1).max(128).openapi({ description: 'The image tag to run', example: '1.4.2' }) }).strict().openapi('DeployInput');
const RollbackInput = z
  .object({ deploymentId: z.uuid().optional().openapi({ description: 'An earlier successful deployment; default: the latest whose version differs from the current one' }) })
  .strict()
  .openapi('RollbackInput');

const Registered = z
  .object({
    application: Application,
    webhookToken: z.string().optional().openapi({ description: 'whk_…: shown only here (left out of a replayed registration: see withheld)' }),
    signingSecret: z.string().optional().openapi({ description: 'whsec_… when signatures are required: shown only here' }),
    withheld: Withheld,
  })
  .openapi('ApplicationWithCredentials');
const ApplicationResult = z.object({ application: Application }).openapi('ApplicationResult');
const Updated = z
  .object({ application: Application, signingSecret: z.string().optional().openapi({ description: 'Set only when this change issued one (signatureRequired turned on)' }) })
  .openapi('ApplicationUpdated');
const ApplicationList = z.object({ applications: z.array(Application) }).openapi('ApplicationList');
const DeploymentPage = z
  .object({ deployments: z.array(Deployment), nextPageToken: z.string().openapi({ description: 'Empty on the last page' }) })
  .openapi('DeploymentPage');

const OrgQuery = z.object({ organizationId: z.uuid().optional().openapi({ description: "The application's organization (platform administrators may leave it out)" }) });
const ListQuery = z.object({ organizationId: z.uuid(), projectId: z.uuid().optional() });
const HistoryQuery = OrgQuery.extend({
  status: z.enum(['pending', 'in_progress', 'succeeded', 'failed']).optional(),
  trigger: z.enum(['webhook', 'manual', 'rollback', 'secret_rotation']).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional().openapi({ description: 'Default 20' }),
  pageToken: z.string().max(500).optional(),
});
const AppId = uuidParam('applicationId');
const DeploymentParams = z.object({
  applicationId: z.uuid().openapi({ param: { name: 'applicationId', in: 'path' } }),
  deploymentId: z.uuid().openapi({ param: { name: 'deploymentId', in: 'path' } }),
});
const optionalBody = <T extends z.ZodType>(schema: T) => ({ required: false, content: { 'application/json': { schema } } });
const accepted = (description: string) => ({
  ...json(DeploymentResult, description),
  headers: { Location: { description: 'The deployment', schema: { type: 'string' as const } } },
});

const ended = {
  409: problem('A deployment is queued or rolling out: try again once it has finished (ERR_CONFLICT)'),
  410: problem('The application was deleted (ERR_APPLICATION_DELETED)'),
};
const refusedDeploy = {
  409: problem('The application is stopped: start it first (ERR_APPLICATION_STOPPED); the Idempotency-Key was used for another request (ERR_IDEMPOTENCY_KEY_REUSED)'),
  410: problem('The application was deleted (ERR_APPLICATION_DELETED)'),
};
const register = route({
  method: 'post', path: '/', summary: 'Register an application; its webhook token (and signing secret) are shown once',
  request: { headers: idempotentHeaders, body: body(RegisterInput) }, responses: { 201: replayable(json(Registered, 'The application with its webhook credentials')) },
});
const list = route({
  method: 'get', path: '/', summary: "An organization's applications, or one project's", request: { query: ListQuery },
  responses: { 200: json(ApplicationList, 'Applications') },
});
const get = route({ method: 'get', path: '/{applicationId}', summary: 'An application', request: { params: AppId, query: OrgQuery }, responses: { 200: json(ApplicationResult, 'The application') } });
const update = route({
  method: 'patch', path: '/{applicationId}', summary: 'Change settings (only the fields given)', request: { params: AppId, query: OrgQuery, body: body(UpdateInput) },
  responses: { 200: json(Updated, 'The application') },
});
const regenerate = route({
  method: 'post', path: '/{applicationId}/webhook-token', summary: 'Replace the webhook token (the old one stops working at once)',
  request: { params: AppId, query: OrgQuery, body: optionalBody(RegenerateInput) }, responses: { 200: json(Registered, 'The new token, shown once') },
});
const deploy = route({
  method: 'post', path: '/{applicationId}/deployments', summary: 'Deploy a version', request: { params: AppId, query: OrgQuery, headers: idempotentHeaders, body: body(DeployInput) },
  responses: { 202: replayable(accepted('The deployment, queued')), ...refusedDeploy },
});
const rollback = route({
  method: 'post', path: '/{applicationId}/rollback', summary: 'Deploy again the version of an earlier successful deployment',
  request: { params: AppId, query: OrgQuery, headers: idempotentHeaders, body: optionalBody(RollbackInput) }, responses: { 202: replayable(accepted('The rollback deployment, queued')), ...refusedDeploy },
});
const history = route({
  method: 'get', path: '/{applicationId}/deployments', summary: 'Deployment history, newest first', request: { params: AppId, query: HistoryQuery },
  responses: { 200: json(DeploymentPage, 'One page of deployments') },
});
const stop = route({
  method: 'post', path: '/{applicationId}/stop', summary: 'Stop: scale to zero (status stopped); deploys and webhook calls are refused until it is started',
  description: 'Stopping a stopped application changes nothing.', request: { params: AppId, query: OrgQuery },
  responses: { 200: json(ApplicationResult, 'The application, stopped (the Deployment is scaled to zero shortly after)'), ...ended },
});
const start = route({
  method: 'post', path: '/{applicationId}/start', summary: 'Start a stopped application: its current version is deployed again with a fresh environment',
  description: 'Starting an application that is not stopped changes nothing.', request: { params: AppId, query: OrgQuery },
  responses: { 200: json(ApplicationResult, 'The application (status follows its deployment)'), 410: ended[410] },
});
const remove = route({
  method: 'delete', path: '/{applicationId}', summary: 'Delete: its Deployment and Secret are removed; the application and its deployments stay readable',
  description: 'Status deleted; its webhook refuses every call (410) and its name is not given to another application. Deleting again changes nothing.',
  request: { params: AppId, query: OrgQuery }, responses: { 200: json(ApplicationResult, 'The application, deleted'), 409: ended[409] },
});
const one = route({
  method: 'get', path: '/{applicationId}/deployments/{deploymentId}', summary: 'One deployment', request: { params: DeploymentParams, query: OrgQuery },
  responses: { 200: json(DeploymentResult, 'The deployment') },
});

/** update_mask names of the settings a PATCH may carry. */
const MASK: Record<keyof z.infer<typeof UpdateInput>, string> = {
  image: 'image', ports: 'ports', replicas: 'replicas', resources: 'resources',
  webhookEnabled: 'webhook_enabled', autoDeploy: 'auto_deploy', signatureRequired: 'signature_required',
};
const fullResources = (r: z.infer<typeof ResourcesInput> | undefined) =>
  ({ cpuRequest: r?.cpuRequest ?? '', cpuLimit: r?.cpuLimit ?? '', memoryRequest: r?.memoryRequest ?? '', memoryLimit: r?.memoryLimit ?? '' });

export function applicationRoutes(deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  const rpc = rpcCaller(deps);
  const app = openApiRouter();
  app.use('*', signedIn);

  async function acting(c: Context<GatewayEnv>, scope: Scope, organizationId: string | undefined) {
    if (organizationId) return (await organizationActor(c, deps, organizationId, scope)).rpcActor;
    return rpcActor(requireActor(c, scope));
  }
  const settings = settingsOf(deps);
  /** The application with its webhook URL and curl example, as the schemas promise. */
  const shown = <T extends { applicationId?: string | null; signatureRequired?: boolean | null }>(c: Context, application: T | null | undefined) =>
    application ? withWebhook(c, settings, { ...application, applicationId: application.applicationId ?? '', signatureRequired: application.signatureRequired ?? false }) : application;
  const queued = (c: Context<GatewayEnv>, applicationId: string, result: unknown) => {
    const parsed = reply(DeploymentResult, result);
    c.header('Location', `/api/v1/applications/${applicationId}/deployments/${parsed.deployment.deploymentId}`);
    return parsed;
  };

  app.openapi(register, async (c) => {
    const input = c.req.valid('json');
    const actor = await acting(c, 'deploy:write', input.organizationId);
    const result = await rpc('deploy.RegisterApplication', {
      actor, projectId: input.projectId, name: input.name, environment: input.environment ?? '', image: input.image, ports: input.ports ?? [],
      replicas: input.replicas ?? 0, resources: fullResources(input.resources), webhookEnabled: input.webhookEnabled ?? true,
      autoDeploy: input.autoDeploy ?? true, signatureRequired: input.signatureRequired ?? false, idempotencyKey: idempotencyKeyOf(c),
    });
    noStore(c);
    markReplay(c, result);
    // The token and signing secret were shown once, in the first answer: a replay has neither.
    const credentials = result.replayed ? {} : { webhookToken: result.webhookToken, signingSecret: result.signingSecret || undefined };
    const withheld = withheldOnReplay(result, result.application?.signatureRequired ? ['webhookToken', 'signingSecret'] : ['webhookToken']);
    return c.json(reply(Registered, { application: shown(c, result.application), ...credentials, ...withheld }), 201);
  });
  app.openapi(list, async (c) => {
    const { organizationId, projectId } = c.req.valid('query');
    const actor = await acting(c, 'deploy:read', organizationId);
    const result = await rpc('deploy.ListApplications', { actor, organizationId, projectId: projectId ?? '' });
    return c.json(reply(ApplicationList, { applications: (result.applications ?? []).map((a) => shown(c, a)) }), 200);
  });
  app.openapi(get, async (c) => {
    const actor = await acting(c, 'deploy:read', c.req.valid('query').organizationId);
    const result = await rpc('deploy.GetApplication', { actor, applicationId: c.req.valid('param').applicationId });
    return c.json(reply(ApplicationResult, { application: shown(c, result.application) }), 200);
  });
  app.openapi(update, async (c) => {
    const actor = await acting(c, 'deploy:write', c.req.valid('query').organizationId);
    const input = c.req.valid('json');
    const given = (Object.keys(MASK) as Array<keyof typeof MASK>).filter((key) => input[key] !== undefined);
    const result = await rpc('deploy.UpdateApplication', {
      actor, applicationId: c.req.valid('param').applicationId, updateMask: given.map((key) => MASK[key]),
      image: input.image ?? '', ports: input.ports ?? [], replicas: input.replicas ?? 0, resources: fullResources(input.resources),
      webhookEnabled: input.webhookEnabled ?? false, autoDeploy: input.autoDeploy ?? false, signatureRequired: input.signatureRequired ?? false,
    });
    if (result.signingSecret) noStore(c);
    return c.json(reply(Updated, { application: shown(c, result.application), signingSecret: result.signingSecret || undefined }), 200);
  });
  app.openapi(regenerate, async (c) => {
    const actor = await acting(c, 'deploy:write', c.req.valid('query').organizationId);
    const input = (c.req.valid('json') as z.infer<typeof RegenerateInput> | undefined) ?? {};
    const result = await rpc('deploy.RegenerateWebhookToken', {
      actor, applicationId: c.req.valid('param').applicationId, rotateSigningSecret: input.rotateSigningSecret ?? false,
    });
    noStore(c);
    return c.json(reply(Registered, { application: shown(c, result.application), webhookToken: result.webhookToken, signingSecret: result.signingSecret || undefined }), 200);
  });
  app.openapi(stop, async (c) => {
    const actor = await acting(c, 'deploy:write', c.req.valid('query').organizationId);
    const result = await rpc('deploy.StopApplication', { actor, applicationId: c.req.valid('param').applicationId });
    return c.json(reply(ApplicationResult, { application: shown(c, result.application) }), 200);
  });
  app.openapi(start, async (c) => {
    const actor = await acting(c, 'deploy:write', c.req.valid('query').organizationId);
    const result = await rpc('deploy.StartApplication', { actor, applicationId: c.req.valid('param').applicationId });
    return c.json(reply(ApplicationResult, { application: shown(c, result.application) }), 200);
  });
  app.openapi(remove, async (c) => {
    const actor = await acting(c, 'deploy:write', c.req.valid('query').organizationId);
    const result = await rpc('deploy.DeleteApplication', { actor, applicationId: c.req.valid('param').applicationId });
    return c.json(reply(ApplicationResult, { application: shown(c, result.application) }), 200);
  });
  app.openapi(deploy, async (c) => {
    const actor = await acting(c, 'deploy:write', c.req.valid('query').organizationId);
    const { applicationId } = c.req.valid('param');
    const result = await rpc('deploy.DeployApplication', { actor, applicationId, version: c.req.valid('json').version, idempotencyKey: idempotencyKeyOf(c) });
    markReplay(c, result);
    return c.json(queued(c, applicationId, result), 202);
  });
  app.openapi(rollback, async (c) => {
    const actor = await acting(c, 'deploy:write', c.req.valid('query').organizationId);
    const { applicationId } = c.req.valid('param');
    const input = (c.req.valid('json') as z.infer<typeof RollbackInput> | undefined) ?? {};
    const result = await rpc('deploy.RollbackApplication', { actor, applicationId, deploymentId: input.deploymentId ?? '', idempotencyKey: idempotencyKeyOf(c) });
    markReplay(c, result);
    return c.json(queued(c, applicationId, result), 202);
  });
  app.openapi(history, async (c) => {
    const query = c.req.valid('query');
    const actor = await acting(c, 'deploy:read', query.organizationId);
    const result = await rpc('deploy.ListDeployments', {
      actor, applicationId: c.req.valid('param').applicationId, status: query.status ?? '', trigger: query.trigger ?? '',
      pageSize: query.pageSize ?? 0, pageToken: query.pageToken ?? '',
    });
    return c.json(reply(DeploymentPage, result), 200);
  });
  app.openapi(one, async (c) => {
    const actor = await acting(c, 'deploy:read', c.req.valid('query').organizationId);
    const { applicationId, deploymentId } = c.req.valid('param');
    const result = reply(DeploymentResult, await rpc('deploy.GetDeployment', { actor, deploymentId }));
    // The path names the application: a deployment of another one is not found here.
    if (result.deployment.applicationId !== applicationId) throw notFound('no such deployment of this application', { errorId: 'GW-0154' });
    return c.json(result, 200);
  });
  return app;
}
