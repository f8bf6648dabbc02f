// The application aggregate (stream application-<id>): its settings and the
// fingerprints of its webhook credentials. The credentials themselves never
// enter an event: the app layer stores the token's hash and the encrypted
// signing secret in the same transaction. WebhookRejected is an audit record
// on the same stream (or on application-unknown): always allowed, no state.
// Lifecycle: an application is active until stopped (scaled to zero; started
// again, it runs its current version) or deleted (terminal: its Kubernetes
// objects go, its stream and deployments stay; nothing but audit records is
// appended after). Repeating a stop, start or delete changes nothing.
import { storableText } from '@keywarden/errors';
import { assertNever, type ContractData, type ContractEvent, type Decider } from '@keywarden/domain';
import { conflict, deployerError, invalid, notFound } from '../errors.js';
import { isName, type Resources } from './rules.js';

export type Settings = {
  image: string; ports: number[]; replicas: number; resources: Resources;
  webhookEnabled: boolean; autoDeploy: boolean; signatureRequired: boolean;
};
// Event data is the contract's (deploy/v1/application.proto); only what the contract leaves open is narrowed here.
export type ApplicationRegisteredData = ContractData<'ApplicationRegistered', { resources: Resources }>;
export type ApplicationChangedData = ContractData<'ApplicationChanged', { resources: Resources }>;
export type WebhookRejectedData = ContractData<'WebhookRejected', { reason: RejectionReason }>;
export type RejectionReason =
  | 'missing_token' | 'missing_fields' | 'unknown_application' | 'webhook_disabled' | 'invalid_token' | 'invalid_signature' | 'invalid_version'
  | 'rate_limited' | 'idempotency_key_reused' | 'unknown_deployment' | 'application_stopped' | 'application_deleted' | GatewayRefusal;
/** Requests the gateway could not read, which it still has the deployer audit (WebhookDeployRequest.gateway_refusal). */
export type GatewayRefusal = 'body_too_large' | 'unsupported_media_type' | 'invalid_json' | 'not_an_object' | 'invalid_field' | 'invalid_deployment_id';
export const GATEWAY_REFUSALS: readonly GatewayRefusal[] = ['body_too_large', 'unsupported_media_type', 'invalid_json', 'not_an_object', 'invalid_field', 'invalid_deployment_id'];

export type ApplicationEvent =
  | ContractEvent<'ApplicationRegistered', { resources: Resources }>
  | ContractEvent<'ApplicationChanged', { resources: Resources }>
  | ContractEvent<'WebhookRejected', { reason: RejectionReason }>
  | ContractEvent<'WebhookTokenRegenerated' | 'WebhookSigningSecretRotated' | 'ApplicationStopped' | 'ApplicationStarted' | 'ApplicationDeleted'>;

export type ApplicationCommand =
  | { type: 'RegisterApplication'; data: ApplicationRegisteredData }
  /** `signingSecretFingerprint`: a new signing secret issued with the change (signatures turned on). */
  | { type: 'ChangeSettings'; settings: Settings; actorUserId: string; signingSecretFingerprint?: string }
  /** `signingSecretFingerprint`: the signing secret is replaced in the same change (one append: both or neither). */
  | { type: 'RegenerateToken'; webhookTokenFingerprint: string; actorUserId: string; signingSecretFingerprint?: string }
  | { type: 'RotateSigningSecret'; signingSecretFingerprint: string; actorUserId: string }
  | { type: 'RejectWebhook'; data: WebhookRejectedData }
  | { type: 'StopApplication'; actorUserId: string }
  | { type: 'StartApplication'; actorUserId: string }
  | { type: 'DeleteApplication'; actorUserId: string };

export type Lifecycle = 'active' | 'stopped';
export type ApplicationState =
  | { status: 'none' }
  | {
    status: 'registered'; applicationId: string; name: string; namespace: string; lifecycle: Lifecycle;
    settings: Settings; tokenFingerprint: string; signingSecretFingerprint: string;
  }
  | { status: 'deleted'; applicationId: string; name: string };

export const initialState = (): ApplicationState => ({ status: 'none' });

/** At most this much of a presented token is ever recorded: enough to recognise a leaked one, useless to an attacker. */
export const TOKEN_PREFIX_CHARS = 8;

