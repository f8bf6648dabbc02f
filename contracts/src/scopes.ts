// Personal access token scopes: identity accepts only these when a token is
// created, the gateway checks them per route, and a service may narrow its own
// permissions to them (Actor.scopes). An access JWT from a session holds them all.
export const scopes = [
  'identity:read', 'identity:write',
  'oauth:read', 'oauth:write',
  'secrets:read', 'secrets:write', 'secrets:reveal', 'secrets:admin',
  'gitops:read', 'gitops:write',
  'deploy:read', 'deploy:write',
  'notify:read', 'notify:write',
  'audit:read',
] as const;

export type Scope = (typeof scopes)[number];

export function isScope(value: string): value is Scope {
  return (scopes as readonly string[]).includes(value);
}

/** Whether held scopes grant `needed`: a `:write` scope also grants the area's `:read`. */
export function scopeGranted(held: readonly string[], needed: Scope): boolean {
  if (held.includes(needed)) return true;
  const [area, access] = needed.split(':');
  return access === 'read' && held.includes(`${area}:write`);
}
