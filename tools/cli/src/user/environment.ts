// An application's environment as its deployment gets it: the gateway resolves the four
// scopes (global < project < environment < application, the deployer's resolution in
// secrets-vault) into the resolved view, which names each secret by id and version; the
// secrets are then revealed at those versions in one request with the caller's reason
// (secrets:reveal), every reveal a SecretRevealed in the audit trail. Values stay in memory.
import type { KeywardenClient, Schemas } from '@keywarden/client';
import { CliError } from '../io.js';

export type Variable = Schemas['ResolvedVariable'];

/** The gateway's limit for one POST /api/v1/secrets/reveal. */
const REVEALS_PER_REQUEST = 256;

export async function resolvedEnvironment(client: KeywardenClient, app: Schemas['Application']) {
  return client.call(client.GET('/api/v1/secrets/applications/{applicationId}/environment', {
    params: { path: { applicationId: app.applicationId }, query: { organizationId: app.organizationId } },
  }));
}

/** Every variable of the application with its value, secrets revealed (audited with `reason`). */
export async function revealedEnvironment(client: KeywardenClient, app: Schemas['Application'], reason: string,
  view?: Schemas['ApplicationEnvironment']): Promise<Map<string, string>> {
  view ??= await resolvedEnvironment(client, app);
  if (view.missing.length > 0) {
    const names = view.missing.map((m) => `${m.key} (${m.scope}: ${m.reference})`).join(', ');
    throw new CliError(`the environment of ${app.name} has references that do not resolve (a deploy fails too): ${names}`);
  }
  // A secret used by several keys is revealed once; all in one request (pages of the gateway's limit for a larger view).
  const wanted = new Map<string, { secretId: string; version: number }>();
  for (const v of view.variables) if (v.kind !== 'plain') wanted.set(`${v.secretId}@${v.secretVersion}`, { secretId: v.secretId, version: v.secretVersion });
  const revealed = new Map<string, string>();
  const refs = [...wanted.values()];
  for (let at = 0; at < refs.length; at += REVEALS_PER_REQUEST) {
    const answer = await client.call(client.POST('/api/v1/secrets/reveal', { body: { reason, secrets: refs.slice(at, at + REVEALS_PER_REQUEST) } }));
    for (const r of answer.secrets) revealed.set(`${r.secretId}@${r.version}`, r.value);
  }
  const values = new Map<string, string>();
  for (const v of view.variables) values.set(v.key, v.kind === 'plain' ? v.value : revealed.get(`${v.secretId}@${v.secretVersion}`)!);
  return values;
}
