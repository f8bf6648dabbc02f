// What a newcomer does with curl, as a small client: JSON requests to the
// gateway, the bearer token once signed in, the answer's status and body.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply<T = Record<string, unknown>> = { status: number; body: T; headers: Headers };

export class GatewayClient {
  token: string | undefined;
  constructor(readonly base: string) {}

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; token?: string | null } = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token === null ? undefined : (options.token ?? this.token);
    if (token) headers['authorization'] = `Bearer ${token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      // not JSON: kept as text for the failure message
    }
    return { status: response.status, body: body as T, headers: response.headers };
  }

  /** The call, which must answer `status`; the body otherwise goes into the error. */
  async expect<T = Record<string, unknown>>(status: number, method: string, path: string, options: Parameters<GatewayClient['call']>[2] = {}): Promise<T> {
    const reply = await this.call<T>(method, path, options);
    if (reply.status !== status) throw new Error(`${method} ${path}: expected ${status}, got ${reply.status}: ${JSON.stringify(reply.body).slice(0, 2000)}`);
    return reply.body;
  }
}

export type SignedDelivery = { id: string; timestamp: number; body: { type: string; data: Record<string, unknown> }; signatureValid: boolean; receivedAt: number };

/**
 * A Standard Webhooks receiver on 127.0.0.1: what a team's endpoint for the
 * notifier's "webhook" channel does, verifying each delivery's signature.
 */
export async function startWebhookReceiver(secret: string): Promise<{ url: string; deliveries: () => SignedDelivery[]; close: () => Promise<void> }> {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const deliveries: SignedDelivery[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const id = String(req.headers['webhook-id'] ?? '');
      const timestamp = Number(req.headers['webhook-timestamp'] ?? 0);
      const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${raw}`).digest();
      const signatureValid = String(req.headers['webhook-signature'] ?? '').split(' ').some((part) => {
        const [version, value] = part.split(',');
        const given = Buffer.from(value ?? '', 'base64');
        return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
      });
      let body: SignedDelivery['body'] = { type: '', data: {} };
      try {
        body = JSON.parse(raw) as SignedDelivery['body'];
      } catch {
        // kept empty: the assertions say what was expected
      }
      deliveries.push({ id, timestamp, body, signatureValid, receivedAt: Date.now() });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/keywarden`,
    deliveries: () => [...deliveries],
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
