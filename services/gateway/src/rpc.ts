// The gateway reaches services only over NATS request/reply; a service's typed
// error reply arrives as an RpcError (a KeywardenError), which the HTTP app
// turns into problem+json with the same code and status.
import { callRpc } from '@keywarden/bus';
import type { RpcMethodName, RpcRequest, RpcResponse } from '@keywarden/contracts';
import type { ServiceDeps } from '@keywarden/runtime';

export type GatewayDeps = Pick<ServiceDeps, 'logger' | 'nc' | 'namespace' | 'clock'>;

export type Rpc = <N extends RpcMethodName>(method: N, request: Partial<RpcRequest<N>> & Record<string, unknown>, options?: { timeoutMs?: number }) => Promise<RpcResponse<N>>;

export function rpcCaller(deps: Pick<GatewayDeps, 'nc' | 'namespace'>): Rpc {
  return (method, request, options) =>
    callRpc(deps.nc, method, request as never, { namespace: deps.namespace, timeoutMs: options?.timeoutMs });
}
