// Plain JSON <-> protobufjs objects, walking the reflection types so that it works for
// every message, nested messages, repeated and map fields included.
//
// JSON side (what services store in their events table and hand to the codec):
// camelCase keys; google.protobuf.Timestamp as RFC 3339 strings; 64-bit integers as
// numbers (safe integers only); enums by name; bytes as base64. null or undefined means
// "absent". Unknown keys and ill-typed values are rejected.
//
// Decoded JSON always has every scalar, enum, repeated and map field (proto3 defaults:
// '', 0, false, [], {}), and has a message field (Timestamps included) only when set.
import protobuf from 'protobufjs/light.js';
import { ContractError } from './errors.js';
import type { ContractErrorCode } from './errors.js';
import { formatTimestamp, parseTimestamp } from './timestamp.js';
import type { ProtoTimestamp } from './timestamp.js';

const timestampType = '.google.protobuf.Timestamp';
const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const int32 = [-(2 ** 31), 2 ** 31 - 1] as const;
const uint32 = [0, 2 ** 32 - 1] as const;

export type Failure = (field: string, reason: string) => never;

export function failWith(code: ContractErrorCode, typeName: string): Failure {
  return (field, reason) => {
    throw new ContractError(code, `${typeName}.${field}: ${reason}`, field);
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

function inRange(value: unknown, [min, max]: readonly [number, number]): boolean {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

// Checks one JSON scalar against its proto type; returns the reason when it does not fit.
function scalarProblem(type: string, value: unknown): string | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? undefined : 'string expected';
    case 'bool':
      return typeof value === 'boolean' ? undefined : 'boolean expected';
    case 'double':
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'finite number expected';
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return inRange(value, int32) ? undefined : '32-bit integer expected';
    case 'uint32':
    case 'fixed32':
      return inRange(value, uint32) ? undefined : 'unsigned 32-bit integer expected';
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return Number.isSafeInteger(value) ? undefined : 'safe integer expected';
    case 'uint64':
    case 'fixed64':
      return Number.isSafeInteger(value) && (value as number) >= 0 ? undefined : 'non-negative safe integer expected';
    case 'bytes':
      return typeof value === 'string' && base64.test(value) ? undefined : 'base64 string expected';
    default:
      return `unsupported type ${type}`;
  }
}

// JSON object keys are strings; a map<int32, X> key must still spell an int32.
function mapKeyFits(keyType: string, key: string): boolean {
  if (keyType === 'string') return true;
  if (keyType === 'bool') return key === 'true' || key === 'false';
  return /^-?\d+$/.test(key) && scalarProblem(keyType, Number(key)) === undefined;
}

function toProtoValue(field: protobuf.Field, value: unknown, path: string, fail: Failure): unknown {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Type) {
    if (resolved.fullName === timestampType) {
      const ts = typeof value === 'string' ? parseTimestamp(value) : undefined;
      return ts ?? fail(path, 'RFC 3339 timestamp expected');
    }
    return isPlainObject(value) ? toProtoObject(resolved, value, fail, `${path}.`) : fail(path, 'object expected');
  }
  if (resolved instanceof protobuf.Enum) {
    if (typeof value === 'string' && Object.hasOwn(resolved.values, value)) return resolved.values[value];
    // Numbers are allowed for values this version does not name (decode keeps them as numbers).
    return inRange(value, int32) ? value : fail(path, `${resolved.name} value expected`);
  }
  const problem = scalarProblem(field.type, value);
  return problem === undefined ? value : fail(path, problem);
}

/** JSON -> the plain object protobufjs' fromObject expects. Rejects unknown keys and ill-typed values. */
export function toProtoObject(type: protobuf.Type, json: Record<string, unknown>, fail: Failure, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    const path = prefix + key;
    const field = Object.hasOwn(type.fields, key) ? type.fields[key] : undefined;
    if (!field) fail(path, 'unknown field');
    if (value === null || value === undefined) continue;
    if (field instanceof protobuf.MapField) {
      if (!isPlainObject(value)) fail(path, 'object expected');
      const entries = Object.entries(value).map(([k, v]) => {
        if (!mapKeyFits(field.keyType, k)) fail(path, `${field.keyType} map key expected`);
        return [k, toProtoValue(field, v, `${path}[]`, fail)] as const;
      });
      out[key] = Object.fromEntries(entries);
    } else if (field.repeated) {
      if (!Array.isArray(value)) fail(path, 'array expected');
      out[key] = value.map((item, i) => toProtoValue(field, item, `${path}[${i}]`, fail));
    } else {
      out[key] = toProtoValue(field, value, path, fail);
    }
  }
  return out;
}

// How fromProtoObject reads one field, worked out once per type: most fields (strings,
// 32-bit numbers, enums, bools) pass through as they are, so per message only the
// timestamps, nested messages and 64-bit integers cost a call.
type FieldPlan = { name: string; map: boolean; repeated: boolean; convert: ((value: unknown, path: () => string, fail: Failure) => unknown) | undefined };
const plans = new WeakMap<protobuf.Type, FieldPlan[]>();

function planOf(type: protobuf.Type): FieldPlan[] {
  let plan = plans.get(type);
  if (!plan) {
    plan = type.fieldsArray.map((field) => ({ name: field.name, map: field.map, repeated: field.repeated, convert: converter(field) }));
    plans.set(type, plan);
  }
  return plan;
}

function converter(field: protobuf.Field): FieldPlan['convert'] {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Type) {
    if (resolved.fullName === timestampType) {
      return (value, path, fail) => {
        if (!isPlainObject(value)) return fail(path(), 'object expected');
        return formatTimestamp({ seconds: value.seconds ?? 0, nanos: value.nanos ?? 0 } as ProtoTimestamp) ?? fail(path(), 'timestamp out of range');
      };
    }
    return (value, path, fail) => (isPlainObject(value) ? fromProtoObject(resolved, value, fail, `${path()}.`) : fail(path(), 'object expected'));
  }
  if (field.long) return (value, path, fail) => (typeof value === 'number' && !Number.isSafeInteger(value) ? fail(path(), 'integer beyond 2^53') : value);
  return undefined;
}

/** protobufjs' toObject output (defaults, longs as numbers, enums as names, bytes as base64) -> JSON. */
export function fromProtoObject(type: protobuf.Type, obj: Record<string, unknown>, fail: Failure, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of planOf(type)) {
    const value = obj[field.name];
    if (value === null || value === undefined) continue;
    const convert = field.convert;
    if (field.map) {
      const entries = Object.entries(value as Record<string, unknown>);
      out[field.name] = Object.fromEntries(convert ? entries.map(([k, v]) => [k, convert(v, () => `${prefix}${field.name}[]`, fail)]) : entries);
    } else if (field.repeated) {
      const items = value as unknown[];
      out[field.name] = convert ? items.map((item, i) => convert(item, () => `${prefix}${field.name}[${i}]`, fail)) : items.slice();
    } else {
      out[field.name] = convert ? convert(value, () => prefix + field.name, fail) : value;
    }
  }
  return out;
}
