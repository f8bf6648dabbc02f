// `npm run bench -- all [--smoke]`: every built benchmark, one after the other, each in a
// child process of its own (its own nats-server, PostgreSQL and exit), so a benchmark that no
// longer runs fails this command instead of rotting. A benchmark passes when it exits 0 and its
// last line is its JSON report; a slow figure does not fail it (speed is judged by hand).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchmarks } from './registry.js';
import { round } from './report.js';

type Outcome = { name: string; ok: boolean; seconds: number; why?: string; meets_target?: boolean };

const runScript = fileURLToPath(new URL('./run.ts', import.meta.url));

function runOne(name: string, args: readonly string[]): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    // The same loader flags as this process (tsx, the source condition).
    const child = spawn(process.execPath, [...process.execArgv, runScript, name, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (line.trim()) last = line;
        process.stdout.write(`[${name}] ${line}\n`);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => process.stderr.write(chunk.replace(/^(?=.)/gm, `[${name}] `)));
    child.on('close', (code, signal) => {
      if (pending.trim()) {
        last = pending;
        process.stdout.write(`[${name}] ${pending}\n`);
      }
      const seconds = round((performance.now() - started) / 1000, 1);
      if (code !== 0) return resolve({ name, ok: false, seconds, why: `exited with ${signal ?? code}` });
      try {
        const report = JSON.parse(last) as { benchmark?: unknown; meets_target?: unknown };
        if (report.benchmark !== name) return resolve({ name, ok: false, seconds, why: `last line is the report of ${JSON.stringify(report.benchmark)}` });
        resolve({ name, ok: true, seconds, meets_target: report.meets_target === true });
      } catch {
        resolve({ name, ok: false, seconds, why: 'its last line is not a JSON report' });
      }
    });
  });
}

/** Runs them all; prints one progress line per benchmark and a JSON summary last; exit 1 if any failed. */
export async function runAll(args: readonly string[]): Promise<number> {
  const smoke = args.includes('--smoke');
  const names = benchmarks.filter((b) => b.load).map((b) => b.name);
  const outcomes: Outcome[] = [];
  for (const name of names) {
    console.log(`[bench] ${name}${smoke ? ' --smoke' : ''}`);
    const outcome = await runOne(name, smoke ? ['--smoke'] : []);
    outcomes.push(outcome);
    console.log(`[bench] ${name}: ${outcome.ok ? 'ran' : `FAILED (${outcome.why})`} in ${outcome.seconds} s`);
  }
  const failed = outcomes.filter((o) => !o.ok);
  console.log(JSON.stringify({ benchmark: 'all', smoke, ran: outcomes.length, failed: failed.map((o) => o.name), results: outcomes }));
  return failed.length > 0 ? 1 : 0;
}
