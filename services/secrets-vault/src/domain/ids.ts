// Ids are UUIDs (the tables' uuid columns): a malformed one is the caller's mistake, refused
// up front rather than surfacing as a database error.
import { invalid } from './errors.js';

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requireUuid(field: string, value: string | undefined): string {
  if (!value || !UUID_PATTERN.test(value)) throw invalid(`${field} is not a valid id (a UUID)`, 'VAULT-1a0b');
  return value;
}
