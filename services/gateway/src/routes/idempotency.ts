// Idempotency-Key on every create (sign-up, organizations, tokens, provider
// apps, projects, applications, ...): the one place the gateway's side of it
// lives. The header is validated and documented once (the shared parameter
// components/parameters/IdempotencyKey), passed to the create RPC's
// `idempotency_key`, and the service does the rest (@keywarden/event-store
// runIdempotent): a retry with the same key gets the first result with
// `Idempotent-Replayed: true` (the webhook's replays carry it too), the same
// key with another request 409 ERR_IDEMPOTENCY_KEY_REUSED. A secret shown only
// at creation (a PAT, a webhook token, a signing secret) is never stored to be
// replayed: a replay leaves it out and names it in `withheld`.
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { IDEMPOTENCY_KEY_MAX_LENGTH, IDEMPOTENCY_KEY_PATTERN, IDEMPOTENCY_KEY_RULE } from '@keywarden/contracts';
import type { Context } from 'hono';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';

const IdempotencyKey = z
  .string()
  .max(IDEMPOTENCY_KEY_MAX_LENGTH)
  .regex(IDEMPOTENCY_KEY_PATTERN, `must be ${IDEMPOTENCY_KEY_RULE}`)
  .optional()
  .openapi('IdempotencyKey', {
    // Named by the object key (`idempotency-key`: header names are case-insensitive, and the validator sees them lower-case).
    param: { name: IDEMPOTENCY_HEADER, in: 'header' },
    description: `Makes the create safe to retry (after a timeout, say): a request with a key used before by the same caller `
      + `(user, or personal access token) for the same operation answers the first result, with ${REPLAYED_HEADER}: true, and creates `
      + `nothing; the key with a different request is 409 ERR_IDEMPOTENCY_KEY_REUSED. ${IDEMPOTENCY_KEY_RULE}; a UUID is a good choice.`,
    example: '3f1c7b2e-8a4d-4c55-9b0e-6d2f1a7c9e44',
  });

/** Makes the header one component (components/parameters/IdempotencyKey) every create refers to. */
export function registerIdempotencyKey(app: Pick<OpenAPIHono, "openAPIRegistry">): void {
  app.openAPIRegistry.registerParameter('IdempotencyKey', IdempotencyKey);
}

/** The `request.headers` of a create route. */
export const idempotentHeaders = z.object({ [IDEMPOTENCY_HEADER]: IdempotencyKey });

/** The response headers a create documents. */
export const replayHeaders = {
  [REPLAYED_HEADER]: { description: '"true" when this answers an earlier request with the same Idempotency-Key', schema: { type: 'string' as const, enum: ['true'] } },
};

/** A create's response documentation: `response` with the replay header. */
export const replayable = <R extends object>(response: R) => ({ ...response, headers: replayHeaders });

/** The key for the create RPC's `idempotencyKey` ('' without one; the route's header schema has checked it). */
export const idempotencyKeyOf = (c: Context): string => c.req.header(IDEMPOTENCY_HEADER) ?? '';

/** Marks an answer to a retried key. */
export function markReplay(c: Context, result: { replayed?: boolean }): void {
  if (result.replayed) c.header(REPLAYED_HEADER, 'true');
}

/** Present on a replayed create whose first answer held secrets: they were shown once, and are not here. */
export const Withheld = z.array(z.string()).optional().openapi({
  description: 'Only on a replay (Idempotent-Replayed: true): the fields shown once in the first answer and left out of this one. '
    + 'If that answer was lost, regenerate them.',
  example: ['token'],
});

/** `{ withheld: fields }` for a replay, nothing for a first answer. */
export const withheldOnReplay = (result: { replayed?: boolean }, fields: string[]): { withheld?: string[] } =>
  (result.replayed ? { withheld: fields } : {});
