// The SQL of a work queue, written once per queue from its table's description
// and run as prepared statements. Rows are named by their key and their fence:
// every statement after the claim matches both, so a row claimed again by
// someone else (a new fence) is out of reach of its former owner.
//
// The lease is in database time (now()), the same for every replica whatever
// their clocks say; the due time may follow the service's clock ($now, a
// test's TestClock), or the database's when the queue has no clock.

export type KeyType = 'text' | 'uuid' | 'bigint' | 'integer' | 'timestamptz';

/** A table a service's migrations created, and how its work is claimed. */
export type QueueTable = {
  /** The table. */
  table: string;
  /** Its primary key columns and their types. */
  key: Readonly<Record<string, KeyType>>;
  /** The queue's columns, by these names unless said otherwise (null: the table has none). */
  columns?: {
    /** timestamptz, null while free. */
    leaseUntil?: string;
    /** bigserial: a new value from its sequence at every claim (the fencing token). */
    fence?: string;
    /** integer: runs started, counted at the claim (a run that died with its worker counts too). */
    attempts?: string | null;
    /** timestamptz: not claimed before (backoff, schedules). */
    dueAt?: string | null;
    /** integer bumped by every request that rewrites a queued row: completing an older version frees the row instead of deleting it. */
    version?: string | null;
    /** text columns holding the W3C trace context of whoever asked for the work. */
    traceparent?: string | null;
    tracestate?: string | null;
  };
  /** More conditions a claimable row meets (SQL on the row `q`, written by the service, no parameters). */
  ready?: string;
  /** Claim order (SQL on `q`); the due time by default. */
  order?: string;
  /** More assignments made at the claim, e.g. `status = 'sending'`. */
  onClaim?: string;
  /** At most one leased row per value of `column`, and the one with the lowest `order` first (rows of a key run one at a time, in order). */
  onePer?: { column: string; order: string };
  /** The columns of the work itself, returned by the claim. */
  data: readonly string[];
  /** Completing keeps the row with these assignments (a record of what ran) instead of deleting it. */
  completeSet?: string;
};

export type Columns = {
  leaseUntil: string; fence: string; attempts: string | null; dueAt: string | null;
  version: string | null; traceparent: string | null; tracestate: string | null;
};

export type Statements = {
  columns: Columns;
  /** $1 limit, $2 lease ms, $3 now (null: the database's). Returns the key, fence, attempts, version, trace and data columns. */
  claim: string;
  /** $1 rows (key, fence), $2 lease ms. Returns the fences renewed. */
  renew: string;
  /**
   * $1 rows (key, fence, version). Deletes (or, for a newer version, frees); the fences returned by any of the
   * statements were still held. Several statements run in one transaction, in order.
   */
  complete: string[];
  /** $1 rows (key, fence, version, delay_ms), $2 now. Frees the row, due after its delay; returns fences held. */
  retry: string | undefined;
  /** $1 rows (key, fence, refund). Frees the row at once, giving its attempt back when refund; returns fences held. */
  release: string;
  /** $1 rows (key, fence). Locks the rows still held until the transaction ends; returns their fences. */
  lock: string;
};

const ident = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new TypeError(`not a plain SQL name: ${name}`);
  return `"${name}"`;
};

