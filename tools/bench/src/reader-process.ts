// The reader service of the pipeline benchmark, in a process of its own as in
// production: its own event loop, database pool and NATS connection. Driven
// over the IPC channel by reader-client.ts.
import { startReader, type Reader } from './services.js';

export type ReaderStart = { type: 'start'; natsUrl: string; databaseUrl: string; batchSize: number; batchApply: boolean };
export type ToReader = ReaderStart | { type: 'stop' };
/** `at`: epoch ms (timeOrigin + now), comparable across processes. */
export type FromReader = { type: 'ready' } | { type: 'projected'; ids: string[]; at: number } | { type: 'stopped' } | { type: 'failed'; error: string };

const send = (message: FromReader) => process.send?.(message);
let reader: Reader | undefined;

process.on('message', (message: ToReader) => {
  void (async () => {
    try {
      if (message.type === 'start') {
        reader = await startReader({
          natsUrl: message.natsUrl,
          databaseUrl: message.databaseUrl,
          pool: 4,
          live: {
            batchSize: message.batchSize,
            batchApply: message.batchApply,
            onCommitted: (events) => send({ type: 'projected', ids: events.map((e) => e.eventId), at: performance.timeOrigin + performance.now() }),
          },
        });
        send({ type: 'ready' });
      } else {
        await reader?.close();
        send({ type: 'stopped' });
        process.disconnect();
      }
    } catch (error) {
      send({ type: 'failed', error: String((error as Error)?.stack ?? error) });
    }
  })();
});
// The parent went away (crashed or was killed): do not linger.
process.on('disconnect', () => process.exit(0));
