import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from './ports.js';

const listen = (port: number) =>
  new Promise<Server>((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('freePort', () => {
  it('picks ports below the ephemeral range (where outgoing connections never go), each one new, each one free', async () => {
    const range = '/proc/sys/net/ipv4/ip_local_port_range';
    const ephemeralStart = existsSync(range) ? Number(readFileSync(range, 'utf8').trim().split(/\s+/)[0]) : 32_768;
    const picked = new Set<number>();
    for (let i = 0; i < 10; i++) {
      const port = await freePort();
      expect(port).toBeGreaterThanOrEqual(20_000);
      expect(port).toBeLessThan(ephemeralStart);
      picked.add(port);
      await close(await listen(port));
    }
    // Picked but not yet bound, as a platform's ports are: the next picks of this process do not repeat them.
    expect(picked.size).toBe(10);
  });

  it('skips a port another server holds', async () => {
    const first = await freePort();
    const held = await listen(first + 1);
    try {
      const port = await freePort();
      expect(port).not.toBe(first + 1);
      await close(await listen(port));
    } finally {
      await close(held);
    }
  });
});
