import { describe, expect, it } from 'vitest';
import { providerDecider, type ProviderCommand, type ProviderEvent } from './provider.js';

const configure: ProviderCommand = { type: 'ConfigureProvider', providerId: 'p1', name: 'infisical-prod', providerType: 'infisical', groupId: 'g1', enabled: true,
  autoSync: true, schedule: '0 */5 * * * *', deleteMissing: false, settingsFingerprint: 'fp', actor: 'u1' };
const given = (...events: ProviderEvent[]) => events.reduce(providerDecider.evolve, providerDecider.initialState());
const configured = providerDecider.decide(configure, given());

describe('secret provider decider', () => {
  it('configures a provider, which keeps its group', () => {
    expect(configured).toEqual([{ type: 'ProviderConfigured', data: { providerId: 'p1', name: 'infisical-prod', providerType: 'infisical', groupId: 'g1', enabled: true,
      autoSync: true, schedule: '0 */5 * * * *', deleteMissing: false, settingsFingerprint: 'fp', actorUserId: 'u1' } }]);
    expect(() => providerDecider.decide({ ...configure, groupId: 'g2' } as ProviderCommand, given(...configured))).toThrowError(expect.objectContaining({ code: 'ERR_VALIDATION' }));
  });

  it('deletes a configured provider with its name and group; a deleted one cannot be deleted, reconfigured or record a sync', () => {
    const deleted = providerDecider.decide({ type: 'DeleteProvider', actor: 'admin' }, given(...configured));
    expect(deleted).toEqual([{ type: 'ProviderDeleted', data: { providerId: 'p1', name: 'infisical-prod', groupId: 'g1', actorUserId: 'admin' } }]);
    const gone = given(...configured, ...deleted);
    expect(() => providerDecider.decide({ type: 'DeleteProvider', actor: 'admin' }, gone)).toThrowError(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
    expect(() => providerDecider.decide(configure, gone)).toThrowError(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
    expect(() => providerDecider.decide({ type: 'RecordSyncFailed', syncId: 's', trigger: 'manual', reason: 'r', errorClass: 'auth', httpStatus: 401, failedAt: '2026-01-01T00:00:00.000Z' }, gone))
      .toThrowError(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
  });

  it('refuses to delete a provider that was never configured', () => {
    expect(() => providerDecider.decide({ type: 'DeleteProvider', actor: 'admin' }, given())).toThrowError(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
  });
});
