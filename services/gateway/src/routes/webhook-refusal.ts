// The webhook's refusals the gateway makes itself (a body it cannot read: too
// large, not JSON, not an object, a field that is not a string; a content type
// that is not JSON). The deployer owns the webhook's audit trail, so each one
// still goes to rpc.deploy.WebhookDeploy with `gatewayRefusal` set: the
// deployer applies the source's cut-off and records one WebhookRejected. The
// caller gets the gateway's own, more detailed error, unless the deployer cut
// the source off (429, passed on with Retry-After). Were the deployer
// unreachable, the request is refused all the same and the gateway logs the
// refusal it could not have audited.
import type { DeployErrorCode } from '@keywarden/contracts';
import { KeywardenError, isKeywardenError, storableText, type FieldIssue } from '@keywarden/errors';
import type { Context } from 'hono';
import type { GatewayEnv } from '../auth/actor.js';
import type { Rpc } from '../rpc.js';

export type GatewayRefusal = 'body_too_large' | 'unsupported_media_type' | 'invalid_json' | 'not_an_object' | 'invalid_field' | 'invalid_deployment_id';

const ANSWERS: Record<GatewayRefusal, { code: DeployErrorCode; status: number; detail: string; errorId: string }> = {
  body_too_large: { code: 'ERR_PAYLOAD_TOO_LARGE', status: 413, detail: 'the body is larger than the webhook accepts', errorId: 'GW-whk04' },
  unsupported_media_type: { code: 'ERR_UNSUPPORTED_MEDIA_TYPE', status: 415, detail: 'send the body as JSON (Content-Type: application/json)', errorId: 'GW-whk05' },
  invalid_json: { code: 'ERR_VALIDATION', status: 400, detail: 'the body is not valid JSON', errorId: 'GW-whk01' },
  not_an_object: { code: 'ERR_VALIDATION', status: 400, detail: 'the body must be a JSON object', errorId: 'GW-whk02' },
  invalid_field: { code: 'ERR_VALIDATION', status: 400, detail: "the request's body is invalid", errorId: 'GW-whk03' },
  invalid_deployment_id: { code: 'ERR_VALIDATION', status: 400, detail: 'the deployment id is not a UUID', errorId: 'GW-whk06' },
};

/** JSON, as the body is read: no Content-Type at all, application/json or any +json type (parameters allowed). */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined || header.trim() === '') return true;
  const type = header.split(';', 1)[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** `Authorization: Bearer <token>`, whatever the token looks like (the deployer judges it). */
export function bearerToken(c: Context): string {
  const match = /^Bearer[ \t]+(\S.*)$/i.exec(c.req.header('authorization') ?? '');
  return match?.[1]?.trim() ?? '';
}

/** The deployer says how long to wait in its 429's detail ("… retry after N seconds"): pass it on as Retry-After. */
export function passRetryAfter(c: Context, error: unknown): void {
  if (isKeywardenError(error) && error.status === 429) {
    const seconds = /retry after (\d{1,6}) ?s/i.exec(error.detail ?? '')?.[1];
    if (seconds) c.header('Retry-After', String(Number(seconds)));
  }
}

/**
 * Has the deployer audit the refusal, then throws what the caller gets: the deployer's 429 when the source is
 * cut off, else the gateway's error for `refusal`.
 */
export async function refuse(
  c: Context<GatewayEnv>, rpc: Rpc, refusal: GatewayRefusal, sourceAddress: string, issues?: FieldIssue[],
): Promise<never> {
  try {
    // The token only names the application in the audit: one the database cannot store is left out, not refused twice.
    const token = storableText(bearerToken(c));
    await rpc('deploy.WebhookDeploy', { token, sourceAddress, gatewayRefusal: refusal });
  } catch (error) {
    if (isKeywardenError(error) && error.status === 429) {
      passRetryAfter(c, error);
      throw error;
    }
    // The deployer answers a recorded refusal with its error for it; anything else means it was not recorded.
    if (!isKeywardenError(error) || error.status >= 500) {
      c.get('logger')?.warn({ reason: refusal, source: sourceAddress, error: isKeywardenError(error) ? error.code : 'unknown' }, 'webhook refusal not audited: the deployer did not answer');
    }
  }
  const answer = ANSWERS[refusal];
  throw new KeywardenError(answer.code, answer.status, answer.detail, { errorId: answer.errorId, ...(issues ? { issues } : {}) });
}
