// What a provider returns: the full current set of its secrets (a sync compares it with the
// group). A failure carries a class and never the response body, which may hold secrets.
import { ProviderError, type ProviderErrorClass } from '../../../domain/provider/provider-error.js';

export { ProviderError, type ProviderErrorClass };
export type { ProviderClient, ProviderFactory, RemoteSecret } from '../../../app/ports.js';

export function classifyStatus(status: number): ProviderErrorClass {
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not_found';
  if (status === 429 || status >= 500) return 'unavailable';
  return 'unknown';
}

/** JSON over HTTP with a timeout; errors say which step failed and the status, never the body. */
export async function fetchJson(step: string, url: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs ?? 10_000) });
  } catch {
    throw new ProviderError('unavailable', `${step}: the provider could not be reached`, { errorId: 'VAULT-d248' });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new ProviderError(classifyStatus(response.status), `${step}: the provider answered HTTP ${response.status}`, { errorId: 'VAULT-fdfa', httpStatus: response.status });
  }
  try {
    return await response.json();
  } catch {
    throw new ProviderError('invalid_response', `${step}: the provider's answer is not JSON`, { errorId: 'VAULT-1274', httpStatus: response.status });
  }
}

export const trimSlash = (url: string) => url.replace(/\/+$/, '');
