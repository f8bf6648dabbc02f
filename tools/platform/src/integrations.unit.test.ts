import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { BASE_NATS_CONFIG, INTEGRATION_USERS_MARKER, loadIntegrations, newIntegration, reloadNatsServer, renderNatsConfig, saveIntegrations, type Integration } from './integrations.js';

const ORG = '3f6d2a1e-8b7c-4d5e-9f00-1a2b3c4d5e6f';
const base = readFileSync(BASE_NATS_CONFIG, 'utf8');

describe('the integrations registry and the rendered nats-server config', () => {
  it('keeps a bcrypt hash of a password shown once, never the password', async () => {
    const { integration, password } = await newIntegration({ name: 'shop-portal', organizationId: ORG, publish: ['gitops.ProjectCreated'], follow: ['oauth.account'] }, new Date('2026-12-07T12:00:00Z'));
    expect(password).toMatch(/^kwi_[A-Za-z0-9_-]{43}$/);
    expect(integration.passwordHash).toMatch(/^\$2[ab]\$11\$/);
    expect(await bcrypt.compare(password, integration.passwordHash)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'kw-integrations-'));
    const file = join(dir, 'integrations.json');
    await saveIntegrations(file, [integration]);
    expect(readFileSync(file, 'utf8')).not.toContain(password);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await loadIntegrations(file)).toEqual([integration]);
    expect(await loadIntegrations(join(dir, 'absent.json'))).toEqual([]);
  });

  it('renders each integration as a user with exactly its permissions, at the marker, with the store directory', async () => {
    const { integration } = await newIntegration({ name: 'ci', organizationId: ORG, publish: ['deploy.DeployRequested'], follow: [] });
    const rendered = renderNatsConfig(base, [integration], { storeDir: '/var/lib/kw/nats' });
    expect(rendered).toContain('jetstream { store_dir: "/var/lib/kw/nats" }');
    expect(rendered).not.toMatch(/^jetstream: enabled$/m);
    const block = rendered.slice(rendered.indexOf(INTEGRATION_USERS_MARKER));
    expect(block).toContain('user: "int-ci"');
    expect(block).toContain(`password: "${integration.passwordHash}"`);
    expect(block).toContain(`"ext.ci.${ORG}.deploy.DeployRequested"`);
    expect(block).toContain('subscribe: { allow: ["_INBOX_int-ci.>"] }');
    expect(block).not.toContain('allow_responses');
    // Nothing changes before the marker; without integrations, only the store directory.
    expect(rendered.slice(0, rendered.indexOf(INTEGRATION_USERS_MARKER))).toBe(base.slice(0, base.indexOf(INTEGRATION_USERS_MARKER)).replace('jetstream: enabled', 'jetstream { store_dir: "/var/lib/kw/nats" }'));
    expect(renderNatsConfig(base, [])).toBe(base);
  });

  it('refuses a registry or a base file that could put anything else into the config', async () => {
    const { integration } = await newIntegration({ name: 'ci', organizationId: ORG, publish: ['deploy.DeployRequested'], follow: [] });
    const injected: Integration[] = [
      { ...integration, passwordHash: 'x" }\n { user: evil' },
      { ...integration, name: 'ci"\n' },
      { ...integration, publish: ['>'] },
      { ...integration, follow: ['identity.user'] },
    ];
    for (const bad of injected) expect(() => renderNatsConfig(base, [bad])).toThrow();
    const dir = mkdtempSync(join(tmpdir(), 'kw-integrations-'));
    const file = join(dir, 'integrations.json');
    writeFileSync(file, JSON.stringify({ integrations: [{ ...integration, passwordHash: 'plain' }] }));
    await expect(loadIntegrations(file)).rejects.toThrow('fields: integrations.0.passwordHash');
    writeFileSync(file, JSON.stringify({ integrations: [integration, integration] }));
    await expect(loadIntegrations(file)).rejects.toThrow('lists integration ci twice');
    expect(() => renderNatsConfig(base.replace(INTEGRATION_USERS_MARKER, ''), [])).toThrow(/once inside the users array/);
    expect(() => renderNatsConfig(base, [], { storeDir: '/tmp/x"y' })).toThrow(/quotes/);
  });
});

describe('reloadNatsServer', () => {
  it('signals only a nats-server: a stale pid file naming another process signals nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kw-pid-'));
    const file = join(dir, 'nats-server.pid');
    writeFileSync(file, `${process.pid}\n`);
    // This test process would die of a SIGHUP: it gets none.
    await expect(reloadNatsServer(file)).resolves.toBeUndefined();
    writeFileSync(file, 'garbage');
    await expect(reloadNatsServer(file)).rejects.toThrow('holds no pid');
  });
});
