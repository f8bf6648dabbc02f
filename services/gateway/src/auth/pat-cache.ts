// Answers of rpc.identity.VerifyPersonalAccessToken, keyed by the token's
// SHA-256, kept briefly (negative answers shorter) and bounded: the oldest
// entry goes first when full. Entries of a user or a token are dropped when a
// revocation arrives; `verifiedAt` lets the middleware refuse an answer that
// was fetched before a revocation it has not seen evicted yet.
export type PatAnswer =
  | { valid: true; tokenId: string; userId: string; roles: string[]; scopes: string[]; expiresAtMs: number | undefined }
  | { valid: false };

type Entry = { answer: PatAnswer; verifiedAt: number; until: number };

export class PatCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly negativeTtlMs: number,
    private readonly max = 10_000,
  ) {}

  get(hash: string, nowMs: number): Entry | undefined {
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    if (entry.until <= nowMs) {
      this.entries.delete(hash);
      return undefined;
    }
    return entry;
  }

  set(hash: string, answer: PatAnswer, verifiedAt: number, nowMs: number): void {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    const ttl = answer.valid ? this.ttlMs : this.negativeTtlMs;
    // Never past the token's own expiry.
    const until = Math.min(nowMs + ttl, answer.valid && answer.expiresAtMs !== undefined ? answer.expiresAtMs : Infinity);
    this.entries.set(hash, { answer, verifiedAt, until });
  }

  evict(match: (answer: Extract<PatAnswer, { valid: true }>) => boolean): void {
    for (const [hash, entry] of this.entries) if (entry.answer.valid && match(entry.answer)) this.entries.delete(hash);
  }

  get size(): number {
    return this.entries.size;
  }
}
