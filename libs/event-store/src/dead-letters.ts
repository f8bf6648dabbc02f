import type { Database } from '@keywarden/db';

export type DeadLetter = {
  consumer: string;
  stream: string;
  streamSequence: number;
  subject: string;
  eventId?: string;
  headers: Record<string, string>;
  payload: Uint8Array;
  /** Stable code: ERR_EVENT_DECODE, ERR_HANDLER_FAILED, ... */
  errorCode: string;
  /** What went wrong, without message contents. */
  error: string;
  deliveries: number;
};

export type ParkedLetter = DeadLetter & { id: number; parkedAt: Date };

type Row = {
  id: number; consumer: string; stream: string; stream_sequence: number; subject: string; event_id: string | null;
  headers: Record<string, string>; payload: Buffer; error_code: string; error: string; deliveries: number; parked_at: Date;
};

const toLetter = (r: Row): ParkedLetter => ({
  id: Number(r.id),
  consumer: r.consumer,
  stream: r.stream,
  streamSequence: Number(r.stream_sequence),
  subject: r.subject,
  ...(r.event_id ? { eventId: r.event_id } : {}),
  headers: r.headers,
  payload: new Uint8Array(r.payload),
  errorCode: r.error_code,
  error: r.error,
  deliveries: r.deliveries,
  parkedAt: new Date(r.parked_at),
});

/** Messages parked by a consumer, kept whole in the service's database. */
export function deadLetterStore(database: Database) {
  const { sql } = database;
  return {
    /** Idempotent: parking the same stream sequence twice keeps one row. */
    async park(letter: DeadLetter): Promise<void> {
      await sql`
        insert into dead_letters (consumer, stream, stream_sequence, subject, event_id, headers, payload, error_code, error, deliveries)
        values (${letter.consumer}, ${letter.stream}, ${letter.streamSequence}, ${letter.subject}, ${letter.eventId ?? null},
                ${JSON.stringify(letter.headers)}::jsonb, ${Buffer.from(letter.payload)}, ${letter.errorCode}, ${letter.error}, ${letter.deliveries})
        on conflict (consumer, stream, stream_sequence) do nothing
      `;
    },
    async list(options: { consumer?: string; limit?: number } = {}): Promise<ParkedLetter[]> {
      const rows = await sql<Row[]>`
        select * from dead_letters
        where ${options.consumer ?? null}::text is null or consumer = ${options.consumer ?? null}
        order by id limit ${options.limit ?? 100}
      `;
      return rows.map(toLetter);
    },
    /** One parked message by its id, or undefined. */
    async get(id: number): Promise<ParkedLetter | undefined> {
      const [row] = await sql<Row[]>`select * from dead_letters where id = ${id}`;
      return row ? toLetter(row) : undefined;
    },
    async count(): Promise<number> {
      const [row] = await sql<Array<{ n: number }>>`select count(*)::int as n from dead_letters`;
      return row?.n ?? 0;
    },
  };
}

export type DeadLetterStore = ReturnType<typeof deadLetterStore>;
