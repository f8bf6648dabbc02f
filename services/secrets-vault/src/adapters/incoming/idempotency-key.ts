// A create's Idempotency-Key as the RPCs carry it, scoped to the caller: a PAT's keys are its own.
import type { ActorClaims } from '@keywarden/contracts';
import { callerScope } from '@keywarden/event-store';
import type { IdempotentCall } from '../../app/secrets.js';

export const keyOf = (r: { actor?: ActorClaims; idempotencyKey: string }): IdempotentCall =>
  ({ key: r.idempotencyKey, scope: callerScope(r.actor) });
