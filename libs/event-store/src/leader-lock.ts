import type { Database } from '@keywarden/db';
import type { Sql } from 'postgres';

/**
 * Leadership by a PostgreSQL session advisory lock, held on a one-connection
 * client of its own (Database.session), not on a reserved pool connection:
 * postgres.js cannot reconnect a reserved connection whose backend died, and
 * the loss must be seen at once. Two things make a second leader impossible:
 * - the session's close (PostgreSQL restarted, backend killed, network gone)
 *   drops `held` the moment the socket closes, before a restarted server can
 *   hand the lock to anyone else;
 * - the leader's statements run on that same session and check in SQL that it
 *   still holds the lock (`holdsLock`), so a session the client silently
 *   replaced by a new one can neither read a batch nor delete one.
 */
export class LeaderLock {
  private client: Sql | undefined;
  /** Bumped whenever the session closes: a lock taken in an older epoch is gone. */
  private epoch = 0;
  private heldIn: number | undefined;

  constructor(
    private readonly database: Database,
    readonly key: number,
    private readonly onLost: () => void,
  ) {}

  get held(): boolean {
    return this.heldIn !== undefined && this.heldIn === this.epoch;
  }

  /** The session's client: the leader's statements run here and check `holdsLock()`. */
  get sql(): Sql {
    this.client ??= this.database.session({ onclose: () => this.closed() });
    return this.client;
  }

  /** Takes the lock if it is free; false when another session holds it. */
  async tryAcquire(): Promise<boolean> {
    if (this.held) return true;
    const epoch = this.epoch;
    const [row] = await this.sql<Array<{ ok: boolean }>>`select pg_try_advisory_lock(${this.key}) as ok`;
    // A close between the answer and now took the lock with it.
    if (!row?.ok || epoch !== this.epoch) return false;
    this.heldIn = epoch;
    return true;
  }

  /**
   * `exists (...)`: whether the session running the statement holds the lock.
   * Nested in the leader's statements, so the check and the work are one.
   */
  holdsLock() {
    return this.sql`exists (
      select 1 from pg_locks
      where locktype = 'advisory' and classid = 0 and objid = ${this.key} and objsubid = 1 and pid = pg_backend_pid() and granted
    )`;
  }

  /** Says the lock is not held any more (a statement found it gone). */
  lost(): void {
    if (this.heldIn === undefined) return;
    this.heldIn = undefined;
    this.onLost();
  }

  /** Gives the lock up and closes the session. */
  async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    if (this.held) await client`select pg_advisory_unlock(${this.key})`.catch(() => {});
    this.heldIn = undefined;
    await client.end({ timeout: 5 }).catch(() => {});
  }

  private closed(): void {
    this.epoch++;
    this.lost();
  }
}
