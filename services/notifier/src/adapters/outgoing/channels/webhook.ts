// Generic webhook signed per the Standard Webhooks specification: webhook-id (stable across
// retries), webhook-timestamp (seconds) and webhook-signature "v1,<base64 HMAC-SHA256>" over
// "<id>.<timestamp>.<body>", keyed with the base64 part of the "whsec_" secret.
import { createHmac } from 'node:crypto';
import type { Message } from '../../../domain/notification/templates/render.js';
import { outcomeOfStatus, postJson } from './http.js';
import type { Sender } from '../../../app/ports.js';

export const WEBHOOK_SECRET_PREFIX = 'whsec_';

export function isWebhookSecret(secret: string): boolean {
  if (!secret.startsWith(WEBHOOK_SECRET_PREFIX)) return false;
  const key = Buffer.from(secret.slice(WEBHOOK_SECRET_PREFIX.length), 'base64');
  return key.length >= 24 && key.length <= 64;
}

export function standardWebhookSignature(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.slice(WEBHOOK_SECRET_PREFIX.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64')}`;
}

export function webhookBody(message: Message, deliveryId: string, now: Date): string {
  return JSON.stringify({
    type: `notification.${message.kind}`,
    timestamp: now.toISOString(),
    data: { deliveryId, severity: message.severity, title: message.title, summary: message.summary, facts: Object.fromEntries(message.facts), steps: message.steps, action: message.action ?? null },
  });
}

export const sendWebhook: Sender = async (target, message, ctx) => {
  const { url, signingSecret } = target.secrets;
  if (!url || !signingSecret || !isWebhookSecret(signingSecret)) return { ok: false, errorClass: 'invalid_config', retryable: false };
  const body = webhookBody(message, ctx.deliveryId, ctx.now);
  const timestamp = Math.floor(ctx.now.getTime() / 1000);
  const headers = {
    'webhook-id': ctx.deliveryId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': standardWebhookSignature(signingSecret, ctx.deliveryId, timestamp, body),
  };
  const result = await postJson(url, body, headers, ctx.timeoutMs, ctx.allowPrivateTargets);
  return 'failed' in result ? result.failed : outcomeOfStatus(result.status);
};
