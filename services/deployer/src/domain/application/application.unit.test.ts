import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { applicationDecider, type ApplicationCommand, type ApplicationEvent, type ApplicationRegisteredData, type Settings } from './application.js';

const spec = deciderSpec(applicationDecider);
const settings: Settings = {
  image: 'acme/web', ports: [8080], replicas: 2, resources: { cpuRequest: '', cpuLimit: '', memoryRequest: '', memoryLimit: '' },
  webhookEnabled: true, autoDeploy: true, signatureRequired: false,
};
const registeredData: ApplicationRegisteredData = {
  ...settings, applicationId: 'a1', name: 'web', projectId: 'p1', organizationId: 'o1', environment: 'prod', namespace: 'project-shop-prod',
  webhookTokenFingerprint: 'f1', signingSecretFingerprint: '', actorUserId: 'u1',
};
const registered: ApplicationEvent = { type: 'ApplicationRegistered', data: registeredData };
const registeredSigned: ApplicationEvent = { type: 'ApplicationRegistered', data: { ...registeredData, signatureRequired: true, signingSecretFingerprint: 's1' } };
const stopped: ApplicationEvent = { type: 'ApplicationStopped', data: { applicationId: 'a1', actorUserId: 'u1' } };

describe('application decider', () => {
  it('registers once; a signing secret goes with signature_required only', () => {
    spec.given().when({ type: 'RegisterApplication', data: registeredData }).then([registered]);
    spec.given([registered]).when({ type: 'RegisterApplication', data: registeredData }).thenThrows('ERR_CONFLICT');
    spec.given().when({ type: 'RegisterApplication', data: { ...registeredData, signatureRequired: true } }).thenThrows('ERR_VALIDATION');
    spec.given().when({ type: 'RegisterApplication', data: { ...registeredData, signingSecretFingerprint: 'x' } }).thenThrows('ERR_VALIDATION');
  });

  it('changes settings only when they differ, and issues a signing secret when signatures are turned on', () => {
    spec.given([registered]).when({ type: 'ChangeSettings', settings, actorUserId: 'u1' }).thenNothing();
    spec.given([registered]).when({ type: 'ChangeSettings', settings: { ...settings, replicas: 3 }, actorUserId: 'u1' }).then([
      { type: 'ApplicationChanged', data: { applicationId: 'a1', ...settings, replicas: 3, actorUserId: 'u1' } },
    ]);
    spec.given([registered]).when({ type: 'ChangeSettings', settings: { ...settings, signatureRequired: true }, actorUserId: 'u1' }).thenThrows('ERR_VALIDATION');
    const on = spec.given([registered]).when({ type: 'ChangeSettings', settings: { ...settings, signatureRequired: true }, actorUserId: 'u1', signingSecretFingerprint: 's1' })
      .thenMatches([{ type: 'ApplicationChanged' }, { type: 'WebhookSigningSecretRotated' }]);
    expect(on.state).toMatchObject({ status: 'registered', signingSecretFingerprint: 's1', settings: { signatureRequired: true } });
    // Off again: the secret is forgotten.
    const off = spec.given([registered, ...on.events]).when({ type: 'ChangeSettings', settings, actorUserId: 'u1' }).thenMatches([{ type: 'ApplicationChanged' }]);
    expect(off.state).toMatchObject({ signingSecretFingerprint: '' });
  });

  it('regenerates the token; rotates the signing secret only when signatures are required', () => {
    const { state } = spec.given([registered]).when({ type: 'RegenerateToken', webhookTokenFingerprint: 'f2', actorUserId: 'u1' })
      .then([{ type: 'WebhookTokenRegenerated', data: { applicationId: 'a1', webhookTokenFingerprint: 'f2', actorUserId: 'u1' } }]);
    expect(state).toMatchObject({ tokenFingerprint: 'f2' });
    spec.given([registered]).when({ type: 'RotateSigningSecret', signingSecretFingerprint: 's2', actorUserId: 'u1' }).thenThrows('ERR_VALIDATION');
    spec.given([registered]).when({ type: 'RegenerateToken', webhookTokenFingerprint: 'f2', actorUserId: 'u1', signingSecretFingerprint: 's2' }).thenThrows('ERR_VALIDATION');
    const both = spec.given([registeredSigned]).when({ type: 'RegenerateToken', webhookTokenFingerprint: 'f2', actorUserId: 'u1', signingSecretFingerprint: 's2' })
      .thenMatches([{ type: 'WebhookTokenRegenerated' }, { type: 'WebhookSigningSecretRotated' }]);
    expect(both.state).toMatchObject({ tokenFingerprint: 'f2', signingSecretFingerprint: 's2' });
    spec.given().when({ type: 'RegenerateToken', webhookTokenFingerprint: 'f2', actorUserId: 'u1' }).thenThrows('ERR_NOT_FOUND');
  });

  it('audits a rejection in any state, cutting the token prefix to 8 characters and a reference that names no application to as many', () => {
    const data = { applicationId: '', applicationRef: 'x'.repeat(500), reason: 'unknown_application' as const, sourceAddress: '203.0.113.9', tokenPrefix: 'whk_abcdefghijklmnop' };
    const rejected: ApplicationEvent = { type: 'WebhookRejected', data: { ...data, applicationRef: 'x'.repeat(8), tokenPrefix: 'whk_abcd' } };
    spec.given().when({ type: 'RejectWebhook', data }).then([rejected]);
    // A token pasted where the name goes is not kept; names and ids are.
    spec.given().when({ type: 'RejectWebhook', data: { ...data, applicationRef: 'whk_Zx9-Qm2sT0bLw_4vYpR8nKc1HdJ6eFgA3uV7iXoE5' } })
      .thenMatches([{ data: { applicationRef: 'whk_Zx9-' } }]);
    for (const ref of ['web-shop', '0b6f7c1e-2d3a-4e5f-8a9b-0c1d2e3f4a5b']) {
      spec.given().when({ type: 'RejectWebhook', data: { ...data, applicationRef: ref } }).thenMatches([{ data: { applicationRef: ref } }]);
    }
    // A rejection changes nothing about the application.
    const state = spec.given([registered]).state;
    expect(applicationDecider.evolve(state, rejected)).toBe(state);
  });

  it('stops and starts; repeating either changes nothing; an unknown application is not found', () => {
    spec.given([registered]).when({ type: 'StartApplication', actorUserId: 'u1' }).thenNothing();
    const stop = spec.given([registered]).when({ type: 'StopApplication', actorUserId: 'u1' }).then([stopped]);
    expect(stop.state).toMatchObject({ status: 'registered', lifecycle: 'stopped' });
    spec.given([registered, stopped]).when({ type: 'StopApplication', actorUserId: 'u2' }).thenNothing();
    // Settings may still change while stopped (a start deploys with them).
    spec.given([registered, stopped]).when({ type: 'ChangeSettings', settings: { ...settings, replicas: 4 }, actorUserId: 'u1' }).thenMatches([{ type: 'ApplicationChanged' }]);
    const start = spec.given([registered, stopped]).when({ type: 'StartApplication', actorUserId: 'u2' })
      .then([{ type: 'ApplicationStarted', data: { applicationId: 'a1', actorUserId: 'u2' } }]);
    expect(start.state).toMatchObject({ lifecycle: 'active' });
    spec.given().when({ type: 'StopApplication', actorUserId: 'u1' }).thenThrows('ERR_NOT_FOUND');
  });

  it('deletes once, stopped or not; after that only audit records, every other command answers ERR_APPLICATION_DELETED', () => {
    const deleted = spec.given([registered, stopped]).when({ type: 'DeleteApplication', actorUserId: 'u1' })
      .then([{ type: 'ApplicationDeleted', data: { applicationId: 'a1', name: 'web', namespace: 'project-shop-prod', actorUserId: 'u1' } }]);
    expect(deleted.state).toEqual({ status: 'deleted', applicationId: 'a1', name: 'web' });
    const gone = spec.given([registered, stopped, ...deleted.events]);
    gone.when({ type: 'DeleteApplication', actorUserId: 'u1' }).thenNothing();
    const commands: ApplicationCommand[] = [
      { type: 'StartApplication', actorUserId: 'u1' }, { type: 'StopApplication', actorUserId: 'u1' },
      { type: 'ChangeSettings', settings, actorUserId: 'u1' }, { type: 'RegenerateToken', webhookTokenFingerprint: 'f9', actorUserId: 'u1' },
      { type: 'RegisterApplication', data: registeredData },
    ];
    for (const command of commands) {
      gone.when(command).thenThrows(command.type === 'RegisterApplication' ? 'ERR_CONFLICT' : 'ERR_APPLICATION_DELETED');
    }
    const data = { applicationId: 'a1', applicationRef: 'a1', reason: 'application_deleted' as const, sourceAddress: '203.0.113.9', tokenPrefix: 'whk_abcd' };
    gone.when({ type: 'RejectWebhook', data }).then([{ type: 'WebhookRejected', data }]);
    spec.given().when({ type: 'DeleteApplication', actorUserId: 'u1' }).thenThrows('ERR_NOT_FOUND');
  });
});
