// The deployer's LookupApplication (service to service; the bus lets only the vault call it) as the
// app's ApplicationOwner port: asked when a request names an application whose ApplicationRegistered
// has not reached the vault yet (@keywarden/runtime's askOwner: a failed call is 'unavailable').
import { askOwner, type OwnerCallOptions } from '@keywarden/runtime';
import type { NatsConnection } from '@nats-io/nats-core';
import type { ApplicationOwner } from '../../app/ports.js';

export function deployerApplications(nc: NatsConnection, options: OwnerCallOptions = {}): ApplicationOwner {
  return async (applicationId) => {
    const reply = await askOwner(nc, 'deploy.LookupApplication', { applicationId }, { ...options, owner: 'the deployer', about: 'an application', id: applicationId });
    if (typeof reply === 'string') return reply;
    if (!reply.found) return 'absent';
    return {
      id: reply.applicationId ?? applicationId, name: reply.name ?? '', organizationId: reply.organizationId ?? '', projectId: reply.projectId ?? '',
      environment: reply.environment ?? '',
    };
  };
}
