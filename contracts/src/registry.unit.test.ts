import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs/light.js';
import { ContractError } from './errors.js';
import { aggregatePattern, busNames, contexts, eventType, eventTypes } from './registry.js';
import { inboundTypes } from './inbound.js';
import { rpcMethods } from './rpc.js';
import { allMessageTypes, findMessageType } from './types.js';

describe('event registry', () => {
  const entries = Object.entries(eventTypes);

  it('gives every event a generated message type named exactly like the event', () => {
    expect(entries.length).toBeGreaterThanOrEqual(28);
    for (const [name, info] of entries) {
      expect(info.messageType).toBe(`keywarden.${info.context}.v1.${name}`);
      expect(findMessageType(info.messageType)?.reflection.name).toBe(name);
      expect(info.aggregate).toMatch(aggregatePattern);
      expect(contexts).toContain(info.context);
    }
  });

  it('lists every message of the proto files: each is an event, an inbound message or an RPC request/response', () => {
    const rpcTypes = Object.values(rpcMethods).flatMap((m) => [m.requestType, m.responseType]);
    const inbound = Object.values(inboundTypes).map((t) => t.messageType);
    const registered = new Set<string>([...entries.map(([, info]) => info.messageType), ...rpcTypes, ...inbound]);
    // Messages used as fields of an RPC request or response (an actor, a summary row) belong to that RPC, and
    // those used as fields of an event (a channel's e-mail settings) to that event.
    const addFieldTypes = (name: string) => {
      for (const field of findMessageType(name)?.reflection.fieldsArray ?? []) {
        const nested = field.resolvedType;
        if (nested instanceof protobuf.Type && nested.fullName.startsWith('.keywarden.') && !registered.has(nested.fullName.slice(1))) {
          registered.add(nested.fullName.slice(1));
          addFieldTypes(nested.fullName.slice(1));
        }
      }
    };
    [...rpcTypes, ...entries.map(([, info]) => info.messageType)].forEach(addFieldTypes);
    expect(allMessageTypes().filter((name) => !registered.has(name))).toEqual([]);
  });

  it('refuses an unknown event type with ERR_UNKNOWN_EVENT_TYPE', () => {
    expect(() => eventType('toString')).toThrowError(ContractError);
    expect(() => eventType('UserDeleted')).toThrowError(expect.objectContaining({ code: 'ERR_UNKNOWN_EVENT_TYPE', status: 400 }));
  });
});

describe('busNames', () => {
  it('gives the plain names without a namespace', () => {
    const names = busNames();
    expect(contexts.map((c) => names.stream(c))).toEqual(['EVT_IDENTITY', 'EVT_OAUTH', 'EVT_SECRETS', 'EVT_GITOPS', 'EVT_DEPLOY', 'EVT_NOTIFY', 'EVT_AUDIT']);
    expect(names.subject('identity', 'user', 'UserRegistered')).toBe('evt.identity.user.UserRegistered');
    expect(names.contextSubjects('oauth')).toBe('evt.oauth.>');
    expect(names.rpc('oauth', 'GetAccessToken')).toBe('rpc.oauth.GetAccessToken');
    expect(names.rpc('system', 'Ping')).toBe('rpc.system.Ping');
    expect(busNames('').stream('notify')).toBe('EVT_NOTIFY');
  });

  it('prefixes streams (upper-cased) and subjects with a namespace', () => {
    const names = busNames('t-9f3a');
    expect(names.stream('identity')).toBe('T-9F3A_EVT_IDENTITY');
    expect(names.subject('identity', 'user', 'UserRegistered')).toBe('t-9f3a.evt.identity.user.UserRegistered');
    expect(names.contextSubjects('gitops')).toBe('t-9f3a.evt.gitops.>');
    expect(names.rpc('system', 'Ping')).toBe('t-9f3a.rpc.system.Ping');
  });

  it('refuses tokens that would widen a subject', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return err instanceof ContractError ? err.code : 'other';
      }
      return 'none';
    };
    expect(code(() => busNames('a.b'))).toBe('ERR_INVALID_NAME');
    expect(code(() => busNames('*'))).toBe('ERR_INVALID_NAME');
    expect(code(() => busNames().subject('identity', 'user.>', 'UserRegistered'))).toBe('ERR_INVALID_NAME');
    expect(code(() => busNames().subject('identity', 'user', '*'))).toBe('ERR_INVALID_NAME');
    expect(code(() => busNames().stream('system' as never))).toBe('ERR_INVALID_NAME');
    expect(code(() => busNames().rpc('oauth', 'Get.>'))).toBe('ERR_INVALID_NAME');
  });
});

// Secret material never goes into an event (ARCHITECTURE section 1): a field whose name
// suggests a token, secret, password, private key or value must say it holds an id,
// fingerprint or count instead.
const secretLooking = /token$|secret|password|private_key|value$/;
const harmless = /(_id|_ids|_fingerprint|_count|_name)$/;

function secretLookingFields(type: protobuf.Type, prefix = '', seen = new Set<string>()): string[] {
  if (seen.has(type.fullName)) return [];
  seen.add(type.fullName);
  return type.fieldsArray.flatMap((field) => {
    const name = field.protoName ?? field.name;
    const own = secretLooking.test(name) && !harmless.test(name) ? [`${prefix}${name}`] : [];
    const nested = field.resolvedType instanceof protobuf.Type ? secretLookingFields(field.resolvedType, `${prefix}${name}.`, seen) : [];
    return [...own, ...nested];
  });
}

describe('secret material guard', () => {
  it('finds no token, secret, password or key field in any event', () => {
    const offenders = Object.values(eventTypes).flatMap((info) => {
      const type = findMessageType(info.messageType);
      return type ? secretLookingFields(type.reflection).map((f) => `${info.messageType}.${f}`) : [`${info.messageType} missing`];
    });
    expect(offenders).toEqual([]);
  });

  it('does catch such a field (the RPC reply that carries a token)', () => {
    const reply = findMessageType(rpcMethods['oauth.GetAccessToken'].responseType);
    expect(reply && secretLookingFields(reply.reflection)).toEqual(['access_token']);
  });
});
