// What the gateway knows of revoked credentials, learnt from identity's events:
// sessions that ended, users whose earlier credentials no longer count
// (disabled, password changed), PATs revoked. Nothing here is durable: on start
// the feed replays the last access-token lifetime (plus skew) of EVT_IDENTITY,
// which covers every access token that could still be presented.
import type { EventEnvelope } from '@keywarden/contracts';

export type RevocationListener = (change: { kind: 'user' | 'pat' | 'session' | 'signing-key' | 'membership'; id: string; organizationId?: string }) => void;

export class RevocationState {
  /** session id -> until when it is remembered (ms). */
  private readonly sessions = new Map<string, number>();
  /** user id -> credentials issued (or checked) before this instant (ms) are refused. */
  private readonly users = new Map<string, number>();
  /** PAT id -> until when it is remembered (ms). */
  private readonly pats = new Map<string, number>();
  private readonly listeners: RevocationListener[] = [];
  private applied = 0;

  constructor(
    private readonly now: () => number,
    /** Access-token lifetime plus skew: after that, a revoked session's tokens have expired anyway. */
    private readonly windowMs: number,
  ) {}

  onChange(listener: RevocationListener): void {
    this.listeners.push(listener);
  }

  sessionRevoked(sessionId: string): boolean {
    return this.sessions.has(sessionId);
  }

  patRevoked(tokenId: string): boolean {
    return this.pats.has(tokenId);
  }

  /** Whether a credential of `userId` issued (or verified) at `atMs` was revoked since. */
  userRevokedSince(userId: string, atMs: number): boolean {
    const notBefore = this.users.get(userId);
    return notBefore !== undefined && atMs <= notBefore;
  }

  revokeSession(sessionId: string, userId = ''): void {
    this.sessions.set(sessionId, this.now() + this.windowMs);
    this.emit({ kind: 'session', id: sessionId });
    if (userId) this.emit({ kind: 'user', id: userId });
  }

  /** A PAT this replica revoked itself (DELETE /users/me/tokens/self): refused here before PersonalAccessTokenRevoked arrives. */
  revokePat(tokenId: string): void {
    this.pats.set(tokenId, this.now() + this.windowMs);
    this.emit({ kind: 'pat', id: tokenId });
  }

  /** Applies one identity event; unrelated ones are ignored. */
  apply(event: Pick<EventEnvelope, 'type' | 'data' | 'time'>): void {
    const d = event.data;
    const str = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');
    const at = Date.parse(event.time);
    const eventMs = Number.isFinite(at) ? at : this.now();
    switch (event.type) {
      case 'SessionRevoked':
      case 'RefreshTokenReuseDetected':
        if (str('sessionId')) {
          this.sessions.set(str('sessionId'), Math.max(eventMs, this.now()) + this.windowMs);
          this.emit({ kind: 'session', id: str('sessionId') });
        }
        break;
      case 'UserDisabled':
        this.notBefore(str('userId'), eventMs);
        break;
      case 'PasswordChanged': {
        const before = Date.parse(str('revokedBefore'));
        this.notBefore(str('userId'), Number.isFinite(before) ? before : eventMs);
        break;
      }
      case 'PersonalAccessTokenRevoked':
        if (str('tokenId')) {
          this.pats.set(str('tokenId'), this.now() + this.windowMs);
          this.emit({ kind: 'pat', id: str('tokenId') });
        }
        break;
      case 'SigningKeyRotated':
        this.emit({ kind: 'signing-key', id: str('keyId') });
        break;
      case 'MemberAdded':
      case 'MemberRoleChanged':
      case 'MemberRemoved':
        this.emit({ kind: 'membership', id: str('userId'), organizationId: str('organizationId') });
        break;
      case 'OwnershipTransferred':
        this.emit({ kind: 'membership', id: str('previousOwnerUserId'), organizationId: str('organizationId') });
        this.emit({ kind: 'membership', id: str('newOwnerUserId'), organizationId: str('organizationId') });
        break;
      default:
        return;
    }
    if (++this.applied % 1024 === 0) this.prune();
  }

  /** Forgets what can no longer matter: tokens older than the window have expired. */
  prune(): void {
    const now = this.now();
    for (const [id, until] of this.sessions) if (until < now) this.sessions.delete(id);
    for (const [id, until] of this.pats) if (until < now) this.pats.delete(id);
    for (const [id, notBefore] of this.users) if (notBefore + this.windowMs < now) this.users.delete(id);
  }

  get size(): { sessions: number; users: number; pats: number } {
    return { sessions: this.sessions.size, users: this.users.size, pats: this.pats.size };
  }

  private notBefore(userId: string, atMs: number): void {
    if (!userId) return;
    this.users.set(userId, Math.max(this.users.get(userId) ?? 0, atMs));
    this.emit({ kind: 'user', id: userId });
  }

  private emit(change: Parameters<RevocationListener>[0]): void {
    for (const listener of this.listeners) listener(change);
  }
}
