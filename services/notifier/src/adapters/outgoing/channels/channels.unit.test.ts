import { createHmac } from 'node:crypto';
import { slackBlocksValid } from '@keywarden/simulators';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { render } from '../../../domain/notification/templates/render.js';
import { feishuCard, feishuSign } from './feishu.js';
import { slackPayload } from './slack.js';
import { isWebhookSecret, standardWebhookSignature, webhookBody } from './webhook.js';

const message = render('reauthorization_required', { provider: 'gitlab', accountId: 'a<1>', reconnectUrl: 'https://kw.example.com/r', errorClass: 'invalid_grant', providerCode: 'x' }, 'en');

describe('channel formats', () => {
  it('signs Feishu bot messages as Feishu documents (HMAC keyed with "timestamp\\nsecret" over nothing)', () => {
    const expected = createHmac('sha256', '1700000000\ns3cret').update(Buffer.alloc(0)).digest('base64');
    expect(feishuSign(1700000000, 's3cret')).toBe(expected);
    expect(feishuSign(1700000001, 's3cret')).not.toBe(expected);
    expect(feishuCard(message)).toMatchObject({ header: { template: 'red', title: { tag: 'plain_text', content: 'Reauthorization required' } } });
  });

  it('builds Slack blocks the receiver accepts, escaping mrkdwn', () => {
    const payload = slackPayload(message) as { blocks: unknown[] };
    expect(slackBlocksValid(payload.blocks)).toBe(true);
    expect(JSON.stringify(payload.blocks)).toContain('a&lt;1&gt;');
  });

  it('signs webhooks so that the standardwebhooks library verifies them, and refuses weak secrets', () => {
    const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    const now = new Date();
    const body = webhookBody(message, 'msg_1', now);
    const ts = Math.floor(now.getTime() / 1000);
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(ts), 'webhook-signature': standardWebhookSignature(secret, 'msg_1', ts, body) };
    expect(new Webhook(secret).verify(body, headers)).toMatchObject({ type: 'notification.reauthorization_required' });
    expect(() => new Webhook(secret).verify(body.replace('gitlab', 'github'), headers)).toThrow();
    expect(isWebhookSecret(secret)).toBe(true);
    expect(isWebhookSecret('whsec_c2hvcnQ=')).toBe(false);
    expect(isWebhookSecret('plain')).toBe(false);
  });
});
