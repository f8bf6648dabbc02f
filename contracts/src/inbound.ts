// Inbound messages: what a company's own services publish into Keywarden on
// `ext.<integration>.<organizationId>.<context>.<Type>` (CloudEvents NATS binding, binary mode;
// payload keywarden.inbound.v1.<Type> as protobuf or in the proto3 JSON mapping).
// `encodeInbound` is for publishers; `decodeInbound` is Keywarden's side and treats every byte as
// outside input: a ContractError with a stable code, never a value of the payload in its message.
import { decodeWith, encodeWith, messageType } from './codec.js';
import type { Codes } from './codec.js';
import { ContractError, isContractError } from './errors.js';
import { busNames, inboundContexts, integrationNamePattern, organizationIdPattern, safeName } from './registry.js';
import type { InboundContext } from './registry.js';
import { parseTimestamp } from './timestamp.js';

export const inboundTypes = {
  ProjectCreated: { context: 'gitops', messageType: 'keywarden.inbound.v1.ProjectCreated' },
  ProjectChanged: { context: 'gitops', messageType: 'keywarden.inbound.v1.ProjectChanged' },
  ProjectDeleted: { context: 'gitops', messageType: 'keywarden.inbound.v1.ProjectDeleted' },
  DeployRequested: { context: 'deploy', messageType: 'keywarden.inbound.v1.DeployRequested' },
} as const satisfies Record<string, { context: InboundContext; messageType: string }>;

export type InboundTypeName = keyof typeof inboundTypes;
export type InboundContentType = 'application/protobuf' | 'application/json';
export const inboundContentTypes: readonly InboundContentType[] = ['application/protobuf', 'application/json'];

export function isInboundTypeName(name: string): name is InboundTypeName {
  return Object.hasOwn(inboundTypes, name);
}

export type InboundInput = {
  integration: string;
  organizationId: string;
  type: InboundTypeName;
  /** ce-id: unique per message of this integration; Keywarden handles an id once, for ever. */
  id: string;
  /** ce-source: the publishing service, e.g. 'company-portal'. */
  source: string;
  /** RFC 3339; default now. */
  time?: string;
  /** camelCase keys (the proto3 JSON mapping). */
  data: Record<string, unknown>;
  /** Default application/protobuf. */
  contentType?: InboundContentType;
  traceparent?: string;
};

export type InboundMessage = {
  integration: string;
  organizationId: string;
  context: InboundContext;
  type: InboundTypeName;
  ceId: string;
  source: string;
  /** ce-time, when given. */
  time?: string;
  contentType: InboundContentType;
  /** Every field of the message, camelCase (proto3 defaults when unset): the same for either content type. */
  data: Record<string, unknown>;
  traceparent?: string;
  tracestate?: string;
};

/** ce-id: printable ASCII without spaces, at most 128 characters. */
const ceIdPattern = /^[\x21-\x7e]{1,128}$/;
const visible = /^[\x21-\x7e]+$/;
const printable = /^[\x20-\x7e]*$/;
const inboundCodes: Codes = { encode: 'ERR_INBOUND_ENCODE', decode: 'ERR_INBOUND_DECODE' };

function invalid(header: string, reason: string): never {
  throw new ContractError('ERR_INVALID_HEADER', `header ${header}: ${reason}`, header);
}

