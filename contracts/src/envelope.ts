// A stored event <-> a NATS message: CloudEvents NATS binding in binary mode (attributes
// in ce-* headers, the protobuf message as payload), plus Keywarden's stream headers.
import { decodeWith, encodeWith, messageType } from './codec.js';
import type { Codes } from './codec.js';
import type { MessageType } from './types.js';
import { ContractError } from './errors.js';
import { aggregatePattern, busNames, eventType, eventTypes, isEventName, safeName } from './registry.js';
import type { EventTypeInfo } from './registry.js';
import { parseTimestamp } from './timestamp.js';

export type EventEnvelope = {
  /** UUID; also ce-id and Nats-Msg-Id, so JetStream drops a republished duplicate. */
  eventId: string;
  /** EventName, e.g. 'UserRegistered'. */
  type: string;
  /** '<aggregate>-<id>', e.g. 'user-8d2c…'; the aggregate is the text before the first '-'. */
  streamId: string;
  /** Position of the event in its stream (kw-stream-version). */
  streamVersion: number;
  /** RFC 3339 (ce-time), passed through as given. */
  time: string;
  /** The producing service (ce-source). */
  source: string;
  /** Plain JSON as stored in the events table: camelCase keys, times as ISO strings (see json.ts). */
  data: Record<string, unknown>;
  traceparent?: string;
  tracestate?: string;
};

export type EventMessage = { subject: string; msgId: string; headers: Record<string, string>; data: Uint8Array };

export const eventContentType = 'application/protobuf';

const eventCodes: Codes = { encode: 'ERR_EVENT_ENCODE', decode: 'ERR_EVENT_DECODE' };
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Header values: printable ASCII, so nothing can smuggle a CR/LF into the NATS header block.
const visible = /^[\x21-\x7e]+$/;
const printable = /^[\x20-\x7e]*$/;

function splitStreamId(streamId: string): { aggregate: string; id: string } | undefined {
  const dash = streamId.indexOf('-');
  if (dash <= 0) return undefined;
  const aggregate = streamId.slice(0, dash);
  const id = streamId.slice(dash + 1);
  return aggregatePattern.test(aggregate) && visible.test(id) ? { aggregate, id } : undefined;
}

function encodeFail(field: string, reason: string): never {
  throw new ContractError('ERR_EVENT_ENCODE', `event ${field}: ${reason}`, field);
}

/** Encodes a stored event as the NATS message the relay publishes. */
export function encodeEvent(e: EventEnvelope, opts: { namespace?: string } = {}): EventMessage {
  const info = eventType(e.type);
  if (typeof e.eventId !== 'string' || !uuid.test(e.eventId)) encodeFail('eventId', 'UUID expected');
  const stream = typeof e.streamId === 'string' ? splitStreamId(e.streamId) : undefined;
  if (!stream) encodeFail('streamId', "'<aggregate>-<id>' expected");
  if (stream.aggregate !== info.aggregate) {
    encodeFail('streamId', `${e.type} belongs to aggregate ${safeName(info.aggregate)}, not ${safeName(stream.aggregate)}`);
  }
  if (!Number.isSafeInteger(e.streamVersion) || e.streamVersion < 0) encodeFail('streamVersion', 'non-negative integer expected');
  if (typeof e.time !== 'string' || !parseTimestamp(e.time)) encodeFail('time', 'RFC 3339 timestamp expected');
  if (typeof e.source !== 'string' || !visible.test(e.source)) encodeFail('source', 'service name expected');
  for (const key of ['traceparent', 'tracestate'] as const) {
    const value = e[key];
    if (value !== undefined && (typeof value !== 'string' || !printable.test(value))) encodeFail(key, 'printable ASCII expected');
  }

  const data = encodeWith(messageType(info.messageType), e.data, eventCodes);
  const headers: Record<string, string> = {
    'ce-specversion': '1.0',
    'ce-id': e.eventId,
    'ce-source': e.source,
    'ce-type': info.messageType,
    'ce-time': e.time,
    'ce-subject': stream.id,
    'content-type': eventContentType,
    'kw-stream-version': String(e.streamVersion),
    'kw-stream-id': e.streamId,
    'Nats-Msg-Id': e.eventId,
  };
  if (e.traceparent) headers['traceparent'] = e.traceparent;
  if (e.tracestate) headers['tracestate'] = e.tracestate;
  return {
    subject: busNames(opts.namespace).subject(info.context, info.aggregate, e.type),
    msgId: e.eventId,
    headers,
    data,
  };
}

function invalid(header: string, reason: string): never {
  throw new ContractError('ERR_INVALID_HEADER', `header ${header}: ${reason}`, header);
}

type DecodeInfo = { name: string; info: EventTypeInfo; message: MessageType; subjects: Map<string | undefined, string> };
// Per ce-type, what decoding needs that depends on the type alone: its registry entry, its
// message type and the subject it travels on, looked up once instead of per message.
// Only types the registry knows are kept, so the cache is bounded by the registry.
const decodeInfos = new Map<string, DecodeInfo>();

