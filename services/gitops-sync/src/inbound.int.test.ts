import { randomUUID } from 'node:crypto';
import { encodeInbound, type InboundInput } from '@keywarden/contracts';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretData, startHarness, until, type Harness } from './test-support/harness.js';

// What a company's service publishes on ext.<integration>.<organization>.gitops.<Type> (issue #20),
// through the real bus into gitops-sync's inbound consumer: the effect is the API's, once per ce-id;
// a bad message is parked and answered by ProjectRequestRejected, and the next one is still handled.
const ORG = '0b7c6d2e-1f3a-4c5b-9d8e-7f6a5b4c3d2e';
const OTHER_ORG = '5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716';
const OWNER = 'user-inbound-owner';

describe('inbound project messages', () => {
  let h: Harness;
  const sql = () => h.service.deps.database!.sql;

  /** Publishes as the integration would; `msgId: false` leaves Nats-Msg-Id out (JetStream would drop a copy within its window). */
  const send = async (input: Partial<InboundInput> & Pick<InboundInput, 'type' | 'data'>, options: { msgId?: boolean; tamper?: (m: { subject: string; headers: Record<string, string>; data: Uint8Array }) => void } = {}) => {
    const id = input.id ?? randomUUID();
    const msg = encodeInbound({ integration: 'portal', organizationId: ORG, source: 'company-portal', ...input, id }, { namespace: h.namespace });
    options.tamper?.(msg);
    const headers = natsHeaders();
    for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') headers.set(k, v);
    await jetstream(h.nc).publish(msg.subject, msg.data, { headers, ...(options.msgId === false ? {} : { msgID: msg.headers['Nats-Msg-Id']! }) });
    return id;
  };
  const projectsNamed = async (slug: string) => (await sql()`select id, environments, created_by from projects where slug = ${slug}`) as unknown as Array<{ id: string; environments: string[]; created_by: string }>;
  const rejections = async () => (await h.events('ProjectRequestRejected')).map((e) => e.data);

  beforeAll(async () => {
    h = await startHarness();
    await h.organization(ORG, OWNER);
    await h.connect('acc-inbound', OWNER);
    await until(async () => expect((await sql()`select 1 from org_owners where organization_id = ${ORG}`).length).toBe(1));
    await until(async () => expect((await sql()`select 1 from oauth_accounts where account_id = 'acc-inbound'`).length).toBe(1));
  });
  afterAll(async () => h?.stop());

  it('creates the project as the API would, with its Secrets and GitCredentialsSynced, acting as integration:<name>; twice is once', async () => {
    const data = { slug: 'portal-shop', name: 'Portal Shop', repositoryUrl: 'https://gitlab.com/acme/portal-shop.git', branch: 'main', environments: ['dev', 'prod'] };
    const id = await send({ type: 'ProjectCreated', data });
    await until(async () => expect((await h.events('GitCredentialsSynced')).filter((e) => e.data['secretName'] === 'portal-shop-git-auth')).toHaveLength(2));
    for (const env of ['dev', 'prod']) expect(secretData(h.kube, `project-portal-shop-${env}`, 'portal-shop-git-auth')).toEqual({ username: 'oauth2', password: 'tok-acc-inbound-1' });
    const [created] = (await h.events('ProjectCreated')).filter((e) => e.data['slug'] === 'portal-shop');
    expect(created!.data).toMatchObject({ organizationId: ORG, actorUserId: 'integration:portal', environments: ['dev', 'prod'] });

    // The same ce-id again, as JSON and past JetStream's duplicate window (no Nats-Msg-Id): no second effect.
    await send({ type: 'ProjectCreated', data, id, contentType: 'application/json' }, { msgId: false });
    // A later message is handled after it (one consumer, in order): once it shows, the copy was decided.
    await send({ type: 'ProjectChanged', data: { slug: 'portal-shop', environments: ['dev', 'prod', 'qa'] } });
    await until(async () => expect((await projectsNamed('portal-shop'))[0]?.environments).toEqual(['dev', 'prod', 'qa']));
    expect(await projectsNamed('portal-shop')).toHaveLength(1);
    expect((await h.events('ProjectCreated')).filter((e) => e.data['slug'] === 'portal-shop')).toHaveLength(1);
    expect(await rejections()).toEqual([]);
  });

  it('ProjectChanged adds and removes environments to the desired set; ProjectDeleted deletes the project and what it made', async () => {
    await until(() => expect(secretData(h.kube, 'project-portal-shop-qa', 'portal-shop-git-auth')?.['password']).toBe('tok-acc-inbound-1'));
    await send({ type: 'ProjectChanged', data: { slug: 'portal-shop', environments: ['qa', 'staging'] } });
    await until(async () => expect((await projectsNamed('portal-shop'))[0]?.environments).toEqual(['qa', 'staging']));
    await until(() => expect(h.kube.get('Secret', 'project-portal-shop-dev', 'portal-shop-git-auth')).toBeUndefined());
    await until(() => expect(secretData(h.kube, 'project-portal-shop-staging', 'portal-shop-git-auth')?.['password']).toBe('tok-acc-inbound-1'));
    const changes = [...(await h.events('EnvironmentAdded')), ...(await h.events('EnvironmentRemoved'))];
    expect(changes.map((e) => e.data['actorUserId'])).toEqual(changes.map(() => 'integration:portal'));

    // Another organization's integration cannot touch it: the subject's organization is the only one it acts in.
    await send({ type: 'ProjectDeleted', data: { slug: 'portal-shop' }, organizationId: OTHER_ORG });
    await send({ type: 'ProjectDeleted', data: { slug: 'portal-shop' } });
    await until(async () => expect(await projectsNamed('portal-shop')).toEqual([]));
    await until(() => expect(h.kube.get('Secret', 'project-portal-shop-qa', 'portal-shop-git-auth')).toBeUndefined());
    expect(await rejections()).toEqual([expect.objectContaining({ organizationId: OTHER_ORG, reason: 'unknown_project', integration: 'portal' })]);
  });

  it('parks a malformed message, an unknown type, an invalid field and a reused ce-id, answers each, and still handles the next', async () => {
    const before = (await rejections()).length;
    const garbage = await send({ type: 'ProjectDeleted', data: { slug: 'x1' } }, { tamper: (m) => void (m.data = new Uint8Array([0xff, 0xff, 0xff])) });
    const unknown = await send({ type: 'ProjectDeleted', data: { slug: 'x2' } }, { tamper: (m) => void (m.headers['ce-type'] = 'keywarden.inbound.v1.ProjectRenamed') });
    const badSlug = await send({ type: 'ProjectCreated', data: { slug: 'Bad_Slug', name: 'B', repositoryUrl: 'https://gitlab.com/acme/b.git', environments: [] } });
    const first = await send({ type: 'ProjectCreated', data: { slug: 'reused', name: 'R', repositoryUrl: 'https://gitlab.com/acme/r.git', environments: ['dev'] } });
    await send({ type: 'ProjectCreated', data: { slug: 'reused-2', name: 'R', repositoryUrl: 'https://gitlab.com/acme/r.git', environments: ['dev'] }, id: first }, { msgId: false });
    await send({ type: 'ProjectCreated', data: { slug: 'after-bad', name: 'A', repositoryUrl: 'https://gitlab.com/acme/a.git', environments: ['dev'] } });

    await until(async () => expect(await projectsNamed('after-bad')).toHaveLength(1));
    await until(async () => expect((await rejections()).length).toBe(before + 4));
    const answered = (await rejections()).slice(before);
    expect(answered.map((r) => [r['ceId'], r['reason']])).toEqual([
      [garbage, 'undecodable_payload'], [unknown, 'unknown_type'], [badSlug, 'invalid_field'], [first, 'idempotency_conflict'],
    ]);
    expect(answered[1]).toMatchObject({ ceType: 'keywarden.inbound.v1.ProjectRenamed', organizationId: ORG, integration: 'portal', actorUserId: 'integration:portal' });
    expect(String(answered[2]!['detail'])).toMatch(/slug must be/);
    expect(await projectsNamed('reused')).toHaveLength(1);
    expect(await projectsNamed('reused-2')).toEqual([]);
    // Each is parked whole in gitops-sync's dead letters, with its reason, and the rejection names its row.
    const letters = (await sql()`select id, error_code, stream_sequence from dead_letters where consumer = 'gitops-sync--inbound' order by id`) as unknown as Array<{ id: number; error_code: string }>;
    expect(letters.map((l) => l.error_code).slice(-4)).toEqual(['undecodable_payload', 'unknown_type', 'invalid_field', 'idempotency_conflict']);
    expect(answered.map((r) => r['deadLetterId'])).toEqual(letters.slice(-4).map((l) => Number(l.id)));
    // And the answers reach the bus for the publisher, as public events.
    await until(async () => expect((await sql()`select count(*)::int as n from outbox`)[0]!['n']).toBe(0));
  });
});
