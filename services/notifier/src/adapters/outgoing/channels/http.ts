// One POST with a deadline, its failure classified without repeating the URL (it may embed a credential).
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { SendOutcome } from '../../../domain/delivery/decider.js';
import { guardedLookup, PrivateTargetError, targetProblem } from './targets.js';

export type PostResult = { status: number; body: string } | { failed: SendOutcome };

const refused: PostResult = { failed: { ok: false, errorClass: 'invalid_config', retryable: false } };

/**
 * POSTs JSON; redirects are not followed. Unless private targets are allowed, the URL must be
 * https and its host must resolve to public addresses only, checked on the connection itself.
 */
export async function postJson(url: string, body: string, headers: Record<string, string>, timeoutMs: number, allowPrivateTargets: boolean): Promise<PostResult> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return refused;
  }
  if (targetProblem(target, allowPrivateTargets)) return refused;
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  try {
    return await new Promise<PostResult>((resolve, reject) => {
      const req = request(
        target,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
          signal: AbortSignal.timeout(timeoutMs),
          ...(allowPrivateTargets ? {} : { lookup: guardedLookup }),
        },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  } catch (error) {
    if (error instanceof PrivateTargetError) return refused;
    const name = (error as Error).name;
    const timeout = name === 'TimeoutError' || name === 'AbortError';
    return { failed: { ok: false, errorClass: timeout ? 'timeout' : 'network', retryable: true } };
  }
}

/** 2xx is success; 408, 429 and 5xx are worth retrying; any other status is final. */
export function outcomeOfStatus(status: number): SendOutcome {
  if (status >= 200 && status < 300) return { ok: true };
  if (status >= 500) return { ok: false, errorClass: 'http_5xx', statusCode: status, retryable: true };
  return { ok: false, errorClass: 'http_4xx', statusCode: status, retryable: status === 408 || status === 429 };
}
