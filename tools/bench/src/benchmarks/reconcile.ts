// reconcile: a full gitops-sync reconcile of N projects x E environments against the
// Kubernetes API test server: duration and Kubernetes requests of a pass with nothing
// to do and of one repairing deleted Secrets, beside the raw paged LISTs of the same
// Secrets and GitRepositories with the same label selector.
import { fingerprint } from '@keywarden/crypto';
import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { withInfra } from '../infra.js';
import { parseRun, runHelp } from '../options.js';
import { round, say, verdict, type Benchmark, type Report } from '../report.js';
import { startGitopsBench, type GitopsBench } from './gitops-setup.js';

const spec = {
  projects: { default: 10_000, help: 'projects' },
  environments: { default: 3, help: 'environments per project', max: 5 },
  drift: { default: 100, help: 'Secrets deleted by hand before the second pass', min: 0 },
};
/** `--smoke`: seconds, for CI (it proves the benchmark still runs). */
const SMOKE = { projects: 100, environments: 3, drift: 10 };
const TARGET = 0.3;
const SELECTOR = 'app.kubernetes.io/managed-by=keywarden';
const TOKEN = 'tok-reconcile-1';

async function seed(b: GitopsBench, projects: number, environments: number) {
  const envs = ['dev', 'staging', 'prod', 'qa', 'perf'].slice(0, environments);
  const fp = fingerprint(TOKEN);
  b.grants.set('acc-r', { token: TOKEN, generation: 1 });
  await b.sql`insert into org_owners values ('org-r', 'owner-r', now())`;
  await b.sql`insert into oauth_accounts values ('acc-r', 'owner-r', 'gitlab', 'app', 'active', 1, now(), now())`;
  const b64 = (v: string) => Buffer.from(v).toString('base64');
  for (let start = 0; start < projects; start += 1000) {
    const page = Array.from({ length: Math.min(1000, projects - start) }, (_, k) => start + k);
    const rows = page.map((i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, slug: `p${i}` }));
    await b.sql`insert into projects ${b.sql(rows.map((r) => ({
      id: r.id, organization_id: 'org-r', name: r.slug, slug: r.slug, repository_url: `https://gitlab.com/acme/${r.slug}`, provider: 'gitlab', branch: 'main',
      environments: JSON.stringify(envs), created_by: 'owner-r', created_at: new Date().toISOString(),
    })))}`;
    await b.sql`insert into bindings ${b.sql(rows.flatMap((r) => envs.map((env) => ({
      project_id: r.id, environment: env, organization_id: 'org-r', namespace: `project-${r.slug}-${env}`, secret_name: `${r.slug}-git-auth`, status: 'synced',
      account_id: 'acc-r', token_generation: 1, token_fingerprint: fp, reason: '', detail: '', last_synced_at: new Date().toISOString(), updated_at: new Date().toISOString(),
    }))))}`;
    for (const r of rows) {
      for (const env of envs) {
        const namespace = `project-${r.slug}-${env}`;
        const labels = { 'app.kubernetes.io/managed-by': 'keywarden', 'keywarden.dev/project': r.id, 'keywarden.dev/environment': env };
        b.kube.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace, labels } }, 'keywarden');
        b.kube.put({
          apiVersion: 'v1', kind: 'Secret', type: 'Opaque', data: { username: b64('oauth2'), password: b64(TOKEN) },
          metadata: { name: `${r.slug}-git-auth`, namespace, labels, annotations: { 'keywarden.dev/token-generation': '1', 'keywarden.dev/token-fingerprint': fp } },
        }, 'keywarden');
        b.kube.put({
          apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name: r.slug, namespace, labels },
          spec: { url: `https://gitlab.com/acme/${r.slug}`, ref: { branch: 'main' }, interval: '1m', secretRef: { name: `${r.slug}-git-auth` } },
        }, 'keywarden');
      }
    }
    if ((start / 1000) % 2 === 1) say(`  seeded ${start + page.length} projects`);
  }
  return envs;
}

