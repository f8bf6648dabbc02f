import { rpcMethod } from '@keywarden/contracts';
import { KeywardenError } from '@keywarden/errors';
import { eventually, testBus } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import type { Service } from '@nats-io/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RpcError, callRpc, closeBus, connectBus, endpoint, isRpcError, startRpcService } from './index.js';

let nc: NatsConnection;
let service: Service;
let namespace: string;
let handled = 0;

beforeAll(async () => {
  const bus = testBus();
  namespace = bus.namespace;
  nc = await connectBus({ servers: bus.natsUrl, name: 'rpc-test' });
  service = await startRpcService(nc, {
    name: 'identity',
    version: '0.1.0',
    namespace,
    endpoints: [
      endpoint('system.Ping', async (request) => {
        handled++;
        if (request.message === 'fail-typed') throw new KeywardenError('ERR_NOT_FOUND', 404, 'no such thing', { errorId: 'TEST-nf01' });
        if (request.message === 'fail-extended') {
          throw new KeywardenError('ERR_REFRESH_FAILED', 502, 'not every environment', { extensions: { environments: [{ environment: 'dev', outcome: 'failed' }] } });
        }
        if (request.message === 'fail-untyped') throw new Error('database password is hunter2');
        if (request.message === 'slow') await new Promise((resolve) => setTimeout(resolve, 400));
        return { message: `pong: ${request.message}`, service: 'identity', time: '2026-01-02T03:04:05.000Z' };
      }),
    ],
  });
});

afterAll(async () => {
  await service.stop();
  await closeBus(nc);
});

