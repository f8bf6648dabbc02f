// Keyset page tokens: where the previous page ended (its last entry's time and event id), opaque
// to clients. A token that does not decode is refused, never read as "from the start".
import { invalid } from '../domain/errors.js';

export type Cursor = { time: Date; eventId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodePageToken(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ t: cursor.time.getTime(), id: cursor.eventId })).toString('base64url');
}

export function decodePageToken(token: string): Cursor {
  try {
    if (token.length > 200) throw new Error('too long');
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { t?: unknown; id?: unknown };
    if (typeof value.t !== 'number' || !Number.isSafeInteger(value.t) || typeof value.id !== 'string' || !UUID.test(value.id)) throw new Error('shape');
    return { time: new Date(value.t), eventId: value.id.toLowerCase() };
  } catch {
    throw invalid('pageToken is not a token this service gave out', 'AUDIT-pt01');
  }
}
