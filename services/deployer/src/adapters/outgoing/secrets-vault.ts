// The environment an application is deployed with, built by secrets-vault over its RPC
// (secrets.BuildEnvironment; only the deployer may call it): app/ports.ts EnvironmentSource.
import { callRpc } from '@keywarden/bus';
import type { NatsConnection } from '@nats-io/nats-core';
import type { EnvironmentSource } from '../../app/ports.js';

export function secretsVaultEnvironments(nc: NatsConnection, namespace: string | undefined): EnvironmentSource {
  return async (request) => {
    const reply = await callRpc(nc, 'secrets.BuildEnvironment', request, { namespace, timeoutMs: 15_000 });
    return reply.variables.map((v) => ({
      key: v.key ?? '', value: v.value ?? '', secretId: v.secretId ?? '', secretVersion: v.secretVersion ?? 0, valueFingerprint: v.valueFingerprint ?? '',
    })).filter((v) => v.key !== '');
  };
}
