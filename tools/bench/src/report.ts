import { cpus, loadavg } from 'node:os';

/** One benchmark: run() prints progress lines and returns the JSON report, printed last. */
export type Benchmark = {
  help: () => string;
  run: (args: readonly string[]) => Promise<Report>;
};

export type Report = {
  benchmark: string;
  [figure: string]: unknown;
  baseline: Record<string, unknown>;
  ratio: number;
  target: number;
  meets_target: boolean;
  machine: Machine;
};

/** `load_average`: 1, 5 and 15 minutes when the report was made (the machine is shared: figures move with it). */
export type Machine = { cpus: number; cpu_model: string; node: string; load_average: number[]; nats_server?: string; postgres?: string };

export function machine(extra: Partial<Machine> = {}): Machine {
  const all = cpus();
  return { cpus: all.length, cpu_model: all[0]?.model.trim() ?? 'unknown', node: process.version, load_average: loadavg().map((l) => round(l, 2)), ...extra };
}

/** The closing fields every ratio benchmark reports: its ratio to the same-run baseline against its target, and the machine. */
export function verdict(ratio: number, target: number, versions: Partial<Machine> = {}) {
  return { ratio: round(ratio, 3), target, meets_target: ratio >= target, machine: machine(versions) };
}

/** A human progress line, prefixed so it is never mistaken for the final JSON line. */
export function say(line: string): void {
  console.log(`[bench] ${line}`);
}

export const round = (value: number, digits = 0): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const perSecond = (count: number, ms: number): number => (ms > 0 ? (count * 1000) / ms : 0);
