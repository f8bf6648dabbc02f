import { describe, expect, it } from 'vitest';
import { decodeEvent, encodeEvent } from './envelope.js';
import type { EventEnvelope } from './envelope.js';
import { ContractError } from './errors.js';
import type { EventDataInput } from './shapes.js';

const eventId = '0b7c6a1e-6d1f-4a8e-9d2a-1f2e3d4c5b6a';
const secret = 'glrt-SUPER-SECRET-VALUE';

function envelope(overrides: Partial<EventEnvelope> = {}): EventEnvelope {
  const data: EventDataInput<'TokenRefreshed'> = {
    accountId: '1f0e4c1a-acc0-4c4c-9a3b-5b2f6a0e9d11',
    provider: 'gitlab',
    expiresAt: '2025-03-01T10:00:00.000Z',
    refreshExpiresAt: '2025-03-31T10:00:00.000Z',
    generation: 12,
    trigger: 'scheduler',
  };
  return {
    eventId,
    type: 'TokenRefreshed',
    streamId: 'account-1f0e4c1a-acc0-4c4c-9a3b-5b2f6a0e9d11',
    streamVersion: 7,
    time: '2025-03-01T08:00:00.123Z',
    source: 'oauth-broker',
    data,
    ...overrides,
  };
}

function codeOf(fn: () => unknown): { code: string; status: number; message: string; field: string | undefined } {
  try {
    fn();
  } catch (err) {
    if (err instanceof ContractError) return { code: err.code, status: err.status, message: err.message, field: err.field };
    throw err;
  }
  throw new Error('expected a ContractError');
}

