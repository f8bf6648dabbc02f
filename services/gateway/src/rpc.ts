// The gateway reaches services only over NATS request/reply; a service's typed
// error reply arrives as an RpcError (a KeywardenError), which the HTTP app
// turns into problem+json with the same code and status.
import { callRpc } from '@keywarden/bus';
import type { RpcMethodName, RpcRequest, RpcResponse } from '@keywarden/contracts';
import type { ServiceDeps } from '@keywarden/runtime';
import { gatewaySettings, type GatewayExtra, type GatewaySettings } from './config.js';

/** What route modules get. `config` (with the KW_GATEWAY_* extras) is optional: tests may leave it out for the defaults. */
export type GatewayDeps = Pick<ServiceDeps, 'logger' | 'nc' | 'namespace' | 'clock'> & { config?: ServiceDeps['config'] };

export type Rpc = <N extends RpcMethodName>(method: N, request: Partial<RpcRequest<N>> & Record<string, unknown>, options?: { timeoutMs?: number }) => Promise<RpcResponse<N>>;

export function rpcCaller(deps: Pick<GatewayDeps, 'nc' | 'namespace'>): Rpc {
  return (method, request, options) =>
    callRpc(deps.nc, method, request as never, { namespace: deps.namespace, timeoutMs: options?.timeoutMs });
}

/** The gateway's settings from its configuration (defaults when there is none). */
export function settingsOf(deps: GatewayDeps): GatewaySettings {
  return gatewaySettings((deps.config as { extra?: Partial<GatewayExtra> } | undefined)?.extra ?? {});
}
