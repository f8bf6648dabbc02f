// A client of the gateway that behaves as a real one does while parts of the
// platform restart: a refused connection, a timeout, 502, 503 or 504 is sent
// again after a short backoff (with the same Idempotency-Key, so a create is
// made once), a 429 waits for its Retry-After. Any other answer than the ones
// the caller expects is an error naming the request, never retried: a 500 or an
// unexpected 4xx is what the fault suite is there to find.
import { sleep } from '@keywarden/testing';
import type { Reply } from './gateway-client.js';

export type SendOptions = {
  body?: unknown;
  headers?: Record<string, string>;
  /** Bearer token; none for anonymous calls. */
  token?: string;
  /** Statuses that end the call (the answer is returned). */
  expect: number[];
  /** Answers worth sending again besides the transient ones (e.g. 404 while a consumer catches up). */
  alsoRetry?: (reply: Reply) => boolean;
  /** How long the call keeps trying, all attempts together. */
  deadlineMs?: number;
};

/** What the retries saw, for the report. */
export type ClientStats = { requests: number; retried: Record<string, number> };

export class UnexpectedAnswer extends Error {
  override name = 'UnexpectedAnswer';
}

const TRANSIENT = new Set([502, 503, 504]);
const ATTEMPT_TIMEOUT_MS = 20_000;

export class ResilientClient {
  readonly stats: ClientStats = { requests: 0, retried: {} };
  constructor(readonly base: string) {}

  async send<T = Record<string, unknown>>(label: string, method: string, path: string, options: SendOptions): Promise<Reply<T>> {
    const deadline = Date.now() + (options.deadlineMs ?? 150_000);
    let delayMs = 200;
    let last = 'nothing';
    for (;;) {
      const outcome = await this.attempt(method, path, options);
      if ('status' in outcome) {
        if (options.expect.includes(outcome.status)) return outcome as Reply<T>;
        const again = TRANSIENT.has(outcome.status) || outcome.status === 429 || options.alsoRetry?.(outcome);
        last = `${outcome.status} ${JSON.stringify(outcome.body).slice(0, 600)}`;
        if (!again) throw new UnexpectedAnswer(`${label} (${method} ${path}) answered ${last}`);
        this.count(String(outcome.status));
        if (outcome.status === 429) delayMs = Math.max(delayMs, Math.min(10_000, Number(outcome.headers.get('retry-after') ?? 1) * 1000));
      } else {
        last = outcome.error;
        this.count(outcome.error);
      }
      if (Date.now() + delayMs > deadline) throw new UnexpectedAnswer(`${label} (${method} ${path}) still failing after ${options.deadlineMs ?? 150_000} ms: ${last}`);
      await sleep(delayMs);
      delayMs = Math.min(delayMs * 2, 2_000);
    }
  }

  private async attempt(method: string, path: string, options: SendOptions): Promise<Reply | { error: string }> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    this.stats.requests++;
    try {
      const response = await fetch(`${this.base}${path}`, {
        method, headers, redirect: 'manual', signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        // Not JSON: kept as text for the message.
      }
      return { status: response.status, body: body as Record<string, unknown>, headers: response.headers };
    } catch (error) {
      // Refused while the gateway restarts, reset when it dies mid-answer, or the attempt's timeout.
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return { error: cause ?? (error as Error).name };
    }
  }

  private count(what: string): void {
    this.stats.retried[what] = (this.stats.retried[what] ?? 0) + 1;
  }
}
