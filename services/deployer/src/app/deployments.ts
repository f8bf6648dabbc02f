// Deployment requests (webhook, manual, rollback, secret rotation) and the
// history. A request appends DeploymentRequested and queues the rollout in
// the same transaction, then wakes the deploy workers (after the commit); the
// reply does not wait for the rollout.
import { randomUUID } from 'node:crypto';
import type { Database, DbOrTx, Tx } from '@keywarden/db';
import { ConcurrencyError, callerScope, idempotency, runIdempotent } from '@keywarden/event-store';
import { isValidVersion } from '../domain/application/rules.js';
import { deploymentDecider, deploymentStreamId, STATUSES, TRIGGERS, type Trigger } from '../domain/deployment/deployment.js';
import { DeployerError, deployerError, invalid, notFound } from '../domain/errors.js';
import { deploymentPage, findApplication, findDeployment, lastSuccessOtherThan, type ApplicationRow, type DeploymentRow } from '../projections/queries.js';
import { authorize, type ActorInput } from './access.js';
import type { DeployerStore } from './ports.js';
import { deploymentView, type DeploymentView } from './views.js';
import { commands } from './commands.js';

export type { DeploymentRow };
export type RequestInput = {
  deploymentId?: string; version: string; trigger: Trigger; actorUserId: string; rollbackOfDeploymentId?: string; secretIds?: string[];
  /** Only when the application is idle and runs `version` (else ApplicationBusy, nothing recorded). */
  whenIdle?: boolean;
  /** More metadata for DeploymentRequested (an Idempotency-Key's hash and request digest). */
  metadata?: Record<string, string>;
  /** The caller's transaction (an inbound message's, with its receipt): the caller wakes the workers after its commit. */
  tx?: Tx;
};

/** A keyed request found its deployment made by a twin: runIdempotent then compares the requests. */
class MadeByTwin extends Error {}

const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

export class DeploymentsApp {
  private readonly handle;
  /** `onQueued`: a deployment was queued and committed (wake the deploy workers). */
  constructor(private readonly database: Database, private readonly tables: DeployerStore, private readonly onQueued: () => void = () => undefined) {
    this.handle = commands(database).deployment;
  }

  /**
   * Appends DeploymentRequested (and queues it). With a given id that exists already (an idempotent retry,
   * possibly racing this one), answers that deployment and duplicate: true.
   */
  async request(app: ApplicationRow, input: RequestInput): Promise<{ deployment: DeploymentRow; duplicate: boolean }> {
    const deploymentId = input.deploymentId ?? randomUUID();
    const db: DbOrTx = input.tx ?? this.database.db;
    if (input.deploymentId) {
      const existing = await this.row(deploymentId, db);
      if (existing) return { deployment: existing, duplicate: true };
    }
    try {
      await this.handle(deploymentStreamId(deploymentId), {
        type: 'RequestDeployment',
        data: {
          deploymentId, applicationId: app.id, applicationName: app.name, projectId: app.projectId, organizationId: app.organizationId,
          environment: app.environment, version: input.version, trigger: input.trigger, actorUserId: input.actorUserId,
          rollbackOfDeploymentId: input.rollbackOfDeploymentId ?? '', secretIds: input.secretIds ?? [],
        },
      }, {
        // A new stream: nothing to load (the append's expected version 'no_stream' still guards it).
        from: { state: deploymentDecider.initialState(), version: 0 },
        retries: 0,
        metadata: { actor: input.actorUserId || `${input.trigger}`, ...input.metadata },
        within: (tx) => this.tables.enqueueDeployment(tx, deploymentId, app.id, input.whenIdle ? { whenIdle: { currentVersion: input.version } } : {}),
        ...(input.tx ? { tx: input.tx } : {}),
      });
    } catch (error) {
      const lostRace = error instanceof ConcurrencyError || (error instanceof DeployerError && error.code === 'ERR_CONFLICT');
      if (!lostRace || !input.deploymentId) throw error;
      const existing = await this.row(deploymentId, db);
      if (!existing) throw error;
      return { deployment: existing, duplicate: true };
    }
    if (!input.tx) this.onQueued();
    return { deployment: (await this.row(deploymentId, db))!, duplicate: false };
  }

  async deploy(actor: ActorInput, applicationId: string, version: string, idempotencyKey = ''): Promise<{ deployment: DeploymentView; replayed: boolean }> {
    const app = await this.application(applicationId);
    const userId = authorize(actor, app.organizationId, 'write');
    this.deployable(app);
    if (!isValidVersion(version)) throw invalid('version must be an image tag: 1-128 of A-Z, a-z, 0-9, "_", "." and "-", not starting with "." or "-"', 'DEPLOY-4df5');
    return this.keyed(app, { operation: 'deploy.DeployApplication', scope: callerScope({ ...actor, userId }), key: idempotencyKey, request: { applicationId, version } },
      () => ({ version, trigger: 'manual', actorUserId: userId }));
  }

