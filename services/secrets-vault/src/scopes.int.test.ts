// Variables at four scopes: two applications of one project in two environments get different
// environments from the same project variables plus their own (global < project < environment
// < application, with plain values, @secret and @group at every scope), the resolved view says
// where each value came from without any secret's value, and the organization decides who may
// read and change them.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberOf, startHarness, type Harness, type Reply } from './test-support.js';

let h: Harness;
const SHOP = randomUUID();
const OTHER = randomUUID();
const CART = randomUUID();
const LEDGER = randomUUID();
const STRANGER = randomUUID();
const SHOP_ORG = 'org-shop';
const owner = memberOf(SHOP_ORG, 'owner');
const member = memberOf(SHOP_ORG, 'member');
const outsider = memberOf('org-other', 'owner', 'user-outsider');

/** Secret values, each unique: none may appear in the resolved view. */
const value = (name: string) => `${name}-${randomBytes(8).toString('hex')}`;
const values: Record<string, string> = {};
const secretIds: Record<string, string> = {};

const errorOf = async (p: Promise<unknown>) => p.then(() => undefined, (e: { code?: string; status?: number; message?: string }) => e);
const byKey = (reply: Reply): Record<string, Reply> => Object.fromEntries((reply['variables'] as Reply[]).map((v) => [v['key'], v]));
const build = (applicationId: string, environment: string, projectId = SHOP) => h.call('secrets.BuildEnvironment', { projectId, environment, applicationId });

beforeAll(async () => {
  h = await startHarness();
  await h.project(SHOP, { organizationId: SHOP_ORG, environments: ['staging', 'production'] });
  await h.project(OTHER, { organizationId: 'org-other', environments: ['production'] });
  await h.application(CART, SHOP, 'staging', { organizationId: SHOP_ORG, name: 'cart' });
  await h.application(LEDGER, SHOP, 'production', { organizationId: SHOP_ORG, name: 'ledger' });
  await h.application(STRANGER, OTHER, 'production', { organizationId: 'org-other', name: 'stranger' });

  // One group per scope to expand, and single secrets to reference one by one.
  const groups: Record<string, Record<string, string>> = {
    'g-global': { G_FROM_GROUP: 'gg', SHARED: 'shared-from-global-group' },
    'g-project': { P_FROM_GROUP: 'pg', SHARED: 'shared-from-project-group' },
    'g-staging': { E_FROM_GROUP: 'eg-staging', SHARED: 'shared-from-staging-group' },
    'g-production': { E_FROM_GROUP: 'eg-production' },
    'g-cart': { A_FROM_GROUP: 'ag-cart', SHARED: 'shared-from-cart-group' },
  };
  for (const [name, content] of Object.entries(groups)) {
    const { group } = await h.call('secrets.CreateSecretGroup', { name });
    const secret = Object.fromEntries(Object.entries(content).map(([k, v]) => [k, (values[`${name}/${k}`] = value(v))]));
    await h.call('secrets.ImportSecrets', { groupId: group.groupId, format: 'json', content: JSON.stringify(secret) });
    for (const s of (await h.call('secrets.ListSecrets', { groupId: group.groupId })).secrets as Reply[]) secretIds[`${name}/${s['name']}`] = s['secretId'];
  }
  const { group: singles } = await h.call('secrets.CreateSecretGroup', { name: 'singles' });
  for (const name of ['S_GLOBAL', 'S_PROJECT', 'S_STAGING', 'S_CART', 'S_LEDGER']) {
    values[name] = value(name.toLowerCase());
    secretIds[name] = (await h.call('secrets.PutSecret', { groupId: singles.groupId, name, value: values[name] })).secret.secretId;
  }
  // The organization's owner sets its variables; global ones need a platform administrator.
  const set = (scope: string, target: Record<string, string>, key: string, v: string) =>
    h.callAs(scope === 'global' ? { ...owner, roles: ['admin'] } : owner, 'secrets.SetEnvVar', { scope, ...target, key, value: v });
  const ref = (name: string) => `@secret:${secretIds[name]}`;
  await set('global', {}, 'LOG_LEVEL', 'info');
  await set('global', {}, 'MODE', 'global');
  await set('global', {}, 'DB', ref('S_GLOBAL'));
  await set('global', {}, 'GG', '@group:g-global');
  const project = { projectId: SHOP };
  await set('project', project, 'MODE', 'project');
  await set('project', project, 'DB', ref('S_PROJECT'));
  await set('project', project, 'PG', '@group:g-project');
  await set('project', project, 'TEAM', 'shop');
  const staging = { projectId: SHOP, environment: 'staging' };
  await set('environment', staging, 'MODE', 'staging');
  await set('environment', staging, 'DB', ref('S_STAGING'));
  await set('environment', staging, 'EG', '@group:g-staging');
  const production = { projectId: SHOP, environment: 'production' };
  await set('environment', production, 'MODE', 'production');
  await set('environment', production, 'EG', '@group:g-production');
  await set('environment', production, 'REGION', 'eu');
  await set('application', { applicationId: CART }, 'MODE', 'cart');
  await set('application', { applicationId: CART }, 'DB', ref('S_CART'));
  await set('application', { applicationId: CART }, 'AG', '@group:g-cart');
  await set('application', { applicationId: LEDGER }, 'DB', ref('S_LEDGER'));
  await set('application', { applicationId: LEDGER }, 'LOG_LEVEL', 'debug');
}, 120_000);
afterAll(async () => {
  await h?.close();
});

