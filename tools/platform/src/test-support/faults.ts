// Faults for the suite: kill -9 a part of `npm start`'s platform (a service,
// nats-server or the postmaster), read from the platform's own timestamped log
// when it was back, and measure when the gateway served real authenticated
// reads again.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eventually, sleep } from '@keywarden/testing';
import type { PlatformRun } from './platform-run.js';
import { latestPid } from './supervision.js';

export type Fault = {
  part: string; pid: number;
  killedAt: number;
  /** When the platform's log says the part is back: "restarted <part>" for nats-server and PostgreSQL, "<service> is ready again". */
  backAt: number;
  /** When the first round of probe reads through the gateway that was answered 200 throughout was sent. */
  servedAt: number;
};

export const INFRA = ['PostgreSQL', 'nats-server'];

/** The postmaster's pid from the cluster's postmaster.pid (the platform's log names it too). */
export async function pidOf(run: PlatformRun, part: string): Promise<number> {
  if (part !== 'PostgreSQL') return latestPid(run.output(), part);
  const pidFile = await readFile(join(run.dataDir, 'postgres/cluster/postmaster.pid'), 'utf8');
  return Number(pidFile.split('\n')[0]);
}

/** SIGKILL, as `kill -9` would; resolves once the platform has noticed the death. */
export async function killPart(run: PlatformRun, part: string): Promise<{ pid: number; killedAt: number }> {
  const pid = await pidOf(run, part);
  const killedAt = Date.now();
  process.kill(pid, 'SIGKILL');
  await eventually(() => run.output().includes(`${part} (pid ${pid}) exited unexpectedly`), { timeoutMs: 30_000, intervalMs: 50, message: `${part} (pid ${pid}) reported dead` });
  return { pid, killedAt };
}

/** When the part was back after the death of `pid`, from the timestamps of logs/platform.log. */
export async function backAfter(run: PlatformRun, part: string, pid: number, timeoutMs = 120_000): Promise<number> {
  const back = INFRA.includes(part) ? (line: string) => line.startsWith(`restarted ${part} (pid `) : (line: string) => line === `${part} is ready again`;
  return eventually(async () => {
    const lines = (await readFile(join(run.dataDir, 'logs/platform.log'), 'utf8')).split('\n');
    const death = lines.findIndex((l) => l.includes(`${part} (pid ${pid}) exited unexpectedly`));
    if (death < 0) return undefined;
    for (const line of lines.slice(death + 1)) {
      const space = line.indexOf(' ');
      if (back(line.slice(space + 1))) return Date.parse(line.slice(0, space));
    }
    return undefined;
  }, { timeoutMs, intervalMs: 100, message: `${part} back after pid ${pid} died` });
}

export type Probe = { path: string; token: string };

const WAVE_EVERY_MS = 500;
const PROBE_TIMEOUT_MS = 15_000;

/** One authenticated read, one attempt: its status, or why it got none. */
async function probe(base: string, { path, token }: Probe): Promise<number | string> {
  try {
    const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    return (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
  }
}

/**
 * Sends every probe read (one attempt each, no retry) in a wave every 500 ms, without waiting for
 * the waves before, until one wave is answered 200 throughout; resolves with when the first wave
 * that was answered so had been sent. So a request lost while a part reconnected (answered 504
 * only at the gateway's RPC deadline) does not count against the moment it serves again, and a
 * slow but served wave counts from when it was sent, as a client would see it.
 */
export async function servedAgain(base: string, probes: Probe[], timeoutMs = 120_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const waves: Array<Promise<{ sentAt: number; served: boolean; statuses: string }>> = [];
  let served = false;
  while (!served && Date.now() < deadline) {
    const sentAt = Date.now();
    const wave = Promise.all(probes.map((p) => probe(base, p))).then((statuses) => ({
      sentAt, served: statuses.every((s) => s === 200), statuses: probes.map((p, i) => `${p.path} ${statuses[i]}`).join(', '),
    }));
    waves.push(wave);
    void wave.then((w) => (served ||= w.served));
    await sleep(WAVE_EVERY_MS);
  }
  const answered = await Promise.all(waves);
  const first = answered.find((w) => w.served);
  if (!first) throw new Error(`the gateway did not serve the probe reads again within ${timeoutMs} ms: ${answered.at(-1)?.statuses}`);
  return first.sentAt;
}

/** Kill `part`, wait until it is back, then until the gateway serves the probes again. */
export async function inject(run: PlatformRun, part: string, probes: Probe[]): Promise<Fault> {
  const { pid, killedAt } = await killPart(run, part);
  const backAt = await backAfter(run, part, pid);
  const servedAt = await servedAgain(run.gateway, probes);
  return { part, pid, killedAt, backAt, servedAt };
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
