import { describe, expect, it } from 'vitest';
import { ContractError } from './errors.js';
import { decodeInbound, encodeInbound, inboundDecodeReason, inboundTypes, peekInbound } from './inbound.js';
import { busNames } from './registry.js';
import { findMessageType } from './types.js';

const org = '6f1c2a4e-8b7d-4c1e-9f3a-2b5d7e9c1a3f';
const project = { slug: 'shop', name: 'Shop', repositoryUrl: 'https://gitlab.example.com/acme/shop.git', branch: 'main', environments: ['staging'] };
const base = { integration: 'portal', organizationId: org, id: 'evt-1', source: 'company-portal', time: '2026-12-07T10:00:00.000Z' } as const;

const code = (fn: () => unknown): { code: string; field?: string; message: string } => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ContractError) return { code: err.code, ...(err.field ? { field: err.field } : {}), message: err.message };
    throw err;
  }
  return { code: 'none', message: '' };
};

describe('inbound names', () => {
  it('names the stream, its subjects, each context filter and one subject, with and without a namespace', () => {
    expect(busNames().inboundStream()).toBe('EXT_INBOUND');
    expect(busNames().inboundSubjects()).toBe('ext.>');
    expect(busNames().inboundFilter('gitops')).toBe('ext.*.*.gitops.>');
    expect(busNames().inbound('portal', org, 'deploy', 'DeployRequested')).toBe(`ext.portal.${org}.deploy.DeployRequested`);
    expect(busNames('t-1').inboundStream()).toBe('T-1_EXT_INBOUND');
    expect(busNames('t-1').inboundFilter('deploy')).toBe('t-1.ext.*.*.deploy.>');
  });

  it('refuses tokens that would widen a subject or name another organization', () => {
    expect(code(() => busNames().inbound('Portal', org, 'gitops', 'ProjectCreated')).code).toBe('ERR_INVALID_NAME');
    expect(code(() => busNames().inbound('portal', '*', 'gitops', 'ProjectCreated')).code).toBe('ERR_INVALID_NAME');
    expect(code(() => busNames().inbound('portal', org, 'identity' as never, 'ProjectCreated')).code).toBe('ERR_INVALID_NAME');
    expect(code(() => busNames().inboundFilter('oauth' as never)).code).toBe('ERR_INVALID_NAME');
  });

  it('has a generated message for every inbound type', () => {
    for (const info of Object.values(inboundTypes)) expect(findMessageType(info.messageType)).toBeDefined();
  });
});

