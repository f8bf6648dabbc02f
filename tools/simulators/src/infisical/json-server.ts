// A small JSON-over-HTTP server for the secret-store simulators (Infisical, Vault, AWS):
// raw body kept (AWS JSON 1.1 is JSON under its own content type), faults injectable.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type JsonRequest = { method: string; path: string; query: URLSearchParams; headers: IncomingHttpHeaders; body: unknown; raw: string };
export type JsonReply = { status: number; body?: unknown; headers?: Record<string, string> };
export type JsonRoute = (req: JsonRequest) => JsonReply | Promise<JsonReply>;

export type JsonServer = {
  url: string;
  /** Requests seen per "METHOD path". */
  hits: Map<string, number>;
  /** The next `times` requests (all paths) answer `status` with `body`. */
  failNext(times: number, status: number, body?: unknown): void;
  close(): Promise<void>;
};

export async function startJsonServer(route: JsonRoute, options: { port?: number; contentType?: string } = {}): Promise<JsonServer> {
  let failures: { times: number; status: number; body?: unknown } | undefined;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://sim');
      const key = `${req.method} ${url.pathname}`;
      sim.hits.set(key, (sim.hits.get(key) ?? 0) + 1);
      let reply: JsonReply;
      try {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = undefined;
        }
        if (failures && failures.times > 0) {
          failures.times -= 1;
          reply = { status: failures.status, body: failures.body ?? { message: 'simulated failure' } };
        } else {
          reply = await route({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body, raw: text });
        }
      } catch {
        reply = { status: 500, body: { message: 'simulator error' } };
      }
      res.writeHead(reply.status, { 'content-type': options.contentType ?? 'application/json', ...reply.headers });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    })();
  });
  const sim: JsonServer = {
    url: '',
    hits: new Map(),
    failNext: (times, status, body) => {
      failures = { times, status, body };
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  sim.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return sim;
}

export const bearer = (headers: IncomingHttpHeaders) => /^Bearer (\S+)$/i.exec(String(headers.authorization ?? ''))?.[1];
