/** How a provider failure is classified; decides retry, reauthorization or app repair. */
export type ErrorClass = 'transient' | 'rate_limited' | 'invalid_grant' | 'invalid_client' | 'invalid_token' | 'unknown';
export const ERROR_CLASSES: readonly ErrorClass[] = ['transient', 'rate_limited', 'invalid_grant', 'invalid_client', 'invalid_token', 'unknown'];

/** "user" grants come from the OAuth code flow; the others are minted from the app's own credentials. */
export type GrantKind = 'user' | 'app' | 'tenant' | 'installation';
export type Trigger = 'scheduler' | 'on_demand' | 'flux_auth_failure' | 'manual';
export type Provider = 'gitlab' | 'feishu' | 'lark' | 'github' | 'github_app' | 'oauth2';
export const PROVIDERS: readonly Provider[] = ['gitlab', 'feishu', 'lark', 'github', 'github_app', 'oauth2'];

export const DAY_MS = 86_400_000;
