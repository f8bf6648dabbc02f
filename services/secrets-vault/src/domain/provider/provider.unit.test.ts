import { deciderSpec } from '@keywarden/testing/decider';
import { describe, it } from 'vitest';
import { providerDecider, type ProviderCommand, type ProviderEvent } from './provider.js';

const spec = deciderSpec(providerDecider);
const configure: ProviderCommand = { type: 'ConfigureProvider', providerId: 'p1', name: 'infisical-prod', providerType: 'infisical', groupId: 'g1', enabled: true,
  autoSync: true, schedule: '0 */5 * * * *', deleteMissing: false, settingsFingerprint: 'fp', actor: 'u1' };
const configured: ProviderEvent = { type: 'ProviderConfigured', data: { providerId: 'p1', name: 'infisical-prod', providerType: 'infisical', groupId: 'g1', enabled: true,
  autoSync: true, schedule: '0 */5 * * * *', deleteMissing: false, settingsFingerprint: 'fp', actorUserId: 'u1' } };
const deleted: ProviderEvent = { type: 'ProviderDeleted', data: { providerId: 'p1', name: 'infisical-prod', groupId: 'g1', actorUserId: 'admin' } };

describe('secret provider decider', () => {
  it('configures a provider, which keeps its group', () => {
    spec.given().when(configure).then([configured]);
    spec.given([configured]).when({ ...configure, groupId: 'g2' } as ProviderCommand).thenThrows('ERR_VALIDATION');
  });

  it('deletes a configured provider with its name and group; a deleted one cannot be deleted, reconfigured or record a sync', () => {
    spec.given([configured]).when({ type: 'DeleteProvider', actor: 'admin' }).then([deleted]);
    const gone = spec.given([configured, deleted]);
    gone.when({ type: 'DeleteProvider', actor: 'admin' }).thenThrows('ERR_NOT_FOUND');
    gone.when(configure).thenThrows('ERR_NOT_FOUND');
    gone.when({ type: 'RecordSyncFailed', syncId: 's', trigger: 'manual', reason: 'r', errorClass: 'auth', httpStatus: 401, failedAt: '2026-01-01T00:00:00.000Z' })
      .thenThrows('ERR_NOT_FOUND');
  });

  it('refuses to delete a provider that was never configured', () => {
    spec.given().when({ type: 'DeleteProvider', actor: 'admin' }).thenThrows('ERR_NOT_FOUND');
  });
});
