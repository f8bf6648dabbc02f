// POST /webhook/deploy as the gateway passes it on, judged here by the seed's
// rules in their order, then ours (README "Webhook deploy"):
//   401 no token → 400 missing fields → 404 unknown application →
//   403 webhook disabled → 401 wrong token → 410 application deleted /
//   409 application stopped → 401 bad signature (when required) →
//   400 invalid version → 429 rate limited; 409 an Idempotency-Key reused for
//   another version. (Deleted and stopped come after the token: only a caller
//   holding the application's token learns what became of it.) A request the gateway could not read (too large, not
//   JSON, ...) arrives with the gateway's refusal, to be audited the same way.
// Each refusal is audited (WebhookRejected: reason, source address, at most
// the token's first characters) and changes nothing else. The token is
// compared as a SHA-256 in constant time; it is never stored or logged.
// Before all of them: a source address past KW_DEPLOYER_REJECTION_LIMIT
// rejected calls in the window is refused at once (429), and only its first
// such refusal is audited, so unauthenticated callers cannot grow the event
// store without bound.
import { constantTimeEqual, sha256Hex, type Keyring } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import type { Clock } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import { GATEWAY_REFUSALS, TOKEN_PREFIX_CHARS, type GatewayRefusal, type RejectionReason } from '../domain/application/application.js';
import { isValidVersion } from '../domain/application/rules.js';
import { DeployerError, deployerError, type DeployerErrorCode } from '../domain/errors.js';
import { applicationNamed, findApplication, type ApplicationRow } from '../projections/queries.js';
import { idempotentDeploymentId, verifySignature } from './signature.js';
import type { DeployerSettings } from '../config.js';
import { signingSecretAad } from './applications.js';
import { auditRejection } from './audit.js';
import type { DeploymentsApp } from './deployments.js';
import { deployerMetrics } from './metrics.js';
import type { DeployerStore } from './ports.js';
import { deploymentView, type DeploymentView } from './views.js';

