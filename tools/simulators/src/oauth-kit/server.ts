// Plumbing shared by the OAuth provider simulators: an HTTP server on a free
// port, a controllable clock, injected latency and scripted faults.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Time as the simulator sees it: tests move it to expire tokens without waiting. */
export class SimClock {
  private offsetMs = 0;
  private fixed: number | undefined;
  now(): Date {
    return new Date(this.fixed ?? Date.now() + this.offsetMs);
  }
  /** Follow another clock (e.g. the broker's TestClock) exactly. */
  follow(source: { now: () => Date }): void {
    this.now = () => source.now();
  }
  set(to: Date | string): void {
    this.fixed = new Date(to).getTime();
  }
  advance(ms: number): void {
    if (this.fixed !== undefined) this.fixed += ms;
    else this.offsetMs += ms;
  }
}

/** A scripted fault: the next `times` matching requests answer `status` with `body`. */
export type Fault = { path: RegExp | string; times: number; status: number; body?: unknown; delayMs?: number };

export type SimRequest = { method: string; path: string; query: URLSearchParams; headers: IncomingMessage['headers']; form: Record<string, string> };
/** `raw`: the body as it is (a protocol that is not JSON, e.g. Git's pkt-lines), its content-type in `headers`. */
export type SimReply = { status: number; body?: unknown; raw?: string; headers?: Record<string, string>; redirect?: string };
export type Route = (req: SimRequest) => SimReply | Promise<SimReply> | undefined;

export type SimServer = {
  url: string;
  clock: SimClock;
  /** Added before each answer, like a provider far away. */
  latencyMs: number;
  /** Requests seen per "METHOD path", for assertions. */
  hits: Map<string, number>;
  fail(fault: Fault): void;
  /** Drops every scripted fault not yet used up. */
  clearFaults(): void;
  close(): Promise<void>;
};

export const opaque = (prefix: string, bytes = 24) => `${prefix}${randomBytes(bytes).toString('base64url')}`;

async function readBody(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return {};
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/json')) {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/** Starts a simulator on 127.0.0.1 (port 0 = any free port), or on `host` (0.0.0.0 in a container). */
export async function startSimServer(route: Route, options: { port?: number; host?: string; latencyMs?: number; clock?: SimClock } = {}): Promise<SimServer> {
  const faults: Fault[] = [];
  const sim: SimServer = {
    url: '',
    clock: options.clock ?? new SimClock(),
    latencyMs: options.latencyMs ?? 0,
    hits: new Map(),
    fail: (fault) => faults.push({ ...fault }),
    clearFaults: () => void faults.splice(0),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const send = (res: ServerResponse, reply: SimReply) => {
    if (reply.redirect) {
      res.writeHead(302, { location: reply.redirect });
      res.end();
      return;
    }
    if (reply.raw !== undefined) {
      res.writeHead(reply.status, { 'content-type': 'text/plain; charset=utf-8', ...reply.headers });
      res.end(reply.raw);
      return;
    }
    const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(body);
  };
  const control = (method: string, path: string, form: Record<string, string>): SimReply => {
    if (method === 'POST' && path === '/_sim/clock') {
      sim.clock.advance(Number(form['advanceMs'] ?? 0));
      return { status: 200, body: { now: sim.clock.now().toISOString() } };
    }
    if (method === 'POST' && path === '/_sim/faults') {
      sim.fail({ path: form['path'] ?? '', times: Number(form['times'] ?? 1), status: Number(form['status'] ?? 503) });
      return { status: 200, body: {} };
    }
    if (method === 'POST' && path === '/_sim/latency') {
      sim.latencyMs = Number(form['ms'] ?? 0);
      return { status: 200, body: { latencyMs: sim.latencyMs } };
    }
    if (method === 'GET' && path === '/_sim/hits') return { status: 200, body: Object.fromEntries(sim.hits) };
    return { status: 404, body: { error: 'not_found' } };
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://sim');
      const key = `${req.method} ${url.pathname}`;
      sim.hits.set(key, (sim.hits.get(key) ?? 0) + 1);
      try {
        const form = await readBody(req);
        if (sim.latencyMs > 0) await new Promise((r) => setTimeout(r, sim.latencyMs));
        // Control endpoints for development and end-to-end runs (the simulators are never exposed beyond the laptop).
        if (url.pathname.startsWith('/_sim/')) {
          send(res, control(req.method ?? 'GET', url.pathname, form));
          return;
        }
        const fault = faults.find((f) => f.times > 0 && (typeof f.path === 'string' ? f.path === url.pathname : f.path.test(url.pathname)));
        if (fault) {
          fault.times -= 1;
          if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
          send(res, { status: fault.status, body: fault.body ?? { error: 'simulated_fault' } });
          return;
        }
        const reply = await route({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, form });
        send(res, reply ?? { status: 404, body: { error: 'not_found' } });
      } catch {
        send(res, { status: 500, body: { error: 'simulator_error' } });
      }
    })();
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  sim.url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${(server.address() as AddressInfo).port}`;
  return sim;
}

