// The personal access token aggregate (stream "pat-<token_id>"). The decider
// sees only the token's fingerprint: the kwp_ token and its hash never reach an
// event. Time comes in with the command.
import { isScope } from '@keywarden/contracts';
import { assertNever, type ContractEvent, type Decider } from '@keywarden/domain';
import { commonError, validationError, type FieldIssue } from '@keywarden/errors';

export type PatEvent = ContractEvent<'PersonalAccessTokenCreated'> | ContractEvent<'PersonalAccessTokenRevoked'>;

/** `self`: the token revoked itself (presented to the gateway's DELETE /users/me/tokens/self, e.g. by `kw logout`). */
export type RevokeReason = 'user' | 'self' | 'admin' | 'user_disabled' | 'password_changed';

type Token = { tokenId: string; userId: string; expiresAt: string | undefined };
export type PatState = { status: 'none' } | ({ status: 'active' } & Token) | ({ status: 'revoked' } & Token);

export type PatCommand =
  | {
      type: 'Create';
      tokenId: string;
      userId: string;
      name: string;
      description: string;
      scopes: string[];
      /** ISO time, or undefined for a token that does not expire. */
      expiresAt: string | undefined;
      tokenFingerprint: string;
      now: Date;
    }
  | {
      type: 'Revoke';
      actorUserId: string;
      reason: RevokeReason;
      /** The token that asks, when the actor presented one: a token may revoke itself and no other (a leaked one cannot silence its siblings). */
      byTokenId?: string;
    };

export const PAT_NAME_MAX = 100;
export const PAT_DESCRIPTION_MAX = 500;
/** The longest a token may live: a year. Longer-lived access should be a fresh token, not a forgotten one. */
export const PAT_MAX_LIFETIME_MS = 366 * 86_400_000;

/** The input rules of a new token, shared by the decider and the app (which checks before touching the database). */
export function patIssues(input: { name: string; description: string; scopes: readonly string[]; expiresAt: string | undefined; now: Date }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!input.name.trim()) issues.push({ path: 'name', message: 'is required' });
  else if (input.name.length > PAT_NAME_MAX) issues.push({ path: 'name', message: `must be at most ${PAT_NAME_MAX} characters` });
  if (input.description.length > PAT_DESCRIPTION_MAX) issues.push({ path: 'description', message: `must be at most ${PAT_DESCRIPTION_MAX} characters` });
  if (input.scopes.length === 0) issues.push({ path: 'scopes', message: 'needs at least one scope' });
  input.scopes.forEach((scope, i) => {
    if (!isScope(scope)) issues.push({ path: `scopes[${i}]`, message: 'is not a known scope' });
  });
  if (new Set(input.scopes).size !== input.scopes.length) issues.push({ path: 'scopes', message: 'must not repeat a scope' });
  if (input.expiresAt !== undefined) {
    const at = Date.parse(input.expiresAt);
    if (Number.isNaN(at)) issues.push({ path: 'expiresAt', message: 'is not a time' });
    else if (at <= input.now.getTime()) issues.push({ path: 'expiresAt', message: 'must be in the future' });
    else if (at - input.now.getTime() > PAT_MAX_LIFETIME_MS) issues.push({ path: 'expiresAt', message: 'must be at most a year away' });
  }
  return issues;
}

export function decidePat(command: PatCommand, state: PatState): PatEvent[] {
  switch (command.type) {
    case 'Create': {
      if (state.status !== 'none') throw commonError('ERR_CONFLICT', 'the token already exists', { errorId: 'ID-pat1' });
      const issues = patIssues(command);
      if (issues.length) throw validationError('the personal access token is not valid', { issues, errorId: 'ID-pat2' });
      return [{
        type: 'PersonalAccessTokenCreated',
        data: {
          tokenId: command.tokenId, userId: command.userId, name: command.name.trim(), description: command.description,
          scopes: command.scopes, ...(command.expiresAt === undefined ? {} : { expiresAt: new Date(command.expiresAt).toISOString() }),
          tokenFingerprint: command.tokenFingerprint,
        },
      }];
    }
    case 'Revoke':
      if (state.status === 'none') throw commonError('ERR_NOT_FOUND', 'no such personal access token', { errorId: 'ID-pat3' });
      if (command.byTokenId !== undefined && command.byTokenId !== state.tokenId) {
        throw commonError('ERR_FORBIDDEN', 'a personal access token can revoke only itself', { errorId: 'ID-pat9' });
      }
      // Revoking twice changes nothing: the first reason stands.
      if (state.status === 'revoked') return [];
      return [{
        type: 'PersonalAccessTokenRevoked',
        data: { tokenId: state.tokenId, userId: state.userId, actorUserId: command.actorUserId, reason: command.reason },
      }];
    default:
      return assertNever(command);
  }
}

export function evolvePat(state: PatState, event: PatEvent): PatState {
  switch (event.type) {
    case 'PersonalAccessTokenCreated':
      return { status: 'active', tokenId: event.data.tokenId, userId: event.data.userId, expiresAt: event.data.expiresAt };
    case 'PersonalAccessTokenRevoked':
      return state.status === 'none' ? state : { ...state, status: 'revoked' };
    default:
      return assertNever(event);
  }
}

export const patDecider: Decider<PatState, PatCommand, PatEvent> = {
  decide: decidePat,
  evolve: evolvePat,
  initialState: () => ({ status: 'none' }),
};

export const patStream = (tokenId: string) => `pat-${tokenId}`;

/** What a list shows: revoked wins over expired; expiry is judged against the given time. */
export function patStatus(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): 'active' | 'expired' | 'revoked' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}
