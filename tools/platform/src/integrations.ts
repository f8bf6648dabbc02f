// The integrations registry and the nats-server config rendered from it (issue 20).
// nats-server 2.9 knows only static users (`include` cannot add to the users array),
// so an integration's user is a block of config: the running config is
// deploy/nats/nats-server.conf with every registered integration's user inserted at
// its marker line, and nats-server re-reads it on SIGHUP (a reload drops the
// connections of a user that is gone). The registry holds no secret: a bcrypt hash
// of each password (nats-server checks bcrypt passwords itself); the password is
// shown once by `kw ops integrations create` and kept nowhere.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkIntegrationGrant, integrationPermissions, integrationUser, type IntegrationGrant } from '@keywarden/bus';
import bcrypt from 'bcryptjs';
import { z } from 'zod';

export type Integration = IntegrationGrant & { passwordHash: string; createdAt: string };

/** The marker line in deploy/nats/nats-server.conf where the integration users go. */
export const INTEGRATION_USERS_MARKER = '# @integration-users';
/** nats-server's cost default (`nats server passwd`): about 0.1 s per connect, slow enough for a guess. */
const BCRYPT_COST = 11;
// bcryptjs writes $2b$ (the same algorithm as $2a$): nats-server 2.9 accepts both.
const bcryptHash = /^\$2[ab]\$\d{2}\$[./A-Za-z0-9]{53}$/;

const registrySchema = z.object({
  integrations: z.array(
    z.object({
      name: z.string(),
      organizationId: z.string(),
      publish: z.array(z.string()),
      follow: z.array(z.string()),
      passwordHash: z.string().regex(bcryptHash),
      createdAt: z.string(),
    }),
  ),
});

/** deploy/nats/nats-server.conf of this checkout (or image: it holds the whole repository). */
export const BASE_NATS_CONFIG = resolve(dirname(fileURLToPath(import.meta.url)), '../../../deploy/nats/nats-server.conf');

/** The local platform's nats-server files under its data directory: `kw ops integrations` finds them there. */
export function localNatsFiles(dataDir: string): { config: string; storeDir: string; pidFile: string } {
  return { config: join(dataDir, 'nats-server.conf'), storeDir: join(dataDir, 'nats'), pidFile: join(dataDir, 'nats-server.pid') };
}

/** Where the registry is: KW_INTEGRATIONS_FILE, else `<data dir>/integrations.json`. */
export function integrationsFileOf(dataDir: string, env: Readonly<Record<string, string | undefined>>): string {
  return env['KW_INTEGRATIONS_FILE'] || join(dataDir, 'integrations.json');
}

/** The registry; empty when the file does not exist. Every entry is checked, so a hand-edited file cannot inject config. */
export async function loadIntegrations(file: string): Promise<Integration[]> {
  if (!existsSync(file)) return [];
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new Error(`${file} is not valid JSON`);
  }
  const parsed = registrySchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(root)'))];
    throw new Error(`${file} is not an integrations registry (fields: ${fields.join(', ')})`);
  }
  const names = new Set<string>();
  for (const integration of parsed.data.integrations) {
    checkIntegrationGrant(integration);
    if (names.has(integration.name)) throw new Error(`${file} lists integration ${integration.name} twice`);
    names.add(integration.name);
  }
  return parsed.data.integrations;
}

/** Written whole to a temporary file and renamed: a reader never sees half a registry. Owner-only. */
export async function saveIntegrations(file: string, integrations: readonly Integration[]): Promise<void> {
  await writeAtomically(file, `${JSON.stringify({ integrations }, null, 2)}\n`);
}

/** A new integration with a fresh password: the password is returned once, only its hash is kept. */
export async function newIntegration(grant: IntegrationGrant, now = new Date()): Promise<{ integration: Integration; password: string }> {
  checkIntegrationGrant(grant);
  // 32 random bytes; base64url needs no quoting anywhere and stays under bcrypt's 72 bytes.
  const password = `kwi_${randomBytes(32).toString('base64url')}`;
  const passwordHash = await bcrypt.hash(password, BCRYPT_COST);
  return { integration: { ...grant, publish: [...grant.publish], follow: [...grant.follow], passwordHash, createdAt: now.toISOString() }, password };
}

