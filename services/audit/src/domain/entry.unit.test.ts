import { describe, expect, it } from 'vitest';
import { auditEntryOf, traceIdOf } from './entry.js';

const base = { eventId: '0b6f3f2e-4c41-4d7a-9f6a-0d3a8f1c2b11', time: '2025-03-01T10:00:00.123Z', source: 'oauth-broker' };
const trace = '4bf92f3577b34da6a3ce929d0e0e4736';

describe('the audit entry of an event', () => {
  it('names the acting user, the resource from the stream id, the organization, the trace, success', () => {
    const entry = auditEntryOf({
      ...base, type: 'ProjectCreated', streamId: 'project-p1', source: 'gitops-sync', traceparent: `00-${trace}-00f067aa0ba902b7-01`,
      data: { projectId: 'p1', organizationId: 'o1', name: 'Web', slug: 'web', repositoryUrl: 'https://gitlab.com/acme/web', actorUserId: 'u1' },
    });
    expect(entry).toEqual({
      eventId: base.eventId, time: new Date(base.time), context: 'gitops', action: 'ProjectCreated', actorKind: 'user', actorId: 'u1',
      resourceKind: 'project', resourceId: 'p1', resourceName: 'Web', organizationId: 'o1', outcome: 'success', traceId: trace, source: 'gitops-sync',
    });
  });

  it('makes the publishing service the actor of work nobody asked for, and a failure type a failure', () => {
    const refreshed = auditEntryOf({ ...base, type: 'TokenRefreshed', streamId: 'account-a1', data: { accountId: 'a1', provider: 'gitlab', trigger: 'scheduler' } });
    expect(refreshed).toMatchObject({ actorKind: 'service', actorId: 'oauth-broker', resourceKind: 'account', resourceId: 'a1', outcome: 'success', organizationId: null, traceId: '' });
    const failed = auditEntryOf({ ...base, type: 'DeploymentFailed', streamId: 'deployment-d1', source: 'deployer', data: { deploymentId: 'd1', applicationName: 'shop', trigger: 'manual', error: 'ImagePullBackOff: secret xyz' } });
    expect(failed).toMatchObject({ actorKind: 'service', actorId: 'deployer', outcome: 'failure', resourceName: 'shop' });
  });

  it('tells a provider and a webhook caller apart, and the user a sign-in is about', () => {
    expect(auditEntryOf({ ...base, type: 'ReauthorizationRequired', streamId: 'account-a1', data: { accountId: 'a1', provider: 'gitlab', userId: 'u2' } }))
      .toMatchObject({ actorKind: 'provider', actorId: 'gitlab', outcome: 'failure' });
    expect(auditEntryOf({ ...base, type: 'WebhookRejected', streamId: 'application-x', source: 'deployer', data: { applicationId: 'x', reason: 'invalid_token', sourceAddress: '203.0.113.9', tokenPrefix: 'whk_abcd' } }))
      .toMatchObject({ actorKind: 'webhook', actorId: '203.0.113.9', outcome: 'failure' });
    expect(auditEntryOf({ ...base, type: 'DeploymentRequested', streamId: 'deployment-d2', source: 'deployer', data: { deploymentId: 'd2', applicationId: 'x', trigger: 'webhook', organizationId: 'o1' } }))
      .toMatchObject({ actorKind: 'webhook', actorId: 'x', organizationId: 'o1' });
    expect(auditEntryOf({ ...base, type: 'SessionStarted', streamId: 'session-s1', source: 'identity', data: { sessionId: 's1', userId: 'u3', refreshTokenFingerprint: 'ab12' } }))
      .toMatchObject({ actorKind: 'user', actorId: 'u3', resourceKind: 'session' });
    expect(auditEntryOf({ ...base, type: 'ProviderConfigured', streamId: 'provider-v1', source: 'secrets-vault', data: { providerId: 'v1', name: 'Vault', actorUserId: 'service:secrets-vault' } }))
      .toMatchObject({ actorKind: 'service', actorId: 'secrets-vault', resourceName: 'Vault' });
  });

  it('names the integration a company service acted as, on its effects and on its refused requests', () => {
    expect(auditEntryOf({ ...base, type: 'ProjectCreated', streamId: 'project-p1', source: 'gitops-sync', data: { projectId: 'p1', organizationId: 'o1', slug: 'shop', actorUserId: 'integration:portal' } }))
      .toMatchObject({ actorKind: 'integration', actorId: 'portal', organizationId: 'o1', resourceName: 'shop', outcome: 'success' });
    const rejected = auditEntryOf({
      ...base, type: 'DeployRequestRejected', streamId: 'inbound-r1', source: 'deployer',
      data: { integration: 'portal', organizationId: 'o1', ceId: 'c1', reason: 'unknown_application', detail: 'no application named secret-x', actorUserId: 'integration:portal' },
    });
    expect(rejected).toMatchObject({ actorKind: 'integration', actorId: 'portal', resourceKind: 'inbound', resourceId: 'r1', organizationId: 'o1', outcome: 'failure' });
    expect(JSON.stringify(rejected)).not.toContain('secret-x');
  });

  it('copies no free-form field: reasons, details and messages stay out', () => {
    const entry = auditEntryOf({
      ...base, type: 'SecretRevealed', streamId: 'secret-s1', source: 'secrets-vault',
      data: { secretId: 's1', groupId: 'g1', version: 3, actorUserId: 'u1', reason: 'hunter2 is the password', purpose: 'debug' },
    });
    expect(JSON.stringify(entry)).not.toContain('hunter2');
    expect(JSON.stringify(entry)).not.toContain('debug');
    expect(entry).toMatchObject({ resourceKind: 'secret', resourceId: 's1', resourceName: '' });
  });

  it('knows its own purge event, and nothing outside the contracts', () => {
    expect(auditEntryOf({ ...base, type: 'AuditEntriesPurged', streamId: 'retention-r1', source: 'audit', data: { runId: 'r1', deletedCount: 2 } }))
      .toMatchObject({ context: 'audit', actorKind: 'service', actorId: 'audit', resourceKind: 'retention' });
    expect(auditEntryOf({ ...base, type: 'NoSuchEvent', streamId: 'x-1', data: {} })).toBeUndefined();
  });

  it('reads the trace id of a W3C traceparent only', () => {
    expect(traceIdOf(`00-${trace}-00f067aa0ba902b7-01`)).toBe(trace);
    expect(traceIdOf('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBe('');
    expect(traceIdOf('garbage')).toBe('');
    expect(traceIdOf(undefined)).toBe('');
  });
});
