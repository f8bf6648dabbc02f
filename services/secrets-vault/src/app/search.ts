// Secret search across groups for the variable editor's picker: a case-insensitive substring
// of the name, in pages ordered by (lower(name), id) with a keyset cursor, so a page costs the
// same however deep it is and stays stable while secrets come and go (the query and its indexes:
// projections/secrets.ts searchSecretPage).
import type { Database } from '@keywarden/db';
import { invalid } from '../domain/errors.js';
import { UUID_PATTERN } from '../domain/ids.js';
import { searchSecretPage } from '../projections/secrets.js';
import type { SecretRow, SecretsApp } from './secrets.js';

export const MAX_QUERY = 128;
const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

type Cursor = { name: string; id: string };

export async function searchSecrets(database: Database, secretsApp: SecretsApp, input: { query: string; pageSize: number; pageToken: string }): Promise<{ secrets: SecretRow[]; nextPageToken: string }> {
  const query = input.query.trim().toLowerCase();
  if (query.length > MAX_QUERY) throw invalid(`query is at most ${MAX_QUERY} characters`, 'VAULT-7073');
  if (!Number.isInteger(input.pageSize) || input.pageSize < 0 || input.pageSize > MAX_PAGE) throw invalid(`page_size is 1 to ${MAX_PAGE} (0: ${DEFAULT_PAGE})`, 'VAULT-7630');
  const size = input.pageSize || DEFAULT_PAGE;
  const after = input.pageToken ? decodeCursor(input.pageToken) : undefined;
  const rows = await searchSecretPage(database.db, { query, after, limit: size + 1 });
  const page = rows.slice(0, size);
  const groupNames = new Map(page.map((r) => [r.secret.id, r.groupName]));
  const found = await secretsApp.summaries(page.map((r) => r.secret), (s) => groupNames.get(s.id) ?? '');
  const last = page.at(-1)?.secret;
  return { secrets: found, nextPageToken: rows.length > size && last ? encodeCursor({ name: last.name.toLowerCase(), id: last.id }) : '' };
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id])).toString('base64url');
}

function decodeCursor(token: string): Cursor {
  try {
    const [name, id] = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown[];
    if (typeof name === 'string' && name.length <= 256 && typeof id === 'string' && UUID_PATTERN.test(id)) return { name, id };
  } catch {
    // fall through: not ours
  }
  throw invalid('page_token is not one this search gave', 'VAULT-e179');
}
