// Read-your-writes across services: an application registered in a project created a moment ago, its
// ProjectCreated not delivered yet, is registered at once: the deployer asks gitops-sync (a stand-in
// LookupProject on the real bus, answering what the test says it owns) and records the project. Its events
// arriving afterwards leave the row as gitops-sync answered it and later ones still apply; a project deleted
// while it was asked about ends deleted; an unknown project stays the 404; gitops-sync not answering is the
// 404 saying to try again. LookupApplication answers secrets-vault's own read-through.
import { randomUUID } from 'node:crypto';
import { endpoint, startRpcService } from '@keywarden/bus';
import { eventually } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, startHarness, type Harness } from './test-support/harness.js';

type Owned = { projectId: string; organizationId: string; slug: string; environments: string[]; streamVersion: number };

const ORG = 'org-rw';
let h: Harness;
let gitops: Awaited<ReturnType<typeof startRpcService>>;
/** What the stand-in gitops-sync owns, by project id. */
const owned = new Map<string, Owned>();
/** Every project it was asked about. */
const asked: string[] = [];
/** Runs while a project is being asked about, before the answer goes. */
let whileAsked: (projectId: string) => Promise<void> = async () => undefined;

const errorOf = async (p: Promise<unknown>) => p.then(() => undefined, (e: { code?: string; status?: number; errorId?: string; detail?: string }) => e);
const register = (projectId: string, name: string, environment = 'staging') => h.rpc('deploy.RegisterApplication', {
  actor: ownerOf(ORG), projectId, name, environment, image: 'ghcr.io/acme/api', ports: [8080], replicas: 1, webhookEnabled: true, autoDeploy: false, signatureRequired: false,
});
const row = async (projectId: string) => (await h.sql`select organization_id, slug, environments, version, deleted from projects where id = ${projectId}`)[0];
const handled = (eventId: string) => eventually(async () => (await h.sql`select 1 from inbox where event_id = ${eventId}`).length === 1,
  { timeoutMs: 10_000, message: `event ${eventId} handled by the deployer` });
const created = (projectId: string, slug: string, environments: string[]) => h.publish('gitops-sync', 'ProjectCreated', `project-${projectId}`, {
  projectId, organizationId: ORG, name: slug, slug, repositoryUrl: `https://gitlab.com/acme/${slug}.git`, provider: 'gitlab', branch: 'main', environments, actorUserId: 'user-owner',
});

beforeAll(async () => {
  h = await startHarness();
  gitops = await startRpcService(h.nc, {
    name: 'gitops-sync-stand-in', version: '0.1.0', namespace: h.namespace,
    endpoints: [endpoint('gitops.LookupProject', async (r) => {
      asked.push(r.projectId);
      await whileAsked(r.projectId);
      const project = owned.get(r.projectId);
      return project ? { found: true, ...project } : { found: false };
    })],
  });
});

afterAll(async () => {
  await gitops?.stop().catch(() => undefined);
  await h?.stop();
});

