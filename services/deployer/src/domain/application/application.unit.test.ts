import { describe, expect, it } from 'vitest';
import { applicationDecider, type ApplicationEvent, type ApplicationRegisteredData, type Settings } from './application.js';

const settings: Settings = {
  image: 'acme/web', ports: [8080], replicas: 2, resources: { cpuRequest: '', cpuLimit: '', memoryRequest: '', memoryLimit: '' },
  webhookEnabled: true, autoDeploy: true, signatureRequired: false,
};
const registered: ApplicationRegisteredData = {
  ...settings, applicationId: 'a1', name: 'web', projectId: 'p1', organizationId: 'o1', environment: 'prod', namespace: 'project-shop-prod',
  webhookTokenFingerprint: 'f1', signingSecretFingerprint: '', actorUserId: 'u1',
};
const given = (events: ApplicationEvent[]) => events.reduce(applicationDecider.evolve, applicationDecider.initialState());
const decide = applicationDecider.decide;

describe('application decider', () => {
  it('registers once; a signing secret goes with signature_required only', () => {
    expect(decide({ type: 'RegisterApplication', data: registered }, given([]))).toEqual([{ type: 'ApplicationRegistered', data: registered }]);
    expect(() => decide({ type: 'RegisterApplication', data: registered }, given([{ type: 'ApplicationRegistered', data: registered }]))).toThrow(expect.objectContaining({ code: 'ERR_CONFLICT' }));
    expect(() => decide({ type: 'RegisterApplication', data: { ...registered, signatureRequired: true } }, given([]))).toThrow(expect.objectContaining({ code: 'ERR_VALIDATION' }));
    expect(() => decide({ type: 'RegisterApplication', data: { ...registered, signingSecretFingerprint: 'x' } }, given([]))).toThrow(expect.objectContaining({ code: 'ERR_VALIDATION' }));
  });

  it('changes settings only when they differ, and issues a signing secret when signatures are turned on', () => {
    const state = given([{ type: 'ApplicationRegistered', data: registered }]);
    expect(decide({ type: 'ChangeSettings', settings, actorUserId: 'u1' }, state)).toEqual([]);
    expect(decide({ type: 'ChangeSettings', settings: { ...settings, replicas: 3 }, actorUserId: 'u1' }, state)).toEqual([
      { type: 'ApplicationChanged', data: { applicationId: 'a1', ...settings, replicas: 3, actorUserId: 'u1' } },
    ]);
    expect(() => decide({ type: 'ChangeSettings', settings: { ...settings, signatureRequired: true }, actorUserId: 'u1' }, state)).toThrow(expect.objectContaining({ code: 'ERR_VALIDATION' }));
    const on = decide({ type: 'ChangeSettings', settings: { ...settings, signatureRequired: true }, actorUserId: 'u1', signingSecretFingerprint: 's1' }, state);
    expect(on.map((e) => e.type)).toEqual(['ApplicationChanged', 'WebhookSigningSecretRotated']);
    const signed = given([{ type: 'ApplicationRegistered', data: registered }, ...on]);
    expect(signed).toMatchObject({ status: 'registered', signingSecretFingerprint: 's1', settings: { signatureRequired: true } });
    // Off again: the secret is forgotten.
    const off = decide({ type: 'ChangeSettings', settings, actorUserId: 'u1' }, signed);
    expect(given([{ type: 'ApplicationRegistered', data: registered }, ...on, ...off])).toMatchObject({ signingSecretFingerprint: '' });
  });

  it('regenerates the token; rotates the signing secret only when signatures are required', () => {
    const state = given([{ type: 'ApplicationRegistered', data: registered }]);
    const events = decide({ type: 'RegenerateToken', webhookTokenFingerprint: 'f2', actorUserId: 'u1' }, state);
    expect(events).toEqual([{ type: 'WebhookTokenRegenerated', data: { applicationId: 'a1', webhookTokenFingerprint: 'f2', actorUserId: 'u1' } }]);
    expect(given([{ type: 'ApplicationRegistered', data: registered }, ...events])).toMatchObject({ tokenFingerprint: 'f2' });
    expect(() => decide({ type: 'RotateSigningSecret', signingSecretFingerprint: 's2', actorUserId: 'u1' }, state)).toThrow(expect.objectContaining({ code: 'ERR_VALIDATION' }));
    expect(() => decide({ type: 'RegenerateToken', webhookTokenFingerprint: 'f2', actorUserId: 'u1', signingSecretFingerprint: 's2' }, state)).toThrow(expect.objectContaining({ code: 'ERR_VALIDATION' }));
    const signed = given([{ type: 'ApplicationRegistered', data: { ...registered, signatureRequired: true, signingSecretFingerprint: 's1' } }]);
    const both = decide({ type: 'RegenerateToken', webhookTokenFingerprint: 'f2', actorUserId: 'u1', signingSecretFingerprint: 's2' }, signed);
    expect(both.map((e) => e.type)).toEqual(['WebhookTokenRegenerated', 'WebhookSigningSecretRotated']);
    expect(given([{ type: 'ApplicationRegistered', data: { ...registered, signatureRequired: true, signingSecretFingerprint: 's1' } }, ...both])).toMatchObject({ tokenFingerprint: 'f2', signingSecretFingerprint: 's2' });
    expect(() => decide({ type: 'RegenerateToken', webhookTokenFingerprint: 'f2', actorUserId: 'u1' }, given([]))).toThrow(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
  });

  it('audits a rejection in any state, cutting the token prefix to 8 characters and a reference that names no application to as many', () => {
    const data = { applicationId: '', applicationRef: 'x'.repeat(500), reason: 'unknown_application' as const, sourceAddress: '203.0.113.9', tokenPrefix: 'whk_abcdefghijklmnop' };
    const [event] = decide({ type: 'RejectWebhook', data }, given([]));
    expect(event).toEqual({ type: 'WebhookRejected', data: { ...data, applicationRef: 'x'.repeat(8), tokenPrefix: 'whk_abcd' } });
    // A token pasted where the name goes is not kept; names and ids are.
    const pasted = decide({ type: 'RejectWebhook', data: { ...data, applicationRef: 'whk_Zx9-Qm2sT0bLw_4vYpR8nKc1HdJ6eFgA3uV7iXoE5' } }, given([]));
    expect(pasted[0]!.data).toMatchObject({ applicationRef: 'whk_Zx9-' });
    for (const ref of ['web-shop', '0b6f7c1e-2d3a-4e5f-8a9b-0c1d2e3f4a5b']) {
      expect(decide({ type: 'RejectWebhook', data: { ...data, applicationRef: ref } }, given([]))[0]!.data).toMatchObject({ applicationRef: ref });
    }
    const state = given([{ type: 'ApplicationRegistered', data: registered }]);
    expect(applicationDecider.evolve(state, event!)).toBe(state);
  });
  it('stops and starts; repeating either changes nothing; an unknown application is not found', () => {
    const start: ApplicationEvent[] = [{ type: 'ApplicationRegistered', data: registered }];
    expect(decide({ type: 'StartApplication', actorUserId: 'u1' }, given(start))).toEqual([]);
    const stop = decide({ type: 'StopApplication', actorUserId: 'u1' }, given(start));
    expect(stop).toEqual([{ type: 'ApplicationStopped', data: { applicationId: 'a1', actorUserId: 'u1' } }]);
    const stopped = given([...start, ...stop]);
    expect(stopped).toMatchObject({ status: 'registered', lifecycle: 'stopped' });
    expect(decide({ type: 'StopApplication', actorUserId: 'u2' }, stopped)).toEqual([]);
    // Settings may still change while stopped (a start deploys with them).
    expect(decide({ type: 'ChangeSettings', settings: { ...settings, replicas: 4 }, actorUserId: 'u1' }, stopped).map((e) => e.type)).toEqual(['ApplicationChanged']);
    const started = decide({ type: 'StartApplication', actorUserId: 'u2' }, stopped);
    expect(started).toEqual([{ type: 'ApplicationStarted', data: { applicationId: 'a1', actorUserId: 'u2' } }]);
    expect(given([...start, ...stop, ...started])).toMatchObject({ lifecycle: 'active' });
    expect(() => decide({ type: 'StopApplication', actorUserId: 'u1' }, given([]))).toThrow(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
  });

  it('deletes once, stopped or not; after that only audit records, every other command answers ERR_APPLICATION_DELETED', () => {
    const stopped: ApplicationEvent[] = [{ type: 'ApplicationRegistered', data: registered }, { type: 'ApplicationStopped', data: { applicationId: 'a1', actorUserId: 'u1' } }];
    const deleted = decide({ type: 'DeleteApplication', actorUserId: 'u1' }, given(stopped));
    expect(deleted).toEqual([{ type: 'ApplicationDeleted', data: { applicationId: 'a1', name: 'web', namespace: 'project-shop-prod', actorUserId: 'u1' } }]);
    const gone = given([...stopped, ...deleted]);
    expect(gone).toEqual({ status: 'deleted', applicationId: 'a1', name: 'web' });
    expect(decide({ type: 'DeleteApplication', actorUserId: 'u1' }, gone)).toEqual([]);
    for (const command of [
      { type: 'StartApplication', actorUserId: 'u1' }, { type: 'StopApplication', actorUserId: 'u1' },
      { type: 'ChangeSettings', settings, actorUserId: 'u1' }, { type: 'RegenerateToken', webhookTokenFingerprint: 'f9', actorUserId: 'u1' },
      { type: 'RegisterApplication', data: registered },
    ] as const) {
      expect(() => decide(command, gone), command.type).toThrow(expect.objectContaining({ code: command.type === 'RegisterApplication' ? 'ERR_CONFLICT' : 'ERR_APPLICATION_DELETED' }));
    }
    const data = { applicationId: 'a1', applicationRef: 'a1', reason: 'application_deleted' as const, sourceAddress: '203.0.113.9', tokenPrefix: 'whk_abcd' };
    expect(decide({ type: 'RejectWebhook', data }, gone)).toEqual([{ type: 'WebhookRejected', data }]);
    expect(() => decide({ type: 'DeleteApplication', actorUserId: 'u1' }, given([]))).toThrow(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
  });
});
