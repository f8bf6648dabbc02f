// `npm start` builds the console (services/console) when its sources changed
// since the last build: a SHA-256 over every source file (and the lock file,
// for dependency updates) is compared with the stamp the previous build left
// in dist/. An unchanged console starts at once; a changed one takes one
// `vite build` (~30 s on 2 cores) before the gateway starts. The build goes to
// a folder of its own and replaces dist/ when complete, so two platforms
// starting at once (parallel e2e tests) never serve or stamp a half build.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const STAMP_FILE = '.source-hash';
const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function files(path: string, found: string[] = []): string[] {
  if (!existsSync(path)) return found;
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) if (entry !== 'node_modules') files(join(path, entry), found);
  } else found.push(path);
  return found;
}

/** The hash of what the build reads: the console's sources and the repository's lock file. */
export function consoleSourceHash(repoRoot: string): string {
  const dir = join(repoRoot, 'services', 'console');
  const hash = createHash('sha256');
  for (const file of [...INPUTS.flatMap((input) => files(join(dir, input))), join(repoRoot, 'package-lock.json')]) {
    if (!existsSync(file)) continue;
    hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export type ConsoleBuild = { built: boolean; reason: 'up-to-date' | 'missing' | 'changed' | 'no-console' };

/** Builds the console unless dist/ holds a build of exactly these sources. */
export async function ensureConsoleBuilt(repoRoot: string, say: (line: string) => void): Promise<ConsoleBuild> {
  const dir = join(repoRoot, 'services', 'console');
  if (!existsSync(join(dir, 'package.json'))) return { built: false, reason: 'no-console' };
  const hash = consoleSourceHash(repoRoot);
  const stampPath = join(dir, 'dist', STAMP_FILE);
  const stamp = existsSync(stampPath) ? readFileSync(stampPath, 'utf8').trim() : '';
  if (stamp === hash && existsSync(join(dir, 'dist', 'index.html'))) return { built: false, reason: 'up-to-date' };
  const reason = existsSync(join(dir, 'dist', 'index.html')) ? 'changed' : 'missing';
  say(`building the console (${reason === 'missing' ? 'no build yet' : 'its sources changed'}): vite build in services/console`);
  const vite = join(createRequire(join(dir, 'package.json')).resolve('vite/package.json'), '..', 'bin', 'vite.js');
  const started = Date.now();
  const tmp = join(dir, `.dist-${process.pid}-${started}`);
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', tmp, '--emptyOutDir'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) {
    await rm(tmp, { recursive: true, force: true });
    throw new Error(`the console build failed (exit ${code}):\n${output.join('').slice(-4000)}`);
  }
  await writeFile(join(tmp, STAMP_FILE), `${hash}\n`);
  await rm(join(dir, 'dist'), { recursive: true, force: true });
  await rename(tmp, join(dir, 'dist')).catch(async () => {
    // Another platform finished the same build first: the newest complete build wins.
    await rm(join(dir, 'dist'), { recursive: true, force: true });
    await rename(tmp, join(dir, 'dist'));
  });
  say(`console built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { built: true, reason };
}

// `npm run console:build` (CI, the Dockerfile): the same step on its own.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { REPO_ROOT } = await import('./config.js');
  const result = await ensureConsoleBuilt(REPO_ROOT, (line) => process.stdout.write(`${line}\n`));
  if (!result.built) process.stdout.write(`console: ${result.reason}\n`);
}
