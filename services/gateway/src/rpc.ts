// The gateway reaches services only over NATS request/reply; a service's typed
// error reply arrives as an RpcError (a KeywardenError), which the HTTP app
// turns into problem+json with the same code and status.
import { RpcError, callRpc, isRpcError } from '@keywarden/bus';
import type { RpcMethodName, RpcRequest, RpcResponse } from '@keywarden/contracts';
import type { ServiceDeps } from '@keywarden/runtime';
import { gatewaySettings, type GatewayExtra, type GatewaySettings } from './config.js';
import { statusFor } from './problems.js';

/** What route modules get. `config` (with the KW_GATEWAY_* extras) is optional: tests may leave it out for the defaults. */
export type GatewayDeps = Pick<ServiceDeps, 'logger' | 'nc' | 'namespace' | 'clock'> & { config?: ServiceDeps['config'] };

export type Rpc = <N extends RpcMethodName>(method: N, request: Partial<RpcRequest<N>> & Record<string, unknown>, options?: { timeoutMs?: number }) => Promise<RpcResponse<N>>;

export function rpcCaller(deps: Pick<GatewayDeps, 'nc' | 'namespace'>): Rpc {
  return async (method, request, options) => {
    try {
      return await callRpc(deps.nc, method, request as never, { namespace: deps.namespace, timeoutMs: options?.timeoutMs });
    } catch (error) {
      throw withProblemStatus(error, method);
    }
  };
}

/** A failure with one of the callee's codes keeps the service's status, unless its reply had none usable (problems.ts): never a 500 for a known code. */
function withProblemStatus(error: unknown, method: RpcMethodName): unknown {
  if (!isRpcError(error, method)) return error;
  const status = statusFor(error.code, error.status);
  if (status === error.status) return error;
  return new RpcError(error.code, status, error.detail ?? error.code, {
    errorId: error.errorId ?? 'GW-rpc1', cause: error, ...(error.context ? { context: error.context } : {}),
    ...(error.issues ? { issues: error.issues } : {}), ...(error.extensions ? { extensions: error.extensions } : {}),
  });
}

/** The gateway's settings from its configuration (defaults when there is none). */
export function settingsOf(deps: GatewayDeps): GatewaySettings {
  return gatewaySettings((deps.config as { extra?: Partial<GatewayExtra> } | undefined)?.extra ?? {});
}