describe('two applications of one project in two environments', () => {
  // key: value, scope, kind, what it overrode.
  type Expected = Record<string, [string, string, string, string[]]>;
  const expectEnvironment = (reply: Reply, expected: Expected) => {
    const got = byKey(reply);
    expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, [v, scope, kind, overrides]] of Object.entries(expected)) {
      expect({ key, value: got[key]!['value'], scope: got[key]!['scope'], kind: got[key]!['kind'], overrides: got[key]!['overrides'] }).toEqual({ key, value: v, scope, kind, overrides });
    }
  };

  it('cart (staging) gets global, project, staging and its own variables, each scope overriding the one before', async () => {
    expectEnvironment(await build(CART, 'staging'), {
      LOG_LEVEL: ['info', 'global', 'plain', []],
      MODE: ['cart', 'application', 'plain', ['global', 'project', 'environment']],
      DB: [values['S_CART']!, 'application', 'secret_ref', ['global', 'project', 'environment']],
      G_FROM_GROUP: [values['g-global/G_FROM_GROUP']!, 'global', 'group_ref', []],
      SHARED: [values['g-cart/SHARED']!, 'application', 'group_ref', ['global', 'project', 'environment']],
      P_FROM_GROUP: [values['g-project/P_FROM_GROUP']!, 'project', 'group_ref', []],
      TEAM: ['shop', 'project', 'plain', []],
      E_FROM_GROUP: [values['g-staging/E_FROM_GROUP']!, 'environment', 'group_ref', []],
      A_FROM_GROUP: [values['g-cart/A_FROM_GROUP']!, 'application', 'group_ref', []],
    });
  });

  it('ledger (production) gets the same global and project variables, production\'s and its own', async () => {
    expectEnvironment(await build(LEDGER, 'production'), {
      LOG_LEVEL: ['debug', 'application', 'plain', ['global']],
      MODE: ['production', 'environment', 'plain', ['global', 'project']],
      DB: [values['S_LEDGER']!, 'application', 'secret_ref', ['global', 'project']],
      G_FROM_GROUP: [values['g-global/G_FROM_GROUP']!, 'global', 'group_ref', []],
      SHARED: [values['g-project/SHARED']!, 'project', 'group_ref', ['global']],
      P_FROM_GROUP: [values['g-project/P_FROM_GROUP']!, 'project', 'group_ref', []],
      TEAM: ['shop', 'project', 'plain', []],
      E_FROM_GROUP: [values['g-production/E_FROM_GROUP']!, 'environment', 'group_ref', []],
      REGION: ['eu', 'environment', 'plain', []],
    });
  });

  it('a project alone still gets global and project variables; an application of another project only the global ones', async () => {
    const project = byKey(await h.call('secrets.BuildEnvironment', { projectId: SHOP }));
    expect(Object.fromEntries(Object.entries(project).map(([k, v]) => [k, v['scope']]))).toEqual({
      LOG_LEVEL: 'global', MODE: 'project', DB: 'project', G_FROM_GROUP: 'global', SHARED: 'project', P_FROM_GROUP: 'project', TEAM: 'project',
    });
    expect(Object.values(byKey(await build(STRANGER, 'production', OTHER))).map((v) => v['scope'])).toEqual(['global', 'global', 'global', 'global', 'global']);
  });

  it('BuildEnvironment refuses an application without its environment, and a malformed environment or application id', async () => {
    for (const request of [{ projectId: SHOP, applicationId: CART }, { projectId: SHOP, environment: 'Prod' }, { projectId: SHOP, environment: 'staging', applicationId: 'cart' }]) {
      expect(await errorOf(h.call('secrets.BuildEnvironment', request))).toMatchObject({ code: 'ERR_VALIDATION', status: 400 });
    }
  });
});

