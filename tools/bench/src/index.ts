// The bench is a command (`npm run bench -- <name>`); this is its list of benchmarks, for tooling.
export { benchmarks } from './registry.js';
export type { Benchmark, Machine, Report } from './report.js';