export function statements(spec: QueueTable): Statements {
  const c = spec.columns ?? {};
  const columns: Columns = {
    leaseUntil: c.leaseUntil ?? 'lease_until', fence: c.fence ?? 'fence',
    attempts: c.attempts === undefined ? 'attempts' : c.attempts, dueAt: c.dueAt === undefined ? 'next_attempt_at' : c.dueAt,
    version: c.version ?? null, traceparent: c.traceparent ?? null, tracestate: c.tracestate ?? null,
  };
  const t = ident(spec.table);
  const keys = Object.keys(spec.key);
  if (keys.length === 0) throw new TypeError(`queue ${spec.table} needs a key`);
  const lease = ident(columns.leaseUntil);
  const fence = ident(columns.fence);
  const keyList = (alias: string) => keys.map((k) => `${alias}.${ident(k)}`).join(', ');
  const sameKey = (a: string, b: string) => keys.map((k) => `${a}.${ident(k)} = ${b}.${ident(k)}`).join(' and ');
  const recordset = (extra: string[]) =>
    `jsonb_to_recordset($1::jsonb) as d(${[...keys.map((k) => `${ident(k)} ${spec.key[k]}`), 'fence bigint', ...extra].join(', ')})`;
  const held = `${sameKey('q', 'd')} and q.${fence} = d.fence`;
  const now = (param: string) => `coalesce(${param}::timestamptz, now())`;
  const version = columns.version ? ident(columns.version) : undefined;

  const returning = [
    ...keys.map((k) => `q.${ident(k)}`), `q.${fence} as "fence"`,
    columns.attempts ? `q.${ident(columns.attempts)} as "attempts"` : '0 as "attempts"',
    version ? `q.${version} as "version"` : '0 as "version"',
    columns.traceparent ? `q.${ident(columns.traceparent)} as "traceparent"` : `'' as "traceparent"`,
    columns.tracestate ? `q.${ident(columns.tracestate)} as "tracestate"` : `'' as "tracestate"`,
    ...spec.data.filter((d) => !keys.includes(d)).map((d) => `q.${ident(d)}`),
  ].join(', ');

  const conditions = [`(q.${lease} is null or q.${lease} < now())`];
  if (columns.dueAt) conditions.push(`q.${ident(columns.dueAt)} <= ${now('$3')}`);
  if (spec.ready) conditions.push(`(${spec.ready})`);
  if (spec.onePer) {
    const per = ident(spec.onePer.column);
    // The oldest row of its key, and no other row of its key under a live lease (one whose commit made it
    // older after a younger one was claimed must still wait for that one).
    conditions.push(`not exists (select 1 from ${t} o where o.${per} = q.${per} and o.${ident(spec.onePer.order)} < q.${ident(spec.onePer.order)})`);
    conditions.push(`not exists (select 1 from ${t} r where r.${per} = q.${per} and r.${lease} >= now() and not (${sameKey('r', 'q')}))`);
  }
  const assignments = [
    `${lease} = now() + $2::bigint * interval '1 millisecond'`,
    `${fence} = nextval(pg_get_serial_sequence('${spec.table}', '${columns.fence}'))`,
  ];
  if (columns.attempts) assignments.push(`${ident(columns.attempts)} = q.${ident(columns.attempts)} + 1`);
  if (spec.onClaim) assignments.push(spec.onClaim);
  const claim = `
    with due as (
      select ${keyList('q')} from ${t} q
      where ${conditions.join(' and ')}
      order by ${spec.order ?? (columns.dueAt ? `q.${ident(columns.dueAt)}` : keyList('q'))}
      limit $1 for update of q skip locked
    )
    update ${t} q set ${assignments.join(', ')}
    from due where ${sameKey('q', 'due')}
    returning ${returning}`;

  // A row freed by its owner (lease null) is not renewed by a heartbeat that was already on its way.
  const renew = `
    update ${t} q set ${lease} = now() + $2::bigint * interval '1 millisecond'
    from ${recordset([])}
    where ${held} and q.${lease} is not null
    returning q.${fence} as "fence"`;

  // With a version: the rows are locked first, so a request rewriting one (version + 1) either committed before
  // (the row is freed, to run again) or waits until after (the row is gone, the request inserts it anew). One
  // statement could not tell: its snapshot would predate the rewrite it waited for, and neither branch would match.
  const complete = spec.completeSet
    ? [`update ${t} q set ${lease} = null, ${spec.completeSet} from ${recordset([])} where ${held} returning q.${fence} as "fence"`]
    : version
    ? [
      `select q.${fence} from ${t} q join ${recordset([])} on ${held} for update of q`,
      `delete from ${t} q using ${recordset(['version integer'])} where ${held} and q.${version} = d.version returning q.${fence} as "fence"`,
      `update ${t} q set ${lease} = null from ${recordset(['version integer'])} where ${held} and q.${version} <> d.version returning q.${fence} as "fence"`,
    ]
    : [`delete from ${t} q using ${recordset([])} where ${held} returning q.${fence} as "fence"`];

  const due = columns.dueAt ? ident(columns.dueAt) : undefined;
  const retry = due
    ? `
    update ${t} q set ${lease} = null,
      ${due} = ${now('$2')} + ${version ? `(case when q.${version} = d.version then d.delay_ms else 0 end)` : 'd.delay_ms'} * interval '1 millisecond'
    from ${recordset(['version integer', 'delay_ms bigint'])}
    where ${held}
    returning q.${fence} as "fence"`
    : undefined;

  const refund = columns.attempts ? `, ${ident(columns.attempts)} = greatest(q.${ident(columns.attempts)} - case when d.refund then 1 else 0 end, 0)` : '';
  const release = `
    update ${t} q set ${lease} = null${refund}
    from ${recordset(['refund boolean'])}
    where ${held}
    returning q.${fence} as "fence"`;

  const lock = `select q.${fence} as "fence" from ${t} q join ${recordset([])} on ${held} for update of q`;

  return { columns, claim, renew, complete, retry, release, lock };
}
