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

/** The headers decodeEvent reads, by name without regard to case; of two spellings of one name the later wins. */
class EventHeaders {
  specversion: string | undefined = undefined;
  contentType: string | undefined = undefined;
  type: string | undefined = undefined;
  id: string | undefined = undefined;
  msgId: string | undefined = undefined;
  source: string | undefined = undefined;
  time: string | undefined = undefined;
  subject: string | undefined = undefined;
  streamId: string | undefined = undefined;
  streamVersion: string | undefined = undefined;
  traceparent: string | undefined = undefined;
  tracestate: string | undefined = undefined;

  // One pass over the record into fixed fields: a lower-cased copy of it (a dictionary object per
  // message) and a look-up per name were most of decodeEvent's own time.
  constructor(record: Record<string, string>) {
    for (const key of Object.keys(record)) {
      const value = record[key];
      switch (key.toLowerCase()) {
        case 'ce-specversion': this.specversion = value; break;
        case 'content-type': this.contentType = value; break;
        case 'ce-type': this.type = value; break;
        case 'ce-id': this.id = value; break;
        case 'nats-msg-id': this.msgId = value; break;
        case 'ce-source': this.source = value; break;
        case 'ce-time': this.time = value; break;
        case 'ce-subject': this.subject = value; break;
        case 'kw-stream-id': this.streamId = value; break;
        case 'kw-stream-version': this.streamVersion = value; break;
        case 'traceparent': this.traceparent = value; break;
        case 'tracestate': this.tracestate = value; break;
      }
    }
  }
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw new ContractError('ERR_MISSING_HEADER', `missing header ${name}`, name);
  return value;
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
  const headers = new EventHeaders(m.headers);
  if (required(headers.specversion, 'ce-specversion') !== '1.0') invalid('ce-specversion', "'1.0' expected");
  if (required(headers.contentType, 'content-type') !== eventContentType) invalid('content-type', `'${eventContentType}' expected`);
  const type = typeFromCeType(required(headers.type, 'ce-type'));
  const { name, info } = type;
  const eventId = required(headers.id, 'ce-id');
  if (!uuid.test(eventId)) invalid('ce-id', 'UUID expected');
  if (headers.msgId !== undefined && headers.msgId !== eventId) invalid('Nats-Msg-Id', 'must equal ce-id');
  const source = required(headers.source, 'ce-source');
  const time = required(headers.time, 'ce-time');
  if (!parseTimestamp(time)) invalid('ce-time', 'RFC 3339 timestamp expected');
  const streamId = required(headers.streamId, 'kw-stream-id');
  const stream = splitStreamId(streamId);
  if (!stream || stream.aggregate !== info.aggregate) invalid('kw-stream-id', `'${info.aggregate}-<id>' expected`);
  if (required(headers.subject, 'ce-subject') !== stream.id) invalid('ce-subject', 'must equal the id in kw-stream-id');
  const versionText = required(headers.streamVersion, 'kw-stream-version');
  const streamVersion = Number(versionText);
  if (!versionDigits.test(versionText) || !Number.isSafeInteger(streamVersion)) invalid('kw-stream-version', 'non-negative integer expected');

  const expected = expectedSubject(type, opts.namespace);
  const matches = opts.namespace !== undefined ? m.subject === expected : m.subject === expected || m.subject.endsWith(`.${expected}`);
  if (!matches) throw new ContractError('ERR_EVENT_DECODE', `subject does not match ce-type ${info.messageType}`, 'subject');

  const data = decodeWith(type.message, m.data, eventCodes);
  const envelope: EventEnvelope = { eventId, type: name, streamId, streamVersion, time, source, data };
  if (headers.traceparent) envelope.traceparent = headers.traceparent;
  if (headers.tracestate) envelope.tracestate = headers.tracestate;
  return envelope;
}

/** The subject events of this type are published on (e.g. to subscribe to one type in a test). */
export function eventSubject(type: string, opts: { namespace?: string } = {}): string {
  const info = eventType(type);
  return busNames(opts.namespace).subject(info.context, info.aggregate, type);
}
