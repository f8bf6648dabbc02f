// The session aggregate (stream "session-<id>"): one refresh-token family.
// Every refresh rotates the token (a new generation); presenting a rotated
// token outside the two-tab grace revokes the family (RFC 9700 4.14.2).
// Pure: ids, token fingerprints and time come in through the commands.
import { commonError } from '@keywarden/errors';
import { assertNever, type ContractEvent, type Decider } from '@keywarden/domain';

export type SessionEvent = ContractEvent<'SessionStarted'> | ContractEvent<'SessionRefreshed'> | ContractEvent<'RefreshTokenReuseDetected'> | ContractEvent<'SessionRevoked'>;

export type RevokeReason = 'sign_out' | 'reuse_detected' | 'user_disabled' | 'password_changed' | 'admin';

export type SessionFamily = {
  sessionId: string;
  userId: string;
  generation: number;
  currentTokenId: string;
  /** ISO instants. */
  expiresAt: string;
  idleExpiresAt: string;
};

export type SessionState = { status: 'none' } | ({ status: 'active' | 'revoked' } & SessionFamily);

export type SessionCommand =
  | {
      type: 'Start'; sessionId: string; userId: string; method: 'password' | 'sso'; identityProviderId: string;
      tokenId: string; tokenFingerprint: string; now: string; absoluteMs: number; idleMs: number; clientIp: string; userAgent: string;
    }
  | {
      type: 'Refresh'; presentedTokenId: string; newTokenId: string; newTokenFingerprint: string; now: string; idleMs: number; clientIp: string;
    }
  | { type: 'ReportReuse'; reusedTokenId: string; reusedGeneration: number; clientIp: string; userAgent: string }
  | { type: 'Revoke'; reason: RevokeReason; actorUserId: string };

const invalid = (why: string) => commonError('ERR_UNAUTHENTICATED', 'the refresh token is not valid', { errorId: `IDENT-ses-${why}` });

/** The end of a token issued at `now`: its idle end, never past the family's absolute end. */
export const idleEnd = (now: string, idleMs: number, expiresAt: string): string =>
  new Date(Math.min(Date.parse(now) + idleMs, Date.parse(expiresAt))).toISOString();

export function decideSession(command: SessionCommand, state: SessionState): SessionEvent[] {
  switch (command.type) {
    case 'Start': {
      if (state.status !== 'none') throw commonError('ERR_CONFLICT', 'the session already exists', { errorId: 'IDENT-ses1' });
      const expiresAt = new Date(Date.parse(command.now) + command.absoluteMs).toISOString();
      return [{
        type: 'SessionStarted',
        data: {
          sessionId: command.sessionId, userId: command.userId, method: command.method, identityProviderId: command.identityProviderId,
          refreshTokenId: command.tokenId, refreshTokenFingerprint: command.tokenFingerprint, expiresAt,
          idleExpiresAt: idleEnd(command.now, command.idleMs, expiresAt), clientIp: command.clientIp, userAgent: command.userAgent,
        },
      }];
    }
    case 'Refresh': {
      if (state.status !== 'active') throw invalid('gone');
      const now = Date.parse(command.now);
      if (now >= Date.parse(state.expiresAt) || now >= Date.parse(state.idleExpiresAt)) throw invalid('expired');
      // A token that is not the family's current one was rotated: the caller decides between grace and reuse.
      if (state.currentTokenId !== command.presentedTokenId) throw new RotatedTokenError();
      return [{
        type: 'SessionRefreshed',
        data: {
          sessionId: state.sessionId, userId: state.userId, generation: state.generation + 1, refreshTokenId: command.newTokenId,
          refreshTokenFingerprint: command.newTokenFingerprint, previousRefreshTokenId: state.currentTokenId,
          idleExpiresAt: idleEnd(command.now, command.idleMs, state.expiresAt), clientIp: command.clientIp,
        },
      }];
    }
    case 'ReportReuse':
      // A family already ended stays ended; the reuse changes nothing more.
      if (state.status !== 'active') return [];
      return [
        {
          type: 'RefreshTokenReuseDetected',
          data: {
            sessionId: state.sessionId, userId: state.userId, reusedRefreshTokenId: command.reusedTokenId,
            reusedGeneration: command.reusedGeneration, currentGeneration: state.generation, clientIp: command.clientIp, userAgent: command.userAgent,
          },
        },
        { type: 'SessionRevoked', data: { sessionId: state.sessionId, userId: state.userId, reason: 'reuse_detected', actorUserId: state.userId } },
      ];
    case 'Revoke':
      if (state.status === 'none') throw commonError('ERR_NOT_FOUND', 'no such session', { errorId: 'IDENT-ses2' });
      if (state.status === 'revoked') return [];
      return [{ type: 'SessionRevoked', data: { sessionId: state.sessionId, userId: state.userId, reason: command.reason, actorUserId: command.actorUserId } }];
    default:
      return assertNever(command);
  }
}

export function evolveSession(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'SessionStarted': {
      const d = event.data;
      return {
        status: 'active', sessionId: d.sessionId, userId: d.userId, generation: 1, currentTokenId: d.refreshTokenId,
        expiresAt: d.expiresAt ?? '', idleExpiresAt: d.idleExpiresAt ?? '',
      };
    }
    case 'SessionRefreshed':
      if (state.status === 'none') return state;
      return { ...state, generation: event.data.generation, currentTokenId: event.data.refreshTokenId, idleExpiresAt: event.data.idleExpiresAt ?? state.idleExpiresAt };
    case 'RefreshTokenReuseDetected':
      return state;
    case 'SessionRevoked':
      return state.status === 'none' ? state : { ...state, status: 'revoked' };
    default:
      return assertNever(event);
  }
}

/** The presented token is no longer the family's current one (rotated meanwhile). */
export class RotatedTokenError extends Error {
  constructor() {
    super('the refresh token was already rotated');
    this.name = 'RotatedTokenError';
  }
}

export const sessionDecider: Decider<SessionState, SessionCommand, SessionEvent> = {
  decide: decideSession,
  evolve: evolveSession,
  initialState: () => ({ status: 'none' }),
};