/** The NATS message a publisher sends; throws ERR_INBOUND_ENCODE / ERR_INVALID_NAME on bad input. */
export function encodeInbound(input: InboundInput, opts: { namespace?: string } = {}): { subject: string; headers: Record<string, string>; data: Uint8Array } {
  if (!isInboundTypeName(input.type)) throw new ContractError('ERR_UNKNOWN_EVENT_TYPE', `unknown inbound type ${safeName(String(input.type))}`);
  const info = inboundTypes[input.type];
  const subject = busNames(opts.namespace).inbound(input.integration, input.organizationId, info.context, input.type);
  const fail = (field: string, reason: string): never => {
    throw new ContractError('ERR_INBOUND_ENCODE', `inbound ${field}: ${reason}`, field);
  };
  if (typeof input.id !== 'string' || !ceIdPattern.test(input.id)) fail('id', 'printable ASCII without spaces, 1 to 128 characters expected');
  if (typeof input.source !== 'string' || !visible.test(input.source)) fail('source', 'printable ASCII without spaces expected');
  const time = input.time ?? new Date().toISOString();
  if (!parseTimestamp(time)) fail('time', 'RFC 3339 timestamp expected');
  if (input.traceparent !== undefined && !printable.test(input.traceparent)) fail('traceparent', 'printable ASCII expected');
  const contentType = input.contentType ?? 'application/protobuf';
  const type = messageType(info.messageType);
  const bytes = encodeWith(type, input.data, inboundCodes);
  const data = contentType === 'application/json'
    ? new TextEncoder().encode(JSON.stringify(decodeWith(type, bytes, inboundCodes)))
    : bytes;
  const headers: Record<string, string> = {
    'ce-specversion': '1.0',
    'ce-id': input.id,
    'ce-source': input.source,
    'ce-type': info.messageType,
    'ce-time': time,
    'content-type': contentType,
    'Nats-Msg-Id': input.id,
  };
  if (input.traceparent) headers['traceparent'] = input.traceparent;
  return { subject, headers, data };
}

type SubjectParts = { integration: string; organizationId: string; context: InboundContext; type: string };

/** The tokens of an inbound subject, checked; undefined when it is not one (in this namespace). */
export function parseInboundSubject(subject: string, opts: { namespace?: string } = {}): SubjectParts | undefined {
  const prefix = busNames(opts.namespace).namespace === undefined ? '' : `${opts.namespace}.`;
  if (!subject.startsWith(`${prefix}ext.`)) return undefined;
  const tokens = subject.slice(prefix.length).split('.');
  if (tokens.length !== 5) return undefined;
  const [, integration, organizationId, context, type] = tokens as [string, string, string, string, string];
  if (!integrationNamePattern.test(integration) || !organizationIdPattern.test(organizationId)) return undefined;
  if (!(inboundContexts as readonly string[]).includes(context) || !/^[A-Z][A-Za-z0-9]*$/.test(type)) return undefined;
  return { integration, organizationId, context: context as InboundContext, type };
}

/**
 * Reads an inbound message. The subject is the authority on the integration and the organization
 * (the NATS server lets an integration publish only its granted subjects); ce-type must name the
 * subject's type. Codes: ERR_INBOUND_SUBJECT, ERR_MISSING_HEADER, ERR_INVALID_HEADER,
 * ERR_UNKNOWN_EVENT_TYPE, ERR_INBOUND_DECODE (undecodable payload, or a field named in `field`).
 */
