// Slack incoming webhook: Block Kit blocks plus a text fallback for notifications.
import type { Message } from '../../../domain/notification/templates/render.js';
import { outcomeOfStatus, postJson } from './http.js';
import type { Sender } from '../../../app/ports.js';

const icon: Record<Message['severity'], string> = { info: ':information_source:', success: ':white_check_mark:', warning: ':warning:', urgent: ':rotating_light:', critical: ':x:' };
// Slack mrkdwn: & < > must be escaped in text objects.
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function slackPayload(message: Message): Record<string, unknown> {
  const blocks: Array<Record<string, unknown>> = [
    { type: 'header', text: { type: 'plain_text', text: `${message.title}`.slice(0, 150), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: `${icon[message.severity]} ${escape(message.summary)}` } },
  ];
  if (message.facts.length) {
    blocks.push({ type: 'section', fields: message.facts.slice(0, 10).map(([l, v]) => ({ type: 'mrkdwn', text: `*${escape(l)}*\n${escape(v)}` })) });
  }
  if (message.steps.length) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: message.steps.map((s, i) => `${i + 1}. ${escape(s)}`).join('\n') } });
  if (message.action) {
    blocks.push({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: message.action.label }, url: message.action.url, style: 'primary' }] });
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Keywarden · ${message.kind}` }] });
  return { text: `${message.title}: ${message.summary}`, blocks };
}

export const sendSlack: Sender = async (target, message, ctx) => {
  const url = target.secrets.url;
  if (!url) return { ok: false, errorClass: 'invalid_config', retryable: false };
  const result = await postJson(url, JSON.stringify(slackPayload(message)), {}, ctx.timeoutMs, ctx.allowPrivateTargets);
  return 'failed' in result ? result.failed : outcomeOfStatus(result.status);
};
