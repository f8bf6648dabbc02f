// Application commands and queries. A command appends its event and, in the
// same transaction, writes what the event only fingerprints: the webhook
// token's SHA-256 (and its first characters) on the application row, the
// signing secret encrypted with the service keyring in its own table. A stop,
// start or delete queues its cluster work (lifecycle.ts) the same way.
import { randomUUID } from 'node:crypto';
import { fingerprint, generateToken, sha256Hex, type Keyring } from '@keywarden/crypto';
import type { Database, Tx } from '@keywarden/db';
import { readProject, type ProjectOwner, type ProjectPlace } from '@keywarden/runtime';
import { callerScope, idempotency, runIdempotent, type RunOptions } from '@keywarden/event-store';
import { applicationStreamId, TOKEN_PREFIX_CHARS, type ApplicationCommand, type Settings } from '../domain/application/application.js';
import { namespaceOf, validImage, validName, validPorts, validReplicas, validResources, type Resources } from '../domain/application/rules.js';
import { conflict, invalid, notFound } from '../domain/errors.js';
import { applicationNamed, findApplication, listApplications } from '../projections/queries.js';
import { authorize, isPlatformAdmin, requireUser, type ActorInput } from './access.js';
import type { DeployerStore, LifecycleAction } from './ports.js';
import { applicationView, type ApplicationView } from './views.js';
import { commands } from './commands.js';

export type RegisterInput = {
  projectId: string; name: string; environment: string; image: string; ports: number[]; replicas: number; resources?: Partial<Resources> | undefined;
  webhookEnabled: boolean; autoDeploy: boolean; signatureRequired: boolean;
};
export type UpdateInput = Partial<Omit<Settings, 'resources'>> & { resources?: Partial<Resources> | undefined };
type Credentials = { token?: string; signingSecret?: string };

const MASK_FIELDS = ['image', 'ports', 'replicas', 'resources', 'webhook_enabled', 'auto_deploy', 'signature_required'] as const;
export type MaskField = (typeof MASK_FIELDS)[number];

export const newWebhookToken = () => generateToken('whk_', 32);
export const newSigningSecret = () => generateToken('whsec_', 32);
export const signingSecretAad = (applicationId: string) => `deployer/application-signing-secret/${applicationId}`;

export class ApplicationsApp {
  private readonly handle;
  /**
   * `projects`: gitops-sync, asked about a project the read model has not heard of yet (created a moment ago).
   * `onLifecycle`: a stop, start or delete queued its cluster work and committed (wake the lifecycle workers).
   */
  constructor(
    private readonly database: Database, private readonly keyring: Keyring, private readonly tables: DeployerStore, private readonly projects: ProjectOwner,
    private readonly onLifecycle: () => void = () => undefined,
  ) {
    this.handle = commands(database).application;
  }

  /**
   * With an Idempotency-Key, a retry answers the application its first request registered; its token and signing
   * secret were shown once then (only their hash and ciphertext are kept), so a replay has them empty.
   */
  async register(actor: ActorInput, input: RegisterInput, idempotencyKey = ''): Promise<{ application: ApplicationView; webhookToken: string; signingSecret: string; replayed: boolean }> {
    if (!input.projectId) throw invalid('projectId is required', 'DEPLOY-b8f3');
    const project = await readProject(this.database.db, this.projects, input.projectId);
    if (project === 'absent') throw notFound('no such project', 'DEPLOY-2ecd');
    // gitops-sync did not answer: the project may be new, its event on the way; the caller can try again.
    if (project === 'unavailable') throw notFound('no such project known to the deployer yet, and gitops-sync could not be asked: try again shortly', 'DEPLOY-4151');
    const userId = authorize(actor, project.organizationId, 'write');
    const name = validName(input.name);
    const environment = input.environment || project.environments[0] || '';
    if (!project.environments.includes(environment)) throw invalid(`the project has no environment ${JSON.stringify(environment)}`, 'DEPLOY-2be5');
    const settings: Settings = {
      image: validImage(input.image), ports: validPorts(input.ports), replicas: validReplicas(input.replicas), resources: validResources(input.resources),
      webhookEnabled: input.webhookEnabled, autoDeploy: input.autoDeploy, signatureRequired: input.signatureRequired,
    };
    const idem = idempotency({ operation: 'deploy.RegisterApplication', scope: callerScope({ ...actor, userId }), key: idempotencyKey, request: { ...input, name, environment, ...settings } });
    const applicationId = idem?.id ?? randomUUID();
    const { result, replayed } = await runIdempotent(this.database.db, idem, applicationStreamId(applicationId), async (options) => {
      const taken = await applicationNamed(this.database.db, name);
      // A deleted application keeps its name: its history and the webhook's refusals stay about one application.
      if (taken?.lifecycle === 'deleted') throw conflict(`an application named ${name} was deleted; names are not reused, choose another`, 'DEPLOY-ab99');
      if (taken) throw conflict(`an application named ${name} exists already`, 'DEPLOY-5ffc');
      return this.#register(applicationId, { project, name, environment, settings, userId }, options);
    }, async () => ({ application: await this.view(applicationId), webhookToken: '', signingSecret: '' }));
    return { ...result, replayed };
  }

