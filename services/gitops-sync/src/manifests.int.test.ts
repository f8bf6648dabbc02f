// No kubeconfig and not in a pod: the manifests target writes the same objects as YAML under the data directory.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { callRpc, closeBus, connectBus, endpoint, ensureEventStream, startRpcService } from '@keywarden/bus';
import { loadConfig, startService } from '@keywarden/runtime';
import { createTestDatabase, testBus } from '@keywarden/testing';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { gitopsSyncConfig } from './config.js';
import { gitopsSyncService } from './service.js';
import { ownerOf, until } from './test-support/harness.js';

describe('manifests target', () => {
  it('says so at start-up and writes the namespace, Secret and GitRepository as YAML files', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kw-gitops-'));
    const db = await createTestDatabase('gitops_manifests');
    const { natsUrl, namespace } = testBus();
    const nc = await connectBus({ servers: natsUrl, name: 'gitops-manifests-test' });
    await ensureEventStream(nc, 'identity', { namespace });
    const broker = await startRpcService(nc, {
      name: 'oauth-broker-fake', version: '0.1.0', namespace,
      endpoints: [endpoint('oauth.GetAccessToken', async () => ({ accessToken: 'tok-file-1', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), generation: 3, usernameHint: 'oauth2' }))],
    });
    const lines: string[] = [];
    const logs = new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) });
    const saved = process.env['KUBECONFIG'];
    delete process.env['KUBECONFIG'];
    const service = await startService(gitopsSyncService(), loadConfig('gitops-sync', {
      KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'info', KW_DATA_DIR: dataDir, KW_GITOPS_QUEUE_POLL_MS: '50',
    }, gitopsSyncConfig), { logDestination: logs });
    try {
      expect(lines.join('')).toContain('no Kubernetes cluster configured: writing manifests instead');
      const sql = service.deps.database!.sql;
      await sql`insert into org_owners values ('org-m', 'mia', now())`;
      await sql`insert into oauth_accounts values ('acc-m', 'mia', 'gitlab', 'app', 'active', 3, now(), now())`;
      await callRpc(nc, 'gitops.CreateProject', { actor: ownerOf('org-m', 'mia'), organizationId: 'org-m', name: 'docs', repositoryUrl: 'https://gitlab.com/a/docs', environments: ['prod'] }, { namespace });
      const dir = join(dataDir, 'gitops-sync', 'manifests', 'project-docs-prod');
      await until(async () => expect((await stat(join(dir, 'gitrepository-docs.yaml'))).isFile()).toBe(true));
      const secret = parse(await readFile(join(dir, 'secret-docs-git-auth.yaml'), 'utf8')) as { data: Record<string, string>; metadata: { annotations: Record<string, string> } };
      expect(Buffer.from(secret.data['password']!, 'base64').toString()).toBe('tok-file-1');
      expect(secret.metadata.annotations['keywarden.dev/token-generation']).toBe('3');
      expect((await stat(join(dir, 'secret-docs-git-auth.yaml'))).mode & 0o777).toBe(0o600);
      expect(parse(await readFile(join(dir, 'gitrepository-docs.yaml'), 'utf8'))).toMatchObject({ spec: { url: 'https://gitlab.com/a/docs', secretRef: { name: 'docs-git-auth' } } });
      // Reconcile reads the files back: nothing drifted.
      const result = await callRpc(nc, 'gitops.ReconcileProject', { actor: ownerOf('org-m', 'mia'), projectId: (await sql`select id from projects`)[0]!['id'] as string, force: false }, { namespace });
      expect(result).toMatchObject({ failed: 0, driftFixed: 0 });
      // No Flux to ask: the credential is written but says so instead of pretending it was verified.
      expect(result.project?.environments?.[0]).toMatchObject({ status: 'synced', verification: 'unverified' });
      // Seed 000's troubleshooting lines: the pass's start, the bindings found, each Secret rewritten, the totals.
      const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      const pass = (msg: string) => logged.find((l) => l['msg'] === msg && l['runId'] === result.runId);
      expect(pass('credentials reconcile started')).toMatchObject({ trigger: 'manual' });
      expect(pass('credentials reconcile found bindings')).toMatchObject({ bindings: 1, projects: 1 });
      expect(pass('Git credential Secret written')).toMatchObject({ namespace: 'project-docs-prod', secretName: 'docs-git-auth', generation: 3, trigger: 'manual' });
      expect(pass('credentials reconcile completed')).toMatchObject({ projects: 1, refreshed: 1, failed: 0, driftFixed: 0 });
      expect(lines.join('')).not.toContain('tok-file-1');
    } finally {
      if (saved !== undefined) process.env['KUBECONFIG'] = saved;
      await service.stop();
      await broker.stop();
      await closeBus(nc);
      await db.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
