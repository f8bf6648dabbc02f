// Renaming, describing and deleting a secret group. Both hold the group's row for update while
// they look up what uses it (variables by `@group:<name>` or by `@secret:<id>` of one of its
// secrets, providers syncing into it), so a variable being set at the same moment either waits
// and is then refused (environment.ts takes a share lock on what it references) or is seen here.
import type { Database, Tx } from '@keywarden/db';
import { invalid, notFound } from '../domain/errors.js';
import type { GroupUser } from '../domain/group/group.js';
import { variableUsers } from '../projections/env-vars.js';
import { groupNamed, lockGroup, lockGroupSecrets, providersOfGroup } from '../projections/secrets.js';
import { commands } from './commands.js';
import type { TransactionScope } from './ports.js';
import { uniqueViolationAs, type SecretsApp } from './secrets.js';

export const GROUP_UPDATE_FIELDS = ['name', 'description'] as const;

export class GroupsApp {
  constructor(
    private readonly database: Database,
    private readonly secretsApp: SecretsApp,
    private readonly scope: TransactionScope,
  ) {}

  /** Changes the fields named in `mask`; a rename is refused while variables name the group. */
  async update(actor: string, groupId: string, mask: readonly string[], input: { name: string; description: string }) {
    const unknown = mask.filter((field) => !(GROUP_UPDATE_FIELDS as readonly string[]).includes(field));
    if (mask.length === 0 || unknown.length) throw invalid('update_mask names "name" and/or "description"', 'VAULT-b229');
    await this.database.db.transaction(async (tx) => {
      const group = await locked(tx, groupId);
      const name = mask.includes('name') ? input.name : group.name;
      const description = mask.includes('description') ? input.description : group.description;
      const renamed = name !== group.name;
      const users = renamed ? await variableUsers(tx, group.name, groupId, false) : [];
      const taken = renamed ? await groupNamed(tx, name) : undefined;
      await commands(this.scope(tx)).group(`secret_group-${groupId}`, { type: 'UpdateGroup', name, description, nameTaken: Boolean(taken), users, actor }, { metadata: { actor } })
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
      const secretIds = await lockGroupSecrets(tx, groupId);
      const syncing = await providersOfGroup(tx, groupId);
      const users: GroupUser[] = [
        ...(await variableUsers(tx, group.name, groupId, true)),
        ...syncing.map((p) => ({ kind: 'provider' as const, providerId: p.id, name: p.name })),
      ];
      if (users.length === 0) {
        const scoped = this.secretsApp.within(tx);
        for (const secretId of secretIds) await scoped.delete(actor, secretId, 'group_deleted');
      }
      // The decider refuses while anything uses the group; nothing above ran then.
      await commands(this.scope(tx)).group(`secret_group-${groupId}`, { type: 'DeleteGroup', secretCount: secretIds.length, users, actor }, { metadata: { actor } });
      return { deletedSecretCount: secretIds.length };
    });
  }
}

async function locked(tx: Tx, groupId: string): Promise<{ id: string; name: string; description: string }> {
  const row = await lockGroup(tx, groupId);
  if (!row) throw notFound(`group ${groupId} not found`, 'VAULT-c99f');
  return row;
}
