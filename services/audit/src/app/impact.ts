// Impact, before a change: who may ask and the queries' composition. The objects asked about
// (accounts, secrets, groups, providers) belong to no organization in their events, while what
// they affect (bindings, variables, applications) does: so an organization member asks with their
// organization and sees that organization's part only; a platform administrator may ask without
// one and sees everything. A provider's impact (groups and secrets, platform-wide) is for
// administrators only. The read models follow other services' events: an object created a moment ago
// (its event on the way) is waited for a little before the answer is a 404 (`arrived`).
import { setTimeout as sleep } from 'node:timers/promises';
import { isPlatformAdmin, scopeGranted, type ActorClaims } from '@keywarden/contracts';
import type { Database } from '@keywarden/db';
import { forbidden, invalid, notFound } from '../domain/errors.js';
import {
  accountImpact, findGroup, findProvider, findSecret, groupsOfProvider, referencingVariables, resolvingApplications, secretsOfGroup,
  secretsOfProvider, type ApplicationImpact, type EnvVarImpact, type GitBindingImpact, type GroupRef, type ProviderRef, type SecretRef,
} from '../projections/impact-queries.js';
import { authorizeSearch } from './search.js';

const ID = /^[\x21-\x7e]{1,200}$/;

function checkId(field: string, value: string | undefined): string {
  if (!value || !ID.test(value)) throw invalid(`${field} must be 1 to 200 visible characters`, 'AUDIT-im01');
  return value;
}

/** The organization the answer is narrowed to (undefined: all, administrators only), with the same rules as the search. */
function authorize(actor: ActorClaims, organizationId: string | undefined): string | undefined {
  const organization = organizationId || undefined;
  if (organization) checkId('organizationId', organization);
  authorizeSearch(actor, organization);
  return organization;
}

export type SecretImpact = { secret: SecretRef; envVars: EnvVarImpact[]; applications: ApplicationImpact[] };
export type GroupImpact = { group: GroupRef; secrets: SecretRef[]; envVars: EnvVarImpact[]; applications: ApplicationImpact[] };
export type ProviderImpact = { provider: ProviderRef; groups: GroupRef[]; secrets: SecretRef[] };

/** How often `arrived` looks again for an object not in the read models yet. */
const ARRIVAL_POLL_MS = 100;

/**
 * The row, or, when it is not there, the row once it arrives within `waitMs`: the console shows a group's or a
 * secret's impact right after creating it, before its event may have reached this service. An object that never
 * arrives is undefined (the caller's 404) after the wait.
 */
async function arrived<T>(find: () => Promise<T | undefined>, waitMs: number): Promise<T | undefined> {
  const until = performance.now() + waitMs;
  for (;;) {
    const found = await find();
    const left = until - performance.now();
    if (found || left <= 0) return found;
    await sleep(Math.min(ARRIVAL_POLL_MS, left));
  }
}

/** `arrivalWaitMs`: how long an object not in the read models is waited for before the 404. */
export function impactQueries(deps: { database: Database; arrivalWaitMs?: number }) {
  const { database } = deps;
  const waitMs = deps.arrivalWaitMs ?? 2_000;
  return {
    async account(actor: ActorClaims, request: { accountId?: string | undefined; organizationId?: string | undefined }): Promise<GitBindingImpact[]> {
      const accountId = checkId('accountId', request.accountId);
      const organization = authorize(actor, request.organizationId);
      return await accountImpact(database, accountId, organization);
    },

    /** A secret affects the variables referencing it and those referencing its group (which resolve all its secrets). */
    async secret(actor: ActorClaims, request: { secretId?: string | undefined; organizationId?: string | undefined }): Promise<SecretImpact> {
      const secretId = checkId('secretId', request.secretId);
      const organization = authorize(actor, request.organizationId);
      const secret = await arrived(() => findSecret(database, secretId), waitMs);
      if (!secret) throw notFound('no such secret', 'AUDIT-im02');
      const group = secret.groupId ? await findGroup(database, secret.groupId) : undefined;
      const envVars = await referencingVariables(database, { secretIds: [secretId], groupNames: group ? [group.name] : [] }, organization);
      return { secret, envVars, applications: await resolvingApplications(database, envVars, [secret], organization) };
    },

    async group(actor: ActorClaims, request: { groupId?: string | undefined; organizationId?: string | undefined }): Promise<GroupImpact> {
      const groupId = checkId('groupId', request.groupId);
      const organization = authorize(actor, request.organizationId);
      // Three independent reads at once: the group, its secrets, the variables referencing either (one round trip).
      const read = () => Promise.all([findGroup(database, groupId), secretsOfGroup(database, groupId), referencingVariables(database, { groupId }, organization)]);
      let [group, secrets, envVars] = await read();
      // Not here yet: once the group arrives, its secrets and variables are read again with it.
      if (!group && (await arrived(() => findGroup(database, groupId), waitMs))) [group, secrets, envVars] = await read();
      if (!group) throw notFound('no such secret group', 'AUDIT-im03');
      return { group, secrets, envVars, applications: await resolvingApplications(database, envVars, secrets, organization) };
    },

    async provider(actor: ActorClaims, request: { providerId?: string | undefined }): Promise<ProviderImpact> {
      const providerId = checkId('providerId', request.providerId);
      if (!actor?.userId) throw forbidden('the request carries no actor', 'AUDIT-az01');
      if (!isPlatformAdmin(actor)) throw forbidden("only platform administrators may see a provider's impact", 'AUDIT-az05');
      if (actor.credential === 'pat' && !scopeGranted(actor.scopes ?? [], 'audit:read')) throw forbidden('the personal access token lacks the audit:read scope', 'AUDIT-az03');
      const provider = await arrived(() => findProvider(database, providerId), waitMs);
      if (!provider) throw notFound('no such provider', 'AUDIT-im04');
      const groups = await groupsOfProvider(database, provider);
      return { provider, groups, secrets: await secretsOfProvider(database, providerId) };
    },
  };
}

export type ImpactQueries = ReturnType<typeof impactQueries>;
