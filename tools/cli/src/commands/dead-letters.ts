// dead-letters: the messages a service's consumers parked (ARCHITECTURE §4), and a retry of
// one. The libraries have no retry function; the CLI retries by publishing the parked
// message again on its subject without its Nats-Msg-Id (JetStream's duplicate window would
// drop it), and relies on the inbox: every consumer that handled the event already keeps
// its id and skips it, so only a consumer that did not (the one that parked it) acts on it.
import { deadLetterStore, type ParkedLetter } from '@keywarden/event-store';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { jetstream } from '@nats-io/jetstream';
import { closeBus, openBus, openDatabase } from '../connect.js';
import { cut, table } from '../format.js';
import { CliError, line, usage, type Io } from '../io.js';
import { busSettings, databaseUrlOf, type GlobalOptions } from '../settings.js';

export type DeadLetterOptions = { retry?: string; consumer?: string; limit: number; databaseUrl?: string };

// Every consumer of the stream would fail to decode these again and park them at once.
const undecodable = new Set(['ERR_EVENT_DECODE', 'ERR_MISSING_HEADER', 'ERR_INVALID_HEADER', 'ERR_UNKNOWN_EVENT_TYPE']);

const typeOf = (letter: ParkedLetter) => {
  const ceType = Object.entries(letter.headers).find(([k]) => k.toLowerCase() === 'ce-type')?.[1];
  return ceType ? ceType.slice(ceType.lastIndexOf('.') + 1) : '-';
};

export async function deadLettersCommand(service: string, options: DeadLetterOptions, global: GlobalOptions, io: Io): Promise<void> {
  const say = line(io.err);
  let retryId: number | undefined;
  if (options.retry !== undefined) {
    if (!/^[1-9]\d*$/.test(options.retry)) throw usage(`--retry takes a dead letter id (the ID column), not ${JSON.stringify(options.retry)}`);
    retryId = Number(options.retry);
  }
  const database = await openDatabase(databaseUrlOf(service, options.databaseUrl, global, io));
  try {
    const store = deadLetterStore(database);
    if (retryId === undefined) {
      const letters = await store.list({ ...(options.consumer ? { consumer: options.consumer } : {}), limit: options.limit });
      const total = await store.count();
      io.out(table(
        ['ID', 'PARKED_AT', 'CONSUMER', 'STREAM', 'SEQ', 'TYPE', 'EVENT_ID', 'CODE', 'DELIVERIES', 'REASON'],
        letters.map((l) => [String(l.id), l.parkedAt.toISOString(), l.consumer, l.stream, String(l.streamSequence), typeOf(l), l.eventId ?? '-',
          l.errorCode, String(l.deliveries), cut(l.error, 80)]),
      ));
      io.out(`${letters.length} of ${total} parked message${total === 1 ? '' : 's'} of ${service} shown${options.consumer ? ` (consumer ${options.consumer})` : ''}\n`);
      return;
    }
    const letter = await store.get(retryId);
    if (!letter) throw new CliError(`${service} has no dead letter ${retryId}`);
    if (letter.consumer === 'outbox-relay') {
      // OutboxRelay parks these with no message (no stream, no payload, the event type as subject): nothing to publish again.
      throw new CliError(`dead letter ${retryId} is an event the outbox relay could not publish (${letter.errorCode}): it never reached a stream. ` +
        `Fix the contract or the producer, then \`kw republish ${service} --from <position> --to <position>\` publishes it from the event store`);
    }
    if (letter.stream.endsWith('EXT_INBOUND') && letter.errorCode !== 'handler_failed') {
      // Refused inbound requests were answered (a rejection event) and their ce-id is spent: see contracts/README.
      throw new CliError(`dead letter ${retryId} is an inbound request refused with ${letter.errorCode} and answered; its ce-id stays refused. ` +
        'The publisher sends a corrected request under a new ce-id');
    }
    if (undecodable.has(letter.errorCode) || !letter.eventId) {
      throw new CliError(`dead letter ${retryId} (${letter.errorCode}) cannot be decoded: every consumer of ${letter.stream} would park it again. ` +
        'Fix the producer and republish the event from its event store instead');
    }
    const bus = busSettings(global, io);
    const nc = await openBus(bus);
    try {
      const h = natsHeaders();
      for (const [key, value] of Object.entries(letter.headers)) if (key.toLowerCase() !== 'nats-msg-id') h.append(key, value);
      const ack = await jetstream(nc).publish(letter.subject, letter.payload, { headers: h });
      // Gone from the table only once JetStream has it; if the consumer fails again it parks a new row.
      await database.sql`delete from dead_letters where id = ${retryId}`;
      say(`every consumer of ${ack.stream} that handled event ${letter.eventId} keeps it in its inbox and skips it; ${letter.consumer} handles it again`);
      io.out(`retried dead letter ${retryId} (${typeOf(letter)} ${letter.eventId} for ${letter.consumer}): published again as ${ack.stream} sequence ${ack.seq}\n`);
    } finally {
      await closeBus(nc);
    }
  } finally {
    await database.close();
  }
}
