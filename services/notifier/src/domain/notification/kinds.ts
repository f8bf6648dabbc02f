// Notification kinds and how a source event becomes one. Pure: the caller passes the
// event's type and data as consumed from the bus, and the console's base URL.

export const credentialWarningKinds = [
  'refresh_token_expiring',
  'refresh_token_expiring_urgent',
  'refresh_token_expired',
  'reauthorization_required',
  'token_refresh_failed',
  'app_credential_invalid',
  'refresh_token_reuse_detected',
  'git_credentials_sync_failed',
  'provider_sync_failed',
] as const;

export const notificationKinds = [...credentialWarningKinds, 'deployment_succeeded', 'deployment_failed', 'test'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export function isNotificationKind(kind: string): kind is NotificationKind {
  return (notificationKinds as readonly string[]).includes(kind);
}

export function isCredentialWarning(kind: NotificationKind): boolean {
  return (credentialWarningKinds as readonly string[]).includes(kind);
}

/** Events the notifier notifies about, by the context whose stream carries them. */
export const notifyingEventTypes = {
  oauth: ['RefreshTokenExpiring', 'RefreshTokenExpired', 'ReauthorizationRequired', 'TokenRefreshFailed', 'AppCredentialInvalid'],
  identity: ['RefreshTokenReuseDetected'],
  secrets: ['ProviderSyncFailed'],
  gitops: ['GitCredentialsSyncFailed'],
  deploy: ['DeploymentSucceeded', 'DeploymentFailed'],
} as const;

export type Notification = {
  kind: NotificationKind;
  /** Deliveries with the same key go to a channel once (one 7-day warning per grant generation). */
  dedupeKey: string;
  /** The user the notification is about, when the event names one. */
  userId: string | undefined;
  /** The organization the notification is about, when the event names one (gitops). */
  organizationId?: string;
  /** The project it is about: deployments name no organization, enqueue resolves it from the project. */
  projectId?: string;
  /** Template variables: ids, names, times and links, never a secret. */
  vars: Record<string, string>;
};

// A failing refresh is retried by the broker; tell people only when it keeps failing.
export const REFRESH_FAILURES_BEFORE_NOTICE = 3;

/** Facts from the notifier's own read models that a mapping needs (kept out so this stays pure). */
export type NotificationFacts = {
  /** GitCredentialsSyncFailed: the binding's failure episode (projections/projects.ts). */
  syncEpisode?: number;
};

const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
// Free text from other services (a failure's detail or error) is shown, never trusted to be short.
const MAX_TEXT = 500;
const clip = (value: unknown): string => {
  const text = str(value).trim();
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
};
const seconds = (ms: unknown): string => (Number.isFinite(Number(ms)) && str(ms) !== '' ? (Number(ms) / 1000).toFixed(1) : '');

/** Maps one consumed event to the notification it calls for, or undefined when it calls for none. */
export function notificationFor(type: string, data: Record<string, unknown>, publicUrl: string, facts: NotificationFacts = {}): Notification | undefined {
  const account = str(data['accountId']);
  const generation = str(data['generation']);
  const userId = str(data['userId']) || undefined;
  const base = { provider: str(data['provider']), accountId: account };
  const reconnectUrl = `${publicUrl}/connections/${encodeURIComponent(account)}/reconnect`;
  switch (type) {
    case 'RefreshTokenExpiring': {
      const threshold = Number(data['thresholdDays'] ?? 0);
      return {
        kind: threshold <= 3 ? 'refresh_token_expiring_urgent' : 'refresh_token_expiring',
        dedupeKey: `expiring:${account}:${generation}:${threshold}`,
        userId,
        vars: { ...base, daysLeft: str(data['daysLeft']), expiresAt: str(data['expiresAt']), reconnectUrl },
      };
    }
    case 'RefreshTokenExpired':
      return { kind: 'refresh_token_expired', dedupeKey: `expired:${account}:${generation}`, userId, vars: { ...base, expiredAt: str(data['expiredAt']), reconnectUrl } };
    case 'ReauthorizationRequired':
      return {
        kind: 'reauthorization_required',
        dedupeKey: `reauth:${account}:${generation}`,
        userId,
        vars: { ...base, errorClass: str(data['errorClass']), providerCode: str(data['providerCode']), reconnectUrl },
      };
    case 'TokenRefreshFailed': {
      const attempt = Number(data['attempt'] ?? 0);
      if (data['willRetry'] === true && attempt < REFRESH_FAILURES_BEFORE_NOTICE) return undefined;
      return {
        kind: 'token_refresh_failed',
        dedupeKey: `refresh-failed:${account}:${generation}`,
        userId,
        vars: { ...base, attempt: str(attempt), errorClass: str(data['errorClass']), providerCode: str(data['providerCode']), nextAttemptAt: str(data['nextAttemptAt']) },
      };
    }
    case 'AppCredentialInvalid': {
      const app = str(data['providerAppId']);
      return {
        kind: 'app_credential_invalid',
        dedupeKey: `app-invalid:${app}:${str(data['clientSecretFingerprint'])}`,
        userId,
        vars: {
          provider: str(data['provider']), providerAppId: app, errorClass: str(data['errorClass']), providerCode: str(data['providerCode']),
          settingsUrl: `${publicUrl}/provider-apps/${encodeURIComponent(app)}`,
        },
      };
    }
    case 'RefreshTokenReuseDetected':
      return {
        kind: 'refresh_token_reuse_detected',
        dedupeKey: `reuse:${str(data['sessionId'])}`,
        userId,
        vars: { sessionId: str(data['sessionId']), clientIp: str(data['clientIp']), userAgent: str(data['userAgent']), sessionsUrl: `${publicUrl}/account/sessions` },
      };
    case 'ProviderSyncFailed': {
      // Names no user: enqueue finds the provider's configurer (and its name) from ProviderConfigured.
      const providerId = str(data['providerId']);
      return {
        kind: 'provider_sync_failed',
        dedupeKey: `provider-sync:${providerId}:${str(data['syncId'])}`,
        userId,
        vars: {
          providerId, providerName: providerId, group: str(data['groupId']), syncId: str(data['syncId']), trigger: str(data['trigger']),
          errorClass: str(data['errorClass']), reason: str(data['reason']), failedAt: str(data['failedAt']),
        },
      };
    }
    case 'GitCredentialsSyncFailed': {
      // One message per binding, reason and staleness until a GitCredentialsSynced of the binding
      // ends the failure episode: a sync retried every few minutes does not page anyone again.
      const projectId = str(data['projectId']);
      const environment = str(data['environment']);
      const reason = str(data['reason']) || 'unknown';
      const stale = data['stale'] === true;
      return {
        kind: 'git_credentials_sync_failed',
        dedupeKey: `git-sync:${projectId}:${environment}:${facts.syncEpisode ?? 0}:${reason}${stale ? ':stale' : ''}`,
        userId,
        organizationId: str(data['organizationId']) || undefined,
        projectId,
        vars: {
          projectId, project: projectId, environment, namespace: str(data['namespace']), accountId: account, reason, detail: clip(data['detail']),
          trigger: str(data['trigger']), stale: stale ? 'true' : 'false', projectUrl: `${publicUrl}/projects/${encodeURIComponent(projectId)}`,
          // Stale until the owner reconnects: the link to do it (or to connect one when the binding has no account).
          ...(stale ? { reconnectUrl: account ? reconnectUrl : `${publicUrl}/connections` } : {}),
        },
      };
    }
    case 'DeploymentSucceeded':
    case 'DeploymentFailed': {
      const deploymentId = str(data['deploymentId']);
      const failed = type === 'DeploymentFailed';
      const projectId = str(data['projectId']);
      return {
        kind: failed ? 'deployment_failed' : 'deployment_succeeded',
        // One per deployment and outcome.
        dedupeKey: `deployment:${deploymentId}:${failed ? 'failed' : 'succeeded'}`,
        userId: undefined,
        projectId,
        vars: {
          deploymentId, applicationId: str(data['applicationId']), application: str(data['applicationName']) || str(data['applicationId']),
          projectId, project: projectId, environment: str(data['environment']), version: str(data['version']), trigger: str(data['trigger']),
          durationSeconds: seconds(data['durationMs']), deploymentUrl: `${publicUrl}/deployments/${encodeURIComponent(deploymentId)}`,
          ...(failed ? { stage: str(data['stage']), error: clip(data['error']) } : {}),
        },
      };
    }
    default:
      return undefined;
  }
}
