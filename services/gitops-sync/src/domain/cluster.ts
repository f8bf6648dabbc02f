// How keywarden marks the objects it owns in a cluster, and the annotation
// that asks Flux to reconcile a source: shared by what app/ builds and what
// the cluster adapters read back.
export const MANAGED_BY = 'app.kubernetes.io/managed-by';
export const PROJECT_LABEL = 'keywarden.dev/project';
export const ENVIRONMENT_LABEL = 'keywarden.dev/environment';
export const GENERATION_ANNOTATION = 'keywarden.dev/token-generation';
export const FINGERPRINT_ANNOTATION = 'keywarden.dev/token-fingerprint';
export const ACCOUNT_ANNOTATION = 'keywarden.dev/account-id';
export const MANAGED_SELECTOR = `${MANAGED_BY}=keywarden`;

/** The annotation that asks Flux to reconcile a source now; Flux echoes its value in status.lastHandledReconcileAt. */
export const REQUESTED_AT_ANNOTATION = 'reconcile.fluxcd.io/requestedAt';

