// impact: the audit service's impact queries (GetAccount/Secret/Group/ProviderImpact's use case, in
// process, not HTTP) on a platform of --secrets secrets, --applications applications and --bindings Git
// credential bindings, seeded into the audit database through the impact projection itself (the code the
// consumers run). Baseline, same run, same pool: a bare primary-key lookup of one secret row. The issue's
// target is an absolute one (p99 ≤ 50 ms); `ratio` is the baseline's p99 ÷ the impact queries' p99 and
// `target` the ratio a 50 ms p99 would have.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { applyImpact, auditConfig, auditService, auditSettings, impactQueries, type AuditSourceEvent } from '@keywarden/audit';
import { loadConfig, startService } from '@keywarden/runtime';
import { withInfra } from '../infra.js';
import { parseRun, runHelp } from '../options.js';
import { machine, percentile, round, say, type Benchmark, type Report } from '../report.js';

const spec = {
  secrets: { default: 10_000, min: 10, help: 'secrets (groups of 100, two versions each)' },
  applications: { default: 2_000, min: 10, help: 'applications (10 per project environment pair, each deployed once, recording the secret versions it carries)' },
  bindings: { default: 5_000, min: 10, help: 'Git credential bindings (3 environments per project, 10 per account)' },
  queries: { default: 2_000, min: 10, help: 'queries measured per kind (after a warm-up of 100)' },
};
const SMOKE = { secrets: 100, applications: 20, bindings: 50, queries: 20 };
const TARGET_P99_MS = 50;
const quiet = new Writable({ write: (_c, _e, cb) => cb() });
const ADMIN = { userId: 'bench-admin', roles: ['admin'] };

type Seeded = { accounts: string[]; secrets: string[]; groups: string[]; providers: string[] };

/** The platform as events, in the order each context's stream would carry them. */
function platformEvents(o: { secrets: number; applications: number; bindings: number }): { events: AuditSourceEvent[]; seeded: Seeded } {
  const events: AuditSourceEvent[] = [];
  let clock = Date.UTC(2026, 0, 1);
  const add = (type: string, data: Record<string, unknown>) => events.push({ eventId: randomUUID(), type, streamId: `bench-${events.length}`, time: new Date(clock += 10), data });
  const seeded: Seeded = { accounts: [], secrets: [], groups: [], providers: [] };
  const org = (i: number) => `org-${i % 20}`;
  // gitops: projects of three environments, each binding an account (10 bindings per account)
  const projects = Math.ceil(o.bindings / 3);
  for (let p = 0; p < projects; p++) {
    add('ProjectCreated', { projectId: `p${p}`, organizationId: org(p), name: `project ${p}`, slug: `p${p}`, repositoryUrl: `https://git.example/p${p}.git` });
  }
  for (let b = 0; b < o.bindings; b++) {
    const p = Math.floor(b / 3);
    const account = `acc-${Math.floor(b / 10)}`;
    if (b % 10 === 0) seeded.accounts.push(account);
    add('GitCredentialsSynced', { projectId: `p${p}`, organizationId: org(p), environment: ['dev', 'staging', 'prod'][b % 3], namespace: `project-p${p}-${b % 3}`, secretName: `p${p}-git-auth`, accountId: account, tokenGeneration: 1, tokenFingerprint: 'tf' });
  }
  // secrets: groups of 100 (every tenth group synced by a provider), two versions each
  const groups = Math.ceil(o.secrets / 100);
  for (let g = 0; g < groups; g++) {
    add('SecretGroupCreated', { groupId: `g${g}`, name: `group-${g}` });
    seeded.groups.push(`g${g}`);
    if (g % 10 === 0) {
      add('ProviderConfigured', { providerId: `prov${g}`, name: `provider ${g}`, providerType: 'hashicorp-vault', groupId: `g${g}` });
      add('SecretGroupProviderLinked', { groupId: `g${g}`, providerId: `prov${g}` });
      seeded.providers.push(`prov${g}`);
    }
  }
  for (let s = 0; s < o.secrets; s++) {
    const g = Math.floor(s / 100);
    add('SecretCreated', { secretId: `s${s}`, groupId: `g${g}`, name: `SECRET_${s}`, providerId: g % 10 === 0 ? `prov${g}` : '', version: 1, valueFingerprint: `f${s}-1` });
    seeded.secrets.push(`s${s}`);
  }
  for (let s = 0; s < o.secrets; s++) add('SecretValueChanged', { secretId: `s${s}`, groupId: `g${Math.floor(s / 100)}`, version: 2, valueFingerprint: `f${s}-2` });
  // variables: each application references two secrets; each project environment with applications one secret
  // and one group: a secret is referenced by a few variables, a group by a few project environments.
  const pairs = Math.ceil(o.applications / 10);
  for (let e = 0; e < pairs; e++) {
    const p = e % projects;
    const environment = ['dev', 'staging', 'prod'][Math.floor(e / projects) % 3];
    add('EnvVarSet', { envVarId: `ve${e}`, scope: 'environment', projectId: `p${p}`, environment, key: 'SHARED', kind: 'secret_ref', reference: `s${(e * 7) % o.secrets}` });
    add('EnvVarSet', { envVarId: `vg${e}`, scope: 'environment', projectId: `p${p}`, environment, key: 'GROUP', kind: 'group_ref', reference: `group-${e % groups}` });
  }
  // deploy: applications, each with one live deployment (the second secret versions were current then)
  for (let a = 0; a < o.applications; a++) {
    const e = Math.floor(a / 10);
    const p = e % projects;
    const environment = ['dev', 'staging', 'prod'][Math.floor(e / projects) % 3];
    add('ApplicationRegistered', { applicationId: `a${a}`, organizationId: org(p), projectId: `p${p}`, environment, name: `app-${a}`, namespace: `project-p${p}-${environment}` });
    for (const k of [0, 1]) {
      add('EnvVarSet', { envVarId: `va${a}-${k}`, scope: 'application', projectId: `p${p}`, environment, applicationId: `a${a}`, key: `K${k}`, kind: 'secret_ref', reference: `s${(a * 5 + k) % o.secrets}` });
    }
    add('DeploymentRequested', { deploymentId: `d${a}`, applicationId: `a${a}`, version: '1.0.0' });
    // As the deployer records it: every secret the environment was built with (its two, the shared one, the group's).
    const g = e % groups;
    const used = new Set([(a * 5) % o.secrets, (a * 5 + 1) % o.secrets, (e * 7) % o.secrets]);
    for (let s = g * 100; s < Math.min(o.secrets, g * 100 + 100); s++) used.add(s);
    const versionsUsed = [...used].sort((x, y) => x - y).map((s) => ({ secretId: `s${s}`, version: 2, valueFingerprint: `f${s}-2` }));
    add('DeploymentSucceeded', { deploymentId: `d${a}`, applicationId: `a${a}`, version: '1.0.0', versionsUsed, envFingerprint: a.toString(16).padStart(16, '0') });
  }
  return { events, seeded };
}

