// The repository's production sources, as the repository's own checks read them.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Production sources of a package: no tests, no test support, nothing generated. */
export function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (['node_modules', 'dist', 'generated', 'test-support', 'drizzle'].includes(entry)) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) && !entry.endsWith('.d.ts') && entry !== 'test-support.ts') out.push(path);
  }
  return out;
}

/** Every package with a src/ folder: contracts, libs/*, services/* (the console included), tools/*. */
export function packageDirs(root: string): string[] {
  return ['contracts', ...['libs', 'services', 'tools'].flatMap((group) => readdirSync(join(root, group)).map((name) => `${group}/${name}`))]
    .filter((dir) => statSync(join(root, dir, 'src'), { throwIfNoEntry: false })?.isDirectory());
}