describe('the resolved view', () => {
  it("says where each of cart's variables came from, with plain values and secrets' ids, versions and fingerprints, never a secret's value", async () => {
    const view = await h.callAs(member, 'secrets.ResolveApplicationEnvironment', { applicationId: CART });
    expect(view).toMatchObject({ applicationId: CART, projectId: SHOP, environment: 'staging', missing: [] });
    const text = JSON.stringify(view);
    for (const secret of Object.values(values)) expect(text).not.toContain(secret);
    const got = byKey(view);
    expect(got['MODE']).toMatchObject({ value: 'cart', scope: 'application', kind: 'plain', overrides: ['global', 'project', 'environment'], secretId: '' });
    const cartSecret = (await h.call('secrets.ListSecrets', { groupId: (await h.call('secrets.ListSecretGroups', {})).groups.find((g: Reply) => g['name'] === 'singles').groupId }))
      .secrets.find((s: Reply) => s['name'] === 'S_CART');
    expect(got['DB']).toMatchObject({ value: '', scope: 'application', kind: 'secret_ref', secretId: secretIds['S_CART'], secretVersion: 1,
      valueFingerprint: cartSecret.valueFingerprint, secretName: 'S_CART', groupName: 'singles', variableKey: 'DB' });
    expect(got['SHARED']).toMatchObject({ value: '', scope: 'application', kind: 'group_ref', secretId: secretIds['g-cart/SHARED'], groupName: 'g-cart', variableKey: 'AG' });
    expect(got['DB']!['valueFingerprint']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('lists a reference that no longer resolves, which BuildEnvironment refuses', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'short-lived' });
    const gone = (await h.call('secrets.PutSecret', { groupId: group.groupId, name: 'GONE', value: 'soon-gone' })).secret.secretId;
    await h.callAs(owner, 'secrets.SetEnvVar', { scope: 'application', applicationId: LEDGER, key: 'GONE', value: `@secret:${gone}` });
    await h.call('secrets.DeleteSecret', { secretId: gone });
    const view = await h.callAs(owner, 'secrets.ResolveApplicationEnvironment', { applicationId: LEDGER });
    expect(view['missing']).toEqual([{ scope: 'application', key: 'GONE', reference: `@secret:${gone}` }]);
    expect(byKey(view)['GONE']).toBeUndefined();
    expect(await errorOf(build(LEDGER, 'production'))).toMatchObject({ code: 'ERR_REFERENCE_MISSING', message: expect.stringContaining('application variable GONE') });
    await h.callAs(owner, 'secrets.DeleteEnvVar', { scope: 'application', applicationId: LEDGER, key: 'GONE' });
    expect(byKey(await build(LEDGER, 'production'))['GONE']).toBeUndefined();
  });
});

