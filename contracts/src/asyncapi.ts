// The published contract of the bus for a company's own services: an AsyncAPI 3 document generated
// from the registry (subjects, CloudEvents headers) and the protobuf reflection (payloads), so it
// cannot drift from what the services send. Payloads travel as protobuf (content-type
// application/protobuf, the message named by ce-type); the JSON Schemas here describe the same
// fields in the proto3 JSON mapping this package's codec uses (camelCase, Timestamps as RFC 3339,
// 64-bit integers as numbers, enums by name, bytes as base64).
import protobuf from 'protobufjs/light.js';
import { eventContentType } from './envelope.js';
import { inboundContentTypes, inboundTypes, type InboundTypeName } from './inbound.js';
import { publicEvents } from './public-events.js';
import { eventTypes, type EventName } from './registry.js';
import { reflectionRoot } from './types.js';

type Schema = Record<string, unknown>;
export type AsyncApiDocument = Record<string, unknown> & { asyncapi: '3.1.0'; channels: Record<string, unknown> };

const TIMESTAMP = 'google.protobuf.Timestamp';

const scalarSchemas: Record<string, Schema> = {
  string: { type: 'string' },
  bool: { type: 'boolean' },
  double: { type: 'number' },
  float: { type: 'number' },
  int32: { type: 'integer', format: 'int32' },
  sint32: { type: 'integer', format: 'int32' },
  sfixed32: { type: 'integer', format: 'int32' },
  uint32: { type: 'integer', minimum: 0, format: 'uint32' },
  fixed32: { type: 'integer', minimum: 0, format: 'uint32' },
  int64: { type: 'integer', format: 'int64' },
  sint64: { type: 'integer', format: 'int64' },
  sfixed64: { type: 'integer', format: 'int64' },
  uint64: { type: 'integer', minimum: 0, format: 'uint64' },
  fixed64: { type: 'integer', minimum: 0, format: 'uint64' },
  bytes: { type: 'string', contentEncoding: 'base64' },
};

const schemaRef = (fullName: string) => ({ $ref: `#/components/schemas/${fullName}` });

/** JSON Schemas of a message and every message it contains, keyed by full name (without the leading dot). */
function collectSchemas(type: protobuf.Type, into: Map<string, Schema>): void {
  const name = type.fullName.slice(1);
  if (into.has(name)) return;
  const properties: Record<string, Schema> = {};
  into.set(name, { type: 'object', title: type.name, additionalProperties: false, properties });
  for (const field of type.fieldsArray) {
    const resolved = field.resolve().resolvedType;
    let schema: Schema;
    if (resolved instanceof protobuf.Enum) {
      schema = { type: 'string', enum: Object.keys(resolved.values) };
    } else if (resolved instanceof protobuf.Type) {
      if (resolved.fullName.slice(1) === TIMESTAMP) schema = { type: 'string', format: 'date-time' };
      else {
        collectSchemas(resolved, into);
        schema = schemaRef(resolved.fullName.slice(1));
      }
    } else {
      schema = { ...(scalarSchemas[field.type] ?? { type: 'string' }) };
    }
    if (field instanceof protobuf.MapField) schema = { type: 'object', additionalProperties: schema };
    else if (field.repeated) schema = { type: 'array', items: schema };
    properties[field.name] = schema;
  }
}

/** The CloudEvents NATS binding (binary mode) headers every event carries, plus Keywarden's stream position. */
const headersSchema: Schema = {
  type: 'object',
  required: ['ce-specversion', 'ce-id', 'ce-source', 'ce-type', 'ce-time', 'ce-subject', 'content-type', 'kw-stream-id', 'kw-stream-version'],
  properties: {
    'ce-specversion': { type: 'string', const: '1.0' },
    'ce-id': { type: 'string', format: 'uuid', description: 'The event id; also Nats-Msg-Id, so JetStream drops a republished duplicate.' },
    'ce-source': { type: 'string', description: 'The service that recorded the event, e.g. oauth-broker.' },
    'ce-type': { type: 'string', description: 'The protobuf message of the payload, e.g. keywarden.oauth.v1.TokenRefreshed.' },
    'ce-time': { type: 'string', format: 'date-time' },
    'ce-subject': { type: 'string', description: "The aggregate's id (the text after '<aggregate>-' in kw-stream-id)." },
    'content-type': { type: 'string', const: eventContentType },
    'kw-stream-id': { type: 'string', description: "'<aggregate>-<id>': the stream the event was appended to." },
    'kw-stream-version': { type: 'string', pattern: '^[0-9]+$', description: "The event's position in its stream (0, 1, 2, …)." },
    'Nats-Msg-Id': { type: 'string', format: 'uuid' },
    traceparent: { type: 'string', description: 'W3C trace context of the command that caused the event.' },
    tracestate: { type: 'string' },
  },
};

