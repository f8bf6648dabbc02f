import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs/light.js';
import { ContractError } from './errors.js';
import { decodeMessage, encodeMessage, rpcCodec, rpcMethod, rpcMethods } from './rpc.js';
import type { RpcMethodName, RpcResponse } from './rpc.js';
import { contexts } from './registry.js';
import { reflectionRoot } from './types.js';

describe('RPC codec', () => {
  it('round-trips Ping', () => {
    const ping = rpcMethod('system.Ping');
    expect(ping.subject).toBe('rpc.system.Ping');
    expect(ping.codec.decodeRequest(ping.codec.encodeRequest({ message: 'hi' }))).toEqual({ message: 'hi' });
    const reply = { message: 'hi', service: 'identity', time: '2025-03-01T08:00:00.000Z' };
    expect(ping.codec.decodeResponse(ping.codec.encodeResponse(reply))).toEqual(reply);
  });

  it('round-trips GetAccessToken, whose reply carries the token', () => {
    const get = rpcMethod('oauth.GetAccessToken', { namespace: 'ns1' });
    expect(get.subject).toBe('ns1.rpc.oauth.GetAccessToken');
    const request = { accountId: 'a1', minValidMinutes: 30 };
    expect(get.codec.decodeRequest(get.codec.encodeRequest(request))).toEqual(request);
    const reply: RpcResponse<'oauth.GetAccessToken'> = {
      accessToken: 'glpat-xyz',
      expiresAt: '2025-03-01T10:00:00.000Z',
      generation: 9,
      usernameHint: 'oauth2',
    };
    expect(get.codec.decodeResponse(get.codec.encodeResponse(reply))).toEqual(reply);
  });

  it('encodes and decodes single messages by name, with the message error codes', () => {
    const bytes = encodeMessage('keywarden.system.v1.PingRequest', { message: 'x' });
    expect(decodeMessage('keywarden.system.v1.PingRequest', bytes)).toEqual({ message: 'x' });
    expect(() => encodeMessage('keywarden.system.v1.PingRequest', { service: 'x' })).toThrowError(
      expect.objectContaining({ code: 'ERR_MESSAGE_ENCODE', status: 422 }),
    );
    expect(() => decodeMessage('keywarden.system.v1.PingRequest', new Uint8Array([0x0f]))).toThrowError(
      expect.objectContaining({ code: 'ERR_MESSAGE_DECODE' }),
    );
    expect(() => rpcCodec('keywarden.system.v1.Nope', 'keywarden.system.v1.PingResponse')).toThrowError(
      expect.objectContaining({ code: 'ERR_UNKNOWN_MESSAGE_TYPE' }),
    );
    expect(() => rpcMethod('oauth.StealToken' as RpcMethodName)).toThrowError(ContractError);
  });

  it('matches the services declared in the proto files, method for method', () => {
    const declared: string[] = [];
    for (const pkg of ['system', ...contexts]) {
      const ns = reflectionRoot.lookup(`.keywarden.${pkg}.v1`);
      if (!(ns instanceof protobuf.Namespace)) continue;
      for (const service of ns.nestedArray.filter((n): n is protobuf.Service => n instanceof protobuf.Service)) {
        for (const m of service.methodsArray) {
          declared.push(`${pkg}.${m.name} ${m.resolvedRequestType?.fullName} ${m.resolvedResponseType?.fullName}`);
        }
      }
    }
    const table = Object.entries(rpcMethods).map(([key, m]) => `${key} .${m.requestType} .${m.responseType}`);
    expect(table.sort()).toEqual(declared.sort());
  });
});
