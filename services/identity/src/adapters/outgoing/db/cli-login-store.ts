// `kw login` approvals waiting to be redeemed (the CliLogins port of app/cli-login/ports.ts).
import type { Database } from '@keywarden/db';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { CliLogin, CliLogins } from '../../../app/cli-login/ports.js';
import { cliLogins } from '../../../schema/cli-logins.js';

export class DbCliLogins implements CliLogins {
  constructor(private readonly database: Database) {}

  async purgeExpired(now: Date): Promise<void> {
    await this.database.db.delete(cliLogins).where(lt(cliLogins.expiresAt, now));
  }

  async add(login: CliLogin): Promise<void> {
    await this.database.db.insert(cliLogins).values(login);
  }

  async claim(codeHash: string, now: Date): Promise<CliLogin | undefined> {
    const [claimed] = await this.database.db.update(cliLogins).set({ used: true })
      .where(and(eq(cliLogins.codeHash, codeHash), eq(cliLogins.used, false), gt(cliLogins.expiresAt, now)))
      .returning();
    if (!claimed) return undefined;
    const { used: _used, ...login } = claimed;
    return login;
  }
}
