import { InMemorySpanExporter, SpanKind, getTracer, initTelemetry, parentSpanId, withSpan, type ReadableSpan } from '@keywarden/telemetry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueForAccount } from './adapters/outgoing/db/sync-queue.js';
import { ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

// Every exporter sees every span of the process (one provider per process): the service's spans land here.
const exporter = new InMemorySpanExporter();
const telemetry = initTelemetry({ serviceName: 'gitops-trace-test', exporter });
const tracer = getTracer('gitops-trace-test');
const ENVS = ['development', 'staging', 'production'];

describe('the sync queue carries the trace of the request to the worker', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    await h.organization('org-t', 'tess');
    await h.connect('acc-tess', 'tess');
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from oauth_accounts`).length).toBe(1));
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from org_owners`).length).toBe(1));
    await h.rpc('gitops.CreateProject', { actor: ownerOf('org-t', 'tess'), organizationId: 'org-t', name: 'traced', repositoryUrl: 'https://gitlab.com/acme/traced', environments: [] });
    await until(async () => expect(await h.events('GitCredentialsSynced')).toHaveLength(3));
  });
  afterAll(async () => {
    await h?.stop();
    await telemetry.shutdown();
  });

  /** The broker has a new token (as after a refresh): a Secret holding the previous generation is written again. */
  const newToken = () => {
    const grant = h.grants.get('acc-tess')!;
    h.grants.set('acc-tess', { ...grant, generation: grant.generation + 1, token: `tok-acc-tess-${grant.generation + 1}` });
  };
  const inTrace = (traceId: string) => exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
  const id = (s: ReadableSpan) => s.spanContext().spanId;

  it('continues it through the token call, each apply and the GitCredentialsSynced it records', async () => {
    const before = (await h.events('GitCredentialsSynced')).length;
    newToken();
    const request = await withSpan(tracer, 'token refreshed', {}, async (span) => {
      await h.service.deps.database!.db.transaction((tx) => enqueueForAccount(tx, 'acc-tess', 'apply', 'token_refreshed'));
      return span.spanContext();
    });
    await until(async () => expect(await h.events('GitCredentialsSynced')).toHaveLength(before + 3));
    await until(() => expect(inTrace(request.traceId).filter((s) => s.name === 'command RecordSynced')).toHaveLength(3));
    const spans = inTrace(request.traceId);
    const named = (name: string | RegExp) => spans.filter((s) => (typeof name === 'string' ? s.name === name : name.test(s.name)));

    const syncs = named('gitops.sync apply');
    expect(syncs.map((s) => s.attributes['keywarden.namespace']).sort()).toEqual(ENVS.map((e) => `project-traced-${e}`).sort());
    for (const sync of syncs) expect(parentSpanId(sync)).toBe(request.spanId);
    // One token call for the three environments, in the same trace.
    const [token, ...moreTokens] = named('gitops.access-token');
    expect(moreTokens).toEqual([]);
    expect(parentSpanId(token!)).toBe(request.spanId);
    // The client span under it, and the (fake) broker's server span under that.
    const client = named(/GetAccessToken$/).filter((s) => s.kind === SpanKind.CLIENT);
    expect(client.map(parentSpanId)).toEqual([id(token!)]);
    expect(named(/GetAccessToken$/).filter((s) => s.kind === SpanKind.SERVER).map(parentSpanId)).toEqual([id(client[0]!)]);
    // A refresh rewrites the Secret alone: one apply per environment, each under its environment's sync span.
    const applies = named('kube apply Secret');
    expect(applies.map(parentSpanId).sort()).toEqual(syncs.map(id).sort());
    for (const apply of applies) expect(String(apply.attributes['k8s.namespace.name'])).toMatch(/^project-traced-/);
    // The events are recorded in the trace too, so their consumers (notifier) continue it.
    const records = named('gitops.record RecordSynced');
    expect(records).toHaveLength(3);
    for (const record of records) expect(parentSpanId(record)).toBe(request.spanId);
    expect(named('command RecordSynced').map(parentSpanId).sort()).toEqual(records.map(id).sort());
    // Every span of the trace has its parent in it; the request is the root.
    const ids = new Set(spans.map(id));
    expect(spans.filter((s) => !ids.has(parentSpanId(s) ?? '')).map((s) => s.name)).toEqual(['token refreshed']);
  });

  it('keeps the newest request\'s trace when requests for one environment coalesce', async () => {
    const before = (await h.events('GitCredentialsSynced')).length;
    newToken();
    const [older, newer] = await h.service.deps.database!.db.transaction(async (tx) => [
      await withSpan(tracer, 'older request', {}, async (span) => (await enqueueForAccount(tx, 'acc-tess', 'apply', 'token_refreshed'), span.spanContext())),
      await withSpan(tracer, 'newer request', {}, async (span) => (await enqueueForAccount(tx, 'acc-tess', 'apply', 'token_refreshed'), span.spanContext())),
    ]);
    await until(async () => expect(await h.events('GitCredentialsSynced')).toHaveLength(before + 3));
    await until(() => expect(inTrace(newer!.traceId).filter((s) => s.name === 'command RecordSynced')).toHaveLength(3));
    expect(inTrace(older!.traceId).map((s) => s.name)).toEqual(['older request']);
    expect(inTrace(newer!.traceId).filter((s) => s.name === 'gitops.sync apply').map(parentSpanId)).toEqual([newer!.spanId, newer!.spanId, newer!.spanId]);
  });

  it('keeps the trace when an untraced request (the Flux status watch) coalesces into a traced one', async () => {
    const before = (await h.events('GitCredentialsSynced')).length;
    newToken();
    const traced = await h.service.deps.database!.db.transaction(async (tx) => {
      const request = await withSpan(tracer, 'traced request', {}, async (span) => (await enqueueForAccount(tx, 'acc-tess', 'apply', 'token_refreshed'), span.spanContext()));
      // No span is active here: this request carries no traceparent.
      await enqueueForAccount(tx, 'acc-tess', 'apply', 'token_refreshed');
      return request;
    });
    await until(async () => expect(await h.events('GitCredentialsSynced')).toHaveLength(before + 3));
    await until(() => expect(inTrace(traced.traceId).filter((s) => s.name === 'command RecordSynced')).toHaveLength(3));
    expect(inTrace(traced.traceId).filter((s) => s.name === 'gitops.sync apply').map(parentSpanId)).toEqual([traced.spanId, traced.spanId, traced.spanId]);
  });
});