function typeFromCeType(ceType: string): DecodeInfo {
  const known = decodeInfos.get(ceType);
  if (known) return known;
  const name = ceType.slice(ceType.lastIndexOf('.') + 1);
  if (!isEventName(name) || eventTypes[name].messageType !== ceType) {
    throw new ContractError('ERR_UNKNOWN_EVENT_TYPE', `unknown event type ${safeName(ceType)}`, 'ce-type');
  }
  const info: EventTypeInfo = eventTypes[name];
  const found: DecodeInfo = { name, info, message: messageType(info.messageType), subjects: new Map() };
  decodeInfos.set(ceType, found);
  return found;
}

function expectedSubject(type: DecodeInfo, namespace: string | undefined): string {
  let subject = type.subjects.get(namespace);
  if (subject === undefined) {
    subject = busNames(namespace).subject(type.info.context, type.info.aggregate, type.name);
    // Namespaces are few (one per deployment, one per test); a bound keeps a caller that makes many from growing it.
    if (type.subjects.size < 64) type.subjects.set(namespace, subject);
  }
  return subject;
}

function header(headers: Record<string, string>, name: string): string {
  const value = Object.hasOwn(headers, name) ? headers[name] : undefined;
  if (value === undefined || value === '') {
    throw new ContractError('ERR_MISSING_HEADER', `missing header ${name}`, name);
  }
  return value;
}

function optionalHeader(headers: Record<string, string>, name: string): string | undefined {
  return Object.hasOwn(headers, name) ? headers[name] : undefined;
}

const versionDigits = /^\d+$/;

/**
 * Decodes a message received from JetStream. Header names are matched without regard
 * to case. The subject must agree with ce-type: NATS permissions are per subject, so a
 * service allowed only on evt.deploy.> cannot pass off an identity event by its headers.
 * With `namespace`, the subject must be exactly the one encodeEvent would use there.
 */
export function decodeEvent(
  m: { subject: string; headers: Record<string, string>; data: Uint8Array },
  opts: { namespace?: string } = {},
): EventEnvelope {
  // Names folded to lower case; of two spellings of one name the later wins (as a Map built from the entries).
  const headers: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const key of Object.keys(m.headers)) headers[key.toLowerCase()] = m.headers[key]!;

  if (header(headers, 'ce-specversion') !== '1.0') invalid('ce-specversion', "'1.0' expected");
  if (header(headers, 'content-type') !== eventContentType) invalid('content-type', `'${eventContentType}' expected`);
  const type = typeFromCeType(header(headers, 'ce-type'));
  const { name, info } = type;
  const eventId = header(headers, 'ce-id');
  if (!uuid.test(eventId)) invalid('ce-id', 'UUID expected');
  const msgId = optionalHeader(headers, 'nats-msg-id');
  if (msgId !== undefined && msgId !== eventId) invalid('Nats-Msg-Id', 'must equal ce-id');
  const source = header(headers, 'ce-source');
  const time = header(headers, 'ce-time');
  if (!parseTimestamp(time)) invalid('ce-time', 'RFC 3339 timestamp expected');
  const streamId = header(headers, 'kw-stream-id');
  const stream = splitStreamId(streamId);
  if (!stream || stream.aggregate !== info.aggregate) invalid('kw-stream-id', `'${info.aggregate}-<id>' expected`);
  if (header(headers, 'ce-subject') !== stream.id) invalid('ce-subject', 'must equal the id in kw-stream-id');
  const versionText = header(headers, 'kw-stream-version');
  const streamVersion = Number(versionText);
  if (!versionDigits.test(versionText) || !Number.isSafeInteger(streamVersion)) invalid('kw-stream-version', 'non-negative integer expected');

  const expected = expectedSubject(type, opts.namespace);
  const matches = opts.namespace !== undefined ? m.subject === expected : m.subject === expected || m.subject.endsWith(`.${expected}`);
  if (!matches) throw new ContractError('ERR_EVENT_DECODE', `subject does not match ce-type ${info.messageType}`, 'subject');

  const data = decodeWith(type.message, m.data, eventCodes);
  const envelope: EventEnvelope = { eventId, type: name, streamId, streamVersion, time, source, data };
  const traceparent = optionalHeader(headers, 'traceparent');
  const tracestate = optionalHeader(headers, 'tracestate');
  if (traceparent) envelope.traceparent = traceparent;
  if (tracestate) envelope.tracestate = tracestate;
  return envelope;
}

/** The subject events of this type are published on (e.g. to subscribe to one type in a test). */
export function eventSubject(type: string, opts: { namespace?: string } = {}): string {
  const info = eventType(type);
  return busNames(opts.namespace).subject(info.context, info.aggregate, type);
}
