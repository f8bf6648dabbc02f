// Identity's public signing keys, fetched over RPC (rpc.identity.GetJwks) and
// kept in memory: reloaded when a SigningKeyRotated event arrives, and when a
// token names a key id we do not know (at most every few seconds, so garbage
// tokens cannot make us hammer identity).
import { createLocalJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import type { Logger } from '@keywarden/telemetry';
import type { Rpc } from '../rpc.js';

export class Jwks {
  private keySet: JWTVerifyGetKey | undefined;
  private document: JSONWebKeySet | undefined;
  private loading: Promise<boolean> | undefined;
  private lastLoad = 0;
  /**
   * Identity answered but published no key yet: it serves RPCs before its start task has made the first one
   * (a fresh installation), and a token signed with that key may come moments later.
   */
  private keyless = false;
  private timer: NodeJS.Timeout | undefined;
  /** Bumped on every successful load: verified-token caches key on it. */
  generation = 0;

  constructor(
    private readonly rpc: Rpc,
    private readonly logger: Logger,
    private readonly minReloadMs = 5000,
  ) {}

  get loaded(): boolean {
    return this.keySet !== undefined;
  }

  /** The public JWKS document (for /.well-known/jwks.json). */
  get json(): JSONWebKeySet | undefined {
    return this.document;
  }

  get getKey(): JWTVerifyGetKey | undefined {
    return this.keySet;
  }

  /** Loads now (single flight); false when identity could not be reached. */
  load(): Promise<boolean> {
    this.loading ??= (async () => {
      try {
        this.lastLoad = Date.now();
        const { jwksJson } = await this.rpc('identity.GetJwks', {}, { timeoutMs: 3000 });
        const document = JSON.parse(jwksJson) as JSONWebKeySet;
        if (!Array.isArray(document.keys)) throw new Error('not a JWKS document');
        // No key yet is not loaded: readiness waits, startLoading tries again, and a token naming a key reloads at once.
        this.keyless = document.keys.length === 0;
        if (this.keyless) return false;
        // Public parts only, whatever identity sent.
        this.document = { keys: document.keys.map(({ d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, k: _k, ...pub }) => pub) };
        this.keySet = createLocalJWKSet(this.document);
        this.generation++;
        return true;
      } catch (error) {
        this.logger.warn({ err: { type: (error as Error).name, code: (error as { code?: string }).code } }, 'could not load the JWKS from identity');
        return false;
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  /** A token named an unknown key: reload unless we did so a moment ago (at once while identity had no key yet). */
  async reloadForUnknownKey(): Promise<boolean> {
    if (!this.keyless && Date.now() - this.lastLoad < this.minReloadMs) return false;
    return await this.load();
  }

  /** Keeps trying until the first load succeeded (readiness waits for it). */
  startLoading(retryMs = 1000): void {
    const attempt = async () => {
      if (await this.load()) return;
      this.timer = setTimeout(() => void attempt(), retryMs);
    };
    void attempt();
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
