// SSO attempts in flight and the (provider, subject) links (the SsoAttempts and SsoLinks ports of app/sso/ports.ts).
import type { Database } from '@keywarden/db';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { SsoAttempt, SsoAttempts, SsoLinks } from '../../../app/sso/ports.js';
import { ssoAttempts, ssoLinks } from '../../../schema/sso.js';

export class DbSsoAttempts implements SsoAttempts {
  constructor(private readonly database: Database) {}

  async purgeExpired(now: Date): Promise<void> {
    await this.database.db.delete(ssoAttempts).where(lt(ssoAttempts.expiresAt, now));
  }

  async add(attempt: Omit<SsoAttempt, 'used'>): Promise<void> {
    await this.database.db.insert(ssoAttempts).values(attempt);
  }

  async claim(stateHash: string, bindingHash: string, now: Date): Promise<SsoAttempt | undefined> {
    const [claimed] = await this.database.db
      .update(ssoAttempts)
      .set({ used: true })
      .where(and(
        eq(ssoAttempts.stateHash, stateHash), eq(ssoAttempts.used, false),
        // Only hashes of 256-bit random values are compared here, so the comparison's timing tells nothing useful.
        eq(ssoAttempts.bindingHash, bindingHash), gt(ssoAttempts.expiresAt, now),
      ))
      .returning();
    return claimed;
  }

  async find(stateHash: string): Promise<SsoAttempt | undefined> {
    const [row] = await this.database.db.select().from(ssoAttempts).where(eq(ssoAttempts.stateHash, stateHash));
    return row;
  }
}

export class DbSsoLinks implements SsoLinks {
  constructor(private readonly database: Database) {}

  async userOf(identityProviderId: string, subject: string): Promise<string | undefined> {
    const [link] = await this.database.db.select({ userId: ssoLinks.userId }).from(ssoLinks)
      .where(and(eq(ssoLinks.identityProviderId, identityProviderId), eq(ssoLinks.subject, subject)));
    return link?.userId;
  }

  async record(link: { identityProviderId: string; subject: string; userId: string; email: string }, now: Date): Promise<void> {
    await this.database.db.insert(ssoLinks)
      .values({ ...link, linkedAt: now, lastSignInAt: now })
      .onConflictDoUpdate({ target: [ssoLinks.identityProviderId, ssoLinks.subject], set: { userId: link.userId, email: link.email, lastSignInAt: now } });
  }
}