describe('encodeInbound / decodeInbound', () => {
  it('round-trips a protobuf payload, the subject naming the integration and the organization', () => {
    const msg = encodeInbound({ ...base, type: 'ProjectCreated', data: project });
    expect(msg.subject).toBe(`ext.portal.${org}.gitops.ProjectCreated`);
    expect(msg.headers).toMatchObject({ 'ce-specversion': '1.0', 'ce-id': 'evt-1', 'ce-type': 'keywarden.inbound.v1.ProjectCreated', 'Nats-Msg-Id': 'evt-1', 'content-type': 'application/protobuf' });
    const decoded = decodeInbound(msg);
    expect(decoded).toMatchObject({ integration: 'portal', organizationId: org, context: 'gitops', type: 'ProjectCreated', ceId: 'evt-1', source: 'company-portal', data: project });
  });

  it('reads JSON in the proto3 mapping, snake_case or camelCase, as the same data', () => {
    const json = encodeInbound({ ...base, type: 'ProjectChanged', data: { slug: 'shop', environments: ['a', 'b'] }, contentType: 'application/json' });
    expect(decodeInbound(json).data).toEqual({ slug: 'shop', environments: ['a', 'b'] });
    const snake = { ...json, headers: { ...json.headers, 'content-type': 'application/json; charset=utf-8' }, data: new TextEncoder().encode(JSON.stringify({ slug: 's', repository_url: 'https://x/y.git' })) };
    const created = { ...snake, subject: `ext.portal.${org}.gitops.ProjectCreated`, headers: { ...snake.headers, 'ce-type': 'keywarden.inbound.v1.ProjectCreated' } };
    expect(decodeInbound(created).data).toMatchObject({ slug: 's', repositoryUrl: 'https://x/y.git', environments: [] });
  });

  it('works inside a namespace only on its subjects', () => {
    const msg = encodeInbound({ ...base, type: 'DeployRequested', data: { application: 'web', version: '1.2.3' } }, { namespace: 't-1' });
    expect(msg.subject).toBe(`t-1.ext.portal.${org}.deploy.DeployRequested`);
    expect(decodeInbound(msg, { namespace: 't-1' }).type).toBe('DeployRequested');
    expect(code(() => decodeInbound(msg)).code).toBe('ERR_INBOUND_SUBJECT');
  });

  it('refuses bad messages with typed codes and a rejection reason, never repeating a value', () => {
    const good = encodeInbound({ ...base, type: 'ProjectDeleted', data: { slug: 'shop' } });
    const cases: Array<[string, Parameters<typeof decodeInbound>[0], string, string]> = [
      ['other context', { ...good, subject: `ext.portal.${org}.deploy.ProjectDeleted` }, 'ERR_INBOUND_SUBJECT', 'invalid_subject'],
      ['type differs', { ...good, subject: `ext.portal.${org}.gitops.ProjectCreated` }, 'ERR_INBOUND_SUBJECT', 'invalid_subject'],
      ['no organization', { ...good, subject: 'ext.portal.acme.gitops.ProjectDeleted' }, 'ERR_INBOUND_SUBJECT', 'invalid_subject'],
      ['unknown type', { ...good, headers: { ...good.headers, 'ce-type': 'keywarden.inbound.v1.ProjectRenamed' } }, 'ERR_UNKNOWN_EVENT_TYPE', 'unknown_type'],
      ['event type', { ...good, headers: { ...good.headers, 'ce-type': 'keywarden.gitops.v1.ProjectDeleted' } }, 'ERR_UNKNOWN_EVENT_TYPE', 'unknown_type'],
      ['no ce-id', { ...good, headers: { ...good.headers, 'ce-id': '' } }, 'ERR_MISSING_HEADER', 'invalid_envelope'],
      ['msg id differs', { ...good, headers: { ...good.headers, 'Nats-Msg-Id': 'other' } }, 'ERR_INVALID_HEADER', 'invalid_envelope'],
      ['xml', { ...good, headers: { ...good.headers, 'content-type': 'application/xml' } }, 'ERR_INVALID_HEADER', 'invalid_envelope'],
      ['bad time', { ...good, headers: { ...good.headers, 'ce-time': 'yesterday' } }, 'ERR_INVALID_HEADER', 'invalid_envelope'],
      ['garbage', { ...good, data: new Uint8Array([0xff, 0xff, 0xff, 0xff]) }, 'ERR_INBOUND_DECODE', 'undecodable_payload'],
      ['not json', { ...good, headers: { ...good.headers, 'content-type': 'application/json' }, data: new TextEncoder().encode('{"slug": secret-x') }, 'ERR_INBOUND_DECODE', 'undecodable_payload'],
      ['unknown field', { ...good, headers: { ...good.headers, 'content-type': 'application/json' }, data: new TextEncoder().encode('{"slug":"secret-x","owner":"secret-y"}') }, 'ERR_INBOUND_DECODE', 'invalid_field'],
      ['ill-typed', { ...good, headers: { ...good.headers, 'content-type': 'application/json' }, data: new TextEncoder().encode('{"slug":42}') }, 'ERR_INBOUND_DECODE', 'invalid_field'],
    ];
    for (const [what, message, expected, reason] of cases) {
      let error: unknown;
      try {
        decodeInbound(message);
      } catch (err) {
        error = err;
      }
      expect((error as ContractError | undefined)?.code, what).toBe(expected);
      expect(inboundDecodeReason(error), what).toBe(reason);
      expect((error as Error).message, what).not.toContain('secret-');
    }
  });

  it('peeks what a rejection can name of a message that did not decode', () => {
    expect(peekInbound({ subject: `t.ext.portal.${org}.gitops.X`, headers: { 'CE-ID': 'a\nb', 'ce-type': 'keywarden.inbound.v1.X' } }, { namespace: 't' }))
      .toEqual({ integration: 'portal', organizationId: org, ceId: '', ceType: 'keywarden.inbound.v1.X' });
    expect(peekInbound({ subject: 'ext.P.acme.gitops.X', headers: {} })).toEqual({ integration: '', organizationId: '', ceId: '', ceType: '' });
  });

  it('refuses to encode what it could not decode', () => {
    expect(code(() => encodeInbound({ ...base, id: 'has space', type: 'ProjectDeleted', data: { slug: 's' } })).code).toBe('ERR_INBOUND_ENCODE');
    expect(code(() => encodeInbound({ ...base, type: 'ProjectDeleted', data: { slug: 's', extra: 1 } })).code).toBe('ERR_INBOUND_ENCODE');
    expect(code(() => encodeInbound({ ...base, type: 'Nope' as never, data: {} })).code).toBe('ERR_UNKNOWN_EVENT_TYPE');
  });
});
