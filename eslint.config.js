// Lint, with the module boundaries of ARCHITECTURE section 9 enforced:
// a service never imports another service, libs never import services, and a
// service's domain/ imports nothing impure (time, ids, I/O come in as arguments).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { readdirSync, existsSync } from 'node:fs';

// The planned services (ARCHITECTURE §1) and whatever else is under services/.
const planned = ['identity', 'oauth-broker', 'secrets-vault', 'gitops-sync', 'deployer', 'notifier', 'gateway'];
const services = [...new Set([...planned, ...(existsSync('services') ? readdirSync('services') : [])])];

const serviceImports = (name) =>
  services
    .filter((other) => other !== name)
    .flatMap((other) => [`@keywarden/${other}`, `@keywarden/${other}/*`, `**/services/${other}/**`, `**/${other}/src/**`]);

// What domain/ code may import besides its own files: the domain kit, the contracts (event data types, scopes)
// and the typed errors. Anything else, pure or not, goes into the kit or stays out of domain/.
const domainMayImport = ['@keywarden/domain', '@keywarden/contracts', '@keywarden/errors'];
const onlyDomainImports = {
  regex: `^(?!\\.{1,2}/|(?:${domainMayImport.map((name) => name.replace(/[/.-]/g, '\\$&')).join('|')})$)`,
  message: `domain/ imports only ${domainMayImport.join(', ')} and its own files (ARCHITECTURE §9).`,
};

const impure = [
  'node:*', 'fs', 'path', 'crypto', 'net', 'http', 'https', 'child_process', 'os',
  'postgres', 'drizzle-orm', 'drizzle-orm/*', '@nats-io/*', 'pino', '@opentelemetry/*', 'hono', 'hono/*',
  '@keywarden/db', '@keywarden/bus', '@keywarden/event-store', '@keywarden/telemetry', '@keywarden/testing',
  '**/adapters/**', '**/app/**',
];

// Services laid out in one-way layers (README "How a service is laid out"): domain/ <- app/ <- adapters/,
// adapters split into incoming/ (RPC endpoints, consumers, HTTP: they call app/) and outgoing/ (database,
// Kubernetes, providers: they implement the ports app/ declares). app/ never reaches an adapter, a driver or
// the tables (schema.ts); projections/ (read models) never reach app/ or an incoming adapter; outgoing adapters
// never reach incoming ones. The tables (src/schema.ts) sit below both projections and outgoing adapters.
// A service joins this list once its tree has that shape.
export const layered = ['audit', 'deployer', 'gitops-sync', 'identity', 'notifier', 'oauth-broker', 'secrets-vault'];
const appMayNotImport = [
  { group: ['**/adapters/**', '**/adapters'], message: 'app/ never imports an adapter: declare a port in app/ports.ts and let an outgoing adapter implement it (README "How a service is laid out").' },
  { group: ['drizzle-orm', 'drizzle-orm/*', 'postgres', '@kubernetes/client-node', 'hono', 'hono/*', '@hono/*'], message: 'app/ holds no SQL and no driver: that belongs to an outgoing adapter behind a port in app/ports.ts (README "How a service is laid out").' },
  { group: ['**/schema.js', '**/schema/**', '**/pg.js'], message: 'app/ never touches tables: their statements belong to an outgoing adapter behind a port, or to a projection (README "How a service is laid out").' },
];
const appTypesOnly = {
  group: ['@keywarden/db', '@keywarden/kube', '@keywarden/bus', '@nats-io/*'],
  allowTypeImports: true,
  message: 'app/ may name these I/O libraries\' types, not call them: the calls belong to an adapter behind a port (README "How a service is laid out").',
};
const layerRules = (name) => [
  {
    files: [`services/${name}/src/app/**/*.ts`],
    ignores: ['**/*.test.ts', '**/test-support/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: serviceImports(name), message: 'a service never imports another service; only contracts cross (ARCHITECTURE §9).' }, ...appMayNotImport] }],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [appTypesOnly] }],
    },
  },
  {
    files: [`services/${name}/src/projections/**/*.ts`],
    ignores: ['**/*.test.ts', '**/test-support/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: serviceImports(name), message: 'a service never imports another service; only contracts cross (ARCHITECTURE §9).' },
        { group: ['**/app/**', '**/app', '**/adapters/incoming/**'], message: 'projections/ never import app/ or an incoming adapter: a read model depends on the domain and its tables only (README "How a service is laid out").' },
      ] }],
    },
  },
  {
    files: [`services/${name}/src/adapters/outgoing/**/*.ts`],
    ignores: ['**/*.test.ts', '**/test-support/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: serviceImports(name), message: 'a service never imports another service; only contracts cross (ARCHITECTURE §9).' },
        { group: ['**/adapters/incoming/**', '**/incoming/**'], message: 'an outgoing adapter never imports an incoming one (README "How a service is laid out").' },
      ] }],
    },
  },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', '.keywarden/**', '.nx/**', '**/drizzle/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['libs/**/*.ts', 'contracts/**/*.ts', 'tools/**/*.ts'],
    ignores: ['libs/testing/**', 'tools/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/services/**', ...services.map((s) => `@keywarden/${s}`)], message: 'libs never import services (ARCHITECTURE §9).' }],
      }],
    },
  },
  ...services.map((name) => ({
    files: [`services/${name}/**/*.ts`],
    // Tests that run several services live in tools/platform, so no service's tree is exempt.
    ignores: [`services/${name}/src/domain/**`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: serviceImports(name), message: 'a service never imports another service; only contracts cross (ARCHITECTURE §9).' }],
      }],
    },
  })),
  {
    // The domain kit is what domain/ code builds on, so it is held to the same rule: types from the contracts only.
    files: ['libs/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(?!\\.{1,2}/|@keywarden/contracts$)', message: 'the domain kit is pure: it imports only @keywarden/contracts (ARCHITECTURE §9).' }],
      }],
    },
  },
  ...services.map((name) => ({
    files: [`services/${name}/src/domain/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: serviceImports(name), message: 'a service never imports another service (ARCHITECTURE §9).' },
          { group: impure, message: 'domain/ is pure: time, ids and I/O come in as arguments (ARCHITECTURE §9).' },
          onlyDomainImports,
        ],
      }],
    },
  })),
  ...layered.flatMap(layerRules),
);
