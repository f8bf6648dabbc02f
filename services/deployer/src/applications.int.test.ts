import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberOf, ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-apps';
const PROJECT = randomUUID();

describe('applications', () => {
  let h: Harness;
  const owner = ownerOf(ORG);
  const base = { actor: owner, projectId: PROJECT, environment: 'staging', image: 'ghcr.io/acme/api', ports: [8080, 9090], replicas: 3, webhookEnabled: true, autoDeploy: true, signatureRequired: false };

  beforeAll(async () => {
    h = await startHarness();
    await h.project({ projectId: PROJECT, organizationId: ORG, slug: 'api', environments: ['staging', 'production'] });
  });
  afterAll(async () => h?.stop());

  it('registers an application: token shown once, the settings as given, the namespace of its environment', async () => {
    const reply = await h.rpc('deploy.RegisterApplication', { ...base, name: 'api-server', resources: { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '1Gi' } });
    expect(reply.webhookToken).toMatch(/^whk_/);
    expect(reply.signingSecret).toBe('');
    expect(reply.application).toMatchObject({
      organizationId: ORG, projectId: PROJECT, name: 'api-server', environment: 'staging', namespace: 'project-api-staging', image: 'ghcr.io/acme/api',
      ports: [8080, 9090], replicas: 3, resources: { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '1Gi' },
      webhookEnabled: true, autoDeploy: true, signatureRequired: false, webhookTokenPrefix: reply.webhookToken.slice(0, 8), currentVersion: '', status: 'new', createdBy: 'user-owner',
    });
    const got = await h.rpc('deploy.GetApplication', { actor: memberOf(ORG), applicationId: reply.application!.applicationId });
    expect(JSON.stringify(got)).not.toContain(reply.webhookToken);
    const registered = (await h.events('ApplicationRegistered'))[0]!;
    expect(registered.data).toMatchObject({ name: 'api-server', namespace: 'project-api-staging', webhookTokenFingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(JSON.stringify(registered)).not.toContain(reply.webhookToken);
  });

  it('validates names, images, ports, replicas, resources, environments and uniqueness; only owners and admins register', async () => {
    const bad = async (over: Record<string, unknown>, code = 'ERR_VALIDATION') =>
      expect(h.rpc('deploy.RegisterApplication', { ...base, name: 'valid-name', ...over })).rejects.toMatchObject({ code });
    await bad({ name: 'Bad_Name' });
    await bad({ name: 'a'.repeat(41) });
    await bad({ image: 'nginx:1.25' });
    await bad({ image: 'registry.acme.test:5000/team/app:v1' });
    await bad({ image: 'Upper/Case' });
    await bad({ image: 'acme/app@sha256:abc' });
    await bad({ ports: [0] });
    await bad({ ports: [70000] });
    await bad({ ports: [80, 80] });
    await bad({ replicas: 51 });
    await bad({ resources: { cpuRequest: 'lots', cpuLimit: '', memoryRequest: '', memoryLimit: '' } });
    await bad({ environment: 'qa' });
    await bad({ projectId: randomUUID() }, 'ERR_NOT_FOUND');
    await bad({ name: 'api-server' }, 'ERR_CONFLICT');
    await bad({ actor: memberOf(ORG) }, 'ERR_FORBIDDEN');
    await bad({ actor: ownerOf('another-org') }, 'ERR_FORBIDDEN');
    await bad({ actor: { ...owner, credential: 'pat', scopes: ['deploy:read'] } }, 'ERR_FORBIDDEN');
    const ok = await h.rpc('deploy.RegisterApplication', { ...base, name: 'registry-port', image: 'registry.acme.test:5000/team/app', environment: '', replicas: 0 });
    expect(ok.application).toMatchObject({ environment: 'staging', replicas: 1 });
    const admin = await h.rpc('deploy.RegisterApplication', { ...base, name: 'by-admin', actor: { userId: 'root', roles: ['admin'], organizationId: '', organizationRole: '', scopes: [], credential: 'session' } });
    expect(admin.application?.createdBy).toBe('root');
  });

  it('updates the masked settings; turning signatures on issues a signing secret once', async () => {
    const { application } = await h.rpc('deploy.RegisterApplication', { ...base, name: 'updatable' });
    const id = application!.applicationId!;
    const changed = await h.rpc('deploy.UpdateApplication', { actor: owner, applicationId: id, updateMask: ['replicas', 'auto_deploy'], replicas: 5, autoDeploy: false, image: 'ignored/not-in-mask' });
    expect(changed.application).toMatchObject({ replicas: 5, autoDeploy: false, image: 'ghcr.io/acme/api' });
    expect(changed.signingSecret).toBe('');
    const signed = await h.rpc('deploy.UpdateApplication', { actor: owner, applicationId: id, updateMask: ['signature_required'], signatureRequired: true });
    expect(signed.signingSecret).toMatch(/^whsec_/);
    expect(signed.application?.signatureRequired).toBe(true);
    const again = await h.rpc('deploy.UpdateApplication', { actor: owner, applicationId: id, updateMask: ['signature_required'], signatureRequired: true });
    expect(again.signingSecret).toBe('');
    const types = (await h.events()).filter((e) => e.stream_id === `application-${id}`).map((e) => e.type);
    expect(types).toEqual(['ApplicationRegistered', 'ApplicationChanged', 'ApplicationChanged', 'WebhookSigningSecretRotated']);
    await expect(h.rpc('deploy.UpdateApplication', { actor: owner, applicationId: id, updateMask: ['name'] })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(h.rpc('deploy.UpdateApplication', { actor: owner, applicationId: id, updateMask: ['replicas'], replicas: 99 })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(h.rpc('deploy.UpdateApplication', { actor: memberOf(ORG), applicationId: id, updateMask: ['replicas'], replicas: 2 })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    // Turning signatures off drops the stored secret.
    await h.rpc('deploy.UpdateApplication', { actor: owner, applicationId: id, updateMask: ['signature_required'], signatureRequired: false });
    expect(await h.sql`select 1 from application_signing_secrets where application_id = ${id}`).toHaveLength(0);
    await expect(h.rpc('deploy.RegenerateWebhookToken', { actor: owner, applicationId: id, rotateSigningSecret: true })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
  });

  it('lists an organization\'s applications, or one project\'s, to its members', async () => {
    const all = await h.rpc('deploy.ListApplications', { actor: memberOf(ORG), organizationId: ORG, projectId: '' });
    expect(all.applications.map((a) => a.name)).toEqual(['api-server', 'by-admin', 'registry-port', 'updatable']);
    expect((await h.rpc('deploy.ListApplications', { actor: memberOf(ORG), organizationId: ORG, projectId: randomUUID() })).applications).toEqual([]);
    await expect(h.rpc('deploy.ListApplications', { actor: memberOf('other'), organizationId: ORG, projectId: '' })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(h.rpc('deploy.ListApplications', { actor: memberOf(ORG), organizationId: '', projectId: '' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(h.rpc('deploy.GetApplication', { actor: memberOf('other'), applicationId: all.applications[0]!.applicationId })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
  });

  it('follows the project\'s environments from gitops-sync', async () => {
    await h.publish('gitops-sync', 'EnvironmentAdded', `project-${PROJECT}`, { projectId: PROJECT, environment: 'qa', actorUserId: 'u' });
    await until(async () => expect((await h.sql`select environments from projects where id = ${PROJECT}`)[0]!['environments']).toEqual(['staging', 'production', 'qa']));
    const qa = await h.rpc('deploy.RegisterApplication', { ...base, name: 'in-qa', environment: 'qa' });
    expect(qa.application?.namespace).toBe('project-api-qa');
    await h.publish('gitops-sync', 'EnvironmentRemoved', `project-${PROJECT}`, { projectId: PROJECT, environment: 'qa', actorUserId: 'u' });
    await until(async () => expect((await h.sql`select environments from projects where id = ${PROJECT}`)[0]!['environments']).toEqual(['staging', 'production']));
    await expect(h.rpc('deploy.RegisterApplication', { ...base, name: 'in-qa-2', environment: 'qa' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await h.publish('gitops-sync', 'ProjectDeleted', `project-${PROJECT}`, { projectId: PROJECT, slug: 'api', actorUserId: 'u' });
    await until(async () => expect(await h.sql`select 1 from projects where id = ${PROJECT} and not deleted`).toHaveLength(0));
    await expect(h.rpc('deploy.RegisterApplication', { ...base, name: 'too-late' })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
  });
});