describe('listing each scope', () => {
  it('lists exactly the target\'s own variables, with their targets', async () => {
    const keys = async (request: Record<string, unknown>) => ((await h.callAs(member, 'secrets.ListEnvVars', request)).envVars as Reply[]).map((v) => v['key']);
    expect(await keys({ scope: 'project', projectId: SHOP })).toEqual(['DB', 'MODE', 'PG', 'TEAM']);
    expect(await keys({ scope: 'environment', projectId: SHOP, environment: 'staging' })).toEqual(['DB', 'EG', 'MODE']);
    expect(await keys({ scope: 'environment', projectId: SHOP, environment: 'production' })).toEqual(['EG', 'MODE', 'REGION']);
    expect(await keys({ scope: 'application', applicationId: LEDGER })).toEqual(['DB', 'LOG_LEVEL']);
    const [cartVar] = (await h.callAs(member, 'secrets.ListEnvVars', { scope: 'application', applicationId: CART })).envVars as Reply[];
    expect(cartVar).toMatchObject({ scope: 'application', projectId: SHOP, environment: 'staging', applicationId: CART, key: 'AG', kind: 'group_ref', reference: 'g-cart' });
  });
});

describe('who may read and change them', () => {
  const cartVar = { scope: 'application', applicationId: CART, key: 'NEW_ONE', value: 'x' };

  it("members of the organization read; owners and admins change; others neither", async () => {
    expect(await h.callAs(member, 'secrets.ListEnvVars', { scope: 'application', applicationId: CART })).toBeDefined();
    expect(await errorOf(h.callAs(member, 'secrets.SetEnvVar', cartVar))).toMatchObject({ code: 'ERR_FORBIDDEN', message: expect.stringContaining('owners and admins') });
    expect(await errorOf(h.callAs(member, 'secrets.DeleteEnvVar', { scope: 'application', applicationId: CART, key: 'MODE' }))).toMatchObject({ code: 'ERR_FORBIDDEN' });
    await h.callAs(memberOf(SHOP_ORG, 'admin'), 'secrets.SetEnvVar', cartVar);
    await h.callAs(owner, 'secrets.DeleteEnvVar', { scope: 'application', applicationId: CART, key: 'NEW_ONE' });
    for (const request of [{ scope: 'application', applicationId: CART }, { scope: 'project', projectId: SHOP }, { scope: 'environment', projectId: SHOP, environment: 'staging' }]) {
      expect(await errorOf(h.callAs(outsider, 'secrets.ListEnvVars', request))).toMatchObject({ code: 'ERR_FORBIDDEN' });
      expect(await errorOf(h.callAs(outsider, 'secrets.SetEnvVar', { ...request, key: 'X', value: 'y' }))).toMatchObject({ code: 'ERR_FORBIDDEN' });
    }
    expect(await errorOf(h.callAs(outsider, 'secrets.ResolveApplicationEnvironment', { applicationId: CART }))).toMatchObject({ code: 'ERR_FORBIDDEN' });
    // A member of the right organization naming another one is not a member here.
    expect(await errorOf(h.callAs({ ...owner, organizationId: 'org-other' }, 'secrets.ListEnvVars', { scope: 'project', projectId: SHOP }))).toMatchObject({ code: 'ERR_FORBIDDEN' });
  });

  it('a personal access token needs secrets:write to change and secrets:read to read', async () => {
    const pat = (scopes: string[]) => ({ ...owner, credential: 'pat', scopes });
    expect(await errorOf(h.callAs(pat(['secrets:read']), 'secrets.SetEnvVar', cartVar))).toMatchObject({ code: 'ERR_FORBIDDEN', message: expect.stringContaining('secrets:write') });
    expect(await errorOf(h.callAs(pat(['deploy:read']), 'secrets.ResolveApplicationEnvironment', { applicationId: CART }))).toMatchObject({ code: 'ERR_FORBIDDEN' });
    await h.callAs(pat(['secrets:write']), 'secrets.SetEnvVar', cartVar);
    await h.callAs(pat(['secrets:write']), 'secrets.DeleteEnvVar', { scope: 'application', applicationId: CART, key: 'NEW_ONE' });
  });

  it('global variables are read by anyone signed in and changed by platform administrators only', async () => {
    expect(((await h.callAs(member, 'secrets.ListEnvVars', { scope: 'global' })).envVars as Reply[]).map((v) => v['key'])).toEqual(['DB', 'GG', 'LOG_LEVEL', 'MODE']);
    expect(await errorOf(h.callAs(owner, 'secrets.SetEnvVar', { scope: 'global', key: 'X', value: 'y' }))).toMatchObject({ code: 'ERR_FORBIDDEN', message: expect.stringContaining('secrets:admin') });
    expect(await errorOf(h.callAs(owner, 'secrets.DeleteEnvVar', { scope: 'global', key: 'MODE' }))).toMatchObject({ code: 'ERR_FORBIDDEN' });
  });

  it('platform administrators reach every organization', async () => {
    expect((await h.call('secrets.ListEnvVars', { scope: 'application', applicationId: STRANGER })).envVars).toEqual([]);
  });
});

