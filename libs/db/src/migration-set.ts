import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { MigrationSet } from './database.js';

/**
 * A package's drizzle-kit migrations (its `drizzle/` folder), found through the package's
 * package.json rather than relative to the calling file: compiled into one file with the service
 * or the CLI (`npm run build`), the code moves, the migrations stay in the package's folder.
 * `from` is the caller's import.meta.url; the package must export "./package.json".
 */
export function packageMigrations(packageName: string, from: string, table: string): MigrationSet {
  const packageDir = dirname(createRequire(from).resolve(`${packageName}/package.json`));
  return { folder: join(packageDir, 'drizzle'), table };
}
