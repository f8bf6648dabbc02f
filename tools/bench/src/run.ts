// `npm run bench -- <name> [--flag value ...]`: runs one benchmark on its own
// real nats-server and PostgreSQL; the last line printed is its JSON report.
import { benchmarks } from './registry.js';
import { UsageError } from './options.js';
import { runAll } from './all.js';

function usage(): string {
  const width = Math.max(...benchmarks.map((b) => b.name.length));
  const lines = benchmarks.map((b) => `  ${b.name.padEnd(width)}  ${b.load ? b.summary : '(planned, not built yet)'}`);
  return ['usage: npm run bench -- <name> [--help | --smoke | options]', '       npm run bench -- all [--smoke]    (every benchmark, each in its own process)', '', 'benchmarks:', ...lines].join('\n');
}

const [name, ...args] = process.argv.slice(2);
if (name === 'all') process.exit(await runAll(args));
const entry = benchmarks.find((b) => b.name === name);
if (!entry?.load) {
  if (name && entry) console.error(`benchmark ${name} is planned but not built yet\n`);
  else if (name) console.error(`unknown benchmark ${JSON.stringify(name)}\n`);
  console.error(usage());
  process.exit(2);
}

const benchmark = await entry.load();
if (args.includes('--help') || args.includes('-h')) {
  console.log(benchmark.help());
  process.exit(0);
}
try {
  const report = await benchmark.run(args);
  console.log(JSON.stringify(report));
  process.exit(0);
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${benchmark.help()}`);
    process.exit(2);
  }
  console.error(`benchmark ${entry.name} failed:`, error);
  process.exit(1);
}
