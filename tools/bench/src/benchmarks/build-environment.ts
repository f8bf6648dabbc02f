// build-environment: the BuildEnvironment RPC of secrets-vault for an application with 200
// variables over the four scopes (global, project, environment, application), half of them
// references (@secret and @group), beside raw AES-256-GCM decryption of the same stored values
// in the same run.
import { createDecipheriv, createCipheriv, randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { callRpc, closeBus, connectBus, ensureEventStream, eventPublisher } from '@keywarden/bus';
import { Keyring, generateMasterKey } from '@keywarden/crypto';
import { loadConfig, startService } from '@keywarden/runtime';
import { extraConfig, secretsVaultService } from '@keywarden/secrets-vault';
import type { Sql } from 'postgres';
import { withInfra } from '../infra.js';
import { parseRun, runHelp } from '../options.js';
import { perSecond, percentile, round, say, verdict, type Benchmark, type Report } from '../report.js';

const spec = {
  variables: { default: 200, min: 20, help: 'variables of the application (global, project, environment and application scope), half of them references' },
  requests: { default: 2_000, help: 'BuildEnvironment calls measured (after 100 warm-up calls)' },
  concurrency: { default: 8, help: 'calls in flight' },
};
/** `--smoke`: seconds, for CI (it proves the benchmark still runs). */
const SMOKE = { variables: 20, requests: 50, concurrency: 4 };

// BuildEnvironment (NATS request/reply, 4 queries, every value decrypted) against decrypting
// the same values in memory: the RPC should cost at most ~4x the raw decryption alone.
const TARGET = 0.25;
const GROUPS = 5;
const PER_GROUP = 4;

export const buildEnvironment: Benchmark = {
  help: () => runHelp('build-environment', spec, SMOKE),
  run: async (args) => {
    const { smoke, o } = parseRun(spec, SMOKE, args);
    return await withInfra(async (infra) => {
      const masterKeys = `1:${generateMasterKey()}`;
      const env = { KW_NATS_URL: infra.natsUrl, KW_DATABASE_URL: await infra.serviceDatabase('secrets-vault'), KW_LOG_LEVEL: 'warn', KW_MASTER_KEYS: masterKeys };
      const config = loadConfig('secrets-vault', env, extraConfig, { database: true, masterKeys: true });
      const quiet = new Writable({ write: (_c, _e, cb) => cb() });
      const service = await startService(secretsVaultService(), config, { logDestination: quiet });
      const nc = await connectBus({ servers: infra.natsUrl, name: 'bench-build-environment' });
      const actor = { userId: 'bench', roles: ['admin'] };
      try {
        const references = Math.floor(o.variables / 2);
        const plain = o.variables - references;
        const secretRefs = references - GROUPS;
        say(`seeding ${plain} plain variables, ${secretRefs} @secret and ${GROUPS} @group references (${PER_GROUP} secrets each)`);
        const { group } = await callRpc(nc, 'secrets.CreateSecretGroup', { actor, name: 'bench-refs' });
        const refIds: string[] = [];
        for (let i = 0; i < secretRefs; i++) {
          const { secret } = await callRpc(nc, 'secrets.PutSecret', { actor, groupId: group!.groupId!, name: `REF_SECRET_${i}`, value: `postgres://user${i}:${randomBytes(12).toString('hex')}@db/app` });
          refIds.push(secret!.secretId!);
        }
        for (let g = 0; g < GROUPS; g++) {
          const created = await callRpc(nc, 'secrets.CreateSecretGroup', { actor, name: `bench-group-${g}` });
          const content = JSON.stringify(Object.fromEntries(Array.from({ length: PER_GROUP }, (_, i) => [`G${g}_SECRET_${i}`, randomBytes(24).toString('base64url')])));
          await callRpc(nc, 'secrets.ImportSecrets', { actor, groupId: created.group!.groupId!, format: 'json', content });
        }
        const target = await announce(nc, service.deps.database!.sql);
        const scopes = ['global', 'project', 'environment', 'application'] as const;
        const where = { global: {}, project: { projectId: target.projectId }, environment: { projectId: target.projectId, environment: target.environment },
          application: { applicationId: target.applicationId } };
        const set = (i: number, key: string, value: string) => {
          const scope = scopes[i % scopes.length]!;
          return callRpc(nc, 'secrets.SetEnvVar', { actor, scope, ...where[scope], key, value });
        };
        for (let i = 0; i < plain; i++) await set(i, `PLAIN_${i}`, `value-${i}-${randomBytes(8).toString('hex')}`);
        for (let i = 0; i < secretRefs; i++) await set(i, `REF_${i}`, `@secret:${refIds[i]}`);
        for (let g = 0; g < GROUPS; g++) await set(g + 1, `GROUP_${g}`, `@group:bench-group-${g}`);

        const first = await callRpc(nc, 'secrets.BuildEnvironment', target);
        const resolved = first.variables.length;
        say(`environment resolves to ${resolved} variables`);

        // Raw baseline: the same stored ciphertexts, decrypted in memory with the same keyring.
        const keyring = Keyring.fromConfig(masterKeys);
        const rows = await service.deps.database!.sql<Array<{ aad: string; ciphertext: string }>>`select aad, ciphertext from material where aad <> 'vault:fingerprint-key'`;
        const environments = Math.max(200, Math.floor(o.requests / 4));
        const envelope = time(() => {
          for (let e = 0; e < environments; e++) for (const r of rows) keyring.decrypt(r.ciphertext, r.aad);
        });
        const envelopePerS = perSecond(environments, envelope);
        const key = randomBytes(32);
        const sealed = rows.map((r) => {
          const nonce = randomBytes(12);
          const c = createCipheriv('aes-256-gcm', key, nonce);
          const ct = Buffer.concat([c.update(keyring.decrypt(r.ciphertext, r.aad)), c.final()]);
          return { nonce, ct, tag: c.getAuthTag() };
        });
        const single = time(() => {
          for (let e = 0; e < environments; e++) {
            for (const s of sealed) {
              const d = createDecipheriv('aes-256-gcm', key, s.nonce);
              d.setAuthTag(s.tag);
              Buffer.concat([d.update(s.ct), d.final()]);
            }
          }
        });
        const singlePerS = perSecond(environments, single);
        say(`raw decryption of the ${rows.length} stored values: ${round(envelopePerS)} environments/s (envelope: unwrap + open), ${round(singlePerS)} environments/s (one AES-256-GCM open each)`);

        for (let i = 0; i < Math.min(100, o.requests); i++) await callRpc(nc, 'secrets.BuildEnvironment', target);
        const latencies: number[] = [];
        let next = 0;
        const started = performance.now();
        await Promise.all(Array.from({ length: o.concurrency }, async () => {
          while (next < o.requests) {
            next++;
            const t0 = performance.now();
            const reply = await callRpc(nc, 'secrets.BuildEnvironment', target, { timeoutMs: 30_000 });
            latencies.push(performance.now() - t0);
            if (reply.variables.length !== resolved) throw new Error(`BuildEnvironment returned ${reply.variables.length} variables, expected ${resolved}`);
          }
        }));
        const totalMs = performance.now() - started;
        latencies.sort((a, b) => a - b);
        const perS = perSecond(latencies.length, totalMs);
        const ratio = perS / envelopePerS;
        say(`BuildEnvironment: ${round(perS)} requests/s, p50 ${round(percentile(latencies, 50), 2)} ms, p99 ${round(percentile(latencies, 99), 2)} ms`);
        say(`ratio ${round(ratio, 3)} of raw envelope decryption (target ${TARGET})`);
        const report: Report = {
          benchmark: 'build-environment', smoke,
          variables: o.variables,
          references: { secret: secretRefs, group: GROUPS, group_size: PER_GROUP },
          resolved_variables: resolved,
          stored_values: rows.length,
          requests: latencies.length,
          concurrency: o.concurrency,
          requests_per_s: round(perS),
          latency_ms: { p50: round(percentile(latencies, 50), 2), p90: round(percentile(latencies, 90), 2), p99: round(percentile(latencies, 99), 2), max: round(latencies.at(-1) ?? 0, 2) },
          baseline: { raw_envelope_decrypt_environments_per_s: round(envelopePerS), raw_aes_gcm_decrypt_environments_per_s: round(singlePerS), values_per_environment: rows.length },
          ...verdict(ratio, TARGET, infra.versions),
        };
        return report;
      } finally {
        await closeBus(nc);
        await service.stop();
      }
    });
  },
};

/**
 * A project and an application as gitops-sync and the deployer announce them: the vault places
 * (and authorizes) project, environment and application variables by what it heard of them.
 */
async function announce(nc: Awaited<ReturnType<typeof connectBus>>, sql: Sql) {
  const target = { projectId: randomUUID(), environment: 'production', applicationId: randomUUID() };
  for (const context of ['gitops', 'deploy'] as const) await ensureEventStream(nc, context);
  const event = (type: 'ProjectCreated' | 'ApplicationRegistered', streamId: string, data: Record<string, unknown>) =>
    ({ eventId: randomUUID(), type, streamId, streamVersion: 1, recordedAt: new Date(), metadata: {}, data });
  await eventPublisher(nc, { source: 'gitops-sync' })([event('ProjectCreated', `project-${target.projectId}`, { projectId: target.projectId, organizationId: 'bench-org',
    name: 'Bench', slug: 'bench', repositoryUrl: 'https://gitlab.com/bench/app', provider: 'gitlab', branch: 'main', environments: ['production'], actorUserId: 'bench' })]);
  await eventPublisher(nc, { source: 'deployer' })([event('ApplicationRegistered', `application-${target.applicationId}`, { applicationId: target.applicationId,
    name: 'bench-app', projectId: target.projectId, environment: target.environment, organizationId: 'bench-org', image: 'registry.example.com/bench/app', actorUserId: 'bench' })]);
  // The vault's consumers attach once the streams exist (they retry every 2 s), then record both.
  for (let waited = 0; ; waited += 100) {
    const [row] = await sql<Array<{ n: number }>>`select (select count(*)::int from projects where id = ${target.projectId}) + (select count(*)::int from applications where id = ${target.applicationId}) as n`;
    if (row?.n === 2) return target;
    if (waited > 30_000) throw new Error('secrets-vault did not record the benchmark project and application');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