export function decide(command: ApplicationCommand, state: ApplicationState): ApplicationEvent[] {
  switch (command.type) {
    case 'RegisterApplication':
      if (state.status !== 'none') throw conflict('the application exists already', 'DEPLOY-1bcd');
      if (command.data.signatureRequired !== (command.data.signingSecretFingerprint !== '')) throw invalid('a signing secret goes with signature_required, and only with it', 'DEPLOY-1d72');
      return [{ type: 'ApplicationRegistered', data: command.data }];
    case 'ChangeSettings': {
      const app = registered(state);
      const issuing = command.signingSecretFingerprint !== undefined;
      if (command.settings.signatureRequired && !app.settings.signatureRequired && !issuing) throw invalid('turning signatures on issues a signing secret', 'DEPLOY-da23');
      const events: ApplicationEvent[] = [];
      if (!sameSettings(app.settings, command.settings)) {
        events.push({ type: 'ApplicationChanged', data: { applicationId: app.applicationId, ...command.settings, actorUserId: command.actorUserId } });
      }
      if (issuing && command.settings.signatureRequired) {
        events.push({ type: 'WebhookSigningSecretRotated', data: { applicationId: app.applicationId, signingSecretFingerprint: command.signingSecretFingerprint!, actorUserId: command.actorUserId } });
      }
      return events;
    }
    case 'RegenerateToken': {
      const app = registered(state);
      const events: ApplicationEvent[] = [
        { type: 'WebhookTokenRegenerated', data: { applicationId: app.applicationId, webhookTokenFingerprint: command.webhookTokenFingerprint, actorUserId: command.actorUserId } },
      ];
      if (command.signingSecretFingerprint !== undefined) {
        if (!app.settings.signatureRequired) throw invalid('the application does not require signatures: there is no signing secret to rotate', 'DEPLOY-e938');
        events.push({ type: 'WebhookSigningSecretRotated', data: { applicationId: app.applicationId, signingSecretFingerprint: command.signingSecretFingerprint, actorUserId: command.actorUserId } });
      }
      return events;
    }
    case 'RotateSigningSecret': {
      const app = registered(state);
      if (!app.settings.signatureRequired) throw invalid('the application does not require signatures: there is no signing secret to rotate', 'DEPLOY-f752');
      return [{ type: 'WebhookSigningSecretRotated', data: { applicationId: app.applicationId, signingSecretFingerprint: command.signingSecretFingerprint, actorUserId: command.actorUserId } }];
    }
    case 'RejectWebhook':
      return [{ type: 'WebhookRejected', data: auditable(command.data) }];
    case 'StopApplication': {
      const app = registered(state);
      return app.lifecycle === 'stopped' ? [] : [{ type: 'ApplicationStopped', data: { applicationId: app.applicationId, actorUserId: command.actorUserId } }];
    }
    case 'StartApplication': {
      const app = registered(state);
      return app.lifecycle === 'active' ? [] : [{ type: 'ApplicationStarted', data: { applicationId: app.applicationId, actorUserId: command.actorUserId } }];
    }
    case 'DeleteApplication': {
      if (state.status === 'deleted') return [];
      const app = registered(state);
      return [{ type: 'ApplicationDeleted', data: { applicationId: app.applicationId, name: app.name, namespace: app.namespace, actorUserId: command.actorUserId } }];
    }
    default:
      return assertNever(command);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a rejection may record: the prefix cut to TOKEN_PREFIX_CHARS; the caller's reference as given when it can name
 * an application (an id or a valid name), else only as many characters as of a token: a CI system that put its
 * token (or another secret) in applicationName must not have it kept in an event.
 */
export function auditable(data: WebhookRejectedData): WebhookRejectedData {
  const ref = data.applicationRef;
  return {
    ...data,
    applicationRef: UUID.test(ref) || isName(ref) ? ref : storableText(ref, TOKEN_PREFIX_CHARS),
    sourceAddress: storableText(data.sourceAddress, 64),
    // storableText: a plain slice can split a surrogate pair, which jsonb refuses.
    tokenPrefix: storableText(data.tokenPrefix, TOKEN_PREFIX_CHARS),
  };
}

function registered(state: ApplicationState) {
  if (state.status === 'deleted') throw deployerError('ERR_APPLICATION_DELETED', `application ${state.name} was deleted`, 'DEPLOY-8bc8');
  if (state.status !== 'registered') throw notFound('no such application', 'DEPLOY-a5f5');
  return state;
}

function sameSettings(a: Settings, b: Settings): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

const canonical = (s: Settings) => [s.image, s.ports, s.replicas, s.resources.cpuRequest, s.resources.cpuLimit, s.resources.memoryRequest, s.resources.memoryLimit,
  s.webhookEnabled, s.autoDeploy, s.signatureRequired];

export function evolve(state: ApplicationState, event: ApplicationEvent): ApplicationState {
  switch (event.type) {
    case 'ApplicationRegistered': {
      const { image, ports, replicas, resources, webhookEnabled, autoDeploy, signatureRequired } = event.data;
      return {
        status: 'registered', applicationId: event.data.applicationId, name: event.data.name, namespace: event.data.namespace, lifecycle: 'active',
        settings: { image, ports, replicas, resources, webhookEnabled, autoDeploy, signatureRequired },
        tokenFingerprint: event.data.webhookTokenFingerprint, signingSecretFingerprint: event.data.signingSecretFingerprint,
      };
    }
    case 'ApplicationChanged': {
      if (state.status !== 'registered') return state;
      const { image, ports, replicas, resources, webhookEnabled, autoDeploy, signatureRequired } = event.data;
      return { ...state, settings: { image, ports, replicas, resources, webhookEnabled, autoDeploy, signatureRequired }, ...(signatureRequired ? {} : { signingSecretFingerprint: '' }) };
    }
    case 'WebhookTokenRegenerated':
      return state.status === 'registered' ? { ...state, tokenFingerprint: event.data.webhookTokenFingerprint } : state;
    case 'WebhookSigningSecretRotated':
      return state.status === 'registered' ? { ...state, signingSecretFingerprint: event.data.signingSecretFingerprint } : state;
    case 'WebhookRejected':
      return state;
    case 'ApplicationStopped':
      return state.status === 'registered' ? { ...state, lifecycle: 'stopped' } : state;
    case 'ApplicationStarted':
      return state.status === 'registered' ? { ...state, lifecycle: 'active' } : state;
    case 'ApplicationDeleted':
      return { status: 'deleted', applicationId: event.data.applicationId, name: event.data.name };
    default:
      return assertNever(event);
  }
}

export const applicationDecider: Decider<ApplicationState, ApplicationCommand, ApplicationEvent> = { decide, evolve, initialState };
export const applicationStreamId = (applicationId: string) => `application-${applicationId}`;
/** Where rejections naming no known application are audited. */
export const UNKNOWN_APPLICATION_STREAM = 'application-unknown';
