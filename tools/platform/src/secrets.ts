import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { z } from 'zod';

const DEV_ONLY_NOTICE =
  'DEVELOPMENT ONLY. Generated once by the local platform (npm start) for this data directory. ' +
  'Never use these values anywhere else. Do not delete or edit: the data in this directory is ' +
  'encrypted with the master key and the databases and NATS users use these passwords.';

const fileSchema = z.object({
  notice: z.string(),
  createdAt: z.string(),
  /** KW_MASTER_KEYS format: `<version>:<base64 32 bytes>[,...]`. */
  masterKeys: z.string().regex(/^[1-9][0-9]*:[A-Za-z0-9+/=]+(,[1-9][0-9]*:[A-Za-z0-9+/=]+)*$/),
  postgresSuperuser: z.string().min(16),
  /** NATS user → password. */
  nats: z.record(z.string(), z.string().min(16)),
  /** Database role → password. */
  databases: z.record(z.string(), z.string().min(16)),
  /**
   * Simulator provider app → its client secret. Kept so that a later start registers the same configuration
   * again, which the broker then records as no change. Absent in files written before it existed.
   */
  simulators: z.record(z.string(), z.string().min(16)).default({}),
});

export type PlatformSecrets = z.infer<typeof fileSchema>;

export type SecretsNeeded = { natsUsers: readonly string[]; databaseRoles: readonly string[]; simulatorApps?: readonly string[] };

export type LoadedSecrets = {
  secrets: PlatformSecrets;
  /** The file did not exist and was generated now. */
  created: boolean;
  /** Users or roles that appeared since the file was written (a new service) and were added. */
  added: string[];
};

/**
 * A password nats-server can read from its environment: it parses the value
 * as a config value, so it must start with a letter (a bare number would be
 * an integer). base64url has no character its config syntax treats specially.
 */
export function generatePassword(): string {
  return `kw${randomBytes(24).toString('base64url')}`;
}

function generateMasterKeys(): string {
  return `1:${randomBytes(32).toString('base64')}`;
}

/**
 * Reads the data directory's secrets.json, or writes a new one (mode 0600) on
 * the first run. Existing values are never replaced: the data depends on them.
 * Only entries for services added since are generated.
 */
export async function loadOrCreateSecrets(file: string, needed: SecretsNeeded): Promise<LoadedSecrets> {
  if (!existsSync(file)) {
    const secrets: PlatformSecrets = {
      notice: DEV_ONLY_NOTICE,
      createdAt: new Date().toISOString(),
      masterKeys: generateMasterKeys(),
      postgresSuperuser: generatePassword(),
      nats: Object.fromEntries(needed.natsUsers.map((user) => [user, generatePassword()])),
      databases: Object.fromEntries(needed.databaseRoles.map((role) => [role, generatePassword()])),
      simulators: Object.fromEntries((needed.simulatorApps ?? []).map((app) => [app, generatePassword()])),
    };
    // 'wx': never overwrite a file that appeared meanwhile (a second `npm start`).
    await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return { secrets, created: true, added: [] };
  }

  await tightenMode(file);
  const secrets = parseSecrets(await readFile(file, 'utf8'), file);
  const added: string[] = [];
  for (const user of needed.natsUsers) {
    if (secrets.nats[user] === undefined) {
      secrets.nats[user] = generatePassword();
      added.push(`nats user ${user}`);
    }
  }
  for (const role of needed.databaseRoles) {
    if (secrets.databases[role] === undefined) {
      secrets.databases[role] = generatePassword();
      added.push(`database role ${role}`);
    }
  }
  for (const app of needed.simulatorApps ?? []) {
    if (secrets.simulators[app] === undefined) {
      secrets.simulators[app] = generatePassword();
      added.push(`simulator app ${app}`);
    }
  }
  if (added.length > 0) {
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    await rename(temporary, file);
  }
  return { secrets, created: false, added };
}

function parseSecrets(text: string, file: string): PlatformSecrets {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON. Restore it from a backup; it is never regenerated over existing data.`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    // Field paths only: the values are secrets.
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(root)'))];
    throw new Error(`${file} is damaged (fields: ${fields.join(', ')}). Restore it; it is never regenerated over existing data.`);
  }
  return parsed.data;
}

/** Someone may have copied the file with a looser mode; secrets stay owner-only. */
async function tightenMode(file: string): Promise<void> {
  const { mode } = await stat(file);
  if ((mode & 0o077) !== 0) await chmod(file, 0o600);
}
