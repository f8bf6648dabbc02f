import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config.js';
import { DURABLE_CONSUMERS, INBOUND_CONSUMERS, durableName } from '@keywarden/bus';
import { NATS_USERS, OPERATOR_NATS_USER, SERVICES, natsPasswordEnv } from './services.js';

// docker-compose.yml, deploy/nats and deploy/postgres are written by hand;
// this keeps them in step with the registry the local platform runs from.
const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

type ComposeService = { environment?: Record<string, string>; restart?: string; command?: string[]; depends_on?: Record<string, { condition: string }> };
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService> };
const env = (name: string): Record<string, string> => compose.services[name]?.environment ?? {};
// Infrastructure, the one-shot bus provisioning and the optional GitLab simulator (profile "simulators"); the rest are services.
const infra = new Set(['nats', 'postgres', 'jaeger', 'gitlab-sim', 'bus-provision']);
const databases = SERVICES.flatMap((s) => (s.database ? [s.database] : []));

const conf = read('deploy/nats/nats-server.conf');
const uncommented = (text: string) => text.split('\n').filter((line) => !/^\s*#/.test(line)).join('\n');
/** A user's block of nats-server.conf, from `user: <name>` to its closing brace. */
const blockOf = (user: string) => {
  const block = conf.slice(conf.indexOf(`user: ${user}\n`));
  return block.slice(0, block.indexOf('\n    }'));
};
/** The subjects a user may publish to (comments left out). */
const publishAllowOf = (user: string) => {
  const own = uncommented(blockOf(user));
  const allow = own.slice(own.indexOf('publish:'), own.indexOf('subscribe:'));
  return [...allow.slice(allow.indexOf('allow:'), allow.indexOf(']')).matchAll(/"([^"]+)"/g)].map(([, s]) => s!);
};

describe('deploy files', () => {
  it('nats-server.conf has exactly the registry users, each with its password variable', () => {
    const users = [...conf.matchAll(/^\s*user: (\S+)\s*\n\s*password: \$(\S+)/gm)].map((m) => [m[1], m[2]]);
    expect(users).toEqual(NATS_USERS.map((user) => [user, natsPasswordEnv(user)]));
  });

  it('nats-server.conf lets each service publish its own context and look up its own stream, and create no stream', () => {
    for (const spec of SERVICES) {
      const publish = publishAllowOf(spec.natsUser);
      if (spec.context === null) {
        expect(publish.filter((s) => s.startsWith('evt.'))).toEqual([]);
        continue;
      }
      const stream = `EVT_${spec.context.toUpperCase()}`;
      expect(publish.filter((s) => s.startsWith('evt.'))).toEqual([`evt.${spec.context}.>`]);
      expect(publish.filter((s) => s.startsWith('$JS.API.STREAM.'))).toEqual([`$JS.API.STREAM.INFO.${stream}`]);
      expect(blockOf(spec.natsUser)).toContain(`"rpc.${spec.context}.>"`);
    }
  });

  it("nats-server.conf lets each service use exactly its durable consumers of the bus topology, on their streams, and create none", () => {
    for (const spec of SERVICES) {
      const jetstreamApi = publishAllowOf(spec.natsUser).filter((s) => s.startsWith('$JS.') && !s.startsWith('$JS.API.STREAM.') && s !== '$JS.API.INFO');
      const consumers = [
        ...DURABLE_CONSUMERS.map((c) => ({ service: c.service, stream: `EVT_${c.context.toUpperCase()}`, name: durableName(c) })),
        ...INBOUND_CONSUMERS.map((c) => ({ service: c.service, stream: 'EXT_INBOUND', name: durableName(c) })),
      ];
      const expected = consumers.filter((c) => c.service === spec.name).flatMap(({ stream, name }) =>
        [`$JS.API.CONSUMER.INFO.${stream}.${name}`, `$JS.API.CONSUMER.MSG.NEXT.${stream}.${name}`, `$JS.ACK.${stream}.${name}.>`]);
      expect(jetstreamApi.sort(), spec.name).toEqual(expected.sort());
    }
    // Nobody but the operator (no permissions block: full access) creates or changes a stream or a consumer.
    const subjects = [...uncommented(conf).matchAll(/"([^"]+)"/g)].map(([, s]) => s!);
    expect(subjects.filter((s) => /CREATE|UPDATE|DELETE|PURGE|\$JS\.API\.(>|\*|CONSUMER\.>|STREAM\.>)|^>$|^\$JS\.>$/.test(s))).toEqual([]);
    expect(blockOf(OPERATOR_NATS_USER)).not.toContain('permissions');
  });

  it('the postgres init script creates the registry databases', () => {
    const script = read('deploy/postgres/initdb/10-keywarden-databases.sh');
    expect(/databases=\(([^)]*)\)/.exec(script)?.[1]?.split(/\s+/)).toEqual(databases);
  });

  it('docker-compose passes nats and postgres every password they need', () => {
    expect(Object.keys(env('nats')).sort()).toEqual(NATS_USERS.map(natsPasswordEnv).sort());
    for (const database of databases) expect(env('postgres')).toHaveProperty(`KW_DB_PASSWORD_${database.toUpperCase()}`);
  });

  it('docker-compose restarts every container that dies, infrastructure included; the one-shot provisioning only on failure', () => {
    const policies = Object.fromEntries(Object.entries(compose.services).map(([name, service]) => [name, service.restart]));
    const { ['bus-provision']: oneShot, ...longRunning } = policies;
    // A completed one-shot restarted by `unless-stopped` would run again and again.
    expect(oneShot).toBe('on-failure');
    expect(Object.values(longRunning).every((policy) => policy === 'unless-stopped'), JSON.stringify(policies)).toBe(true);
    expect(Object.keys(policies)).toEqual(expect.arrayContaining(['nats', 'postgres', ...SERVICES.map((s) => s.name)]));
  });

  it('docker-compose runs every registry service, with the platform variables', () => {
    const apps = Object.keys(compose.services).filter((name) => !infra.has(name));
    expect(apps.sort()).toEqual(SERVICES.map((s) => s.name).sort());
    for (const name of apps) {
      const spec = SERVICES.find((s) => s.name === name);
      const vars = env(name);
      expect(vars['KW_SERVICE_NAME']).toBe(name);
      expect(vars['KW_NATS_USER']).toBe(spec?.natsUser);
      // Same value as the nats container's variable for this user (shared anchor or default).
      expect(vars['KW_NATS_PASSWORD']).toBe(env('nats')[natsPasswordEnv(spec?.natsUser ?? '')]);
      expect(vars['KW_NATS_URL']).toBe('nats://nats:4222');
      if (spec?.masterKeys) expect(vars['KW_MASTER_KEYS']).toMatch(/^\$\{KW_MASTER_KEYS:-1:[A-Za-z0-9+/]{43}=\}$/);
      else expect(vars).not.toHaveProperty('KW_MASTER_KEYS');
      expect(vars['KW_OTLP_ENDPOINT']).toBe('http://jaeger:4318');
      if (spec?.database) expect(vars['KW_DATABASE_URL']).toMatch(new RegExp(`^postgres://${spec.database}:.+@postgres:5432/${spec.database}$`));
      else expect(vars).not.toHaveProperty('KW_DATABASE_URL');
      if (spec?.httpPort) expect(vars).toHaveProperty('KW_HTTP_PORT');
    }
  });

  it('docker-compose provisions the bus as the operator, once, before any service starts', () => {
    const provision = compose.services['bus-provision'];
    expect(provision?.command?.slice(-3)).toEqual(['tools/cli/dist/main.js', 'ops', 'provision']);
    expect(provision?.depends_on?.['nats']?.condition).toBe('service_healthy');
    const vars = env('bus-provision');
    expect(vars['KW_NATS_USER']).toBe(OPERATOR_NATS_USER);
    expect(vars['KW_NATS_PASSWORD']).toBe(env('nats')[natsPasswordEnv(OPERATOR_NATS_USER)]);
    expect(vars['KW_NATS_URL']).toBe('nats://nats:4222');
    for (const spec of SERVICES) {
      expect(compose.services[spec.name]?.depends_on?.['bus-provision']?.condition, spec.name).toBe('service_completed_successfully');
      expect(vars['KW_STREAM_REPLICAS'], spec.name).toBe(env(spec.name)['KW_STREAM_REPLICAS']);
    }
  });
});
