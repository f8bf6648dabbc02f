import { createHmac } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { startFeishuBotReceiver, type FeishuBotReceiver } from './receiver.js';
import { startSlackWebhookReceiver, type SlackWebhookReceiver } from '../slack/receiver.js';

const card = { header: { title: { tag: 'plain_text', content: 'Hi' } }, elements: [{ tag: 'markdown', content: 'hello' }] };
const sign = (ts: number, secret: string) => createHmac('sha256', `${ts}\n${secret}`).update('').digest('base64');
const post = async (url: string, body: unknown) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
};

describe('Feishu bot receiver', () => {
  let bot: FeishuBotReceiver;
  afterAll(() => bot?.close());

  it('accepts a correctly signed card and refuses a bad signature, a stale timestamp or a malformed card', async () => {
    bot = await startFeishuBotReceiver({ signingSecret: 'sec' });
    const ts = Math.floor(Date.now() / 1000);
    expect(JSON.parse((await post(bot.url, { timestamp: String(ts), sign: sign(ts, 'sec'), msg_type: 'interactive', card })).text)).toMatchObject({ code: 0 });
    expect(JSON.parse((await post(bot.url, { timestamp: String(ts), sign: sign(ts, 'other'), msg_type: 'interactive', card })).text)).toMatchObject({ code: 19021 });
    const old = ts - 7200;
    expect(JSON.parse((await post(bot.url, { timestamp: String(old), sign: sign(old, 'sec'), msg_type: 'interactive', card })).text)).toMatchObject({ code: 19021 });
    expect(JSON.parse((await post(bot.url, { timestamp: String(ts), sign: sign(ts, 'sec'), msg_type: 'interactive', card: { elements: [] } })).text)).toMatchObject({ code: 11246 });
    expect(bot.received).toHaveLength(1);
  });
});

describe('Slack webhook receiver', () => {
  let slack: SlackWebhookReceiver;
  afterAll(() => slack?.close());

  it('accepts valid blocks and answers invalid_blocks otherwise', async () => {
    slack = await startSlackWebhookReceiver();
    expect(await post(slack.url, { text: 'x', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }] })).toEqual({ status: 200, text: 'ok' });
    expect(await post(slack.url, { text: 'x', blocks: [{ type: 'header', text: { type: 'mrkdwn', text: 'hi' } }] })).toEqual({ status: 400, text: 'invalid_blocks' });
    expect(await post(slack.url, {})).toEqual({ status: 400, text: 'no_text' });
    slack.failNext(1, 503);
    expect((await post(slack.url, { text: 'x' })).status).toBe(503);
    expect(slack.received).toHaveLength(1);
  });
});
