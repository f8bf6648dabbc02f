// The resource kinds of the audit trail, in a module of its own (no imports) so the repository's
// checks can compare it with contracts without loading the console's API client.
/** The resource kinds of the trail: the aggregates of contracts/src/registry.ts (what services/audit's entry.ts writes). */
export const RESOURCE_KINDS = [
  'account', 'provider_app', 'project', 'binding', 'reconcile', 'application', 'deployment', 'drift', 'secret_group', 'secret', 'env_var', 'provider',
  'master_key', 'user', 'organization', 'session', 'pat', 'signing_key', 'idp', 'cleanup', 'instance', 'delivery', 'channel', 'subscription', 'retention', 'inbound',
] as const;
