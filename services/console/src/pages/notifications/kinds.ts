/** The notifier's kinds (services/notifier/src/domain/notification/kinds.ts), in the order people think of them. */
export const NOTIFICATION_KINDS = [
  'refresh_token_expiring', 'refresh_token_expiring_urgent', 'refresh_token_expired', 'reauthorization_required', 'token_refresh_failed',
  'app_credential_invalid', 'refresh_token_reuse_detected', 'git_credentials_sync_failed', 'provider_sync_failed', 'deployment_succeeded', 'deployment_failed',
] as const;
