// What `kw login` in the browser needs of storage (adapters/outgoing/db/cli-login-store.ts).
export type CliLogin = {
  codeHash: string; userId: string; codeChallenge: string; redirectUri: string; machine: string; scopes: string[];
  expiresAt: Date; createdAt: Date;
};

export interface CliLogins {
  purgeExpired(now: Date): Promise<void>;
  add(login: CliLogin): Promise<void>;
  /** Marks the code used and answers it, once: unknown, used or expired codes answer undefined. */
  claim(codeHash: string, now: Date): Promise<CliLogin | undefined>;
}
