// Reads of the users projection as the API and the other areas see them.
import type { DbOrTx } from '@keywarden/db';
import { pg, toDate } from '../pg.js';
import { normalizeEmail } from '../domain/user/user.js';

/** A user as the API and the other areas see them (app/ports.ts UsersPort). */
export type UserView = {
  userId: string;
  email: string;
  displayName: string;
  roles: string[];
  status: 'active' | 'disabled';
  createdAt: Date;
};

export type UserRow = { id: string; email: string; display_name: string; roles: string[]; status: string; created_at: Date | string };

export const toUserView = (r: UserRow): UserView => ({
  userId: r.id, email: r.email, displayName: r.display_name, roles: r.roles, status: r.status === 'disabled' ? 'disabled' : 'active', createdAt: toDate(r.created_at),
});

export async function getUser(db: DbOrTx, userId: string): Promise<UserView | undefined> {
  const [row] = await pg(db)<UserRow[]>`select id, email, display_name, roles, status, created_at from users where id = ${userId}`;
  return row ? toUserView(row) : undefined;
}

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserView | undefined> {
  const [row] = await pg(db)<UserRow[]>`select id, email, display_name, roles, status, created_at from users where email_normalized = ${normalizeEmail(email)}`;
  return row ? toUserView(row) : undefined;
}

export async function getUsers(db: DbOrTx, userIds: readonly string[]): Promise<Map<string, UserView>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await pg(db)<UserRow[]>`select id, email, display_name, roles, status, created_at from users where id = any(${ids}::text[])`;
  return new Map(rows.map((r) => [r.id, toUserView(r)]));
}

export async function listUsers(db: DbOrTx, options: { emailPrefix: string; limit: number; after: string }) {
  const limit = Math.min(Math.max(options.limit || 50, 1), 200);
  const prefix = normalizeEmail(options.emailPrefix).replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await pg(db)<UserRow[]>`
    select id, email, display_name, roles, status, created_at from users
    where email_normalized like ${`${prefix}%`} and id > ${options.after}
    order by id limit ${limit + 1}`;
  const page = rows.slice(0, limit).map(toUserView);
  return { users: page, next: rows.length > limit ? page.at(-1)!.userId : '' };
}
