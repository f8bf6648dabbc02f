// Connection settings: flags first, then KW_* variables, then what `npm start` left in its
// data directory (secrets.json: the operator's NATS password and each service role's
// database password). Passwords are read from the environment or that file only, never
// from flags (flags show in `ps`), and never printed.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { OPERATOR_NATS_USER, SERVICES, type ServiceSpec } from '@keywarden/platform';
import { z } from 'zod';
import { CliError, usage, type Io } from './io.js';

export type GlobalOptions = { natsUrl?: string; natsUser?: string; dataDir?: string; namespace?: string };

export type BusSettings = { url: string; user: string | undefined; password: string | undefined; namespace: string | undefined };

const secretsSchema = z.object({ nats: z.record(z.string(), z.string()), databases: z.record(z.string(), z.string()) });

export function dataDirOf(options: GlobalOptions, io: Io): string {
  const dir = options.dataDir ?? io.env['KW_DATA_DIR'] ?? '.keywarden';
  return isAbsolute(dir) ? dir : resolve(io.cwd, dir);
}

/** The local platform's generated passwords, if there is such a file. */
function platformSecrets(options: GlobalOptions, io: Io): z.infer<typeof secretsSchema> | undefined {
  const file = join(dataDirOf(options, io), 'secrets.json');
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // Not the parser's message: it quotes the text around the error, and the text is passwords.
    throw new CliError(`${file} is not valid JSON`);
  }
  const parsed = secretsSchema.safeParse(json);
  if (!parsed.success) throw new CliError(`${file} is not a platform secrets file`);
  return parsed.data;
}

export function busSettings(options: GlobalOptions, io: Io): BusSettings {
  const url = options.natsUrl ?? io.env['KW_NATS_URL'] ?? `nats://127.0.0.1:${io.env['KW_NATS_PORT'] ?? '4222'}`;
  if (!/^(nats|tls|wss?):\/\/\S+$/.test(url)) throw usage(`--nats-url must be a URL like nats://host:4222`);
  const explicitUser = options.natsUser ?? io.env['KW_NATS_USER'];
  let password = io.env['KW_NATS_PASSWORD'];
  let user = explicitUser;
  if (password === undefined) {
    const secrets = platformSecrets(options, io);
    const candidate = explicitUser ?? OPERATOR_NATS_USER;
    if (secrets?.nats[candidate] !== undefined) {
      user = candidate;
      password = secrets.nats[candidate];
    }
  }
  const namespace = options.namespace ?? io.env['KW_BUS_NAMESPACE'];
  return { url, user: user ?? (password !== undefined ? OPERATOR_NATS_USER : undefined), password, namespace: namespace || undefined };
}

export function serviceSpec(name: string): ServiceSpec {
  const spec = SERVICES.find((s) => s.name === name);
  if (!spec) throw usage(`unknown service ${JSON.stringify(name)}; one of: ${SERVICES.map((s) => s.name).join(', ')}`);
  return spec;
}

/**
 * A service's database: --database-url, KW_DATABASE_URL_<SERVICE> (KW_DATABASE_URL_OAUTH_BROKER),
 * or the local platform's (its role and password from secrets.json, on 127.0.0.1:KW_PG_PORT).
 */
export function databaseUrlOf(service: string, flag: string | undefined, options: GlobalOptions, io: Io): string {
  const spec = serviceSpec(service);
  if (!spec.database) throw usage(`${service} has no database`);
  const url = flag ?? io.env[`KW_DATABASE_URL_${service.toUpperCase().replaceAll('-', '_')}`];
  if (url !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw usage('the database URL must be a postgres:// URL');
    return url;
  }
  const secrets = platformSecrets(options, io);
  const password = secrets?.databases[spec.database];
  if (password === undefined) {
    throw new CliError(
      `no database for ${service}: pass --database-url, set KW_DATABASE_URL_${service.toUpperCase().replaceAll('-', '_')}, ` +
      `or point --data-dir / KW_DATA_DIR at the data directory of \`npm start\` (no password for ${spec.database} in ${join(dataDirOf(options, io), 'secrets.json')})`,
    );
  }
  const url2 = new URL(`postgres://127.0.0.1:${io.env['KW_PG_PORT'] ?? '5433'}/${spec.database}`);
  url2.username = spec.database;
  url2.password = password;
  return url2.toString();
}

/** For messages: the URL without its password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
