import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One nats-server and one PostgreSQL per test run (libs/testing/global-setup);
// each suite gets its own database and its own bus namespace.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['{contracts,libs,services,tools}/**/src/**/*.test.ts'],
    globalSetup: ['libs/testing/src/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest's default keeps one core free: one test file at a time on a 2-core CI machine. The tests
    // mostly wait (on nats-server, PostgreSQL, child processes and browsers), so one file per core.
    maxWorkers: Math.max(2, availableParallelism()),
    minWorkers: 1,
    reporters: ['default'],
    server: {
      deps: {
        // The generated protobuf code (6 MB of plain ESM) is imported by nearly every test file.
        // Vite's transform made evaluating it seconds per file; Node loads it as it is in a
        // fraction of that, and tests of the code itself are unaffected (it is generated, not written).
        external: [/\/contracts\/src\/generated\/proto\.js$/],
      },
    },
  },
});
