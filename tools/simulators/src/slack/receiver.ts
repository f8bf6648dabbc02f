// A Slack incoming-webhook receiver. Like Slack, it answers 200 "ok", or 400 with
// "invalid_blocks" / "no_text" / "invalid_payload" when the message is not well formed.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type SlackBlock = { type: string; text?: { type: string; text: string }; fields?: Array<{ type: string; text: string }>; elements?: Array<Record<string, unknown>> };
export type SlackMessage = { text: string; blocks: SlackBlock[] };

export type SlackWebhookReceiver = {
  url: string;
  received: SlackMessage[];
  rejected: string[];
  failNext: (times: number, status?: number) => void;
  close: () => Promise<void>;
};

const textObject = (t: unknown, types: readonly string[]) => {
  const o = t as { type?: string; text?: unknown } | undefined;
  return !!o && types.includes(o.type ?? '') && typeof o.text === 'string' && o.text.length > 0 && o.text.length <= 3000;
};

/** The Block Kit rules this receiver checks: the block types Keywarden sends, and their limits. */
export function slackBlocksValid(blocks: unknown): blocks is SlackBlock[] {
  if (!Array.isArray(blocks) || blocks.length === 0 || blocks.length > 50) return false;
  return blocks.every((b: SlackBlock) => {
    switch (b?.type) {
      case 'header':
        return textObject(b.text, ['plain_text']) && (b.text?.text.length ?? 0) <= 150;
      case 'section':
        return (b.text === undefined || textObject(b.text, ['mrkdwn', 'plain_text'])) && (b.fields === undefined || (b.fields.length <= 10 && b.fields.every((f) => textObject(f, ['mrkdwn', 'plain_text'])))) && (b.text !== undefined || b.fields !== undefined);
      case 'actions':
        return Array.isArray(b.elements) && b.elements.length > 0 && b.elements.every((e) => e['type'] === 'button' && textObject(e['text'], ['plain_text']) && (e['url'] === undefined || /^https?:\/\//.test(String(e['url']))));
      case 'context':
        return Array.isArray(b.elements) && b.elements.length > 0 && b.elements.every((e) => textObject(e, ['mrkdwn', 'plain_text']));
      case 'divider':
        return true;
      default:
        return false;
    }
  });
}

export async function startSlackWebhookReceiver(options: { path?: string } = {}): Promise<SlackWebhookReceiver> {
  const path = options.path ?? '/services/T000SIM/B000SIM/simulatedwebhooksecret';
  const received: SlackMessage[] = [];
  const rejected: string[] = [];
  let failures = 0;
  let failStatus = 500;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answer = (status: number, text: string) => {
        if (status !== 200) rejected.push(text);
        res.writeHead(status, { 'content-type': 'text/plain' }).end(text);
      };
      if (req.method !== 'POST' || req.url !== path) return answer(404, 'no_service');
      if (failures > 0) {
        failures--;
        return answer(failStatus, 'simulated_outage');
      }
      let body: { text?: unknown; blocks?: unknown };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
      } catch {
        return answer(400, 'invalid_payload');
      }
      if (body.blocks === undefined && typeof body.text !== 'string') return answer(400, 'no_text');
      if (body.blocks !== undefined && !slackBlocksValid(body.blocks)) return answer(400, 'invalid_blocks');
      received.push({ text: typeof body.text === 'string' ? body.text : '', blocks: (body.blocks as SlackBlock[] | undefined) ?? [] });
      return answer(200, 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    rejected,
    failNext: (times, status = 500) => {
      failures = times;
      failStatus = status;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
