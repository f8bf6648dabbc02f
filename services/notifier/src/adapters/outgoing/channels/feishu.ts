// Feishu/Lark custom bot: an interactive card posted to the bot's webhook URL. With a
// signing secret, the body carries timestamp (seconds) and sign = base64(HMAC-SHA256 keyed
// with "<timestamp>\n<secret>" over an empty message), as Feishu documents.
import { createHmac } from 'node:crypto';
import type { Message, Severity } from '../../../domain/notification/templates/render.js';
import { outcomeOfStatus, postJson } from './http.js';
import type { Sender } from '../../../app/ports.js';

export function feishuSign(timestamp: number, secret: string): string {
  return createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64');
}

const headerColour: Record<Severity, string> = { info: 'blue', success: 'green', warning: 'orange', urgent: 'red', critical: 'red' };

export function feishuCard(message: Message): Record<string, unknown> {
  const elements: Array<Record<string, unknown>> = [{ tag: 'markdown', content: message.summary }];
  if (message.facts.length) elements.push({ tag: 'markdown', content: message.facts.map(([l, v]) => `**${l}**: ${v}`).join('\n') });
  if (message.steps.length) elements.push({ tag: 'markdown', content: message.steps.map((s, i) => `${i + 1}. ${s}`).join('\n') });
  if (message.action) {
    elements.push({ tag: 'action', actions: [{ tag: 'button', text: { tag: 'plain_text', content: message.action.label }, type: 'primary', url: message.action.url }] });
  }
  return {
    config: { wide_screen_mode: true },
    header: { template: headerColour[message.severity], title: { tag: 'plain_text', content: message.title } },
    elements,
  };
}

export const sendFeishu: Sender = async (target, message, ctx) => {
  const url = target.secrets.url;
  if (!url) return { ok: false, errorClass: 'invalid_config', retryable: false };
  const body: Record<string, unknown> = { msg_type: 'interactive', card: feishuCard(message) };
  if (target.secrets.signingSecret) {
    const timestamp = Math.floor(ctx.now.getTime() / 1000);
    body['timestamp'] = String(timestamp);
    body['sign'] = feishuSign(timestamp, target.secrets.signingSecret);
  }
  const result = await postJson(url, JSON.stringify(body), {}, ctx.timeoutMs, ctx.allowPrivateTargets);
  if ('failed' in result) return result.failed;
  const http = outcomeOfStatus(result.status);
  if (!http.ok) return http;
  // Feishu answers 200 with a non-zero code for a bad sign, a bad card or a rate limit.
  let code: number | undefined;
  try {
    const parsed = JSON.parse(result.body) as { code?: number; StatusCode?: number };
    code = parsed.code ?? parsed.StatusCode;
  } catch {
    return { ok: false, errorClass: 'rejected', statusCode: result.status, retryable: true };
  }
  if (code === undefined || code === 0) return { ok: true };
  // 9499 / 11232: rate limited; anything else (19021 bad sign, 19024 keyword, 11246 card) is final.
  return { ok: false, errorClass: 'rejected', statusCode: code, retryable: code === 9499 || code === 11232 };
};
