// An application's environment as its deployment gets it: the gateway resolves the four
// scopes (global < project < environment < application, the deployer's resolution in
// secrets-vault) into the resolved view, which names each secret by id and version; each
// secret is then revealed at that version with the caller's reason (secrets:reveal),
// every reveal a SecretRevealed in the audit trail. Values stay in memory.
import type { KeywardenClient, Schemas } from '@keywarden/client';
import { CliError } from '../io.js';

export type Variable = Schemas['ResolvedVariable'];

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
  // A secret used by several keys is revealed once; all at once (the view has at most the application's variables).
  const wanted = new Map<string, { secretId: string; version: number }>();
  for (const v of view.variables) if (v.kind !== 'plain') wanted.set(`${v.secretId}@${v.secretVersion}`, { secretId: v.secretId, version: v.secretVersion });
  const revealed = new Map<string, string>();
  await Promise.all([...wanted].map(async ([ref, { secretId, version }]) => {
    const answer = await client.call(client.POST('/api/v1/secrets/{secretId}/reveal', { params: { path: { secretId } }, body: { reason, version } }));
    revealed.set(ref, answer.value);
  }));
  const values = new Map<string, string>();
  for (const v of view.variables) values.set(v.key, v.kind === 'plain' ? v.value : revealed.get(`${v.secretId}@${v.secretVersion}`)!);
  return values;
}
