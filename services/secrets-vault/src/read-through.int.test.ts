// Read-your-writes across services: a project created a moment ago, its ProjectCreated not delivered yet,
// is asked of gitops-sync (a stand-in LookupProject on the real bus, answering what the test says it owns)
// and recorded, so a variable is set in it at once; its events arriving afterwards leave the row as
// gitops-sync answered it and later ones still apply; a project deleted while it was asked about ends
// deleted; an unknown project stays the 404; gitops-sync not answering is the 404 saying to try again. An
// application registered a moment ago is asked of the deployer (a stand-in LookupApplication) the same way.
import { randomUUID } from 'node:crypto';
import { endpoint, startRpcService } from '@keywarden/bus';
import { eventually } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberOf, startHarness, type Harness } from './test-support.js';

type Registered = { applicationId: string; name: string; organizationId: string; projectId: string; environment: string };
type Owned = { projectId: string; organizationId: string; slug: string; environments: string[]; streamVersion: number };

const ORG = 'org-rw';
const owner = memberOf(ORG, 'owner');
let h: Harness;
let gitops: Awaited<ReturnType<typeof startRpcService>>;
let deployer: Awaited<ReturnType<typeof startRpcService>>;
/** What the stand-in deployer registered, by application id. */
const registered = new Map<string, Registered>();
/** What the stand-in gitops-sync owns, by project id. */
const owned = new Map<string, Owned>();
/** Every project it was asked about. */
const asked: string[] = [];
/** Runs while a project is being asked about, before the answer goes. */
let whileAsked: (projectId: string) => Promise<void> = async () => undefined;

const errorOf = async (p: Promise<unknown>) => p.then(() => undefined, (e: { code?: string; status?: number; errorId?: string; detail?: string }) => e);
const setVariable = (projectId: string, key: string, environment?: string) =>
  h.callAs(owner, 'secrets.SetEnvVar', environment ? { scope: 'environment', projectId, environment, key, value: 'v' } : { scope: 'project', projectId, key, value: 'v' });
const row = async (projectId: string) =>
  (await h.service.deps.database!.sql`select organization_id, environments, version, deleted from projects where id = ${projectId}`)[0];
const handled = (eventId: string) => eventually(async () => (await h.service.deps.database!.sql`select 1 from inbox where event_id = ${eventId}`).length === 1,
  { timeoutMs: 10_000, message: `event ${eventId} handled by the vault` });
const created = (projectId: string, environments: string[]) => h.publish('gitops-sync', 'ProjectCreated', `project-${projectId}`, {
  projectId, organizationId: ORG, name: 'shop', slug: 'shop', repositoryUrl: 'https://gitlab.com/acme/shop.git', provider: 'gitlab', branch: 'main', environments, actorUserId: 'user-owner',
});

beforeAll(async () => {
  h = await startHarness();
  gitops = await startRpcService(h.service.deps.nc, {
    name: 'gitops-sync-stand-in', version: '0.1.0', namespace: h.namespace,
    endpoints: [endpoint('gitops.LookupProject', async (r) => {
      asked.push(r.projectId);
      await whileAsked(r.projectId);
      const project = owned.get(r.projectId);
      return project ? { found: true, ...project } : { found: false };
    })],
  });
  deployer = await startRpcService(h.service.deps.nc, {
    name: 'deployer-stand-in', version: '0.1.0', namespace: h.namespace,
    endpoints: [endpoint('deploy.LookupApplication', async (r) => {
      asked.push(r.applicationId);
      const application = registered.get(r.applicationId);
      return application ? { found: true, ...application } : { found: false };
    })],
  });
});

afterAll(async () => {
  await gitops?.stop().catch(() => undefined);
  await deployer?.stop().catch(() => undefined);
  await h?.close();
});

