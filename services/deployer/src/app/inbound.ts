// DeployRequested published by a company's service (ext.<integration>.<organization>.deploy.DeployRequested,
// issue #20), treated like a webhook deploy with the webhook's rules where they apply: the application by id or
// name, in the subject's organization only (another organization's is unknown), not deleted, not stopped, a
// valid version, and the application's rate limit, whose window webhook calls and these requests share. The
// integration stands in for the webhook token (the NATS server checked who published), so the token,
// signature, source and Idempotency-Key rules are the bus's: its subject permission and the receipt per
// ce-id. The deployment's id comes from (integration, ce-id); actor `integration:<name>`.
import { randomUUID } from 'node:crypto';
import type { InboundMessage } from '@keywarden/contracts';
import type { Database, Tx } from '@keywarden/db';
import { commandHandler, integrationActor, uuidV5, type InboundRefusal, type InboundRejection } from '@keywarden/event-store';
import { isKeywardenError } from '@keywarden/errors';
import type { InboundSpec } from '@keywarden/runtime';
import { isValidVersion } from '../domain/application/rules.js';
import { deployerError } from '../domain/errors.js';
import { inboundDecider } from '../domain/inbound/inbound.js';
import { applicationNamed, findApplication } from '../projections/queries.js';
import type { DeploymentsApp } from './deployments.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Namespace of the deployment ids derived from (integration, ce-id): a fixed random UUID. */
const INBOUND_DEPLOYMENTS = '9c2e4b71-5d38-4f6a-a1e0-3b7d9c5f2e84';

/** The webhook's rejection reasons, by the code each rule throws; other errors are retried, then parked. */
const REASONS: Record<string, string> = {
  ERR_MISSING_FIELDS: 'missing_fields',
  ERR_APPLICATION_NOT_FOUND: 'unknown_application',
  ERR_APPLICATION_STOPPED: 'application_stopped',
  ERR_APPLICATION_DELETED: 'application_deleted',
  ERR_INVALID_VERSION: 'invalid_version',
  ERR_VALIDATION: 'invalid_field',
  ERR_FORBIDDEN: 'forbidden',
  ERR_RATE_LIMITED: 'rate_limited',
};

/** Takes one of the application's deploy slots in the current window (the webhook's counter). */
export type DeploySlots = (applicationId: string) => Promise<{ allowed: boolean; retryAfterSeconds: number }>;

export function inboundDeploys(database: Database, deployments: DeploymentsApp, slots: DeploySlots, onQueued: () => void): InboundSpec {
  const reject = commandHandler(database, inboundDecider);
  return {
    apply: (tx, message) => deploy(deployments, slots, tx, message),
    refusal: (error): InboundRefusal | undefined => {
      if (!isKeywardenError(error)) return undefined;
      // The detail a webhook caller would read, without the code and the throw site.
      const detail = error.detail ?? error.code;
      const reason = REASONS[error.code];
      if (reason) return { reason, detail };
      return error.status >= 400 && error.status < 500 ? { reason: 'refused', detail } : undefined;
    },
    answer: async (tx, rejection: InboundRejection, message) => {
      // What the request named (an application's id or name), cut to a sane length: the webhook's WebhookRejected does the same.
      const ref = message?.type === 'DeployRequested' ? String(message.data['application']).slice(0, 128) : '';
      await reject(`inbound-${randomUUID()}`, { type: 'RejectDeployRequest', data: { ...rejection, applicationRef: ref } }, {
        tx, metadata: { actor: rejection.actorUserId || 'deployer' },
      });
    },
    afterCommit: onQueued,
  };
}

async function deploy(deployments: DeploymentsApp, slots: DeploySlots, tx: Tx, message: InboundMessage): Promise<void> {
  if (message.type !== 'DeployRequested') throw deployerError('ERR_VALIDATION', `${message.type} is not a deploy request`, 'DEPLOY-in02');
  const ref = String(message.data['application']);
  const version = String(message.data['version']);
  if (!ref || !version) throw deployerError('ERR_MISSING_FIELDS', 'Missing required fields: application, version', 'DEPLOY-in03');
  const app = UUID.test(ref) ? await findApplication(tx, ref) : await applicationNamed(tx, ref);
  if (!app || app.organizationId !== message.organizationId) {
    throw deployerError('ERR_APPLICATION_NOT_FOUND', 'Application not found in this organization. Please register the application first.', 'DEPLOY-in04');
  }
  if (app.lifecycle === 'deleted') throw deployerError('ERR_APPLICATION_DELETED', `Application "${app.name}" was deleted: it no longer deploys`, 'DEPLOY-in05');
  if (app.lifecycle === 'stopped') throw deployerError('ERR_APPLICATION_STOPPED', `Application "${app.name}" is stopped: start it to deploy again`, 'DEPLOY-in06');
  if (!isValidVersion(version)) {
    throw deployerError('ERR_INVALID_VERSION', 'version must be an image tag: 1-128 of A-Z, a-z, 0-9, "_", "." and "-", not starting with "." or "-"', 'DEPLOY-in07');
  }
  // Last, as the webhook takes it: a request refused by a rule above uses no slot. A refused request is parked
  // and answered like the others (its ce-id stays refused): the integration publishes again, under a new ce-id.
  const slot = await slots(app.id);
  if (!slot.allowed) {
    throw deployerError('ERR_RATE_LIMITED', `Too many deploy requests for application "${app.name}"; retry after ${slot.retryAfterSeconds} s`, 'DEPLOY-in08');
  }
  const deploymentId = uuidV5(`${message.integration}\n${message.ceId}`, INBOUND_DEPLOYMENTS);
  await deployments.request(app, { deploymentId, version, trigger: 'webhook', actorUserId: integrationActor(message.integration), tx });
}
