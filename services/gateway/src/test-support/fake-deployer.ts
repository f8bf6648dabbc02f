// The deployer's RPC contract (rpc.deploy.*) served by a stand-in over the
// real bus: applications and deployments in memory, the deployer's permission
// rule (owners and admins of the application's organization, or platform
// admins, manage; members read), a webhook token per application. It records
// every request so tests can see exactly what the gateway passed on, and can
// be told to answer the next call of a method with an error.
import { randomBytes, randomUUID } from 'node:crypto';
import { endpoint, startRpcService } from '@keywarden/bus';
import type { RpcMethodName, RpcRequest, RpcResponse } from '@keywarden/contracts';
import { KeywardenError } from '@keywarden/errors';
import type { NatsConnection } from '@nats-io/nats-core';

type Optional = 'lastDeployedAt' | 'stoppedAt' | 'deletedAt';
type Application = Omit<Required<NonNullable<RpcResponse<'deploy.GetApplication'>['application']>>, Optional> & { [K in Optional]?: string };
type Deployment = Omit<Required<NonNullable<RpcResponse<'deploy.GetDeployment'>['deployment']>>, 'finishedAt'> & { finishedAt?: string };
type Actor = NonNullable<RpcRequest<'deploy.GetApplication'>['actor']>;

export type FakeDeployer = {
  applications: Map<string, Application>;
  tokens: Map<string, string>;
  deployments: Deployment[];
  /** Every request received, oldest first. */
  requests: Array<{ method: RpcMethodName; request: Record<string, unknown> }>;
  /** The last request of `method`. */
  last: <N extends RpcMethodName>(method: N) => RpcRequest<N> | undefined;
  /** Answer the next call of `method` with this error. */
  failNext: (method: RpcMethodName, error: KeywardenError) => void;
  stop: () => Promise<void>;
};

const REFUSALS: Record<string, [string, number]> = {
  body_too_large: ['ERR_PAYLOAD_TOO_LARGE', 413], unsupported_media_type: ['ERR_UNSUPPORTED_MEDIA_TYPE', 415],
  invalid_json: ['ERR_VALIDATION', 400], not_an_object: ['ERR_VALIDATION', 400], invalid_field: ['ERR_VALIDATION', 400], invalid_deployment_id: ['ERR_VALIDATION', 400],
};
const denied = () => new KeywardenError('ERR_FORBIDDEN', 403, 'not allowed on this application');
const invalidToken = () => new KeywardenError('ERR_INVALID_TOKEN', 401, 'Invalid webhook token');
const missing = (what: string) => new KeywardenError('ERR_NOT_FOUND', 404, `no such ${what}`);

