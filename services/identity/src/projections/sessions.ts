// Read model of sessions, inline. It doubles as the session command's
// snapshot: `version` is the stream version the row reflects, so a refresh
// replays no history (commandHandler's snapshot loader reads this row).
import type { EventData } from '@keywarden/contracts';
import { oneEachOf, type Projection, type ProjectedEvent, type SnapshotLoader } from '@keywarden/event-store';
import { pg, toDate } from '../pg.js';
import type { SessionState } from '../domain/session/session.js';

const TYPES = ['SessionStarted', 'SessionRefreshed', 'RefreshTokenReuseDetected', 'SessionRevoked'] as const;

export const sessionsProjection: Projection = {
  name: 'sessions',
  handles: TYPES,
  async apply(tx, event: ProjectedEvent) {
    const sql = pg(tx);
    const at = event.time;
    const v = event.streamVersion;
    switch (event.type) {
      case 'SessionStarted': {
        const d = event.data as EventData<'SessionStarted'>;
        await sql`insert into sessions (id, user_id, method, identity_provider_id, status, generation, current_token_id, expires_at,
            idle_expires_at, client_ip, user_agent, last_client_ip, created_at, version)
          values (${d.sessionId}, ${d.userId}, ${d.method}, ${d.identityProviderId}, 'active', 1, ${d.refreshTokenId}, ${d.expiresAt ?? null},
            ${d.idleExpiresAt ?? null}, ${d.clientIp}, ${d.userAgent}, ${d.clientIp}, ${at.toISOString()}, ${v})`;
        return;
      }
      case 'SessionRefreshed': {
        const d = event.data as EventData<'SessionRefreshed'>;
        await sql`update sessions set generation = ${d.generation}, current_token_id = ${d.refreshTokenId},
            idle_expires_at = ${d.idleExpiresAt ?? null}, last_refreshed_at = ${at.toISOString()},
            last_client_ip = coalesce(${d.clientIp || null}::text, last_client_ip), version = ${v}
          where id = ${d.sessionId}`;
        return;
      }
      case 'RefreshTokenReuseDetected':
        await sql`update sessions set version = ${v} where id = ${(event.data as EventData<'RefreshTokenReuseDetected'>).sessionId}`;
        return;
      case 'SessionRevoked': {
        const d = event.data as EventData<'SessionRevoked'>;
        await sql`update sessions set status = 'revoked', revoked_at = ${at.toISOString()}, revoke_reason = ${d.reason}, version = ${v} where id = ${d.sessionId}`;
        return;
      }
      default:
        throw new Error(`sessions projection cannot apply ${event.type}`);
    }
  },
  /**
   * Refreshes of distinct sessions (a group commit's, a consumer's batch) in one statement, where one each
   * was a round trip after another inside the group's transaction; any other batch event by event.
   */
  async applyBatch(tx, events: readonly ProjectedEvent[]) {
    if (!oneEachOf(events, 'SessionRefreshed', (event) => (event.data as EventData<'SessionRefreshed'>).sessionId)) {
      for (const event of events) await sessionsProjection.apply(tx, event);
      return;
    }
    const rows = events.map((event) => {
      const d = event.data as EventData<'SessionRefreshed'>;
      return {
        id: d.sessionId, generation: d.generation, token: d.refreshTokenId, idle: d.idleExpiresAt ?? null, at: event.time.toISOString(),
        ip: d.clientIp || null, version: event.streamVersion,
      };
    });
    await pg(tx)`update sessions s set generation = r.generation, current_token_id = r.token, idle_expires_at = r.idle,
        last_refreshed_at = r.at, last_client_ip = coalesce(r.ip, s.last_client_ip), version = r.version
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id text, generation int, token text, idle timestamptz, at timestamptz, ip text, version int)
      where s.id = r.id`;
  },
  reset: async (tx) => {
    await pg(tx)`delete from sessions`;
  },
};

/** The session command's snapshot: this read model's row and the stream version it reflects. */
type SessionRow = {
  id: string; user_id: string; status: 'active' | 'revoked'; generation: number; current_token_id: string;
  expires_at: Date | string; idle_expires_at: Date | string; version: number;
};

export const sessionSnapshot: SnapshotLoader<SessionState> = async (tx, streamId) => {
  const [r] = await pg(tx)<SessionRow[]>`
    select id, user_id, status, generation, current_token_id, expires_at, idle_expires_at, version
    from sessions where id = ${streamId.slice('session-'.length)}`;
  if (!r) return undefined;
  return {
    version: r.version,
    state: {
      status: r.status, sessionId: r.id, userId: r.user_id, generation: r.generation, currentTokenId: r.current_token_id,
      expiresAt: toDate(r.expires_at).toISOString(), idleExpiresAt: toDate(r.idle_expires_at).toISOString(),
    },
  };
};
