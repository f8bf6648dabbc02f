// Renaming, describing and deleting a secret group. Both hold the group's row for update while
// they look up what uses it (variables by `@group:<name>` or by `@secret:<id>` of one of its
// secrets, providers syncing into it), so a variable being set at the same moment either waits
// and is then refused (environment.ts takes a share lock on what it references) or is seen here.
import type { Database, Tx } from '@keywarden/db';
import { withinTransaction } from '@keywarden/db';
import { eq, sql } from 'drizzle-orm';
import { providers, secretGroups } from '../adapters/db/schema.js';
import type { Scope } from '../domain/env-var/env-var.js';
import { invalid, notFound } from '../domain/errors.js';
import type { GroupUser } from '../domain/group/group.js';
import { handlers } from './handlers.js';
import { uniqueViolationAs, type SecretsApp } from './secrets.js';

export const GROUP_UPDATE_FIELDS = ['name', 'description'] as const;

export class GroupsApp {
  constructor(
    private readonly database: Database,
    private readonly secretsApp: SecretsApp,
  ) {}

  /** Changes the fields named in `mask`; a rename is refused while variables name the group. */
  async update(actor: string, groupId: string, mask: readonly string[], input: { name: string; description: string }) {
    const unknown = mask.filter((field) => !(GROUP_UPDATE_FIELDS as readonly string[]).includes(field));
    if (mask.length === 0 || unknown.length) throw invalid('update_mask names "name" and/or "description"');
    await this.database.db.transaction(async (tx) => {
      const group = await locked(tx, groupId);
      const name = mask.includes('name') ? input.name : group.name;
      const description = mask.includes('description') ? input.description : group.description;
      const renamed = name !== group.name;
      const users = renamed ? await variableUsers(tx, group.name, groupId, false) : [];
      const [taken] = renamed ? await tx.select({ id: secretGroups.id }).from(secretGroups).where(eq(secretGroups.name, name)) : [];
      await handlers(withinTransaction(this.database, tx)).group(`secret_group-${groupId}`, { type: 'UpdateGroup', name, description, nameTaken: Boolean(taken), users, actor }, { metadata: { actor } })
        .catch(uniqueViolationAs(`a group named "${name}" already exists`));
    });
    return this.secretsApp.group(groupId);
  }

  /**
   * Deletes the group and its secrets (their values with them; history keeps fingerprints) in one
   * transaction, or refuses, naming every variable and provider that still uses it.
   */
  async delete(actor: string, groupId: string): Promise<{ deletedSecretCount: number }> {
    return this.database.db.transaction(async (tx) => {
      const group = await locked(tx, groupId);
      const secretIds = [...(await tx.execute<{ id: string }>(sql`select id from secrets where group_id = ${groupId} order by name for update`))].map((r) => r.id);
      const syncing = await tx.select({ id: providers.id, name: providers.name }).from(providers).where(eq(providers.groupId, groupId));
      const users: GroupUser[] = [
        ...(await variableUsers(tx, group.name, groupId, true)),
        ...syncing.map((p) => ({ kind: 'provider' as const, providerId: p.id, name: p.name })),
      ];
      if (users.length === 0) {
        const scoped = this.secretsApp.within(tx);
        for (const secretId of secretIds) await scoped.delete(actor, secretId, 'group_deleted');
      }
      // The decider refuses while anything uses the group; nothing above ran then.
      await handlers(withinTransaction(this.database, tx)).group(`secret_group-${groupId}`, { type: 'DeleteGroup', secretCount: secretIds.length, users, actor }, { metadata: { actor } });
      return { deletedSecretCount: secretIds.length };
    });
  }
}

async function locked(tx: Tx, groupId: string): Promise<{ id: string; name: string; description: string }> {
  const [row] = await tx.execute<{ id: string; name: string; description: string }>(sql`select id, name, description from secret_groups where id = ${groupId} for update`);
  if (!row) throw notFound(`group ${groupId} not found`);
  return row;
}

/** Variables naming the group (`@group:<name>`), and with `bySecret` those referencing one of its secrets, in one query. */
async function variableUsers(tx: Tx, name: string, groupId: string, bySecret: boolean): Promise<GroupUser[]> {
  const rows = await tx.execute<{ scope: Scope; project_id: string; environment: string; application_id: string; key: string; kind: string; reference: string }>(sql`
    select scope, project_id, environment, application_id, key, kind, reference from env_vars
    where (kind = 'group_ref' and reference = ${name})
       or (${bySecret} and kind = 'secret_ref' and reference in (select id::text from secrets where group_id = ${groupId}))
    order by scope, project_id, environment, application_id, key`);
  return [...rows].map((r) => ({
    kind: 'variable', scope: r.scope, projectId: r.project_id, environment: r.environment, applicationId: r.application_id, key: r.key,
    via: r.kind === 'group_ref' ? { group: r.reference } : { secret: r.reference },
  }));
}
