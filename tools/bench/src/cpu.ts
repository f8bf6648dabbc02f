import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds used by each part of the benchmark (this Node process,
 * nats-server, the PostgreSQL cluster) between two samples. On a 2-core
 * machine this is what says where the bottleneck is: a part near 1.0 s/s is
 * saturating one core. Linux only (/proc); elsewhere the figures are absent.
 */
export type CpuSample = Record<string, number>;

const ticks = (() => {
  const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const n = Number(out.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
})();

type Stat = { ppid: number; own: number; children: number };

function readStat(pid: number): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const num = (i: number) => Number(fields[i]);
    // After the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
    return { ppid: num(1), own: num(11) + num(12), children: num(13) + num(14) };
  } catch {
    return undefined;
  }
}

/** The postmaster and its live backends, plus what its exited children used. */
function postgresSeconds(postmasterPid: number): number | undefined {
  const master = readStat(postmasterPid);
  if (!master) return undefined;
  let total = master.own + master.children;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat?.ppid === postmasterPid) total += stat.own;
  }
  return total / ticks;
}

export function postmasterPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/** `node` is this process; `processes` are other processes by name (e.g. a service in a child process). */
export function sampleCpu(pids: { nats: number; postgres: number | undefined; processes?: Record<string, number> }): CpuSample {
  const usage = process.cpuUsage();
  const sample: CpuSample = { node: (usage.user + usage.system) / 1e6 };
  if (!existsSync('/proc/self/stat')) return sample;
  for (const [name, pid] of Object.entries({ ...pids.processes, nats: pids.nats })) {
    const stat = readStat(pid);
    if (stat) sample[name] = stat.own / ticks;
  }
  const pg = pids.postgres === undefined ? undefined : postgresSeconds(pids.postgres);
  if (pg !== undefined) sample['postgres'] = pg;
  return sample;
}

/** CPU seconds per wall second of each part between two samples (1.0 = one core busy). */
export function cpuLoad(before: CpuSample, after: CpuSample, wallMs: number): Record<string, number> {
  const load: Record<string, number> = {};
  for (const [part, b] of Object.entries(after)) {
    const a = before[part];
    if (a !== undefined && wallMs > 0) load[part] = Math.round(((b - a) / (wallMs / 1000)) * 100) / 100;
  }
  return load;
}