export async function startFakeDeployer(nc: NatsConnection, namespace: string): Promise<FakeDeployer> {
  const applications = new Map<string, Application>();
  const tokens = new Map<string, string>();
  const deployments: Deployment[] = [];
  const requests: FakeDeployer['requests'] = [];
  const failures = new Map<string, KeywardenError>();
  const idempotency = new Map<string, string>();

  const admin = (actor: Actor | undefined): boolean => actor?.roles?.includes('admin') ?? false;
  const role = (actor: Actor | undefined, app: Application) => (actor?.organizationId === app.organizationId ? (actor.organizationRole ?? '') : '');
  const visible = (actor: Actor | undefined, app: Application) => admin(actor) || role(actor, app) !== '';
  const manages = (actor: Actor | undefined, app: Application) => admin(actor) || ['owner', 'admin'].includes(role(actor, app));
  const application = (actor: Actor | undefined, id: string, write: boolean): Application => {
    const app = applications.get(id);
    if (!app) throw missing('application');
    if (!(write ? manages(actor, app) : visible(actor, app))) throw denied();
    return app;
  };
  const live = (app: Application) => {
    if (app.status === 'deleted') throw new KeywardenError('ERR_APPLICATION_DELETED', 410, `application ${app.name} was deleted`);
    return app;
  };
  const deployable = (app: Application) => {
    if (live(app).status === 'stopped') throw new KeywardenError('ERR_APPLICATION_STOPPED', 409, `application ${app.name} is stopped: start it to deploy again`);
    return app;
  };
  const newToken = (app: Application) => {
    const token = `whk_${randomBytes(24).toString('base64url')}`;
    tokens.set(app.applicationId, token);
    app.webhookTokenPrefix = token.slice(0, 8);
    return token;
  };
  const deployment = (app: Application, version: string, trigger: string, extra: Partial<Deployment> = {}): Deployment => {
    const made: Deployment = {
      deploymentId: randomUUID(), applicationId: app.applicationId, applicationName: app.name, projectId: app.projectId, environment: app.environment,
      version, trigger, status: 'pending', stage: '', error: '', actorUserId: '', rollbackOfDeploymentId: '', requestedAt: new Date().toISOString(), durationMs: 0,
      ...extra,
    };
    deployments.unshift(made);
    return made;
  };
  // Each handler first records its request and honours a scripted failure.
  const serve = <N extends RpcMethodName>(method: N, handler: (request: RpcRequest<N>) => Promise<unknown> | unknown) =>
    endpoint(method, (async (request: RpcRequest<N>) => {
      requests.push({ method, request: request as Record<string, unknown> });
      const failure = failures.get(method);
      if (failure) {
        failures.delete(method);
        throw failure;
      }
      return await handler(request);
    }) as never);

  const service = await startRpcService(nc, {
    name: 'deployer-stand-in', version: '0.0.1', namespace,
    endpoints: [
      serve('deploy.RegisterApplication', (r) => {
        const actor = r.actor;
        if (!admin(actor) && !['owner', 'admin'].includes(actor?.organizationRole ?? '')) throw denied();
        const app: Application = {
          applicationId: randomUUID(), organizationId: actor?.organizationId ?? '', projectId: r.projectId, name: r.name, environment: r.environment || 'development',
          namespace: `project-x-${r.environment || 'development'}`, image: r.image, ports: r.ports, replicas: r.replicas || 1,
          resources: r.resources ?? { cpuRequest: '', cpuLimit: '', memoryRequest: '', memoryLimit: '' },
          webhookEnabled: r.webhookEnabled, autoDeploy: r.autoDeploy, signatureRequired: r.signatureRequired, webhookTokenPrefix: '', currentVersion: '',
          status: 'new', createdBy: actor?.userId ?? '', createdAt: new Date().toISOString(),
        };
        applications.set(app.applicationId, app);
        const webhookToken = newToken(app);
        return { application: app, webhookToken, signingSecret: r.signatureRequired ? `whsec_${randomBytes(16).toString('hex')}` : '' };
      }),
      serve('deploy.ListApplications', (r) => {
        if (!admin(r.actor) && (r.actor?.organizationId !== r.organizationId || !r.actor.organizationRole)) throw denied();
        return { applications: [...applications.values()].filter((a) => a.organizationId === r.organizationId && (!r.projectId || a.projectId === r.projectId)) };
      }),
      serve('deploy.GetApplication', (r) => ({ application: application(r.actor, r.applicationId, false) })),
      serve('deploy.UpdateApplication', (r) => {
        const app = application(r.actor, r.applicationId, true);
        const fields: Record<string, keyof Application & keyof typeof r> = {
          image: 'image', ports: 'ports', replicas: 'replicas', resources: 'resources', webhook_enabled: 'webhookEnabled', auto_deploy: 'autoDeploy', signature_required: 'signatureRequired',
        };
        const turningOn = r.updateMask.includes('signature_required') && r.signatureRequired && !app.signatureRequired;
        for (const name of r.updateMask) {
          const key = fields[name];
          if (!key) throw new KeywardenError('ERR_VALIDATION', 400, `unknown field ${name}`);
          (app as Record<string, unknown>)[key] = r[key];
        }
        return { application: app, signingSecret: turningOn ? `whsec_${randomBytes(16).toString('hex')}` : '' };
      }),
      serve('deploy.RegenerateWebhookToken', (r) => {
        const app = application(r.actor, r.applicationId, true);
        return { application: app, webhookToken: newToken(app), signingSecret: r.rotateSigningSecret && app.signatureRequired ? `whsec_${randomBytes(16).toString('hex')}` : '' };
      }),
      // Stop, start and delete as the deployer answers them: the application as it is then (its cluster work follows).
      serve('deploy.StopApplication', (r) => {
        const app = live(application(r.actor, r.applicationId, true));
        if (app.status !== 'stopped') Object.assign(app, { status: 'stopped', stoppedAt: new Date().toISOString() });
        return { application: app };
      }),
      serve('deploy.StartApplication', (r) => {
        const app = live(application(r.actor, r.applicationId, true));
        if (app.status === 'stopped') Object.assign(app, { status: app.currentVersion ? 'deploying' : 'new', stoppedAt: undefined });
        return { application: app };
      }),
      serve('deploy.DeleteApplication', (r) => {
        const app = application(r.actor, r.applicationId, true);
        if (app.status !== 'deleted') Object.assign(app, { status: 'deleted', deletedAt: new Date().toISOString(), stoppedAt: undefined });
        return { application: app };
      }),
      serve('deploy.DeployApplication', (r) => {
        const app = deployable(application(r.actor, r.applicationId, true));
        return { deployment: deployment(app, r.version, 'manual', { actorUserId: r.actor?.userId ?? '' }) };
      }),
      serve('deploy.RollbackApplication', (r) => {
        const app = application(r.actor, r.applicationId, true);
        const target = deployments.find((d) => d.applicationId === app.applicationId && d.status === 'succeeded' && (r.deploymentId ? d.deploymentId === r.deploymentId : d.version !== app.currentVersion));
        if (!target) throw missing('earlier successful deployment');
        return { deployment: deployment(app, target.version, 'rollback', { actorUserId: r.actor?.userId ?? '', rollbackOfDeploymentId: target.deploymentId }) };
      }),
      serve('deploy.ListDeployments', (r) => {
        application(r.actor, r.applicationId, false);
        const all = deployments.filter((d) => d.applicationId === r.applicationId && (!r.status || d.status === r.status) && (!r.trigger || d.trigger === r.trigger));
        const from = Number(r.pageToken || 0);
        const size = r.pageSize || 20;
        const page = all.slice(from, from + size);
        return { deployments: page, nextPageToken: from + size < all.length ? String(from + size) : '' };
      }),
      serve('deploy.GetDeployment', (r) => {
        const found = deployments.find((d) => d.deploymentId === r.deploymentId);
        if (!found) throw missing('deployment');
        application(r.actor, found.applicationId, false);
        return { deployment: found };
      }),
      serve('deploy.WebhookDeploy', (r) => {
        // What the gateway could not read it hands over to be audited; the deployer answers with its error.
        if (r.gatewayRefusal) throw new KeywardenError(REFUSALS[r.gatewayRefusal]?.[0] ?? 'ERR_VALIDATION', REFUSALS[r.gatewayRefusal]?.[1] ?? 400, `refused: ${r.gatewayRefusal}`);
        if (!r.token) throw new KeywardenError('ERR_UNAUTHENTICATED', 401, 'No webhook token');
        if (!(r.applicationId || r.applicationName) || !r.version) throw new KeywardenError('ERR_MISSING_FIELDS', 400, 'Missing required fields');
        const app = r.applicationId ? applications.get(r.applicationId) : [...applications.values()].find((a) => a.name === r.applicationName);
        if (!app) throw new KeywardenError('ERR_APPLICATION_NOT_FOUND', 404, 'Application not found');
        if (tokens.get(app.applicationId) !== r.token) throw invalidToken();
        const key = r.idempotencyKey ? `${app.applicationId} ${r.idempotencyKey}` : '';
        const seen = key ? deployments.find((d) => d.deploymentId === idempotency.get(key)) : undefined;
        if (seen) return { deployment: seen, duplicate: true };
        const made = deployment(app, r.version, 'webhook');
        if (key) idempotency.set(key, made.deploymentId);
        return { deployment: made, duplicate: false };
      }),
      serve('deploy.GetWebhookDeployment', (r) => {
        const found = deployments.find((d) => d.deploymentId === r.deploymentId);
        if (!r.token) throw new KeywardenError('ERR_UNAUTHENTICATED', 401, 'No webhook token');
        if (!found) throw missing('deployment');
        if (tokens.get(found.applicationId) !== r.token) throw invalidToken();
        return { deployment: found };
      }),
    ],
  });
  return {
    applications, tokens, deployments, requests,
    last: <N extends RpcMethodName>(method: N) => requests.filter((r) => r.method === method).at(-1)?.request as RpcRequest<N> | undefined,
    failNext: (method, error) => void failures.set(method, error),
    stop: async () => {
      await service.stop();
    },
  };
}
