// A Feishu/Lark custom-bot webhook receiver. It answers like Feishu does: HTTP 200 with
// {code, msg}; code 19021 for a bad or stale signature, 9499 when a fault is scripted,
// 11246 for a card that is not well formed. Accepted messages are kept for assertions.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FeishuBotMessage = { msgType: string; card: FeishuCard; timestamp: string | undefined; receivedAt: Date };
export type FeishuCard = {
  header: { title: { tag: string; content: string }; template?: string };
  elements: Array<{ tag: string; content?: string; actions?: Array<{ tag: string; text: { content: string }; url?: string }> }>;
};

export type FeishuBotReceiver = {
  /** The bot's webhook URL, https://open.feishu.cn/open-apis/bot/v2/hook/<token> in production. */
  url: string;
  received: FeishuBotMessage[];
  rejected: Array<{ code: number; msg: string }>;
  /** The next `times` posts answer this HTTP status (a Feishu outage). */
  failNext: (times: number, status?: number) => void;
  close: () => Promise<void>;
};

export type FeishuBotOptions = { signingSecret?: string; hookToken?: string; now?: () => Date; maxSkewSeconds?: number };

const SIGN_MISMATCH = { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' };

function expectedSign(timestamp: string, secret: string): string {
  return createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64');
}

function checkCard(card: unknown): card is FeishuCard {
  const c = card as FeishuCard | undefined;
  if (!c || typeof c !== 'object' || !c.header?.title || c.header.title.tag !== 'plain_text' || typeof c.header.title.content !== 'string') return false;
  if (!Array.isArray(c.elements) || c.elements.length === 0) return false;
  return c.elements.every((e) =>
    e.tag === 'markdown' || e.tag === 'div' || e.tag === 'hr'
      ? e.tag !== 'markdown' || typeof e.content === 'string'
      : e.tag === 'action' && Array.isArray(e.actions) && e.actions.every((a) => a.tag === 'button' && typeof a.text?.content === 'string'),
  );
}

export async function startFeishuBotReceiver(options: FeishuBotOptions = {}): Promise<FeishuBotReceiver> {
  const received: FeishuBotMessage[] = [];
  const rejected: Array<{ code: number; msg: string }> = [];
  const token = options.hookToken ?? 'sim-hook';
  const now = options.now ?? (() => new Date());
  let failures = 0;
  let failStatus = 500;
  const reply = (res: ServerResponse, status: number, body: { code: number; msg: string }) => {
    if (body.code !== 0) rejected.push(body);
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ ...body, data: {} }));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== `/open-apis/bot/v2/hook/${token}`) return reply(res, 404, { code: 19001, msg: 'param invalid: incoming webhook access token invalid' });
      if (failures > 0) {
        failures--;
        return reply(res, failStatus, { code: 9499, msg: 'simulated outage' });
      }
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        return reply(res, 400, { code: 9499, msg: 'Bad Request' });
      }
      const timestamp = typeof body['timestamp'] === 'string' ? body['timestamp'] : undefined;
      if (options.signingSecret) {
        const sign = typeof body['sign'] === 'string' ? body['sign'] : '';
        const skew = Math.abs(now().getTime() / 1000 - Number(timestamp));
        const want = Buffer.from(expectedSign(timestamp ?? '', options.signingSecret));
        const got = Buffer.from(sign);
        if (!timestamp || !(skew <= (options.maxSkewSeconds ?? 3600)) || want.length !== got.length || !timingSafeEqual(want, got)) return reply(res, 200, SIGN_MISMATCH);
      }
      if (body['msg_type'] !== 'interactive' || !checkCard(body['card'])) return reply(res, 200, { code: 11246, msg: 'card content is invalid' });
      received.push({ msgType: 'interactive', card: body['card'], timestamp, receivedAt: now() });
      return reply(res, 200, { code: 0, msg: 'success' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/open-apis/bot/v2/hook/${token}`,
    received,
    rejected,
    failNext: (times, status = 500) => {
      failures = times;
      failStatus = status;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
