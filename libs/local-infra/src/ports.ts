import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * A free TCP port on loopback, for a server that may bind it seconds later (PostgreSQL after initdb, a
 * platform's gateway after its services start). Two ways such a port got taken in CI runs: the kernel's
 * choice (bind to 0) comes from the ephemeral range, where every outgoing connection of the machine also
 * takes its local port; and two picks of their own landing on the same port. So ports come from below the
 * ephemeral range, where no outgoing connection goes, from a slice of it this process alone uses (test
 * workers run side by side: vitest numbers them in VITEST_POOL_ID), one after the other, skipping a port
 * found taken. Falls back to the kernel's choice when the slice has none free.
 */
export async function freePort(): Promise<number> {
  const { start, size } = slice();
  for (let attempt = 0; attempt < size; attempt++) {
    const port = start + (next++ % size);
    if (await listens(port)) return port;
  }
  const any = await listens(0);
  if (any === 0) throw new Error('no free TCP port on 127.0.0.1');
  return any;
}

/** The next port of this process's slice (a random start: a rerun does not begin where the last one did). */
let next = Math.floor(Math.random() * 10_000);

const SLICES = 32;

function slice(): { start: number; size: number } {
  const low = 20_000;
  const high = ephemeralStart();
  const size = Math.floor((high - low) / SLICES);
  if (size < 1) return { start: low, size: 0 };
  const worker = Number(process.env['VITEST_POOL_ID']);
  const index = (Number.isInteger(worker) && worker > 0 ? worker - 1 : process.pid) % SLICES;
  return { start: low + index * size, size };
}

/** Where the kernel's ephemeral ports begin (Linux: ip_local_port_range; elsewhere 32,768 is below it too). */
function ephemeralStart(): number {
  try {
    const first = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    if (Number.isInteger(first) && first > 1024) return first;
  } catch {
    // Not Linux: the IANA ephemeral range starts at 49,152.
  }
  return 32_768;
}

/** Binds and closes `port` (0: any); the port bound, or 0 when it was taken. */
function listens(port: number): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.on('error', () => resolve(0));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(bound));
    });
  });
}
