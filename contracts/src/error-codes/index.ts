// The error codes that cross the wire, one closed union per context next to its RPCs: a service's
// domain errors are typed by its context's union, a caller of rpc.<context>.* narrows a failure to it
// (isRpcError in @keywarden/bus) and the gateway maps every one of them to HTTP (a Record over
// WireErrorCode, so a new code without a mapping fails the typecheck).
import type { RpcContext } from '../registry.js';
import type { RpcMethodName } from '../rpc.js';
import { auditErrorStatus } from './audit.js';
import { commonErrorCodes, type CommonErrorCode } from './common.js';
import { deployErrorStatus } from './deploy.js';
import { gitopsErrorStatus } from './gitops.js';
import { identityErrorStatus } from './identity.js';
import { notifyErrorStatus } from './notify.js';
import { oauthErrorStatus } from './oauth.js';
import { secretsErrorStatus } from './secrets.js';

export { commonErrorCodes, type CommonErrorCode } from './common.js';
export { auditErrorStatus, deployErrorStatus, gitopsErrorStatus, identityErrorStatus, notifyErrorStatus, oauthErrorStatus, secretsErrorStatus };

export type IdentityErrorCode = CommonErrorCode | keyof typeof identityErrorStatus;
export type OauthErrorCode = CommonErrorCode | keyof typeof oauthErrorStatus;
export type SecretsErrorCode = CommonErrorCode | keyof typeof secretsErrorStatus;
export type GitopsErrorCode = CommonErrorCode | keyof typeof gitopsErrorStatus;
export type DeployErrorCode = CommonErrorCode | keyof typeof deployErrorStatus;
export type NotifyErrorCode = CommonErrorCode | keyof typeof notifyErrorStatus;
export type AuditErrorCode = CommonErrorCode | keyof typeof auditErrorStatus;

/** Each RPC context's own codes with their status ('system', the health checks, has only the common ones). */
export const ownErrorStatus = {
  identity: identityErrorStatus,
  oauth: oauthErrorStatus,
  secrets: secretsErrorStatus,
  gitops: gitopsErrorStatus,
  deploy: deployErrorStatus,
  notify: notifyErrorStatus,
  audit: auditErrorStatus,
  system: {},
} as const satisfies Record<RpcContext, Readonly<Record<string, number>>>;

/** The codes a failure of rpc.<C>.* may carry (of a union of contexts: every one's). */
export type ErrorCodeOf<C extends RpcContext> = C extends RpcContext ? CommonErrorCode | keyof (typeof ownErrorStatus)[C] : never;
/** The context of an RPC method name ('deploy.WebhookDeploy' -> 'deploy'). */
export type ContextOf<N extends RpcMethodName> = N extends `${infer C extends RpcContext}.${string}` ? C : never;
/** The codes a failure of one RPC may carry: its context's. */
export type RpcErrorCode<N extends RpcMethodName> = ErrorCodeOf<ContextOf<N>>;
/** Every code that crosses the wire. */
export type WireErrorCode = ErrorCodeOf<RpcContext>;

const codesOf = <C extends RpcContext>(context: C): readonly ErrorCodeOf<C>[] =>
  [...commonErrorCodes, ...Object.keys(ownErrorStatus[context])] as readonly string[] as readonly ErrorCodeOf<C>[];

/** Every context's codes, the common ones first (e.g. for the gateway to enumerate them). */
export const errorCodes: { readonly [C in RpcContext]: readonly ErrorCodeOf<C>[] } = {
  identity: codesOf('identity'),
  oauth: codesOf('oauth'),
  secrets: codesOf('secrets'),
  gitops: codesOf('gitops'),
  deploy: codesOf('deploy'),
  notify: codesOf('notify'),
  audit: codesOf('audit'),
  system: codesOf('system'),
};

/** Every code that crosses the wire, once each. */
export const wireErrorCodes: readonly WireErrorCode[] = [...new Set(Object.values(errorCodes).flat())];

/** Whether `code` is one of context `context`'s codes. */
export function isErrorCodeOf<C extends RpcContext>(context: C, code: string): code is ErrorCodeOf<C> & string {
  return (errorCodes[context] as readonly string[]).includes(code);
}