describe('targets the vault does not know', () => {
  it('are not found (unknown project, environment or application); malformed ones are invalid before any lookup', async () => {
    expect(await errorOf(h.callAs(owner, 'secrets.SetEnvVar', { scope: 'project', projectId: randomUUID(), key: 'K', value: 'v' }))).toMatchObject({ code: 'ERR_NOT_FOUND' });
    expect(await errorOf(h.callAs(owner, 'secrets.SetEnvVar', { scope: 'environment', projectId: SHOP, environment: 'qa', key: 'K', value: 'v' })))
      .toMatchObject({ code: 'ERR_NOT_FOUND', message: expect.stringContaining('has no environment qa') });
    expect(await errorOf(h.callAs(owner, 'secrets.ResolveApplicationEnvironment', { applicationId: randomUUID() }))).toMatchObject({ code: 'ERR_NOT_FOUND' });
    for (const request of [
      { scope: 'environment', projectId: SHOP, environment: 'Staging!', key: 'K', value: 'v' },
      { scope: 'application', applicationId: CART, projectId: SHOP, key: 'K', value: 'v' },
      { scope: 'application', applicationId: 'cart', key: 'K', value: 'v' },
      { scope: 'project', projectId: randomUUID(), key: '1K', value: 'v' },
      { scope: 'project', projectId: randomUUID(), key: 'K', value: '@secret:nope' },
    ]) expect(await errorOf(h.callAs(owner, 'secrets.SetEnvVar', request)), JSON.stringify(request)).toMatchObject({ code: 'ERR_VALIDATION' });
  });

  it('follow the project: an added environment takes variables, a removed one no longer does, a deleted project is gone', async () => {
    const project = randomUUID();
    await h.project(project, { organizationId: SHOP_ORG, environments: ['staging'] });
    await h.publish('gitops-sync', 'EnvironmentAdded', `project-${project}`, { projectId: project, environment: 'qa', actorUserId: 'user-owner' });
    const qa = { scope: 'environment', projectId: project, environment: 'qa', key: 'QA_ONLY', value: 'yes' };
    await expect.poll(async () => (await errorOf(h.callAs(owner, 'secrets.SetEnvVar', qa)))?.code ?? 'set').toBe('set');
    await h.publish('gitops-sync', 'EnvironmentRemoved', `project-${project}`, { projectId: project, environment: 'qa', actorUserId: 'user-owner' });
    await expect.poll(async () => (await errorOf(h.callAs(owner, 'secrets.ListEnvVars', { scope: 'environment', projectId: project, environment: 'qa' })))?.code).toBe('ERR_NOT_FOUND');
    await h.publish('gitops-sync', 'ProjectDeleted', `project-${project}`, { projectId: project, slug: 'x', actorUserId: 'user-owner' });
    await expect.poll(async () => (await errorOf(h.callAs(owner, 'secrets.ListEnvVars', { scope: 'project', projectId: project })))?.code).toBe('ERR_NOT_FOUND');
  });
});