describe('RPC over @nats-io/services', () => {
  it('answers a typed request with a typed response', async () => {
    const reply = await callRpc(nc, 'system.Ping', { message: 'hello' }, { namespace });
    expect(reply).toEqual({ message: 'pong: hello', service: 'identity', time: '2026-01-02T03:04:05.000Z' });
  });

  it('returns a typed error reply with the stable code and status', async () => {
    const call = callRpc(nc, 'system.Ping', { message: 'fail-typed' }, { namespace });
    await expect(call).rejects.toBeInstanceOf(RpcError);
    await expect(call).rejects.toMatchObject({ code: 'ERR_NOT_FOUND', status: 404, detail: 'no such thing' });
  });

  it("narrows a failure to the callee context's codes and names the callee's throw site", async () => {
    const error = await callRpc(nc, 'system.Ping', { message: 'fail-typed' }, { namespace }).catch((e: unknown) => e);
    expect(isRpcError(error, 'system')).toBe(true);
    expect(isRpcError(error, 'system.Ping')).toBe(true);
    expect(isRpcError(error, 'deploy')).toBe(false);
    if (!isRpcError(error, 'system')) throw new Error('not narrowed');
    expect(error).toMatchObject({ context: 'system', errorId: 'TEST-nf01' });
    // A code the contracts do not list for the context is not narrowed.
    const foreign = await callRpc(nc, 'system.Ping', { message: 'fail-extended' }, { namespace }).catch((e: unknown) => e);
    expect(foreign).toBeInstanceOf(RpcError);
    expect(isRpcError(foreign, 'system')).toBe(false);
  });

  it('carries an error\'s problem extension members to the caller', async () => {
    const error = await callRpc(nc, 'system.Ping', { message: 'fail-extended' }, { namespace }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({ code: 'ERR_REFRESH_FAILED', status: 502, extensions: { environments: [{ environment: 'dev', outcome: 'failed' }] } });
  });

  it('hides the message of an unexpected error behind ERR_INTERNAL', async () => {
    const error = await callRpc(nc, 'system.Ping', { message: 'fail-untyped' }, { namespace }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERR_INTERNAL', status: 500 });
    expect(String((error as Error).message)).not.toContain('hunter2');
  });

  it('refuses a request holding text PostgreSQL cannot store, at the caller and at the server, naming the field', async () => {
    const before = handled;
    for (const message of ['a\u0000b', 'lone \ud800']) {
      const error = await callRpc(nc, 'system.Ping', { message }, { namespace }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RpcError);
      expect(error).toMatchObject({ code: 'ERR_VALIDATION', status: 400, issues: [{ path: 'message', message: expect.stringMatching(/NUL|surrogate/) }] });
    }
    // A caller that is not callRpc: the server's own check answers with a typed error and its field issues.
    const rpc = rpcMethod('system.Ping', { namespace });
    const reply = await nc.request(rpc.subject, rpc.codec.encodeRequest({ message: 'x\u0000y' }), { timeout: 2000 });
    expect(reply.headers?.get('Nats-Service-Error-Code')).toBe('400');
    expect(reply.headers?.get('kw-error-code')).toBe('ERR_VALIDATION');
    expect(JSON.parse(reply.headers?.get('kw-error-issues') ?? '[]')).toEqual([{ path: 'message', message: 'must not contain NUL (U+0000)' }]);
    expect(handled).toBe(before);
  });

  it('refuses a request that does not fit its protobuf message as ERR_VALIDATION, not as a transport failure', async () => {
    // toVersion is an int32: 2^31 cannot be encoded, and nothing is sent.
    const error = await callRpc(nc, 'secrets.RollbackSecret', { secretId: 'x', toVersion: 2 ** 31 } as never, { namespace }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERR_VALIDATION', status: 400, issues: [{ path: 'toVersion', message: '32-bit integer expected' }] });
  });

  it('says ERR_UNAVAILABLE when nobody serves the method', async () => {
    await expect(callRpc(nc, 'oauth.GetAccessToken', { accountId: 'a', minValidMinutes: 5 }, { namespace })).rejects.toMatchObject({
      code: 'ERR_UNAVAILABLE',
      status: 503,
    });
  });

  it('says ERR_TIMEOUT when the deadline passes', async () => {
    await expect(callRpc(nc, 'system.Ping', { message: 'slow' }, { namespace, timeoutMs: 100 })).rejects.toMatchObject({
      code: 'ERR_TIMEOUT',
      status: 504,
    });
  });

  it('shares an endpoint between replicas through the queue group', async () => {
    const other = await connectBus({ servers: testBus().natsUrl, name: 'rpc-replica' });
    let replicaHandled = 0;
    const replica = await startRpcService(other, {
      name: 'identity',
      version: '0.1.0',
      namespace,
      endpoints: [endpoint('system.Ping', async () => ({ message: `replica ${++replicaHandled}`, service: 'identity-2' }))],
    });
    // The replica's subscription reaches nats-server after its PING is answered: before that, every
    // request goes to the first responder (failed once in a full run: 'expected 0 to be greater than 0').
    await other.flush();
    const before = handled;
    await Promise.all(Array.from({ length: 40 }, (_, i) => callRpc(nc, 'system.Ping', { message: `n${i}` }, { namespace })));
    expect(handled - before + replicaHandled).toBe(40);
    expect(replicaHandled).toBeGreaterThan(0);
    expect(handled - before).toBeGreaterThan(0);
    await replica.stop();
    await closeBus(other);
  });

  it('answers only a reply subject that is an inbox, so no caller can have an answer published on its behalf', async () => {
    // nats-server does not check reply subjects: a request naming an event subject as its reply would
    // have the answer published there by the responder (which may publish its own events).
    const ping = rpcMethod('system.Ping', { namespace });
    const seen: string[] = [];
    const watch = nc.subscribe(`${namespace}.evt.identity.>`, { callback: (_e, m) => void seen.push(m.subject) });
    const before = handled;
    const request = ping.codec.encodeRequest({ message: 'forged' });
    nc.publish(ping.subject, request, { reply: `${namespace}.evt.identity.user.UserRegistered` });
    nc.publish(ping.subject, request);
    // Then a proper call: it is answered, and by then the two above had their turn (one connection, in order).
    await eventually(async () => (await callRpc(nc, 'system.Ping', { message: 'after' }, { namespace })).message === 'pong: after');
    await nc.flush();
    expect(handled - before).toBe(1);
    expect(seen).toEqual([]);
    watch.unsubscribe();
  });
});