export type RenderOptions = {
  /**
   * The JetStream store directory written into the config: nats-server 2.9 will not reload a
   * config when the store directory came from the command line (-sd). Absent: `jetstream: enabled`
   * is kept as it is (the directory then comes from -sd, and the server cannot reload).
   */
  storeDir?: string;
};

/** deploy/nats/nats-server.conf with the integrations' users at its marker (and the store directory, when given). */
export function renderNatsConfig(base: string, integrations: readonly Integration[], options: RenderOptions = {}): string {
  const lines = base.split('\n');
  const markers = lines.filter((line) => line.trim() === INTEGRATION_USERS_MARKER).length;
  if (markers !== 1) throw new Error(`the base nats-server config must have the line "${INTEGRATION_USERS_MARKER}" once inside the users array (found ${markers})`);
  let rendered = lines.flatMap((line) => (line.trim() === INTEGRATION_USERS_MARKER ? [line, ...integrations.flatMap(userBlock)] : [line])).join('\n');
  if (options.storeDir !== undefined) {
    if (/["\\\n]/.test(options.storeDir)) throw new Error('the store directory may not contain quotes, backslashes or newlines');
    const enabled = /^jetstream: enabled$/m;
    if (!enabled.test(rendered)) throw new Error('the base nats-server config must have the line "jetstream: enabled"');
    rendered = rendered.replace(enabled, `jetstream { store_dir: "${options.storeDir}" }`);
  }
  return rendered;
}

function userBlock(integration: Integration): string[] {
  checkIntegrationGrant(integration);
  if (!bcryptHash.test(integration.passwordHash)) throw new Error(`integration ${integration.name}: the password hash is not a bcrypt hash`);
  const { publish, subscribe } = integrationPermissions(integration);
  const list = (subjects: string[]) => subjects.map((subject) => `            "${subject}"`);
  return [
    `    # integration ${integration.name}: organization ${integration.organizationId}, created ${integration.createdAt} (kw ops integrations)`,
    '    {',
    `      user: "${integrationUser(integration.name)}"`,
    // Quoted: unquoted, nats-server would read `$2a...` as a variable.
    `      password: "${integration.passwordHash}"`,
    '      permissions: {',
    '        publish: {',
    '          allow: [',
    ...list(publish),
    '          ]',
    '        }',
    `        subscribe: { allow: [${subscribe.map((s) => `"${s}"`).join(', ')}] }`,
    '      }',
    '    }',
  ];
}

/** Renders the config from the base file and the registry into `target` (atomically). */
export async function writeNatsConfig(target: { baseFile: string; file: string; storeDir?: string }, integrations: readonly Integration[]): Promise<void> {
  const base = await readFile(target.baseFile, 'utf8');
  await writeAtomically(target.file, renderNatsConfig(base, integrations, target.storeDir === undefined ? {} : { storeDir: target.storeDir }));
}

/**
 * Asks the nats-server whose pid is in `pidFile` to re-read its config (SIGHUP, what `nats-server
 * --signal reload` sends) and returns its pid; undefined when no nats-server runs under that pid
 * (a file left by a server that was killed: the next start reads the rendered config anyway).
 */
export async function reloadNatsServer(pidFile: string): Promise<number | undefined> {
  const text = (await readFile(pidFile, 'utf8')).trim();
  if (!/^[1-9]\d*$/.test(text)) throw new Error(`${pidFile} holds no pid`);
  const pid = Number(text);
  // A pid file left by a server that was killed may name another process by now: never signal that one.
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' && existsSync('/proc/self') ? '' : undefined));
  if (cmdline !== undefined && !cmdline.includes('nats-server')) return undefined;
  try {
    process.kill(pid, 'SIGHUP');
  } catch (error) {
    throw new Error(`could not signal nats-server (pid ${pid} from ${pidFile}): ${(error as Error).message}`, { cause: error });
  }
  return pid;
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text, { mode: 0o600 });
  await rename(temporary, file);
}
