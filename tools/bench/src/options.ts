/** A bad flag or value: run.ts prints the benchmark's help and exits 2. */
export class UsageError extends Error {}

export type IntOption = { default: number; help: string; min?: number; max?: number };
export type OptionSpec = Record<string, IntOption>;

/** `--events` is also read from BENCH_EVENTS, `--batch-size` from BENCH_BATCH_SIZE. */
const envName = (flag: string) => `BENCH_${flag.toUpperCase().replaceAll('-', '_')}`;

export function optionsHelp(spec: OptionSpec): string {
  const width = Math.max(...Object.keys(spec).map((flag) => flag.length));
  return Object.entries(spec)
    .map(([flag, o]) => `  --${flag.padEnd(width)} <n>  ${o.help} (default ${o.default}; env ${envName(flag)})`)
    .join('\n');
}

/** Flags win over the environment, the environment over the defaults. */
export function parseOptions<S extends OptionSpec>(spec: S, args: readonly string[]): { [K in keyof S]: number } {
  const values: Record<string, number> = {};
  for (const [flag, option] of Object.entries(spec)) {
    const fromEnv = process.env[envName(flag)];
    values[flag] = fromEnv === undefined || fromEnv === '' ? option.default : toInt(envName(flag), fromEnv, option);
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    const flag = match?.[1];
    if (!flag || !Object.hasOwn(spec, flag)) throw new UsageError(`unknown option ${JSON.stringify(arg)}`);
    const raw = match[2] ?? args[++i];
    if (raw === undefined) throw new UsageError(`--${flag} needs a value`);
    values[flag] = toInt(`--${flag}`, raw, spec[flag]!);
  }
  return values as { [K in keyof S]: number };
}

function toInt(name: string, raw: string, option: IntOption): number {
  const value = Number(raw);
  const min = option.min ?? 1;
  const max = option.max ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = option.max === undefined ? `>= ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`${name} must be an integer ${range}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** The figures a benchmark runs with, and whether it runs at its smoke size. */
export type RunOptions<S extends OptionSpec> = { smoke: boolean; o: { [K in keyof S]: number } };

/**
 * `--smoke` swaps the defaults for the benchmark's smoke size (seconds, for CI: it proves the
 * benchmark still runs, not how fast); explicit flags and BENCH_* variables still win over either.
 */
export function parseRun<S extends OptionSpec>(spec: S, smoke: { [K in keyof S]: number }, args: readonly string[]): RunOptions<S> {
  const isSmoke = args.includes('--smoke');
  if (!isSmoke) return { smoke: false, o: parseOptions(spec, args) };
  const small = Object.fromEntries(Object.entries(spec).map(([flag, option]) => [flag, { ...option, default: smoke[flag]! }])) as unknown as S;
  return { smoke: true, o: parseOptions(small, args.filter((a) => a !== '--smoke')) };
}

/** `npm run bench -- <name> --help`: the options, and the smoke size. */
export function runHelp<S extends OptionSpec>(name: string, spec: S, smoke: { [K in keyof S]: number }): string {
  return `npm run bench -- ${name} [--smoke] [options]\n\n  --smoke  the small size CI runs (${JSON.stringify(smoke)}); flags still override it\n${optionsHelp(spec)}`;
}
