// An application's webhook URL and a ready-to-copy curl call, composed here
// because only the gateway knows the origin callers reach it at
// (KW_GATEWAY_PUBLIC_URL, else the request's): the deployer does not. The
// curl call carries a placeholder where the token goes, never the token, so a
// response that is logged, cached or shown on screen gives nothing away.
import type { Context } from 'hono';
import type { GatewaySettings } from '../config.js';
import { publicOrigin } from './identity/http.js';

/** What replaces the token in the example; the caller substitutes their own (e.g. a CI secret variable). */
export const TOKEN_PLACEHOLDER = '$KEYWARDEN_WEBHOOK_TOKEN';

type Described = { applicationId?: string; signatureRequired?: boolean };

/** The curl command a CI job runs to deploy `<version>` of the application. */
export function curlExample(url: string, app: Described): string {
  const lines = [
    `curl -X POST '${url}'`,
    `-H "Authorization: Bearer ${TOKEN_PLACEHOLDER}"`,
    "-H 'Content-Type: application/json'",
    // The signature covers the exact body sent: computed by the caller with the signing secret (README of the deployer).
    ...(app.signatureRequired ? ['-H "X-Keywarden-Signature: t=$TIMESTAMP,v1=$SIGNATURE"'] : []),
    `-d '{"applicationId":"${app.applicationId ?? ''}","version":"<version>"}'`,
  ];
  return lines.join(' \\\n  ');
}

/** The application as the API answers it: with where and how its webhook is called. */
export function withWebhook<T extends Described>(c: Context, settings: GatewaySettings, app: T): T & { webhookUrl: string; curlExample: string } {
  const webhookUrl = `${publicOrigin(c, settings)}/webhook/deploy`;
  return { ...app, webhookUrl, curlExample: curlExample(webhookUrl, app) };
}
