import { StorageType } from '@nats-io/jetstream';
import { describe, expect, it } from 'vitest';
import { eventStreamConfig } from './streams.js';

describe('eventStreamConfig', () => {
  it('is one replica by default: a single nats-server', () => {
    const config = eventStreamConfig('oauth');
    expect(config).toMatchObject({ name: 'EVT_OAUTH', subjects: ['evt.oauth.>'], storage: StorageType.File, num_replicas: 1 });
  });

  it('asks JetStream for the configured replicas (R3 in a cluster)', () => {
    expect(eventStreamConfig('deploy', { replicas: 3 }).num_replicas).toBe(3);
    expect(eventStreamConfig('deploy', { replicas: 5 }).num_replicas).toBe(5);
  });

  it('refuses replica counts JetStream cannot honour', () => {
    for (const replicas of [0, 6, 2.5, Number.NaN]) {
      expect(() => eventStreamConfig('identity', { replicas })).toThrow(/replicas must be an integer from 1 to 5/);
    }
  });
});
