import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs/light.js';
import { ContractError } from './errors.js';
import { failWith, fromProtoObject, toProtoObject } from './json.js';
import type { EventData, EventDataInput } from './shapes.js';
import { formatTimestamp, parseTimestamp } from './timestamp.js';

describe('timestamps', () => {
  it('keep toISOString() strings unchanged through a round trip', () => {
    for (const iso of ['2025-03-01T08:00:00.000Z', '1970-01-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z', '0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z']) {
      const ts = parseTimestamp(iso);
      expect(ts && formatTimestamp(ts)).toBe(iso);
    }
  });

  it('keep nanoseconds, and normalise offsets and short fractions', () => {
    expect(parseTimestamp('2025-03-01T08:00:00.000000001Z')).toEqual({ seconds: 1740816000, nanos: 1 });
    expect(formatTimestamp({ seconds: 1740816000, nanos: 1 })).toBe('2025-03-01T08:00:00.000000001Z');
    expect(formatTimestamp(parseTimestamp('2025-03-01T09:30:00.5+01:30')!)).toBe('2025-03-01T08:00:00.500Z');
    expect(formatTimestamp(parseTimestamp('2025-03-01t08:00:00z')!)).toBe('2025-03-01T08:00:00.000Z');
  });

  it('refuse what is not an RFC 3339 instant in the Timestamp range', () => {
    for (const bad of ['2025-03-01', '2025-03-01 08:00:00Z', '2025-02-29T00:00:00Z', '2025-13-01T00:00:00Z', '2025-03-01T24:00:00Z', '2025-03-01T08:00:60Z', '2025-03-01T08:00:00', '10000-01-01T00:00:00Z', '2025-03-01T08:00:00.1234567890Z', 'Sat, 01 Mar 2025 08:00:00 GMT']) {
      expect(parseTimestamp(bad)).toBeUndefined();
    }
    expect(parseTimestamp('2024-02-29T00:00:00Z')).toBeDefined();
    expect(formatTimestamp({ seconds: 253_402_300_800, nanos: 0 })).toBeUndefined();
    expect(formatTimestamp({ seconds: 0, nanos: 1_000_000_000 })).toBeUndefined();
  });

  it('read as the regular expression they replaced did, valid or not (generated and mutated strings)', () => {
    let seed = 21;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n);
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const noise = '0123456789-:.+TtZz x';
    for (let i = 0; i < 20_000; i++) {
      const fraction = random(3) === 0 ? '' : `.${pad(random(1e9), 9).slice(0, 1 + random(9))}`;
      const zone = random(2) === 0 ? 'Z' : `${random(2) ? '+' : '-'}${pad(random(24), 2)}:${pad(random(60), 2)}`;
      let text = `${pad(random(10_000), 4)}-${pad(1 + random(12), 2)}-${pad(1 + random(31), 2)}T${pad(random(24), 2)}:${pad(random(60), 2)}:${pad(random(60), 2)}${fraction}${zone}`;
      if (i % 2 === 1) {
        const at = random(text.length + 1);
        const cut = random(2);
        text = text.slice(0, at) + noise[random(noise.length)] + text.slice(at + cut);
      }
      expect(parseTimestamp(text), text).toEqual(regexTimestamp(text));
    }
  });
});

