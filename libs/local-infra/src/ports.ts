import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * A free TCP port on loopback, for a server that binds it later (a platform's simulators bind theirs
 * seconds after the ports are chosen). Picked below the kernel's ephemeral range: a port the kernel hands
 * out (bind to 0) is also what every outgoing connection of the machine takes its local port from, and one
 * did take a chosen port before its server bound it (EADDRINUSE in a CI run). Outside that range only
 * another explicit pick can collide, and a port found taken is skipped. Falls back to the kernel's choice.
 */
export async function freePort(): Promise<number> {
  const [low, high] = pickRange();
  for (let attempt = 0; attempt < 32 && high > low; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (await listens(port)) return port;
  }
  return await listens(0);
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

/** Ports from 20,000 up to the ephemeral range's start (Linux: ip_local_port_range; 32,768 elsewhere). */
function pickRange(): [number, number] {
  let ephemeralStart = 32_768;
  try {
    const first = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    if (Number.isInteger(first) && first > 1024) ephemeralStart = first;
  } catch {
    // Not Linux: the IANA ephemeral range starts at 49,152, so 32,768 is below it too.
  }
  return [Math.min(20_000, ephemeralStart - 1), ephemeralStart];
}
