// A browser as far as HTTP goes: a cookie jar (tough-cookie: RFC 6265 paths,
// expiry and Max-Age=0 deletion; HttpOnly cookies are kept and sent like any
// other), redirects followed by hand one hop at a time, and never an
// Authorization header. Top-level navigations say so (`Sec-Fetch-Mode:
// navigate`), as browsers do.
// Origins served in-process (a gateway through `app.request`) get a handler;
// every other origin is reached over the network with node:http, not fetch:
// fetch (undici) would overwrite Sec-Fetch-Mode with `cors`.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { CookieJar, type Cookie } from 'tough-cookie';

export type OriginHandler = (url: URL, init: RequestInit) => Promise<Response>;

export type Navigation = {
  /** The URL the navigation ended at (not fetched when a `stopAt` matched it). */
  url: URL;
  /** Every URL requested, in order. */
  hops: string[];
  /** The last response received. */
  response: Response;
};

export type BrowserRequest = { method?: string; headers?: Record<string, string>; json?: unknown };

export class TestBrowser {
  readonly jar = new CookieJar(undefined, { allowSpecialUseDomain: true, rejectPublicSuffixes: false });
  /** Every request this browser sent, for asserting what it (never) carried. */
  readonly sent: Array<{ url: string; headers: Record<string, string> }> = [];

  constructor(private readonly handlers: Record<string, OriginHandler> = {}) {}

  /** One request with the jar's cookies for `url`; Set-Cookie goes into the jar; redirects are not followed. */
  async request(url: string | URL, options: BrowserRequest & { navigate?: boolean } = {}): Promise<Response> {
    const target = new URL(url);
    const headers: Record<string, string> = { ...options.headers };
    if (Object.keys(headers).some((h) => h.toLowerCase() === 'authorization')) throw new Error('a browser sends no Authorization header');
    const cookie = await this.jar.getCookieString(target.toString());
    if (cookie) headers['cookie'] = cookie;
    if (options.navigate) headers['sec-fetch-mode'] = 'navigate';
    if (options.json !== undefined) headers['content-type'] = 'application/json';
    const init: RequestInit = { method: options.method ?? 'GET', headers, redirect: 'manual', ...(options.json !== undefined ? { body: JSON.stringify(options.json) } : {}) };
    this.sent.push({ url: target.toString(), headers });
    const handler = this.handlers[target.origin];
    const response = handler ? await handler(target, init) : await send(target, init.method!, headers, init.body as string | undefined);
    for (const line of response.headers.getSetCookie()) await this.jar.setCookie(line, target.toString(), { ignoreError: true });
    return response;
  }

  /**
   * A top-level navigation: GET, then each redirect's Location (relative ones resolved) until an answer that
   * is not a redirect, or a URL `stopAt` says to stop before (a page the test has no server for).
   */
  async navigate(url: string | URL, options: { stopAt?: (url: URL) => boolean; maxRedirects?: number } = {}): Promise<Navigation> {
    let current = new URL(url);
    const hops: string[] = [];
    for (let hop = 0; hop <= (options.maxRedirects ?? 10); hop++) {
      hops.push(current.toString());
      const response = await this.request(current, { navigate: true });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, hops, response };
      const next = new URL(location, current);
      if (options.stopAt?.(next)) return { url: next, hops, response };
      current = next;
    }
    throw new Error(`more than ${options.maxRedirects ?? 10} redirects: ${hops.join(' -> ')}`);
  }

  /** The cookies the jar would send to `url`. */
  async cookies(url: string | URL): Promise<Cookie[]> {
    return this.jar.getCookies(new URL(url).toString());
  }

  /** Every live cookie in the jar, whatever its path (the store keeps expired ones until they are next looked up). */
  async allCookies(): Promise<Cookie[]> {
    return (await this.jar.store.getAllCookies()).filter((c) => c.TTL() > 0);
  }
}

/** One HTTP exchange with exactly these headers, as a fetch Response. */
function send(url: URL, method: string, headers: Record<string, string>, body: string | undefined): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { method, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () => {
        const answer = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) answer.append(name, one);
        }
        const status = incoming.statusCode ?? 502;
        resolve(new Response([101, 204, 205, 304].includes(status) ? null : Buffer.concat(chunks), { status, headers: answer }));
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}