/** The regular-expression parser parseTimestamp replaced, kept as the oracle it must agree with. */
function regexTimestamp(text: string): { seconds: number; nanos: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (!m[8]) {
    if (Number(m[10]) > 23 || Number(m[11]) > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  const seconds = date.getTime() / 1000 - offsetMinutes * 60;
  if (seconds < -62_135_596_800 || seconds > 253_402_300_799) return undefined;
  return { seconds, nanos: Number((m[7] ?? '').padEnd(9, '0')) };
}

// The contracts use few proto features yet; the converter must handle all that may come.
describe('JSON converter on a message with every kind of field', () => {
  const descriptor = {
    nested: {
      google: { nested: { protobuf: { nested: { Timestamp: { fields: { seconds: { type: 'int64', id: 1 }, nanos: { type: 'int32', id: 2 } } } } } } },
      test: {
        nested: {
          Kind: { values: { KIND_UNSPECIFIED: 0, KIND_USER: 1, KIND_APP: 2 } },
          Step: { fields: { name: { type: 'string', id: 1 }, at: { type: 'google.protobuf.Timestamp', id: 2 }, kind: { type: 'Kind', id: 3 } } },
          Everything: {
            fields: {
              kind: { type: 'Kind', id: 1 },
              steps: { rule: 'repeated', type: 'Step', id: 2 },
              byAttempt: { keyType: 'int32', type: 'Step', id: 3 },
              times: { rule: 'repeated', type: 'google.protobuf.Timestamp', id: 4 },
              blob: { type: 'bytes', id: 5 },
              ratio: { type: 'double', id: 6 },
              big: { type: 'uint64', id: 7 },
              first: { type: 'Step', id: 8 },
            },
          },
        },
      },
    },
  };
  const root = protobuf.Root.fromJSON(descriptor);
  root.resolveAll();
  const type = root.lookupType('test.Everything');
  const fail = failWith('ERR_EVENT_ENCODE', 'test.Everything');
  const roundTrip = (json: Record<string, unknown>) => {
    const bytes = type.encode(type.fromObject(toProtoObject(type, json, fail))).finish();
    const plain = type.toObject(type.decode(bytes), { longs: Number, enums: String, bytes: String, defaults: true, arrays: true, objects: true });
    return fromProtoObject(type, plain, failWith('ERR_EVENT_DECODE', 'test.Everything'));
  };

  it('round-trips nested, repeated, map, enum, bytes and 64-bit fields', () => {
    const json = {
      kind: 'KIND_APP',
      steps: [{ name: 'a', at: '2025-03-01T08:00:00.000Z', kind: 'KIND_USER' }, { name: 'b', kind: 'KIND_UNSPECIFIED' }],
      byAttempt: { '1': { name: 'first', at: '2025-03-01T08:00:01.000Z', kind: 'KIND_USER' }, '-2': { name: 'x', kind: 'KIND_UNSPECIFIED' } },
      times: ['2025-03-01T08:00:00.000Z', '2025-03-01T08:00:00.000000500Z'],
      blob: 'AAEC',
      ratio: 0.25,
      big: 2 ** 53 - 1,
      first: { name: 'f', kind: 'KIND_UNSPECIFIED' },
    };
    expect(roundTrip(json)).toEqual(json);
    expect(roundTrip({})).toEqual({ kind: 'KIND_UNSPECIFIED', steps: [], byAttempt: {}, times: [], blob: '', ratio: 0, big: 0 });
  });

  it('names the nested field that does not fit', () => {
    const field = (json: Record<string, unknown>) => {
      try {
        toProtoObject(type, json, fail);
      } catch (err) {
        return err instanceof ContractError ? err.field : 'other';
      }
      return 'none';
    };
    expect(field({ steps: [{ name: 'a' }, { name: 'b', secret: 'x' }] })).toBe('steps[1].secret');
    expect(field({ steps: [{ at: 'soon' }] })).toBe('steps[0].at');
    expect(field({ kind: 'KIND_ROBOT' })).toBe('kind');
    expect(field({ byAttempt: { one: { name: 'x' } } })).toBe('byAttempt');
    expect(field({ big: -1 })).toBe('big');
    expect(field({ blob: 'not base64!' })).toBe('blob');
    expect(field({ first: 'f' })).toBe('first');
    expect(field({ steps: { name: 'a' } })).toBe('steps');
    expect(field({ toString: 'x' })).toBe('toString');
  });
});

describe('generated code', () => {
  it('loads under plain Node ESM (no bundler, no tsx)', () => {
    const proto = fileURLToPath(new URL('./generated/proto.js', import.meta.url));
    const script = `
      import { keywarden } from ${JSON.stringify(proto)};
      const T = keywarden.system.v1.PingRequest;
      const bytes = T.encode(T.fromObject({ message: 'esm' })).finish();
      process.stdout.write(T.decode(bytes).message);
    `;
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })).toBe('esm');
  });
});

describe('data shapes (checked by tsc)', () => {
  it('type event data from the proto files', () => {
    const decoded: EventData<'RefreshTokenExpiring'> = {
      accountId: 'a1', provider: 'feishu', userId: 'u1', daysLeft: 3, thresholdDays: 3, expiresAt: '2025-03-04T00:00:00.000Z', generation: 2,
    };
    // @ts-expect-error decoded data always has its scalars
    const partial: EventData<'RefreshTokenExpiring'> = { accountId: 'a1' };
    const input: EventDataInput<'TokenRefreshed'> = { accountId: 'a1', refreshExpiresAt: null };
    // @ts-expect-error no token field exists on TokenRefreshed
    const leak: EventDataInput<'TokenRefreshed'> = { accessToken: 'x' };
    // @ts-expect-error timestamps are ISO strings
    const raw: EventDataInput<'TokenRefreshed'> = { expiresAt: { seconds: 1, nanos: 0 } };
    expect([decoded, partial, input, leak, raw]).toHaveLength(5);
  });
});
