import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config.js';
import { NATS_USERS, SERVICES, natsPasswordEnv } from './services.js';

// docker-compose.yml, deploy/nats and deploy/postgres are written by hand;
// this keeps them in step with the registry the local platform runs from.
const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

type ComposeService = { environment?: Record<string, string>; restart?: string };
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService> };
const env = (name: string): Record<string, string> => compose.services[name]?.environment ?? {};
// Infrastructure and the optional GitLab simulator (profile "simulators"); the rest are services.
const infra = new Set(['nats', 'postgres', 'jaeger', 'gitlab-sim']);
const databases = SERVICES.flatMap((s) => (s.database ? [s.database] : []));

describe('deploy files', () => {
  it('nats-server.conf has exactly the registry users, each with its password variable', () => {
    const conf = read('deploy/nats/nats-server.conf');
    const users = [...conf.matchAll(/^\s*user: (\S+)\s*\n\s*password: \$(\S+)/gm)].map((m) => [m[1], m[2]]);
    expect(users).toEqual(NATS_USERS.map((user) => [user, natsPasswordEnv(user)]));
  });

  it('nats-server.conf lets each service publish its own context and manage its own stream', () => {
    const conf = read('deploy/nats/nats-server.conf');
    for (const spec of SERVICES) {
      const block = conf.slice(conf.indexOf(`user: ${spec.natsUser}\n`));
      const own = block.slice(0, block.indexOf('\n    }'));
      const publish = own.slice(own.indexOf('publish:'), own.indexOf('subscribe:'));
      if (spec.context === null) {
        expect(publish).not.toMatch(/"evt\./);
        continue;
      }
      const stream = `EVT_${spec.context.toUpperCase()}`;
      expect(publish).toContain(`"evt.${spec.context}.>"`);
      expect(publish.match(/"evt\.[^"]*"/g)).toEqual([`"evt.${spec.context}.>"`]);
      for (const op of ['CREATE', 'UPDATE', 'INFO']) expect(own).toContain(`"$JS.API.STREAM.${op}.${stream}"`);
      expect(own).toContain(`"rpc.${spec.context}.>"`);
    }
  });

  it('the postgres init script creates the registry databases', () => {
    const script = read('deploy/postgres/initdb/10-keywarden-databases.sh');
    expect(/databases=\(([^)]*)\)/.exec(script)?.[1]?.split(/\s+/)).toEqual(databases);
  });

  it('docker-compose passes nats and postgres every password they need', () => {
    expect(Object.keys(env('nats')).sort()).toEqual(NATS_USERS.map(natsPasswordEnv).sort());
    for (const database of databases) expect(env('postgres')).toHaveProperty(`KW_DB_PASSWORD_${database.toUpperCase()}`);
  });

  it('docker-compose restarts every container that dies, infrastructure included', () => {
    const policies = Object.fromEntries(Object.entries(compose.services).map(([name, service]) => [name, service.restart]));
    expect(Object.values(policies).every((policy) => policy === 'unless-stopped'), JSON.stringify(policies)).toBe(true);
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
});