export type WebhookRequest = {
  applicationId: string; applicationName: string; version: string; token: string; idempotencyKey: string; signature: string;
  body: Uint8Array; sourceAddress: string; gatewayRefusal?: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const RULES: Record<RejectionReason, { code: DeployerErrorCode; detail: (app?: ApplicationRow) => string }> = {
  missing_token: { code: 'ERR_UNAUTHENTICATED', detail: () => 'No webhook token: send Authorization: Bearer whk_…' },
  missing_fields: { code: 'ERR_MISSING_FIELDS', detail: () => 'Missing required fields: (applicationId or applicationName), version' },
  unknown_application: { code: 'ERR_APPLICATION_NOT_FOUND', detail: () => 'Application not found. Please register the application first.' },
  webhook_disabled: { code: 'ERR_WEBHOOK_DISABLED', detail: (app) => `Webhook deployment is disabled for application "${app?.name ?? ''}"` },
  invalid_token: { code: 'ERR_INVALID_TOKEN', detail: () => 'Invalid webhook token' },
  invalid_signature: { code: 'ERR_INVALID_SIGNATURE', detail: () => 'Missing, invalid or expired X-Keywarden-Signature' },
  invalid_version: { code: 'ERR_INVALID_VERSION', detail: () => 'version must be an image tag: 1-128 of A-Z, a-z, 0-9, "_", "." and "-", not starting with "." or "-"' },
  rate_limited: { code: 'ERR_RATE_LIMITED', detail: () => 'Too many webhook calls for this application; try again later' },
  idempotency_key_reused: { code: 'ERR_IDEMPOTENCY_KEY_REUSED', detail: () => 'this Idempotency-Key was used for another version; use a new key' },
  body_too_large: { code: 'ERR_PAYLOAD_TOO_LARGE', detail: () => 'The body is too large' },
  unsupported_media_type: { code: 'ERR_UNSUPPORTED_MEDIA_TYPE', detail: () => 'The body must be JSON (Content-Type: application/json)' },
  invalid_json: { code: 'ERR_VALIDATION', detail: () => 'the body is not valid JSON' },
  not_an_object: { code: 'ERR_VALIDATION', detail: () => 'the body must be a JSON object' },
  invalid_field: { code: 'ERR_VALIDATION', detail: () => 'a field of the body is not a string' },
  invalid_deployment_id: { code: 'ERR_VALIDATION', detail: () => 'the deployment id is not a UUID' },
  unknown_deployment: { code: 'ERR_NOT_FOUND', detail: () => 'no such deployment' },
  application_stopped: { code: 'ERR_APPLICATION_STOPPED', detail: (app) => `Application "${app?.name ?? ''}" is stopped: start it to deploy again` },
  application_deleted: { code: 'ERR_APPLICATION_DELETED', detail: (app) => `Application "${app?.name ?? ''}" was deleted: its webhook no longer deploys` },
};

const isGatewayRefusal = (value: string): value is GatewayRefusal => (GATEWAY_REFUSALS as readonly string[]).includes(value);

export type WebhookDeps = { database: Database; store: DeployerStore; keyring: Keyring; deployments: DeploymentsApp; settings: DeployerSettings; clock: Clock; logger: Logger };

export class WebhookApp {
  constructor(private readonly deps: WebhookDeps) {}

  async deploy(req: WebhookRequest): Promise<{ deployment: DeploymentView; duplicate: boolean }> {
    await this.admitSource(req);
    if (req.gatewayRefusal) {
      if (!isGatewayRefusal(req.gatewayRefusal)) throw deployerError('ERR_VALIDATION', 'unknown gateway_refusal', 'DEPLOY-b32e');
      return this.reject(req.gatewayRefusal, req, undefined);
    }
    // Credentials before the body's contents, as any HTTP authentication (the gateway adds WWW-Authenticate).
    if (!req.token) return this.reject('missing_token', req, undefined);
    const ref = req.applicationId || req.applicationName;
    if (!ref || !req.version) return this.reject('missing_fields', req, undefined);
    const app = await this.lookup(req);
    if (!app) return this.reject('unknown_application', req, undefined);
    if (!app.webhookEnabled) return this.reject('webhook_disabled', req, app);
    if (!this.tokenMatches(app, req.token)) return this.reject('invalid_token', req, app);
    if (app.lifecycle === 'deleted') return this.reject('application_deleted', req, app);
    if (app.lifecycle === 'stopped') return this.reject('application_stopped', req, app);
    if (app.signatureRequired && !(await this.signatureValid(app, req))) return this.reject('invalid_signature', req, app);
    if (!isValidVersion(req.version)) return this.reject('invalid_version', req, app);
    const { webhookRateLimit, webhookRateWindowMs } = this.deps.settings;
    const slot = await this.deps.store.takeWebhookSlot(app.id, webhookRateLimit, webhookRateWindowMs);
    if (!slot.allowed) return this.reject('rate_limited', req, app, `; retry after ${slot.retryAfterSeconds} s`);

    const deploymentId = req.idempotencyKey ? idempotentDeploymentId(app.id, req.idempotencyKey) : undefined;
    const { deployment, duplicate } = await this.deps.deployments.request(app, { deploymentId, version: req.version, trigger: 'webhook', actorUserId: '' });
    if (duplicate && deployment.version !== req.version) return this.reject('idempotency_key_reused', req, app);
    this.deps.logger.info({ applicationId: app.id, deploymentId: deployment.id, version: req.version, duplicate, source: req.sourceAddress }, 'webhook deploy accepted');
    return { deployment: deploymentView(deployment), duplicate };
  }

  /** A CI system follows its deployment with the application's webhook token. */
  async get(deploymentId: string, token: string, sourceAddress: string): Promise<DeploymentView> {
    const request = { applicationId: '', applicationName: '', version: '', token, idempotencyKey: '', signature: '', body: new Uint8Array(), sourceAddress };
    await this.admitSource(request);
    if (!token) return this.reject('missing_token', request, undefined);
    const row = await this.deps.deployments.row(deploymentId);
    const app = row ? await findApplication(this.deps.database.db, row.applicationId) : undefined;
    if (!row || !app) return this.reject('unknown_deployment', request, undefined);
    request.applicationId = app.id;
    // The rules of WebhookDeploy, in its order: a disabled webhook answers nothing, whatever the token.
    if (!app.webhookEnabled) return this.reject('webhook_disabled', request, app);
    if (!this.tokenMatches(app, token)) return this.reject('invalid_token', request, app);
    // A stopped application's earlier deployments may still be followed; a deleted one's token is retired.
    if (app.lifecycle === 'deleted') return this.reject('application_deleted', request, app);
    return deploymentView(row);
  }

  private async lookup(req: WebhookRequest): Promise<ApplicationRow | undefined> {
    const { db } = this.deps.database;
    if (req.applicationId) {
      if (!UUID.test(req.applicationId)) return undefined;
      return findApplication(db, req.applicationId);
    }
    return applicationNamed(db, req.applicationName);
  }

  private tokenMatches(app: ApplicationRow, token: string): boolean {
    // Both sides are hex SHA-256 digests: equal length, compared in constant time.
    return app.tokenHash !== '' && constantTimeEqual(sha256Hex(token), app.tokenHash);
  }

  private async signatureValid(app: ApplicationRow, req: WebhookRequest): Promise<boolean> {
    const stored = await this.deps.store.signingSecret(app.id);
    if (!stored) return false;
    const secret = this.deps.keyring.decryptString(stored.ciphertext, signingSecretAad(app.id));
    return verifySignature(req.signature, secret, req.body, this.deps.clock.now().getTime(), this.deps.settings.signatureToleranceSeconds).ok;
  }

  /** A source past its rejection limit in this window is turned away before anything is looked up. */
  private async admitSource(req: WebhookRequest): Promise<void> {
    const { rejectionLimit, webhookRateWindowMs } = this.deps.settings;
    const count = await this.deps.store.sourceRejections(req.sourceAddress, webhookRateWindowMs);
    if (count.rejected >= rejectionLimit) await this.refuseSource(req);
  }

  /**
   * 429 for a source past its limit. Only the window's first such refusal is audited (WebhookRejected rate_limited,
   * no application, no token prefix): a summary that says the source was cut off; the rest are counted in the
   * metric only, so a flood adds at most one event per source and window.
   */
  private async refuseSource(req: WebhookRequest): Promise<never> {
    const count = await this.deps.store.countSourceRejection(req.sourceAddress, this.deps.settings.webhookRateWindowMs, 'refused');
    if (count.refused === 1) {
      await auditRejection(this.deps.database, { applicationId: '', applicationRef: '', reason: 'rate_limited', sourceAddress: req.sourceAddress, tokenPrefix: '' });
      this.deps.logger.warn({ reason: 'rate_limited', source: req.sourceAddress, rejected: count.rejected }, 'webhook source past its rejection limit: further calls refused unaudited until the window ends');
    } else {
      deployerMetrics().webhookRejected.add(1, { reason: 'rate_limited' });
    }
    throw new DeployerError('ERR_RATE_LIMITED', `Too many rejected webhook calls from this address; retry after ${count.retryAfterSeconds} s`, 'DEPLOY-4bb3');
  }

  private async reject(reason: RejectionReason, req: WebhookRequest, app: ApplicationRow | undefined, more = ''): Promise<never> {
    // Counted first: calls that passed admitSource together cannot audit past the limit (the surplus is refused).
    const count = await this.deps.store.countSourceRejection(req.sourceAddress, this.deps.settings.webhookRateWindowMs, 'rejected');
    if (count.rejected > this.deps.settings.rejectionLimit) return this.refuseSource(req);
    const tokenPrefix = req.token.slice(0, TOKEN_PREFIX_CHARS);
    await auditRejection(this.deps.database, {
      applicationId: app?.id ?? '', applicationRef: req.applicationId || req.applicationName, reason, sourceAddress: req.sourceAddress, tokenPrefix,
    });
    this.deps.logger.warn({ reason, applicationId: app?.id ?? '', source: req.sourceAddress, tokenPrefix }, 'webhook deploy rejected');
    const rule = RULES[reason];
    throw new DeployerError(rule.code, rule.detail(app) + more, 'DEPLOY-5f58');
  }
}