/** The headers of an inbound message (contracts inbound.ts): CloudEvents binary mode, protobuf or proto3 JSON. */
const inboundHeadersSchema: Schema = {
  type: 'object',
  required: ['ce-specversion', 'ce-id', 'ce-source', 'ce-type', 'content-type'],
  properties: {
    'ce-specversion': { type: 'string', const: '1.0' },
    'ce-id': {
      type: 'string', pattern: '^[\\x21-\\x7e]{1,128}$',
      description: 'Unique per message of your integration: Keywarden handles a ce-id once, for ever; the same ce-id with other content is rejected (idempotency_conflict).',
    },
    'ce-source': { type: 'string', description: 'Your service, e.g. company-portal.' },
    'ce-type': { type: 'string', description: 'keywarden.inbound.v1.<Type>: the protobuf message of the payload; must match the subject.' },
    'ce-time': { type: 'string', format: 'date-time' },
    'content-type': { type: 'string', enum: [...inboundContentTypes], description: 'application/protobuf, or application/json in the proto3 JSON mapping.' },
    'Nats-Msg-Id': { type: 'string', description: "Set it to ce-id: JetStream then drops a copy published within its duplicate window." },
    traceparent: { type: 'string', description: 'W3C trace context: Keywarden continues your trace.' },
    tracestate: { type: 'string' },
  },
};

const inboundRejection: Record<string, string> = { gitops: 'ProjectRequestRejected', deploy: 'DeployRequestRejected' };

/** Channels, operations and messages of what a company's services publish into Keywarden (Keywarden receives). */
function addInbound(schemas: Map<string, Schema>, channels: Record<string, unknown>, operations: Record<string, unknown>, messages: Record<string, unknown>): void {
  schemas.set('InboundCloudEventHeaders', inboundHeadersSchema);
  for (const name of Object.keys(inboundTypes) as InboundTypeName[]) {
    const info = inboundTypes[name];
    collectSchemas(reflectionRoot.lookupType(info.messageType), schemas);
    const channelId = `inbound.${info.context}.${name}`;
    const messageId = `inbound.${name}`;
    messages[messageId] = {
      name,
      title: `${name} (inbound)`,
      summary: `Published by a company's service for ${info.context}; refused ones are answered by ${inboundRejection[info.context]}.`,
      contentType: 'application/protobuf',
      headers: { $ref: '#/components/schemas/InboundCloudEventHeaders' },
      payload: schemaRef(info.messageType),
      'x-protobuf-message': info.messageType,
    };
    channels[channelId] = {
      address: `ext.{integration}.{organizationId}.${info.context}.${name}`,
      title: `${name} (inbound)`,
      description: `In the JetStream stream EXT_INBOUND. Your integration user may publish only the subjects it was granted; ` +
        `the subject names the integration and the organization, the payload never does. ce-type ${info.messageType}.`,
      parameters: {
        integration: { description: 'Your integration\'s name (its NATS user is int-<integration>).' },
        organizationId: { description: "The organization's UUID." },
      },
      messages: { [name]: { $ref: `#/components/messages/${messageId}` } },
    };
    operations[`receive${name}`] = {
      action: 'receive',
      title: `Keywarden receives ${name}`,
      description: `Handled once per (integration, ce-id); a bad one is parked and answered by ${inboundRejection[info.context]} on evt.${info.context}.inbound.`,
      channel: { $ref: `#/channels/${channelId}` },
      messages: [{ $ref: `#/channels/${channelId}/messages/${name}` }],
    };
  }
}

export type AsyncApiOptions = {
  /** The document's version (the contract's release). */
  version?: string;
  /** Where integrations reach NATS, e.g. 'nats.example.internal:4222'. */
  natsHost?: string;
};

/** The AsyncAPI 3.0 document of every public event (contracts/src/public-events.ts). */
export function asyncApiDocument(options: AsyncApiOptions = {}): AsyncApiDocument {
  const schemas = new Map<string, Schema>([['CloudEventHeaders', headersSchema]]);
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const name of publicEvents as readonly EventName[]) {
    const info = eventTypes[name];
    const type = reflectionRoot.lookupType(info.messageType);
    collectSchemas(type, schemas);
    const channelId = `${info.context}.${info.aggregate}.${name}`;
    messages[name] = {
      name,
      title: name,
      summary: `${info.context}: ${name} (aggregate ${info.aggregate})`,
      contentType: eventContentType,
      headers: { $ref: '#/components/schemas/CloudEventHeaders' },
      payload: schemaRef(info.messageType),
      correlationId: { location: '$message.header#/traceparent' },
      'x-protobuf-message': info.messageType,
    };
    channels[channelId] = {
      address: `evt.${info.context}.${info.aggregate}.${name}`,
      title: name,
      description: `In the JetStream stream EVT_${info.context.toUpperCase()}; ce-type ${info.messageType}.`,
      messages: { [name]: { $ref: `#/components/messages/${name}` } },
    };
    operations[`send${name}`] = {
      action: 'send',
      title: `Keywarden publishes ${name}`,
      channel: { $ref: `#/channels/${channelId}` },
      messages: [{ $ref: `#/channels/${channelId}/messages/${name}` }],
    };
  }
  addInbound(schemas, channels, operations, messages);
  return {
    asyncapi: '3.1.0',
    info: {
      title: 'Keywarden events',
      version: options.version ?? '1.0.0',
      description:
        'The public events of Keywarden on NATS JetStream: CloudEvents in binary mode (attributes in ce-* headers), ' +
        'protobuf payloads (the message named by ce-type; the schemas below give the same fields in the proto3 JSON ' +
        'mapping). Read them through the pull consumer provisioned for your integration user. No event carries secret material. ' +
        'The inbound channels (ext.*) are what your service may publish into Keywarden, as protobuf or proto3 JSON.',
    },
    defaultContentType: eventContentType,
    servers: {
      nats: { host: options.natsHost ?? 'localhost:4222', protocol: 'nats', description: 'The NATS JetStream of the platform.' },
    },
    channels,
    operations,
    components: { schemas: Object.fromEntries(schemas), messages },
  };
}
