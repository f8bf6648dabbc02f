import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from './ports.js';

const bind = (port: number) =>
  new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });

describe('freePort', () => {
  it('picks a port below the ephemeral range, which outgoing connections never take, and one that binds', async () => {
    const range = '/proc/sys/net/ipv4/ip_local_port_range';
    const ephemeralStart = existsSync(range) ? Number(readFileSync(range, 'utf8').trim().split(/\s+/)[0]) : 32_768;
    for (let i = 0; i < 5; i++) {
      const port = await freePort();
      expect(port).toBeGreaterThan(1024);
      expect(port).toBeLessThan(ephemeralStart);
      await bind(port);
    }
  });
});