/** The same reads a reconcile makes, straight through client-node. */
async function rawLists(b: GitopsBench): Promise<{ ms: number; items: number }> {
  const core = b.kc.makeApiClient(CoreV1Api);
  const custom = b.kc.makeApiClient(CustomObjectsApi);
  const started = performance.now();
  let items = 0;
  let next: string | undefined;
  do {
    const page = await core.listSecretForAllNamespaces({ labelSelector: SELECTOR, limit: 500, ...(next ? { _continue: next } : {}) });
    items += page.items.length;
    next = page.metadata?._continue || undefined;
  } while (next);
  do {
    const page = (await custom.listClusterCustomObject({ group: 'source.toolkit.fluxcd.io', version: 'v1', plural: 'gitrepositories', labelSelector: SELECTOR, limit: 500, ...(next ? { _continue: next } : {}) })) as { items: unknown[]; metadata?: { continue?: string } };
    items += page.items.length;
    next = page.metadata?.continue || undefined;
  } while (next);
  return { ms: performance.now() - started, items };
}

export const reconcile: Benchmark = {
  help: () => runHelp('reconcile', spec, SMOKE),
  run: async (args) => {
    const { smoke, o } = parseRun(spec, SMOKE, args);
    return await withInfra(async (infra) => {
      const b = await startGitopsBench(infra);
      try {
        say(`seeding ${o.projects} projects x ${o.environments} environments (database rows and cluster objects)`);
        const envs = await seed(b, o.projects, o.environments);
        const raw = await rawLists(b);
        say(`raw paged LISTs: ${raw.items} objects in ${round(raw.ms)} ms`);

        b.kube.resetRequests();
        let started = performance.now();
        const clean = await b.handles.reconciler.run({ trigger: 'schedule' });
        const cleanMs = performance.now() - started;
        const cleanRequests = b.kube.requestCount();
        say(`reconcile with nothing to do: ${round(cleanMs)} ms, ${cleanRequests} Kubernetes requests, ${clean.driftFixed} repaired`);
        if (clean.driftFixed !== 0 || clean.refreshed !== 0 || clean.failed !== 0) throw new Error(`a clean reconcile changed something: ${JSON.stringify(clean)}`);

        const drifted = Math.min(o.drift, o.projects * envs.length);
        for (let i = 0; i < drifted; i++) {
          const p = Math.floor((i * o.projects) / Math.max(drifted, 1));
          b.kube.remove('Secret', `project-p${p}-${envs[i % envs.length]}`, `p${p}-git-auth`);
        }
        b.kube.resetRequests();
        started = performance.now();
        const repair = await b.handles.reconciler.run({ trigger: 'schedule' });
        const repairMs = performance.now() - started;
        const repairRequests = b.kube.requests();
        say(`reconcile repairing ${drifted} deleted Secrets: ${round(repairMs)} ms, ${b.kube.requestCount()} Kubernetes requests, ${repair.driftFixed} repaired`);
        if (repair.driftFixed !== drifted || repair.failed !== 0) throw new Error(`expected ${drifted} repairs, got ${JSON.stringify(repair)}`);

        const ratio = raw.ms / cleanMs;
        return {
          benchmark: 'reconcile', smoke, projects: o.projects, environments: o.environments, secrets: o.projects * envs.length,
          clean_pass: { duration_ms: round(cleanMs), kubernetes_requests: cleanRequests, projects: clean.projects },
          repair_pass: { duration_ms: round(repairMs), kubernetes_requests: repairRequests, drift_fixed: repair.driftFixed },
          baseline: { what: 'the same paged LISTs (Secrets and GitRepositories by label selector) through client-node', duration_ms: round(raw.ms), objects: raw.items },
          ...verdict(ratio, TARGET, infra.versions),
        } satisfies Report;
      } finally {
        await b.stop();
      }
    });
  },
};
