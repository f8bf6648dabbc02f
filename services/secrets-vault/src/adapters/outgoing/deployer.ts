// The deployer's LookupApplication (service to service; the bus lets only the vault call it) as the
// app's ApplicationOwner port: asked when a request names an application whose ApplicationRegistered
// has not reached the vault yet. A failed call (no responder, timeout, refusal) is 'unavailable', told
// once in the log: the request is then answered as without the read-through, never an internal error.
import { callRpc, type BusLogger } from '@keywarden/bus';
import { errorLogFields } from '@keywarden/errors';
import type { ApplicationOwner } from '../../app/ports.js';

export function deployerApplications(nc: Parameters<typeof callRpc>[0], options: { namespace?: string | undefined; timeoutMs?: number; logger?: BusLogger } = {}): ApplicationOwner {
  return async (applicationId) => {
    try {
      const reply = await callRpc(nc, 'deploy.LookupApplication', { applicationId }, { namespace: options.namespace, timeoutMs: options.timeoutMs ?? 3_000 });
      if (!reply.found) return 'absent';
      return {
        id: reply.applicationId ?? applicationId, name: reply.name ?? '', organizationId: reply.organizationId ?? '', projectId: reply.projectId ?? '',
        environment: reply.environment ?? '',
      };
    } catch (error) {
      options.logger?.warn({ applicationId, error: errorLogFields(error) }, 'the deployer could not be asked about an application the vault has not heard of yet');
      return 'unavailable';
    }
  };
}
