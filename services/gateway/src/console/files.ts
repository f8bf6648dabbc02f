// The console's built files (services/console/dist), listed once and looked up
// by URL path: only files that exist in the build can ever be served, so no
// request path is joined onto the file system. Compressible files are gzipped
// once, on first request, and kept (the build is small and never changes while
// the gateway runs; a rebuilt console is picked up by a rescan).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);

export type ConsoleFile = {
  path: string;
  type: string;
  body: Buffer;
  etag: string;
  /** Vite's content-hashed output under assets/: safe to cache for a year. */
  immutable: boolean;
  gzipped: () => Buffer | undefined;
};

function load(root: string, file: string): ConsoleFile {
  const body = readFileSync(file);
  const ext = extname(file).toLowerCase();
  const path = `/${relative(root, file).split(sep).join('/')}`;
  let gz: Buffer | undefined;
  return {
    path,
    type: TYPES[ext] ?? 'application/octet-stream',
    body,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    immutable: path.startsWith('/assets/'),
    gzipped: () => {
      if (!COMPRESSIBLE.has(ext) || body.length < 1024) return undefined;
      return (gz ??= gzipSync(body, { level: 9 }));
    },
  };
}

function walk(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else if (entry.isFile()) found.push(full);
  }
  return found;
}

export class ConsoleFiles {
  #files = new Map<string, ConsoleFile>();
  #scannedAt = 0;
  #indexMtime = 0;
  #checkedAt = 0;

  constructor(readonly dir: string, private readonly now: () => number = Date.now, private readonly rescanMs = 5_000) {
    this.scan();
  }

  /** Whether a build is there (index.html). */
  get built(): boolean {
    this.#maybeRescan();
    return this.#files.has('/index.html');
  }

  get(path: string): ConsoleFile | undefined {
    if (path === '/index.html') this.#maybeRebuilt();
    const file = this.#files.get(path);
    if (file) return file;
    this.#maybeRescan();
    return this.#files.get(path);
  }

  scan(): void {
    this.#scannedAt = this.now();
    const files = new Map<string, ConsoleFile>();
    try {
      if (statSync(this.dir).isDirectory()) for (const file of walk(this.dir)) {
        const loaded = load(this.dir, file);
        files.set(loaded.path, loaded);
      }
    } catch {
      // No build yet: the gateway says so at start-up and serves a page that says how to build it.
    }
    this.#files = files;
    this.#indexMtime = this.#mtimeOfIndex();
  }

  #mtimeOfIndex(): number {
    try {
      return statSync(join(this.dir, 'index.html')).mtimeMs;
    } catch {
      return 0;
    }
  }

  // A new build replaces index.html: noticed on a page load (one stat at most every rescanMs), so a
  // rebuilt console is served without restarting the gateway.
  #maybeRebuilt(): void {
    if (this.now() - this.#checkedAt < this.rescanMs) return;
    this.#checkedAt = this.now();
    if (this.#mtimeOfIndex() !== this.#indexMtime) this.scan();
  }

  // A console built or rebuilt after the gateway started (npm run build in another terminal) appears
  // within seconds: a miss rescans, at most once per rescanMs, so unknown paths cannot make it busy.
  #maybeRescan(): void {
    if (this.now() - this.#scannedAt >= this.rescanMs) this.scan();
  }
}
