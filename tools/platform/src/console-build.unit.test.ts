// npm start's build-if-changed step for the console: the source hash follows
// every input of the build, and a dist/ stamped with the current hash is left
// alone (no build runs).
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { testRoot } from '@keywarden/testing';
import { describe, expect, it } from 'vitest';
import { STAMP_FILE, consoleSourceHash, ensureConsoleBuilt } from './console-build.js';

async function fakeRepo() {
  const root = await mkdtemp(join(testRoot(), 'console-build-'));
  const dir = join(root, 'services', 'console');
  await mkdir(join(dir, 'src', 'pages'), { recursive: true });
  await writeFile(join(dir, 'package.json'), '{"name":"@keywarden/console"}');
  await writeFile(join(dir, 'index.html'), '<!doctype html>');
  await writeFile(join(dir, 'src', 'pages', 'Overview.tsx'), 'export default 1;');
  await writeFile(join(root, 'package-lock.json'), '{}');
  return { root, dir };
}

describe('console build-if-changed', () => {
  it('hashes every source of the build: a changed page, a new file or a new lock file changes it', async () => {
    const { root, dir } = await fakeRepo();
    const first = consoleSourceHash(root);
    expect(consoleSourceHash(root)).toBe(first);
    await writeFile(join(dir, 'src', 'pages', 'Overview.tsx'), 'export default 2;');
    const second = consoleSourceHash(root);
    expect(second).not.toBe(first);
    await writeFile(join(dir, 'src', 'new.ts'), '');
    const third = consoleSourceHash(root);
    expect(third).not.toBe(second);
    await writeFile(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    expect(consoleSourceHash(root)).not.toBe(third);
    // Build output is no input.
    const before = consoleSourceHash(root);
    await mkdir(join(dir, 'dist'), { recursive: true });
    await writeFile(join(dir, 'dist', 'index.html'), 'built');
    expect(consoleSourceHash(root)).toBe(before);
  });

  it('leaves a build stamped with the current sources alone', async () => {
    const { root, dir } = await fakeRepo();
    await mkdir(join(dir, 'dist'), { recursive: true });
    await writeFile(join(dir, 'dist', 'index.html'), 'built');
    await writeFile(join(dir, 'dist', STAMP_FILE), `${consoleSourceHash(root)}\n`);
    const said: string[] = [];
    expect(await ensureConsoleBuilt(root, (line) => said.push(line))).toEqual({ built: false, reason: 'up-to-date' });
    expect(said).toEqual([]);
    expect(await readFile(join(dir, 'dist', 'index.html'), 'utf8')).toBe('built');
  });

  it('does nothing in a checkout without the console', async () => {
    const root = await mkdtemp(join(testRoot(), 'no-console-'));
    expect(await ensureConsoleBuilt(root, () => {})).toEqual({ built: false, reason: 'no-console' });
  });
});
