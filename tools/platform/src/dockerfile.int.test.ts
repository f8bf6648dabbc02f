import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { testRoot } from '@keywarden/testing';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config.js';
import { SERVICES } from './services.js';

// The Dockerfile (docker-compose's `build: .`, deploy/k8s's image) cannot be
// built here (no Docker daemon), so its two parts that can break are run
// as the build would: its dependency install against the committed lock file
// and the package manifests its first stage collects, and its CMD's entry
// point for every service.
const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');

/** Every package.json outside node_modules, as the Dockerfile's `find . -name package.json` collects them. */
function manifests(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!['node_modules', '.git', 'dist', '.keywarden'].includes(entry.name)) manifests(join(dir, entry.name), found);
    } else if (entry.name === 'package.json') found.push(relative(REPO_ROOT, join(dir, entry.name)));
  }
  return found;
}

describe('Dockerfile', () => {
  it('installs the dependencies from the committed lock file', async () => {
    const install = /^RUN (npm (?:ci|install|i)\b[^&\n]*)/m.exec(dockerfile)?.[1]?.trim();
    expect(install, 'a RUN npm ci/install line').toBeDefined();
    const dir = await mkdtemp(join(testRoot(), 'docker-manifests-'));
    for (const file of [...manifests(REPO_ROOT), 'package-lock.json']) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await copyFile(join(REPO_ROOT, file), join(dir, file));
    }
    // The same command, without downloading or installing anything: npm still checks the lock file against the manifests.
    const [npm, ...args] = install!.split(/\s+/);
    const run = spawnSync(npm!, [...args, '--dry-run', '--ignore-scripts', '--offline'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    expect(run.status, `${install} in the image would fail:\n${run.stderr.slice(-3000)}`).toBe(0);
  }, 120_000);

  it('runs every service from source (tsx, --conditions=source), chosen by KW_SERVICE_NAME', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1] ?? '[]';
    const line = (JSON.parse(cmd) as string[]).join(' ');
    expect(line).toContain('node --conditions=source --import tsx');
    // services/<SERVICE or KW_SERVICE_NAME>/src/main.ts: the registry's entry point of that service.
    expect(line).toMatch(/services\/\$\{SERVICE:-\$\{KW_SERVICE_NAME[^}]*\}\}\/src\/main\.ts/);
    for (const spec of SERVICES) {
      expect(spec.entry).toBe(`services/${spec.name}/src/main.ts`);
      expect(existsSync(join(REPO_ROOT, spec.entry)), spec.entry).toBe(true);
    }
  });
});
