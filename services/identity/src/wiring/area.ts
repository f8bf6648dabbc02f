import type { AnyRpcEndpoint } from '@keywarden/bus';
import type { BackgroundTask } from '@keywarden/runtime';

/** One area of identity (auth, pats, organizations, sso): its RPC endpoints and background tasks. */
export type Area = { rpc: AnyRpcEndpoint[]; tasks?: BackgroundTask[] };