  /**
   * A user's deployment request with an Idempotency-Key: the deployment id comes from the key (the webhook's
   * pattern), a retry answers the deployment its first request made, the key with another request is a 409.
   */
  private async keyed(app: ApplicationRow, request: Parameters<typeof idempotency>[0], input: () => RequestInput | Promise<RequestInput>) {
    const idem = idempotency(request);
    const deploymentId = idem?.id ?? randomUUID();
    const { result, replayed } = await runIdempotent(this.database.db, idem, deploymentStreamId(deploymentId), async (options) => {
      const { deployment, duplicate } = await this.request(app, { ...(await input()), deploymentId, metadata: options.metadata });
      if (duplicate) throw new MadeByTwin();
      return deployment;
    }, async () => (await this.row(deploymentId))!);
    return { deployment: deploymentView(result), replayed };
  }

  /** The version of an earlier successful deployment again; by default the latest one whose version is not the current one. */
  async rollback(actor: ActorInput, applicationId: string, deploymentId: string, idempotencyKey = ''): Promise<{ deployment: DeploymentView; replayed: boolean }> {
    const app = await this.application(applicationId);
    const userId = authorize(actor, app.organizationId, 'write');
    this.deployable(app);
    // The target is chosen inside: a replay must not depend on what "the latest successful deployment" is now.
    return this.keyed(app, { operation: 'deploy.RollbackApplication', scope: callerScope({ ...actor, userId }), key: idempotencyKey, request: { applicationId, deploymentId } },
      async () => ({ ...(await this.rollbackTarget(app, deploymentId)), trigger: 'rollback', actorUserId: userId }));
  }

  private async rollbackTarget(app: ApplicationRow, deploymentId: string): Promise<{ version: string; rollbackOfDeploymentId: string }> {
    let target: DeploymentRow | undefined;
    if (deploymentId) {
      target = await this.row(deploymentId);
      if (!target || target.applicationId !== app.id) throw notFound('no such deployment of this application', 'DEPLOY-95df');
      if (target.status !== 'succeeded') throw invalid('only a successful deployment can be rolled back to', 'DEPLOY-e0df');
    } else {
      target = await lastSuccessOtherThan(this.database.db, app.id, app.currentVersion);
      if (!target) throw invalid('there is no earlier successful deployment with another version to roll back to', 'DEPLOY-3ad1');
    }
    return { version: target.version, rollbackOfDeploymentId: target.id };
  }

  async list(actor: ActorInput, input: { applicationId: string; status: string; trigger: string; pageSize: number; pageToken: string }) {
    const app = await this.application(input.applicationId);
    authorize(actor, app.organizationId, 'read');
    if (input.status && !(STATUSES as readonly string[]).includes(input.status)) throw invalid(`status must be one of ${STATUSES.join(', ')}`, 'DEPLOY-5fef');
    if (input.trigger && !(TRIGGERS as readonly string[]).includes(input.trigger)) throw invalid(`trigger must be one of ${TRIGGERS.join(', ')}`, 'DEPLOY-3929');
    if (input.pageSize < 0) throw invalid('page_size must not be negative', 'DEPLOY-d386');
    const size = Math.min(input.pageSize || DEFAULT_PAGE, MAX_PAGE);
    const after = input.pageToken ? decodePageToken(input.pageToken) : undefined;
    const rows = await deploymentPage(this.database.db, { applicationId: app.id, status: input.status, trigger: input.trigger, beforeSeq: after, limit: size + 1 });
    const page = rows.slice(0, size);
    return { deployments: page.map(deploymentView), nextPageToken: rows.length > size ? encodePageToken(page.at(-1)!.seq) : '' };
  }

  async get(actor: ActorInput, deploymentId: string): Promise<DeploymentView> {
    const row = deploymentId ? await this.row(deploymentId) : undefined;
    if (!row) throw notFound('no such deployment', 'DEPLOY-e4a0');
    authorize(actor, row.organizationId, 'read');
    return deploymentView(row);
  }

  async row(deploymentId: string, db: DbOrTx = this.database.db): Promise<DeploymentRow | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(deploymentId)) return undefined;
    return findDeployment(db, deploymentId);
  }

  private async application(applicationId: string): Promise<ApplicationRow> {
    const app = applicationId ? await findApplication(this.database.db, applicationId) : undefined;
    if (!app) throw notFound('no such application', 'DEPLOY-a9ba');
    return app;
  }

  /** A user's deploy or rollback of an application that is not stopped or deleted (enqueueDeployment checks again under its lock). */
  private deployable(app: ApplicationRow): ApplicationRow {
    if (app.lifecycle === 'stopped') throw deployerError('ERR_APPLICATION_STOPPED', `application ${app.name} is stopped: start it to deploy again`, 'DEPLOY-6580');
    if (app.lifecycle === 'deleted') throw deployerError('ERR_APPLICATION_DELETED', `application ${app.name} was deleted`, 'DEPLOY-3493');
    return app;
  }
}

// Opaque to callers; the position of the last deployment of the page.
const encodePageToken = (seq: number) => Buffer.from(`d:${seq}`).toString('base64url');
function decodePageToken(token: string): number {
  const match = /^d:([0-9]{1,15})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw invalid('page_token is not valid', 'DEPLOY-ac5a');
  return Number(match[1]);
}
