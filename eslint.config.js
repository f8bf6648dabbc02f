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
    // *.e2e.test.ts run the platform through the gateway (ARCHITECTURE §9): they start the services they need.
    ignores: [`services/${name}/src/domain/**`, ...(name === 'gateway' ? ['services/gateway/src/**/*.e2e.test.ts'] : [])],
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
);