describe('encodeEvent / decodeEvent', () => {
  it('round-trips events with timestamps, repeated and map fields', () => {
    const events: EventEnvelope[] = [
      envelope({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', tracestate: 'kw=1' }),
      envelope({
        type: 'IdentityProviderConfigured',
        streamId: 'idp-7c1d',
        source: 'identity',
        data: {
          identityProviderId: '7c1d',
          name: 'Corp SSO',
          issuer: 'https://sso.example.com',
          clientId: 'keywarden',
          clientSecretFingerprint: 'sha256:1a2b3c4d',
          scopes: ['openid', 'email', 'profile'],
          claimMapping: { email: 'email', display_name: 'name' },
          identifierFilter: '@example\\.com$',
          enabled: true,
          actorUserId: 'u-admin',
        },
      }),
      envelope({
        type: 'ExpiredTokensPurged',
        streamId: 'cleanup-run-42',
        source: 'identity',
        data: {
          runId: 'run-42',
          cleanedCount: 1234,
          remainingTokens: 98_765_432_101,
          durationMs: 87,
          timestamp: '2025-03-01T00:00:00.000123456Z',
          trigger: 'schedule',
          cleanedRefreshTokenCount: 1200,
          cleanedPersonalAccessTokenCount: 34,
          totalCount: 98765433335,
          expiredCount: 2000,
          validCount: 98765431335,
        },
      }),
      envelope({
        type: 'TokenRefreshFailed',
        data: {
          accountId: 'a1',
          provider: 'feishu',
          errorClass: 'transient',
          providerCode: '99991400',
          attempt: 3,
          willRetry: true,
          nextAttemptAt: '2025-03-01T08:05:00.000Z',
          httpStatus: 503,
          generation: 4,
          trigger: 'on_demand',
        },
      }),
    ];
    for (const event of events) {
      const message = encodeEvent(event);
      expect(decodeEvent(message)).toEqual(event);
    }
  });

  it('sets exactly the CloudEvents binary-mode headers', () => {
    const message = encodeEvent(envelope({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' }));
    expect(message.subject).toBe('evt.oauth.account.TokenRefreshed');
    expect(message.msgId).toBe(eventId);
    expect(message.headers).toEqual({
      'ce-specversion': '1.0',
      'ce-id': eventId,
      'ce-source': 'oauth-broker',
      'ce-type': 'keywarden.oauth.v1.TokenRefreshed',
      'ce-time': '2025-03-01T08:00:00.123Z',
      'ce-subject': '1f0e4c1a-acc0-4c4c-9a3b-5b2f6a0e9d11',
      'content-type': 'application/protobuf',
      'kw-stream-version': '7',
      'kw-stream-id': 'account-1f0e4c1a-acc0-4c4c-9a3b-5b2f6a0e9d11',
      'Nats-Msg-Id': eventId,
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
  });

  it('fills absent scalars with proto3 defaults and leaves absent timestamps out', () => {
    const decoded = decodeEvent(encodeEvent(envelope({ data: { accountId: 'a1', expiresAt: null } })));
    expect(decoded.data).toEqual({ accountId: 'a1', provider: '', generation: 0, trigger: '' });
  });

  it('normalises any RFC 3339 time to UTC', () => {
    const decoded = decodeEvent(encodeEvent(envelope({ data: { expiresAt: '2025-03-01T12:00:00+02:00' } })));
    expect(decoded.data['expiresAt']).toBe('2025-03-01T10:00:00.000Z');
  });

  it('namespaces the subject, and checks it when decoding in that namespace', () => {
    const message = encodeEvent(envelope(), { namespace: 't42' });
    expect(message.subject).toBe('t42.evt.oauth.account.TokenRefreshed');
    expect(decodeEvent(message, { namespace: 't42' }).eventId).toBe(eventId);
    expect(codeOf(() => decodeEvent(message, { namespace: 'other' })).code).toBe('ERR_EVENT_DECODE');
  });

  it('reads header names without regard to case', () => {
    const message = encodeEvent(envelope());
    const shouted = Object.fromEntries(Object.entries(message.headers).map(([k, v]) => [k.toUpperCase(), v]));
    expect(decodeEvent({ ...message, headers: shouted }).type).toBe('TokenRefreshed');
  });

  it('takes the later of two spellings of one header name', () => {
    const message = encodeEvent(envelope());
    expect(decodeEvent({ ...message, headers: { ...message.headers, 'CE-Source': 'gitops-sync' } }).source).toBe('gitops-sync');
    expect(codeOf(() => decodeEvent({ ...message, headers: { ...message.headers, 'Ce-Time': '' } })).code).toBe('ERR_MISSING_HEADER');
  });
});

describe('encodeEvent rejects', () => {
  it('an unknown event type', () => {
    expect(codeOf(() => encodeEvent(envelope({ type: 'TokenStolen' })))).toMatchObject({ code: 'ERR_UNKNOWN_EVENT_TYPE', status: 400 });
  });

  it('unknown data keys, without echoing their value', () => {
    const err = codeOf(() => encodeEvent(envelope({ data: { accountId: 'a1', accessToken: secret } })));
    expect(err).toMatchObject({ code: 'ERR_EVENT_ENCODE', status: 422, field: 'accessToken' });
    expect(err.message).not.toContain(secret);
  });

  it('values of the wrong type, without echoing them', () => {
    for (const data of [
      { accountId: 42 },
      { generation: secret },
      { generation: 1.5 },
      { generation: 2 ** 53 },
      { expiresAt: secret },
      { expiresAt: '2025-02-30T00:00:00Z' },
      { provider: ['gitlab'] },
    ]) {
      const err = codeOf(() => encodeEvent(envelope({ data })));
      expect(err.code).toBe('ERR_EVENT_ENCODE');
      expect(err.field).toBe(Object.keys(data)[0]);
      expect(err.message).not.toContain(secret);
    }
  });

  it('out-of-range 32-bit integers, which protobufjs would silently truncate', () => {
    const data = { accountId: 'a1', attempt: 2 ** 31 };
    expect(codeOf(() => encodeEvent(envelope({ type: 'TokenRefreshFailed', data }))).field).toBe('attempt');
  });

  it('a stream of another aggregate, a bad id, version or time', () => {
    expect(codeOf(() => encodeEvent(envelope({ streamId: 'user-1' }))).field).toBe('streamId');
    expect(codeOf(() => encodeEvent(envelope({ streamId: 'account' }))).field).toBe('streamId');
    expect(codeOf(() => encodeEvent(envelope({ streamId: 'account-a b' }))).field).toBe('streamId');
    expect(codeOf(() => encodeEvent(envelope({ eventId: 'evt-1' }))).field).toBe('eventId');
    expect(codeOf(() => encodeEvent(envelope({ streamVersion: -1 }))).field).toBe('streamVersion');
    expect(codeOf(() => encodeEvent(envelope({ time: 'yesterday' }))).field).toBe('time');
    expect(codeOf(() => encodeEvent(envelope({ traceparent: 'x\r\nNats-Msg-Id: y' }))).field).toBe('traceparent');
  });
});

describe('decodeEvent rejects', () => {
  const message = encodeEvent(envelope());
  const without = (name: string) => {
    const headers = { ...message.headers };
    delete headers[name];
    return { ...message, headers };
  };

  it('an undecodable payload', () => {
    for (const bytes of [[0x0a, 0x05, 0x61], [0x0f], [0x1a, 0x02, 0x08, 0xff]]) {
      expect(codeOf(() => decodeEvent({ ...message, data: new Uint8Array(bytes) }))).toMatchObject({ code: 'ERR_EVENT_DECODE', status: 400 });
    }
  });

  it('each missing required header, naming it', () => {
    const required = ['ce-specversion', 'ce-id', 'ce-source', 'ce-type', 'ce-time', 'ce-subject', 'content-type', 'kw-stream-version', 'kw-stream-id'];
    for (const name of required) {
      expect(codeOf(() => decodeEvent(without(name)))).toMatchObject({ code: 'ERR_MISSING_HEADER', field: name });
    }
    // Optional ones: Nats-Msg-Id (ce-id is authoritative) and the trace context.
    expect(decodeEvent(without('Nats-Msg-Id')).eventId).toBe(eventId);
  });

  it('an unknown or foreign ce-type', () => {
    for (const type of ['keywarden.oauth.v1.TokenStolen', 'keywarden.identity.v1.TokenRefreshed', 'TokenRefreshed']) {
      const m = { ...message, headers: { ...message.headers, 'ce-type': type } };
      expect(codeOf(() => decodeEvent(m)).code).toBe('ERR_UNKNOWN_EVENT_TYPE');
    }
  });

  it('headers that contradict each other or the subject', () => {
    const bad = (headers: Record<string, string>) => codeOf(() => decodeEvent({ ...message, headers: { ...message.headers, ...headers } }));
    expect(bad({ 'ce-specversion': '0.3' }).code).toBe('ERR_INVALID_HEADER');
    expect(bad({ 'content-type': 'application/json' }).code).toBe('ERR_INVALID_HEADER');
    expect(bad({ 'ce-subject': 'someone-else' }).field).toBe('ce-subject');
    expect(bad({ 'kw-stream-id': 'user-1f0e4c1a-acc0-4c4c-9a3b-5b2f6a0e9d11' }).field).toBe('kw-stream-id');
    expect(bad({ 'kw-stream-version': '7a' }).field).toBe('kw-stream-version');
    expect(bad({ 'Nats-Msg-Id': '11111111-1111-4111-8111-111111111111' }).field).toBe('Nats-Msg-Id');
    // A service may publish only on its own subjects: an oauth event on a deploy subject is refused.
    const spoofed = { ...message, subject: 'evt.deploy.account.TokenRefreshed' };
    expect(codeOf(() => decodeEvent(spoofed)).code).toBe('ERR_EVENT_DECODE');
  });
});
