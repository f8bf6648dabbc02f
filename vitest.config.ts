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
    reporters: ['default'],
  },
});
