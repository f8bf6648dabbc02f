// One POST with a deadline, its failure classified without repeating the URL (it may embed a credential).
import type { SendOutcome } from '../../domain/delivery/decider.js';

export type PostResult = { status: number; body: string } | { failed: SendOutcome };

export async function postJson(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<PostResult> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    return { status: response.status, body: await response.text() };
  } catch (error) {
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