export const impact: Benchmark = {
  help: () => runHelp('impact', spec, SMOKE),
  run: async (args): Promise<Report> => {
    const { smoke, o } = parseRun(spec, SMOKE, args);
    return await withInfra(async (infra) => {
      const env = { KW_NATS_URL: infra.natsUrl, KW_DATABASE_URL: await infra.serviceDatabase('audit'), KW_LOG_LEVEL: 'warn' };
      const config = loadConfig('audit', env, auditConfig, { database: true });
      const service = await startService(auditService(() => auditSettings(config.extra)), config, { logDestination: quiet });
      try {
        const database = service.deps.database!;
        const { events, seeded } = platformEvents(o);
        say(`seeding ${events.length} events through the impact projection (${o.secrets} secrets, ${o.applications} applications, ${o.bindings} bindings)`);
        const seedStart = performance.now();
        for (let i = 0; i < events.length; i += 500) await database.db.transaction((tx) => applyImpact(tx, events.slice(i, i + 500)));
        const seedS = (performance.now() - seedStart) / 1000;
        say(`seeded in ${round(seedS, 1)} s`);
        await database.sql`analyze`;

        const queries = impactQueries({ database });
        const pick = <T>(list: readonly T[], i: number) => list[(i * 7919) % list.length]!;
        const kinds = {
          account: (i: number) => queries.account(ADMIN, { accountId: pick(seeded.accounts, i) }),
          secret: (i: number) => queries.secret(ADMIN, { secretId: pick(seeded.secrets, i) }),
          group: (i: number) => queries.group(ADMIN, { groupId: pick(seeded.groups, i) }),
          provider: (i: number) => queries.provider(ADMIN, { providerId: pick(seeded.providers, i) }),
          secret_in_organization: (i: number) => queries.secret(ADMIN, { secretId: pick(seeded.secrets, i), organizationId: 'org-3' }),
        };
        const measure = async (run: (i: number) => Promise<unknown>) => {
          for (let i = 0; i < 100; i++) await run(i);
          const times: number[] = [];
          for (let i = 0; i < o.queries; i++) {
            const t0 = performance.now();
            await run(i + 100);
            times.push(performance.now() - t0);
          }
          const sorted = times.sort((a, b) => a - b);
          return { p50_ms: round(percentile(sorted, 50), 2), p99_ms: round(percentile(sorted, 99), 2), max_ms: round(sorted.at(-1)!, 2) };
        };
        const figures: Record<string, { p50_ms: number; p99_ms: number; max_ms: number }> = {};
        for (const [kind, run] of Object.entries(kinds)) {
          figures[kind] = await measure(run);
          say(`${kind}: p50 ${figures[kind].p50_ms} ms, p99 ${figures[kind].p99_ms} ms`);
        }
        const sample = await queries.group(ADMIN, { groupId: seeded.groups[0]! });
        say(`a group's impact: ${sample.secrets.length} secrets, ${sample.envVars.length} variables, ${sample.applications.length} applications`);
        const baseline = await measure((i) => database.sql`select * from impact_secrets where secret_id = ${pick(seeded.secrets, i)}`);
        say(`baseline (one indexed row): p50 ${baseline.p50_ms} ms, p99 ${baseline.p99_ms} ms`);
        const worstP99 = Math.max(...Object.values(figures).map((f) => f.p99_ms));
        const ratio = baseline.p99_ms / worstP99;
        return {
          benchmark: 'impact',
          smoke,
          secrets: o.secrets, applications: o.applications, bindings: o.bindings, queries_per_kind: o.queries,
          seeded_events: events.length, seed_s: round(seedS, 1),
          queries: figures,
          worst_p99_ms: worstP99,
          target_p99_ms: TARGET_P99_MS,
          baseline: { what: 'select one impact_secrets row by primary key (same pool, same run)', ...baseline },
          ratio: round(ratio, 3),
          target: round(baseline.p99_ms / TARGET_P99_MS, 3),
          meets_target: worstP99 <= TARGET_P99_MS,
          machine: machine(infra.versions),
        };
      } finally {
        await service.stop();
      }
    });
  },
};
