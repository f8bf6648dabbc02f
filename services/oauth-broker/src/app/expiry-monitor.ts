// Warns before a user grant's refresh token runs out (seed 001): at 7 and 3
// days left, and when it has expired. The decider gives each warning once per
// grant generation; app and tenant grants never warn. Runs on a cron schedule
// (croner; default 09:00 and 21:00), reading time from the service clock.
import { retryThroughOutage, type BackgroundTask } from '@keywarden/runtime';
import type { Database } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import { Cron } from 'croner';
import type { BrokerSettings } from '../config.js';
import { accountStream } from '../domain/account/account.js';
import { DAY_MS } from '../domain/types.js';
import { accountsDueExpiryWarning } from '../projections/queries.js';
import type { Commands } from './commands.js';

const HORIZON_DAYS = 7;
const PAGE = 500;

export class ExpiryMonitor {
  private cron: Cron | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly database: Database,
    private readonly commands: Commands,
    private readonly clock: { now: () => Date },
    private readonly settings: BrokerSettings,
    private readonly logger: Logger,
  ) {}

  /** One pass over the user grants whose refresh token ends within 7 days; returns the warnings given. */
  async run(): Promise<number> {
    const now = this.clock.now();
    const horizon = new Date(now.getTime() + HORIZON_DAYS * DAY_MS);
    const threeDays = new Date(now.getTime() + 3 * DAY_MS);
    let after = '';
    let warnings = 0;
    for (;;) {
      const page = await accountsDueExpiryWarning(this.database, { now, threeDays, horizon }, after, PAGE);
      for (const accountId of page) {
        const result = await this.commands.account(accountStream(accountId), { type: 'CheckRefreshTokenExpiry', now: now.toISOString() });
        warnings += result.events.length;
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1]!;
    }
    if (warnings > 0) this.logger.info({ warnings }, 'refresh token expiry warnings given');
    return warnings;
  }

  /** When the cron schedule fires next (for status and tests). */
  nextRun(): Date | null {
    return this.cron?.nextRun() ?? new Cron(this.settings.expiryCron, { timezone: this.settings.expiryTimezone, paused: true }).nextRun();
  }

  task(): BackgroundTask {
    let stopping = new AbortController();
    return {
      name: 'expiry-monitor',
      start: () => {
        stopping = new AbortController();
        this.cron = new Cron(this.settings.expiryCron, { timezone: this.settings.expiryTimezone, protect: true }, async () => {
          // Twice a day: a pass the database was away for runs once it is back, not half a day later.
          this.running = retryThroughOutage(this.database, () => this.run(), stopping.signal)
            .catch((error: unknown) => this.logger.error({ err: { type: (error as Error).name } }, 'expiry monitor failed'));
          await this.running;
        });
      },
      stop: async () => {
        stopping.abort();
        this.cron?.stop();
        await this.running;
      },
    };
  }
}