  async #register(
    applicationId: string, input: { project: ProjectPlace; name: string; environment: string; settings: Settings; userId: string }, options: RunOptions,
  ) {
    const { project, name, environment, settings, userId } = input;
    const token = newWebhookToken();
    const signingSecret = settings.signatureRequired ? newSigningSecret() : '';
    const command: ApplicationCommand = {
      type: 'RegisterApplication',
      data: {
        applicationId, name, projectId: project.id, organizationId: project.organizationId, environment, namespace: namespaceOf(project.slug, environment),
        ...settings, webhookTokenFingerprint: fingerprint(token), signingSecretFingerprint: signingSecret ? fingerprint(signingSecret) : '', actorUserId: userId,
      },
    };
    try {
      await this.run(applicationId, command, userId, { token, signingSecret }, {}, options);
    } catch (error) {
      // Two registrations racing for one name: the projection's unique index decides.
      if ((error as { code?: string }).code === '23505') throw conflict(`an application named ${name} exists already`, 'DEPLOY-2314');
      throw error;
    }
    return { application: await this.view(applicationId), webhookToken: token, signingSecret };
  }

  async update(actor: ActorInput, applicationId: string, mask: readonly string[], input: UpdateInput): Promise<{ application: ApplicationView; signingSecret: string }> {
    const app = await this.authorized(actor, applicationId, 'write');
    const unknown = mask.filter((f) => !(MASK_FIELDS as readonly string[]).includes(f));
    if (unknown.length) throw invalid(`update_mask names unknown fields: ${unknown.join(', ')}`, 'DEPLOY-8f03');
    if (mask.length === 0) throw invalid('update_mask names no field', 'DEPLOY-76d3');
    const has = (f: MaskField) => mask.includes(f);
    const settings: Settings = {
      image: has('image') ? validImage(input.image ?? '') : app.image,
      ports: has('ports') ? validPorts(input.ports ?? []) : app.ports,
      replicas: has('replicas') ? validReplicas(input.replicas ?? 0) : app.replicas,
      resources: has('resources') ? validResources(input.resources) : app.resources,
      webhookEnabled: has('webhook_enabled') ? Boolean(input.webhookEnabled) : app.webhookEnabled,
      autoDeploy: has('auto_deploy') ? Boolean(input.autoDeploy) : app.autoDeploy,
      signatureRequired: has('signature_required') ? Boolean(input.signatureRequired) : app.signatureRequired,
    };
    const userId = requireUser(actor);
    const signingSecret = settings.signatureRequired && !app.signatureRequired ? newSigningSecret() : '';
    await this.run(app.id, {
      type: 'ChangeSettings', settings, actorUserId: userId, ...(signingSecret ? { signingSecretFingerprint: fingerprint(signingSecret) } : {}),
    }, userId, { signingSecret }, { dropSigningSecret: !settings.signatureRequired && app.signatureRequired });
    return { application: await this.view(app.id), signingSecret };
  }

  async regenerate(actor: ActorInput, applicationId: string, rotateSigningSecret: boolean) {
    const app = await this.authorized(actor, applicationId, 'write');
    const userId = requireUser(actor);
    if (rotateSigningSecret && !app.signatureRequired) throw invalid('the application does not require signatures: there is no signing secret to rotate', 'DEPLOY-e25a');
    const token = newWebhookToken();
    const signingSecret = rotateSigningSecret ? newSigningSecret() : '';
    // One command, one transaction: a failure leaves the old token (and secret) working, rather than a new token
    // stored that the caller never received.
    await this.run(app.id, {
      type: 'RegenerateToken', webhookTokenFingerprint: fingerprint(token), actorUserId: userId,
      ...(signingSecret ? { signingSecretFingerprint: fingerprint(signingSecret) } : {}),
    }, userId, { token, signingSecret });
    return { application: await this.view(app.id), webhookToken: token, signingSecret };
  }

  /** Scales the application to zero; deploys are refused until it is started. Refused while a deployment is queued or rolling out. */
  stop(actor: ActorInput, applicationId: string): Promise<ApplicationView> {
    return this.lifecycle(actor, applicationId, 'StopApplication', 'scale_down', 'stop');
  }

  /** Scales a stopped application back up by deploying its current version again (environment rebuilt). */
  start(actor: ActorInput, applicationId: string): Promise<ApplicationView> {
    return this.lifecycle(actor, applicationId, 'StartApplication', 'start', 'start');
  }

  /** Removes its Deployment and Secret; the application and its deployments stay readable. Refused while one is queued or rolling out. */
  delete(actor: ActorInput, applicationId: string): Promise<ApplicationView> {
    return this.lifecycle(actor, applicationId, 'DeleteApplication', 'delete', 'delete');
  }

  private async lifecycle(
    actor: ActorInput, applicationId: string, type: 'StopApplication' | 'StartApplication' | 'DeleteApplication', action: LifecycleAction, verb: string,
  ): Promise<ApplicationView> {
    const app = await this.authorized(actor, applicationId, 'write');
    const userId = requireUser(actor);
    const { events } = await this.handle(applicationStreamId(app.id), { type, actorUserId: userId }, {
      metadata: { actor: userId },
      // Nothing decided (stopping a stopped application): nothing queued. A start needs no idle check: its deployment
      // is asked for only when the application is idle (lifecycle.ts).
      within: async (tx, recorded) => {
        if (recorded.length === 0) return;
        if (action !== 'start') await this.tables.refuseWhileDeploying(tx, app.id, verb);
        await this.tables.enqueueLifecycle(tx, { applicationId: app.id, action, requestId: recorded[0]!.eventId, actorUserId: userId });
      },
    });
    if (events.length > 0) this.onLifecycle();
    return this.view(app.id);
  }

  async get(actor: ActorInput, applicationId: string): Promise<ApplicationView> {
    return applicationView(await this.authorized(actor, applicationId, 'read'));
  }

  async list(actor: ActorInput, organizationId: string, projectId: string): Promise<ApplicationView[]> {
    if (!organizationId && !isPlatformAdmin(actor)) throw invalid('organizationId is required', 'DEPLOY-27db');
    if (organizationId) authorize(actor, organizationId, 'read');
    else requireUser(actor);
    const rows = await listApplications(this.database.db, { organizationId, projectId });
    return rows.map(applicationView);
  }

  /**
   * Where the application was registered, for secrets-vault alone (no actor: the bus lets only it call
   * LookupApplication, and it authorizes its own request from the answer); undefined when none was.
   */
  async lookup(applicationId: string): Promise<{ id: string; name: string; organizationId: string; projectId: string; environment: string } | undefined> {
    const app = applicationId ? await findApplication(this.database.db, applicationId) : undefined;
    return app && { id: app.id, name: app.name, organizationId: app.organizationId, projectId: app.projectId, environment: app.environment };
  }

  /** The application for an actor allowed to read or change it. */
  async authorized(actor: ActorInput, applicationId: string, need: 'read' | 'write') {
    requireUser(actor);
    const app = applicationId ? await findApplication(this.database.db, applicationId) : undefined;
    if (!app) throw notFound('no such application', 'DEPLOY-93f7');
    authorize(actor, app.organizationId, need);
    return app;
  }

  async view(applicationId: string): Promise<ApplicationView> {
    const row = await findApplication(this.database.db, applicationId);
    if (!row) throw notFound('no such application', 'DEPLOY-2e22');
    return applicationView(row);
  }

  private async run(
    applicationId: string, command: ApplicationCommand, actorUserId: string, credentials: Credentials, options: { dropSigningSecret?: boolean } = {},
    idempotent: RunOptions = { metadata: {} },
  ) {
    await this.handle(applicationStreamId(applicationId), command, {
      metadata: { actor: actorUserId, ...idempotent.metadata },
      retries: idempotent.retries,
      within: async (tx, events) => {
        if (events.length === 0) return;
        await this.store(tx, applicationId, credentials);
        if (options.dropSigningSecret) await this.tables.dropSigningSecret(tx, applicationId);
      },
    });
  }

  /** The credentials' stored forms, in the event's transaction: hash for the token, ciphertext for the signing secret. */
  private async store(tx: Tx, applicationId: string, credentials: Credentials) {
    if (credentials.token) {
      await this.tables.saveTokenHash(tx, applicationId, sha256Hex(credentials.token), credentials.token.slice(0, TOKEN_PREFIX_CHARS));
    }
    if (credentials.signingSecret) {
      const row = {
        applicationId, ciphertext: this.keyring.encrypt(credentials.signingSecret, signingSecretAad(applicationId)),
        fingerprint: fingerprint(credentials.signingSecret), createdAt: new Date(),
      };
      await this.tables.saveSigningSecret(tx, row);
    }
  }
}
