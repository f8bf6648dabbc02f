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

/** Events the notifier notifies about today (the gitops and deploy events are not in contracts yet). */
export const notifyingEventTypes = {
  oauth: ['RefreshTokenExpiring', 'RefreshTokenExpired', 'ReauthorizationRequired', 'TokenRefreshFailed', 'AppCredentialInvalid'],
  identity: ['RefreshTokenReuseDetected'],
  secrets: ['ProviderSyncFailed'],
} as const;

export type Notification = {
  kind: NotificationKind;
  /** Deliveries with the same key go to a channel once (one 7-day warning per grant generation). */
  dedupeKey: string;
  /** The user the notification is about, when the event names one. */
  userId: string | undefined;
  /** Template variables: ids, names, times and links, never a secret. */
  vars: Record<string, string>;
};

// A failing refresh is retried by the broker; tell people only when it keeps failing.
export const REFRESH_FAILURES_BEFORE_NOTICE = 3;

const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** Maps one consumed event to the notification it calls for, or undefined when it calls for none. */
export function notificationFor(type: string, data: Record<string, unknown>, publicUrl: string): Notification | undefined {
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
    default:
      return undefined;
  }
}
