// republish: sends a range of a service's events to JetStream again with their original ids
// (ARCHITECTURE §3: PostgreSQL is the source of truth). Inside the duplicate window
// JetStream drops what it already has; past it the consumers' inbox does.
import { eventPublisher } from '@keywarden/bus';
import { busNames, type Context } from '@keywarden/contracts';
import { republish } from '@keywarden/event-store';
import { closeBus, openBus, openDatabase } from '../connect.js';
import { CliError, line, usage, type Io } from '../io.js';
import { busSettings, databaseUrlOf, serviceSpec, type GlobalOptions } from '../settings.js';

export type RepublishOptions = { from: string; to?: string; databaseUrl?: string; batch: number };

export const position = (name: string, text: string): number => {
  if (!/^[1-9]\d*$/.test(text) || !Number.isSafeInteger(Number(text))) throw usage(`${name} must be a global position (an integer from 1), not ${JSON.stringify(text)}`);
  return Number(text);
};

export async function republishCommand(service: string, options: RepublishOptions, global: GlobalOptions, io: Io): Promise<void> {
  const say = line(io.err);
  const spec = serviceSpec(service);
  if (!spec.context) throw usage(`${service} publishes no events`);
  const from = position('--from', options.from);
  const explicitTo = options.to === undefined ? undefined : position('--to', options.to);
  if (explicitTo !== undefined && explicitTo < from) throw usage('--to must not be before --from');
  const database = await openDatabase(databaseUrlOf(service, options.databaseUrl, global, io));
  try {
    const [last] = await database.sql<Array<{ p: number | null }>>`select max(global_position) as p from events`;
    const to = explicitTo ?? last?.p ?? 0;
    const [inRange] = await database.sql<Array<{ n: number }>>`
      select count(*)::int as n from events where global_position between ${from} and ${to}`;
    const bus = busSettings(global, io);
    const stream = busNames(bus.namespace).stream(spec.context as Context);
    say(`${service}: republishing ${inRange?.n ?? 0} events (positions ${from} to ${to}) to ${stream}`);
    const nc = await openBus(bus);
    try {
      const publish = eventPublisher(nc, { source: service, ...(bus.namespace ? { namespace: bus.namespace } : {}) });
      const published = await republish(database, publish, { from, to, pageSize: options.batch }, (n, at) => say(`  ${n} published (position ${at})`))
        .catch((error: Error & { code?: string }) => {
          throw new CliError(`${error.message}${error.code ? ` (${error.code})` : ''}; is ${stream} there? nothing after the failed page was sent`);
        });
      io.out(`republished ${published} events of ${service} (positions ${from} to ${to}) to ${stream} with their original ids\n`);
    } finally {
      await closeBus(nc);
    }
  } finally {
    await database.close();
  }
}