describe('a project secrets-vault has not heard of yet', () => {
  it('takes variables at once, and its events arriving afterwards leave the row as gitops-sync answered it', async () => {
    const project = randomUUID();
    // Created with qa, qa removed since (version 2): the vault has had neither event.
    owned.set(project, { projectId: project, organizationId: ORG, slug: 'shop', environments: ['staging', 'production'], streamVersion: 2 });
    expect(await setVariable(project, 'API_URL')).toMatchObject({ envVar: { key: 'API_URL' } });
    expect(await setVariable(project, 'STAGING_ONLY', 'staging')).toMatchObject({ envVar: { key: 'STAGING_ONLY' } });
    expect(asked.filter((id) => id === project)).toHaveLength(1);
    expect(await row(project)).toEqual({ organization_id: ORG, environments: ['staging', 'production'], version: 2, deleted: false });

    // The events arrive: ProjectCreated (still with qa) and EnvironmentRemoved are not newer than the row.
    await handled(await created(project, ['staging', 'production', 'qa']));
    expect(await row(project)).toEqual({ organization_id: ORG, environments: ['staging', 'production'], version: 2, deleted: false });
    expect(await errorOf(setVariable(project, 'QA_ONLY', 'qa'))).toMatchObject({ code: 'ERR_NOT_FOUND', errorId: 'VAULT-6363' });
    await handled(await h.publish('gitops-sync', 'EnvironmentRemoved', `project-${project}`, { projectId: project, environment: 'qa', actorUserId: 'user-owner' }));
    // A later event applies.
    await handled(await h.publish('gitops-sync', 'EnvironmentAdded', `project-${project}`, { projectId: project, environment: 'preview', actorUserId: 'user-owner' }));
    expect(await row(project)).toEqual({ organization_id: ORG, environments: ['staging', 'production', 'preview'], version: 3, deleted: false });
    expect(await setVariable(project, 'PREVIEW_ONLY', 'preview')).toMatchObject({ envVar: { key: 'PREVIEW_ONLY' } });
    expect(asked.filter((id) => id === project)).toHaveLength(1);
  });

  it('deleted while gitops-sync was asked about it, ends deleted', async () => {
    const project = randomUUID();
    owned.set(project, { projectId: project, organizationId: ORG, slug: 'gone', environments: ['staging'], streamVersion: 1 });
    // The answer (version 1, the project exists) is read before the deletion and recorded after the vault handled it.
    whileAsked = async (id) => {
      if (id !== project) return;
      await handled(await created(project, ['staging']));
      await handled(await h.publish('gitops-sync', 'ProjectDeleted', `project-${project}`, { projectId: project, slug: 'gone', actorUserId: 'user-owner' }));
    };
    try {
      expect(await errorOf(setVariable(project, 'K'))).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404, errorId: 'VAULT-1ea1' });
    } finally {
      whileAsked = async () => undefined;
    }
    expect(await row(project)).toMatchObject({ version: 2, deleted: true });
    // Known deleted: refused without asking again.
    expect(await errorOf(setVariable(project, 'K'))).toMatchObject({ code: 'ERR_NOT_FOUND', errorId: 'VAULT-1ea1' });
    expect(asked.filter((id) => id === project)).toHaveLength(1);
  });

  it('that gitops-sync does not know either stays the 404 with its code, and nothing is recorded', async () => {
    const project = randomUUID();
    const error = await errorOf(setVariable(project, 'K'));
    expect(error).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404, errorId: 'VAULT-1ea1' });
    expect(error?.detail).toContain(`there is no project ${project}`);
    expect(await row(project)).toBeUndefined();
  });

  it('while gitops-sync does not answer, is the 404 saying to try again (after the call times out, or at once with no responder)', async () => {
    const slow = randomUUID();
    let release = () => undefined as void;
    whileAsked = (id) => (id === slow ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve());
    try {
      expect(await errorOf(setVariable(slow, 'K'))).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404, errorId: 'VAULT-3998' });
    } finally {
      release();
      whileAsked = async () => undefined;
    }
    await gitops.stop();
    const project = randomUUID();
    owned.set(project, { projectId: project, organizationId: ORG, slug: 'later', environments: ['staging'], streamVersion: 1 });
    const error = await errorOf(setVariable(project, 'K'));
    expect(error).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404, errorId: 'VAULT-3998' });
    expect(error?.detail).toContain('takes a moment to arrive');
    expect(await row(project)).toBeUndefined();
    expect(h.logs.join('')).toContain('gitops-sync could not be asked');
  });
});

describe('an application secrets-vault has not heard of yet', () => {
  const setOwn = (applicationId: string, key: string) => h.callAs(owner, 'secrets.SetEnvVar', { scope: 'application', applicationId, key, value: 'v' });
  const application = async (applicationId: string) =>
    (await h.service.deps.database!.sql`select name, organization_id, project_id, environment from applications where id = ${applicationId}`)[0];

  it('takes variables at once, and its ApplicationRegistered arriving afterwards changes nothing', async () => {
    const project = randomUUID();
    await h.project(project, { organizationId: ORG, environments: ['staging'] });
    const id = randomUUID();
    registered.set(id, { applicationId: id, name: 'cart', organizationId: ORG, projectId: project, environment: 'staging' });
    expect(await setOwn(id, 'CART_ONLY')).toMatchObject({ envVar: { key: 'CART_ONLY' } });
    expect(await application(id)).toEqual({ name: 'cart', organization_id: ORG, project_id: project, environment: 'staging' });
    await handled(await h.publish('deployer', 'ApplicationRegistered', `application-${id}`, {
      applicationId: id, name: 'cart', projectId: project, environment: 'staging', image: 'registry.example.com/acme/cart', ports: [8080], replicas: 1,
      webhookEnabled: true, autoDeploy: true, webhookTokenFingerprint: 'fp', actorUserId: 'user-owner', organizationId: ORG,
      signatureRequired: false, signingSecretFingerprint: '', namespace: 'project-shop-staging',
    }));
    expect(await application(id)).toEqual({ name: 'cart', organization_id: ORG, project_id: project, environment: 'staging' });
    expect(await setOwn(id, 'CART_TOO')).toMatchObject({ envVar: { key: 'CART_TOO' } });
    expect(asked.filter((a) => a === id)).toHaveLength(1);
    // Placed as the deployer registered it: a member of another organization may not.
    expect(await errorOf(h.callAs(memberOf('org-other', 'owner', 'user-outsider'), 'secrets.SetEnvVar', { scope: 'application', applicationId: id, key: 'X', value: 'v' })))
      .toMatchObject({ code: 'ERR_FORBIDDEN' });
  });

  it('that the deployer does not know either stays the 404 with its code; the deployer not answering is the 404 saying to try again', async () => {
    const unknown = randomUUID();
    expect(await errorOf(setOwn(unknown, 'K'))).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404, errorId: 'VAULT-4980' });
    expect(await application(unknown)).toBeUndefined();
    await deployer.stop();
    const later = randomUUID();
    registered.set(later, { applicationId: later, name: 'later', organizationId: ORG, projectId: randomUUID(), environment: 'staging' });
    const error = await errorOf(setOwn(later, 'K'));
    expect(error).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404, errorId: 'VAULT-9436' });
    expect(error?.detail).toContain('takes a moment to arrive');
    expect(await application(later)).toBeUndefined();
  });
});
