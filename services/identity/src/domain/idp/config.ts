// Checks and normalizes an identity provider's configuration (pure: no I/O).
import { compileIdentifierFilter } from './identifier-filter.js';

export const DEFAULT_SCOPES = ['openid', 'email', 'profile'] as const;
/** Which claim fills which user attribute, unless the admin maps another one. */
export const DEFAULT_CLAIM_MAPPING: Readonly<Record<ClaimTarget, string>> = { email: 'email', display_name: 'name', email_verified: 'email_verified' };
export const CLAIM_TARGETS = ['email', 'display_name', 'email_verified'] as const;
export type ClaimTarget = (typeof CLAIM_TARGETS)[number];
export type ClaimMapping = Record<ClaimTarget, string>;

export type ProviderConfigInput = {
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: readonly string[];
  claimMapping: Readonly<Record<string, string>>;
  identifierFilter: string;
  enabled: boolean;
};

export type ProviderConfig = {
  name: string;
  issuer: string;
  clientId: string;
  scopes: string[];
  claimMapping: ClaimMapping;
  identifierFilter: string;
};

export type Issue = { path: string; message: string };

const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]{1,100}$/;
const CLAIM_NAME = /^[A-Za-z0-9_.:/-]{1,100}$/;

/** Issues of the input (empty when valid) and the normalized configuration. */
export function checkProviderConfig(
  input: ProviderConfigInput,
  options: { creating: boolean; allowInsecureIssuers: boolean },
): { issues: Issue[]; config: ProviderConfig } {
  const issues: Issue[] = [];
  const name = input.name.trim();
  if (!name) issues.push({ path: 'name', message: 'is required' });
  else if (name.length > 100) issues.push({ path: 'name', message: 'must be at most 100 characters' });

  const issuer = input.issuer.trim();
  const issuerProblem = checkIssuer(issuer, options.allowInsecureIssuers);
  if (issuerProblem) issues.push({ path: 'issuer', message: issuerProblem });

  const clientId = input.clientId.trim();
  if (!clientId) issues.push({ path: 'clientId', message: 'is required' });
  else if (clientId.length > 255) issues.push({ path: 'clientId', message: 'must be at most 255 characters' });
  if (options.creating && !input.clientSecret) issues.push({ path: 'clientSecret', message: 'is required when creating a provider' });
  if (input.clientSecret.length > 1024) issues.push({ path: 'clientSecret', message: 'must be at most 1024 characters' });

  const scopes = input.scopes.length ? [...new Set(input.scopes.map((s) => s.trim()))] : [...DEFAULT_SCOPES];
  if (!scopes.includes('openid')) issues.push({ path: 'scopes', message: 'must include openid' });
  if (scopes.some((s) => !SCOPE_TOKEN.test(s))) issues.push({ path: 'scopes', message: 'must be OAuth scope tokens (printable, no spaces)' });

  const claimMapping: ClaimMapping = { ...DEFAULT_CLAIM_MAPPING };
  for (const [key, value] of Object.entries(input.claimMapping)) {
    if (!(CLAIM_TARGETS as readonly string[]).includes(key)) {
      issues.push({ path: `claimMapping.${key}`, message: `is not a mapped attribute (one of ${CLAIM_TARGETS.join(', ')})` });
    } else if (value !== '') {
      if (!CLAIM_NAME.test(value)) issues.push({ path: `claimMapping.${key}`, message: 'must be a claim name' });
      else claimMapping[key as ClaimTarget] = value;
    }
  }

  const filter = compileIdentifierFilter(input.identifierFilter);
  if (!filter.ok) issues.push({ path: 'identifierFilter', message: filter.reason });

  return { issues, config: { name, issuer, clientId, scopes, claimMapping, identifierFilter: input.identifierFilter } };
}

function checkIssuer(issuer: string, allowInsecure: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'must be a URL';
  }
  if (url.protocol !== 'https:' && !(allowInsecure && url.protocol === 'http:')) {
    return allowInsecure ? 'must be an http(s) URL' : 'must be an https URL';
  }
  if (url.search || url.hash || issuer.includes('?') || issuer.includes('#')) return 'must not have a query or fragment';
  if (url.username || url.password) return 'must not carry credentials';
  return undefined;
}