describe('an application in a project the deployer has not heard of yet', () => {
  it('is registered at once, and the project\'s events arriving afterwards leave the row as gitops-sync answered it', async () => {
    const project = randomUUID();
    // Created with qa, qa removed since (version 2): the deployer has had neither event.
    owned.set(project, { projectId: project, organizationId: ORG, slug: 'shop', environments: ['staging', 'production'], streamVersion: 2 });
    const reply = await register(project, 'shop-api');
    expect(reply.application).toMatchObject({ projectId: project, organizationId: ORG, environment: 'staging', namespace: 'project-shop-staging' });
    expect(asked.filter((id) => id === project)).toHaveLength(1);
    expect(await row(project)).toEqual({ organization_id: ORG, slug: 'shop', environments: ['staging', 'production'], version: 2, deleted: false });

    // The events arrive: ProjectCreated (still with qa) and EnvironmentRemoved are not newer than the row.
    await handled(await created(project, 'shop', ['staging', 'production', 'qa']));
    expect(await row(project)).toEqual({ organization_id: ORG, slug: 'shop', environments: ['staging', 'production'], version: 2, deleted: false });
    expect(await errorOf(register(project, 'shop-qa', 'qa'))).toMatchObject({ code: 'ERR_VALIDATION', errorId: 'DEPLOY-2be5' });
    await handled(await h.publish('gitops-sync', 'EnvironmentRemoved', `project-${project}`, { projectId: project, environment: 'qa', actorUserId: 'user-owner' }));
    // A later event applies.
    await handled(await h.publish('gitops-sync', 'EnvironmentAdded', `project-${project}`, { projectId: project, environment: 'preview', actorUserId: 'user-owner' }));
    expect(await row(project)).toEqual({ organization_id: ORG, slug: 'shop', environments: ['staging', 'production', 'preview'], version: 3, deleted: false });
    expect((await register(project, 'shop-preview', 'preview')).application).toMatchObject({ namespace: 'project-shop-preview' });
    expect(asked.filter((id) => id === project)).toHaveLength(1);
  });

  it('once registered, is what LookupApplication answers secrets-vault (no actor), where it was registered', async () => {
    const project = randomUUID();
    owned.set(project, { projectId: project, organizationId: ORG, slug: 'look', environments: ['staging'], streamVersion: 1 });
    const { application } = await register(project, 'look-api');
    const id = application!.applicationId!;
    expect(await h.rpc('deploy.LookupApplication', { applicationId: id })).toEqual({
      found: true, applicationId: id, name: 'look-api', organizationId: ORG, projectId: project, environment: 'staging',
    });
    expect(await h.rpc('deploy.LookupApplication', { applicationId: randomUUID() })).toMatchObject({ found: false });
  });

  it('deleted while gitops-sync was asked about it, ends deleted and refuses the registration', async () => {
    const project = randomUUID();
    owned.set(project, { projectId: project, organizationId: ORG, slug: 'gone', environments: ['staging'], streamVersion: 1 });
    // The answer (version 1, the project exists) is read before the deletion and recorded after the deployer handled it.
    whileAsked = async (id) => {
      if (id !== project) return;
      await handled(await created(project, 'gone', ['staging']));
      await handled(await h.publish('gitops-sync', 'ProjectDeleted', `project-${project}`, { projectId: project, slug: 'gone', actorUserId: 'user-owner' }));
    };
    try {
      expect(await errorOf(register(project, 'gone-api'))).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404, errorId: 'DEPLOY-2ecd' });
    } finally {
      whileAsked = async () => undefined;
    }
    expect(await row(project)).toMatchObject({ version: 2, deleted: true });
    // Known deleted: refused without asking again.
    expect(await errorOf(register(project, 'gone-api'))).toMatchObject({ code: 'ERR_NOT_FOUND', errorId: 'DEPLOY-2ecd' });
    expect(asked.filter((id) => id === project)).toHaveLength(1);
    expect(await h.events('ApplicationRegistered')).not.toContainEqual(expect.objectContaining({ data: expect.objectContaining({ projectId: project }) }));
  });

  it('that gitops-sync does not know either stays the 404 with its code, and nothing is recorded', async () => {
    const project = randomUUID();
    const error = await errorOf(register(project, 'nowhere-api'));
    expect(error).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404, errorId: 'DEPLOY-2ecd' });
    expect(error?.detail).toBe('no such project');
    expect(await row(project)).toBeUndefined();
  });

  it('while gitops-sync does not answer, is the 404 saying to try again (after the call times out, or at once with no responder)', async () => {
    const slow = randomUUID();
    let release = () => undefined as void;
    whileAsked = (id) => (id === slow ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve());
    try {
      expect(await errorOf(register(slow, 'slow-api'))).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404, errorId: 'DEPLOY-4151' });
    } finally {
      release();
      whileAsked = async () => undefined;
    }
    await gitops.stop();
    const project = randomUUID();
    owned.set(project, { projectId: project, organizationId: ORG, slug: 'later', environments: ['staging'], streamVersion: 1 });
    const error = await errorOf(register(project, 'later-api'));
    expect(error).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404, errorId: 'DEPLOY-4151' });
    expect(error?.detail).toContain('no such project known to the deployer yet');
    expect(await row(project)).toBeUndefined();
  });
});
