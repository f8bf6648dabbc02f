// The published contract: the AsyncAPI document validates with AsyncAPI's own parser, lists every
// public event and nothing else, and describes what the codec really sends (headers and fields).
import { Parser } from '@asyncapi/parser';
import { describe, expect, it } from 'vitest';
import { asyncApiDocument } from './asyncapi.js';
import { encodeEvent } from './envelope.js';
import { encodeInbound, inboundTypes } from './inbound.js';
import { isPublicEvent, publicEvents, publicSubjectFilters } from './public-events.js';
import { eventTypes, type EventName } from './registry.js';
import { reflectionRoot } from './types.js';

type Schema = { properties?: Record<string, Schema>; required?: string[]; $ref?: string; items?: Schema };
const doc = asyncApiDocument();
const schemas = (doc['components'] as { schemas: Record<string, Schema> }).schemas;
const channels = doc.channels as Record<string, { address: string; messages: Record<string, unknown> }>;

// Names that would mean secret material in an event (fingerprints, ids, generations and prefixes are fine).
const SECRET_FIELD = /^(value|plaintext|ciphertext|password|secret|token|accessToken|refreshToken|clientSecret|privateKey|webhookToken|signingSecret|apiKey|credentials?)$/i;

describe('the AsyncAPI document', () => {
  it('is valid AsyncAPI 3 by the AsyncAPI parser, without warnings', async () => {
    const { document, diagnostics } = await new Parser().parse(doc as never);
    expect(diagnostics.filter((d) => d.severity <= 1).map((d) => `${d.code}: ${d.message} at ${d.path.join('.')}`)).toEqual([]);
    expect(document?.allMessages().length).toBe(publicEvents.length + Object.keys(inboundTypes).length);
  });

  it('has one channel per public event, on the subject the services publish to, and no internal event', () => {
    const addresses = Object.values(channels).map((c) => c.address).filter((a) => a.startsWith('evt.'));
    expect(addresses).toEqual(publicEvents.map((name) => {
      const info = eventTypes[name];
      return `evt.${info.context}.${info.aggregate}.${name}`;
    }));
    const internal = (Object.keys(eventTypes) as EventName[]).filter((name) => !isPublicEvent(name));
    expect(internal).toContain('SessionStarted');
    expect(internal).toContain('PersonalAccessTokenCreated');
    for (const name of internal) expect(Object.keys(channels).some((id) => id.endsWith(`.${name}`)), name).toBe(false);
    expect(publicEvents).toContain('TokenRefreshed');
    expect(publicEvents).toContain('GitCredentialsSynced');
    expect(publicEvents).toContain('DeploymentSucceeded');
  });

  it('describes every payload field of the protobuf message and every header the codec writes', () => {
    for (const name of publicEvents) {
      const info = eventTypes[name];
      const fields = reflectionRoot.lookupType(info.messageType).fieldsArray.map((f) => f.name);
      expect(Object.keys(schemas[info.messageType]?.properties ?? {}), name).toEqual(fields);
    }
    const message = encodeEvent({
      eventId: '0b7c4f3e-3c1a-4d3b-9a55-4f4f0c8f1a11', type: 'ProjectDeleted', streamId: 'project-p1', streamVersion: 3,
      time: '2026-12-07T10:00:00.000Z', source: 'gitops-sync', data: { projectId: 'p1' }, traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    });
    const headers = schemas['CloudEventHeaders']!;
    expect(Object.keys(message.headers).filter((h) => !(h in (headers.properties ?? {})))).toEqual([]);
    expect((headers.required ?? []).filter((h) => !(h in message.headers))).toEqual([]);
  });

  it('lists what Keywarden receives on ext.* with its payload, headers and rejection', () => {
    const inbound = Object.entries(channels).filter(([, c]) => c.address.startsWith('ext.'));
    expect(inbound.map(([, c]) => c.address)).toEqual(Object.entries(inboundTypes).map(([name, info]) => `ext.{integration}.{organizationId}.${info.context}.${name}`));
    const operations = doc['operations'] as Record<string, { action: string }>;
    for (const name of Object.keys(inboundTypes)) expect(operations[`receive${name}`]?.action).toBe('receive');
    expect(Object.keys(schemas['keywarden.inbound.v1.ProjectCreated']?.properties ?? {})).toEqual(['slug', 'name', 'repositoryUrl', 'branch', 'environments']);
    const message = encodeInbound({ integration: 'portal', organizationId: '6f1c2a4e-8b7d-4c1e-9f3a-2b5d7e9c1a3f', type: 'ProjectDeleted', id: 'c1', source: 'portal', data: { slug: 's' } });
    const headers = schemas['InboundCloudEventHeaders']!;
    expect(Object.keys(message.headers).filter((h) => !(h in (headers.properties ?? {})))).toEqual([]);
    expect(publicEvents).toEqual(expect.arrayContaining(['ProjectRequestRejected', 'DeployRequestRejected']));
  });

  it('carries no field that could hold secret material in any public event, nested messages included', () => {
    const offending: string[] = [];
    for (const [name, schema] of Object.entries(schemas)) {
      if (name === 'CloudEventHeaders' || name === 'InboundCloudEventHeaders') continue;
      for (const field of Object.keys(schema.properties ?? {})) if (SECRET_FIELD.test(field)) offending.push(`${name}.${field}`);
    }
    expect(offending).toEqual([]);
  });

  it('gives the subject filters that select exactly the public events of a context', () => {
    expect(publicSubjectFilters('oauth')).toEqual(['evt.oauth.account.>']);
    expect(publicSubjectFilters('identity')).toEqual([]);
    expect(publicSubjectFilters('gitops', 'ns.')).toEqual(['ns.evt.gitops.project.>', 'ns.evt.gitops.binding.>', 'ns.evt.gitops.reconcile.>', 'ns.evt.gitops.inbound.>']);
  });
});