export function decodeInbound(m: { subject: string; headers: Record<string, string>; data: Uint8Array }, opts: { namespace?: string } = {}): InboundMessage {
  const parts = parseInboundSubject(m.subject, opts);
  if (!parts) throw new ContractError('ERR_INBOUND_SUBJECT', 'subject is not ext.<integration>.<organization id>.<context>.<Type>', 'subject');
  const headers = new Map(Object.entries(m.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const header = (name: string): string => {
    const value = headers.get(name);
    if (value === undefined || value === '') throw new ContractError('ERR_MISSING_HEADER', `missing header ${name}`, name);
    return value;
  };
  if (header('ce-specversion') !== '1.0') invalid('ce-specversion', "'1.0' expected");
  const ceType = header('ce-type');
  const name = ceType.startsWith('keywarden.inbound.v1.') ? ceType.slice('keywarden.inbound.v1.'.length) : '';
  if (!isInboundTypeName(name)) throw new ContractError('ERR_UNKNOWN_EVENT_TYPE', `unknown inbound type ${safeName(ceType)}`, 'ce-type');
  const info = inboundTypes[name];
  if (name !== parts.type || info.context !== parts.context) {
    throw new ContractError('ERR_INBOUND_SUBJECT', `subject does not match ce-type ${info.messageType}`, 'subject');
  }
  const ceId = header('ce-id');
  if (!ceIdPattern.test(ceId)) invalid('ce-id', 'printable ASCII without spaces, 1 to 128 characters expected');
  const msgId = headers.get('nats-msg-id');
  if (msgId !== undefined && msgId !== ceId) invalid('Nats-Msg-Id', 'must equal ce-id');
  const source = header('ce-source');
  if (!visible.test(source) || source.length > 256) invalid('ce-source', 'printable ASCII without spaces expected');
  const time = headers.get('ce-time');
  if (time !== undefined && !parseTimestamp(time)) invalid('ce-time', 'RFC 3339 timestamp expected');
  // Parameters such as '; charset=utf-8' are allowed; the media type decides.
  const contentType = header('content-type').split(';')[0]!.trim().toLowerCase();
  if (!(inboundContentTypes as readonly string[]).includes(contentType)) invalid('content-type', `one of ${inboundContentTypes.join(', ')} expected`);

  const type = messageType(info.messageType);
  const data = contentType === 'application/json' ? decodeJson(type, m.data) : decodeWith(type, m.data, inboundCodes);
  const message: InboundMessage = {
    ...parts, type: name, ceId, source, contentType: contentType as InboundContentType, data,
  };
  if (time !== undefined) message.time = time;
  const traceparent = headers.get('traceparent');
  const tracestate = headers.get('tracestate');
  if (traceparent && printable.test(traceparent)) message.traceparent = traceparent;
  if (tracestate && printable.test(tracestate)) message.tracestate = tracestate;
  return message;
}

// proto3 JSON: keys in lowerCamelCase or as the proto field names; unknown keys and ill-typed values refused.
function decodeJson(type: ReturnType<typeof messageType>, bytes: Uint8Array): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ContractError('ERR_INBOUND_DECODE', `${type.fullName}: the payload is not UTF-8 JSON`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ContractError('ERR_INBOUND_DECODE', `${type.fullName}: a JSON object expected`);
  }
  const camel: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    const name = key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    if (Object.hasOwn(camel, name)) throw new ContractError('ERR_INBOUND_DECODE', `${type.fullName}.${name}: given twice`, name);
    camel[name] = value;
  }
  // Through protobuf and back: the same checks and the same shape as a protobuf payload.
  try {
    return decodeWith(type, encodeWith(type, camel, { encode: 'ERR_INBOUND_DECODE', decode: 'ERR_INBOUND_DECODE' }), inboundCodes);
  } catch (error) {
    if (isContractError(error)) throw error;
    throw new ContractError('ERR_INBOUND_DECODE', `${type.fullName}: undecodable payload`);
  }
}

/** What can be read of a message that did not decode, for its rejection: printable, cut to 128 characters. */
export function peekInbound(m: { subject: string; headers: Record<string, string> }, opts: { namespace?: string } = {}) {
  const headers = new Map(Object.entries(m.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const clean = (value: string | undefined) => (value !== undefined && printable.test(value) ? value.slice(0, 128) : '');
  const prefix = opts.namespace ? `${opts.namespace}.` : '';
  const tokens = m.subject.startsWith(prefix) ? m.subject.slice(prefix.length).split('.') : [];
  const integration = tokens[1] !== undefined && integrationNamePattern.test(tokens[1]) ? tokens[1] : '';
  const organizationId = tokens[2] !== undefined && organizationIdPattern.test(tokens[2]) ? tokens[2] : '';
  return { integration, organizationId, ceId: clean(headers.get('ce-id')), ceType: clean(headers.get('ce-type')) };
}

/** Stable snake_case reasons of a rejection that decoding alone decides. */
export type InboundDecodeReason = 'invalid_subject' | 'invalid_envelope' | 'unknown_type' | 'undecodable_payload' | 'invalid_field';

/** The rejection reason of a decodeInbound failure. */
export function inboundDecodeReason(error: unknown): InboundDecodeReason {
  if (!isContractError(error)) return 'undecodable_payload';
  switch (error.code) {
    case 'ERR_INBOUND_SUBJECT':
    case 'ERR_INVALID_NAME':
      return 'invalid_subject';
    case 'ERR_MISSING_HEADER':
    case 'ERR_INVALID_HEADER':
      return 'invalid_envelope';
    case 'ERR_UNKNOWN_EVENT_TYPE':
      return 'unknown_type';
    default:
      return error.field === undefined ? 'undecodable_payload' : 'invalid_field';
  }
}
