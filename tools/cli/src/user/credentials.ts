// Where `kw login` keeps the token: <config dir>/keywarden/credentials.json, the file
// 0600 and its directory 0700 (the token is the user's access to every secret they may
// reveal). The config dir is $XDG_CONFIG_HOME, else the OS's: %APPDATA% on Windows,
// ~/Library/Application Support on macOS, ~/.config elsewhere.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { CliError, type Io } from '../io.js';

export const Credentials = z.object({
  gateway: z.string().url(),
  /** A personal access token (kwp_...). */
  token: z.string().min(1),
  /** The PAT's id when `kw login` created it (the browser flow): named when `kw logout` could not revoke the token. */
  tokenId: z.string().optional(),
  user: z.object({ userId: z.string(), email: z.string() }).optional(),
  savedAt: z.string(),
});
export type Credentials = z.infer<typeof Credentials>;

export function configDir(io: Pick<Io, 'env'>, platform: NodeJS.Platform = process.platform): string {
  const env = io.env;
  if (env['XDG_CONFIG_HOME']) return join(env['XDG_CONFIG_HOME'], 'keywarden');
  const home = env['HOME'] ?? homedir();
  if (platform === 'win32' && env['APPDATA']) return join(env['APPDATA'], 'keywarden');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'keywarden');
  return join(home, '.config', 'keywarden');
}

export const credentialsFile = (io: Pick<Io, 'env'>) => join(configDir(io), 'credentials.json');

export function readCredentials(io: Pick<Io, 'env'>): Credentials | undefined {
  const file = credentialsFile(io);
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // Never the parser's message: it quotes the text around the error, and the text holds the token.
    throw new CliError(`${file} is not valid JSON: run kw login again`);
  }
  const parsed = Credentials.safeParse(json);
  if (!parsed.success) throw new CliError(`${file} is not a credentials file: run kw login again`);
  return parsed.data;
}

/** Written to a 0600 temporary file renamed over the old one: never a moment with the token world-readable. */
export function writeCredentials(io: Pick<Io, 'env'>, credentials: Credentials): string {
  const file = credentialsFile(io);
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode does not change a directory that already existed.
  chmodSync(dir, 0o700);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600, flag: 'w' });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
  return file;
}

export function deleteCredentials(io: Pick<Io, 'env'>): boolean {
  const file = credentialsFile(io);
  if (!existsSync(file)) return false;
  rmSync(file);
  return true;
}
