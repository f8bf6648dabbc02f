// Request/reply payloads: the same JSON conventions as event data (json.ts), but a
// reply may carry a secret (GetAccessTokenResponse): never log what these return.
import { decodeWith, encodeWith, messageType } from './codec.js';
import type { Codes } from './codec.js';
import { ContractError } from './errors.js';
import { busNames, safeName } from './registry.js';
import type { RpcContext } from './registry.js';
import type { MessageInput, MessageJson } from './shapes.js';

export type RpcCodec<Req = Record<string, unknown>, Res = Record<string, unknown>, ReqIn = Req, ResIn = Res> = {
  encodeRequest(request: ReqIn): Uint8Array;
  decodeRequest(data: Uint8Array): Req;
  encodeResponse(response: ResIn): Uint8Array;
  decodeResponse(data: Uint8Array): Res;
};

const codes: Codes = { encode: 'ERR_MESSAGE_ENCODE', decode: 'ERR_MESSAGE_DECODE' };

/** Encodes one message by fully-qualified name, e.g. 'keywarden.system.v1.PingRequest'. */
export function encodeMessage(typeName: string, json: Record<string, unknown>): Uint8Array {
  return encodeWith(messageType(typeName), json, codes);
}

/** Decodes one message by fully-qualified name into plain JSON. */
export function decodeMessage(typeName: string, data: Uint8Array): Record<string, unknown> {
  return decodeWith(messageType(typeName), data, codes);
}

/** The codec of a request and a response type; throws ERR_UNKNOWN_MESSAGE_TYPE for names not in contracts. */
export function rpcCodec(requestType: string, responseType: string): RpcCodec {
  const req = messageType(requestType);
  const res = messageType(responseType);
  return {
    encodeRequest: (request) => encodeWith(req, request, codes),
    decodeRequest: (data) => decodeWith(req, data, codes),
    encodeResponse: (response) => encodeWith(res, response, codes),
    decodeResponse: (data) => decodeWith(res, data, codes),
  };
}

type MethodInfo<C extends RpcContext, M extends string> = {
  readonly context: C;
  readonly method: M;
  readonly requestType: `keywarden.${C}.v1.${M}Request`;
  readonly responseType: `keywarden.${C}.v1.${M}Response`;
};

function method<const C extends RpcContext, const M extends string>(context: C, name: M): MethodInfo<C, M> {
  return {
    context,
    method: name,
    requestType: `keywarden.${context}.v1.${name}Request`,
    responseType: `keywarden.${context}.v1.${name}Response`,
  };
}

/** Every RPC endpoint in contracts, keyed '<context>.<Method>'; served on rpc.<context>.<Method>. */
export const rpcMethods = {
  'system.Ping': method('system', 'Ping'),
  'identity.SignUp': method('identity', 'SignUp'),
  'identity.SignIn': method('identity', 'SignIn'),
  'identity.RefreshSession': method('identity', 'RefreshSession'),
  'identity.SignOut': method('identity', 'SignOut'),
  'identity.GetMe': method('identity', 'GetMe'),
  'identity.ChangePassword': method('identity', 'ChangePassword'),
  'identity.ListUsers': method('identity', 'ListUsers'),
  'identity.DisableUser': method('identity', 'DisableUser'),
  'identity.EnableUser': method('identity', 'EnableUser'),
  'identity.CreatePersonalAccessToken': method('identity', 'CreatePersonalAccessToken'),
  'identity.ListPersonalAccessTokens': method('identity', 'ListPersonalAccessTokens'),
  'identity.RevokePersonalAccessToken': method('identity', 'RevokePersonalAccessToken'),
  'identity.VerifyPersonalAccessToken': method('identity', 'VerifyPersonalAccessToken'),
  'identity.VerifyRefreshToken': method('identity', 'VerifyRefreshToken'),
  'identity.GetJwks': method('identity', 'GetJwks'),
  'identity.RotateSigningKey': method('identity', 'RotateSigningKey'),
  'identity.CreateOrganization': method('identity', 'CreateOrganization'),
  'identity.ListOrganizations': method('identity', 'ListOrganizations'),
  'identity.GetOrganization': method('identity', 'GetOrganization'),
  'identity.AddMember': method('identity', 'AddMember'),
  'identity.ChangeMemberRole': method('identity', 'ChangeMemberRole'),
  'identity.RemoveMember': method('identity', 'RemoveMember'),
  'identity.TransferOwnership': method('identity', 'TransferOwnership'),
  'identity.GetMembership': method('identity', 'GetMembership'),
  'identity.ConfigureIdentityProvider': method('identity', 'ConfigureIdentityProvider'),
  'identity.ListIdentityProviders': method('identity', 'ListIdentityProviders'),
  'identity.StartSso': method('identity', 'StartSso'),
  'identity.CompleteSso': method('identity', 'CompleteSso'),
  'identity.RunTokenCleanup': method('identity', 'RunTokenCleanup'),
  'identity.ListSessions': method('identity', 'ListSessions'),
  'identity.RevokeSession': method('identity', 'RevokeSession'),
  'identity.GetInstanceSettings': method('identity', 'GetInstanceSettings'),
  'identity.UpdateInstanceSettings': method('identity', 'UpdateInstanceSettings'),
  'identity.GetTokenCleanup': method('identity', 'GetTokenCleanup'),
  'identity.ApproveCliLogin': method('identity', 'ApproveCliLogin'),
  'identity.RedeemCliLogin': method('identity', 'RedeemCliLogin'),
  'oauth.GetAccessToken': method('oauth', 'GetAccessToken'),
  'secrets.BuildEnvironment': method('secrets', 'BuildEnvironment'),
  'secrets.CreateSecretGroup': method('secrets', 'CreateSecretGroup'),
  'secrets.ListSecretGroups': method('secrets', 'ListSecretGroups'),
  'secrets.PutSecret': method('secrets', 'PutSecret'),
  'secrets.ListSecrets': method('secrets', 'ListSecrets'),
  'secrets.GetSecretHistory': method('secrets', 'GetSecretHistory'),
  'secrets.RollbackSecret': method('secrets', 'RollbackSecret'),
  'secrets.RevealSecret': method('secrets', 'RevealSecret'),
  'secrets.RevealSecrets': method('secrets', 'RevealSecrets'),
  'secrets.DeleteSecret': method('secrets', 'DeleteSecret'),
  'secrets.ImportSecrets': method('secrets', 'ImportSecrets'),
  'secrets.ExportGroup': method('secrets', 'ExportGroup'),
  'secrets.SetEnvVar': method('secrets', 'SetEnvVar'),
  'secrets.DeleteEnvVar': method('secrets', 'DeleteEnvVar'),
  'secrets.ListEnvVars': method('secrets', 'ListEnvVars'),
  'secrets.ImportGroupToProject': method('secrets', 'ImportGroupToProject'),
  'secrets.ConfigureProvider': method('secrets', 'ConfigureProvider'),
  'secrets.SyncProvider': method('secrets', 'SyncProvider'),
  'secrets.RotateMasterKey': method('secrets', 'RotateMasterKey'),
  'secrets.ResolveApplicationEnvironment': method('secrets', 'ResolveApplicationEnvironment'),
  'secrets.UpdateSecretGroup': method('secrets', 'UpdateSecretGroup'),
  'secrets.DeleteSecretGroup': method('secrets', 'DeleteSecretGroup'),
  'secrets.SearchSecrets': method('secrets', 'SearchSecrets'),
  'secrets.ListProviders': method('secrets', 'ListProviders'),
  'secrets.GetProvider': method('secrets', 'GetProvider'),
  'secrets.DeleteProvider': method('secrets', 'DeleteProvider'),
  'oauth.ConfigureProviderApp': method('oauth', 'ConfigureProviderApp'),
  'oauth.ListProviderApps': method('oauth', 'ListProviderApps'),
  'oauth.StartConnect': method('oauth', 'StartConnect'),
  'oauth.CompleteConnect': method('oauth', 'CompleteConnect'),
  'oauth.ConnectAppGrant': method('oauth', 'ConnectAppGrant'),
  'oauth.GetAccountStatus': method('oauth', 'GetAccountStatus'),
  'oauth.ListAccounts': method('oauth', 'ListAccounts'),
  'oauth.RefreshAccount': method('oauth', 'RefreshAccount'),
  'oauth.DisconnectAccount': method('oauth', 'DisconnectAccount'),
  'gitops.CreateProject': method('gitops', 'CreateProject'),
  'gitops.ListProjects': method('gitops', 'ListProjects'),
  'gitops.GetProject': method('gitops', 'GetProject'),
  'gitops.AddEnvironment': method('gitops', 'AddEnvironment'),
  'gitops.RemoveEnvironment': method('gitops', 'RemoveEnvironment'),
  'gitops.DeleteProject': method('gitops', 'DeleteProject'),
  'gitops.ReconcileProject': method('gitops', 'ReconcileProject'),
  'gitops.LookupProject': method('gitops', 'LookupProject'),
  'deploy.RegisterApplication': method('deploy', 'RegisterApplication'),
  'deploy.ListApplications': method('deploy', 'ListApplications'),
  'deploy.GetApplication': method('deploy', 'GetApplication'),
  'deploy.UpdateApplication': method('deploy', 'UpdateApplication'),
  'deploy.RegenerateWebhookToken': method('deploy', 'RegenerateWebhookToken'),
  'deploy.WebhookDeploy': method('deploy', 'WebhookDeploy'),
  'deploy.GetWebhookDeployment': method('deploy', 'GetWebhookDeployment'),
  'deploy.DeployApplication': method('deploy', 'DeployApplication'),
  'deploy.RollbackApplication': method('deploy', 'RollbackApplication'),
  'deploy.ListDeployments': method('deploy', 'ListDeployments'),
  'deploy.GetDeployment': method('deploy', 'GetDeployment'),
  'deploy.StopApplication': method('deploy', 'StopApplication'),
  'deploy.StartApplication': method('deploy', 'StartApplication'),
  'deploy.DeleteApplication': method('deploy', 'DeleteApplication'),
  'deploy.LookupApplication': method('deploy', 'LookupApplication'),
  'notify.CreateChannel': method('notify', 'CreateChannel'),
  'notify.ListChannels': method('notify', 'ListChannels'),
  'notify.DisableChannel': method('notify', 'DisableChannel'),
  'notify.CreateSubscription': method('notify', 'CreateSubscription'),
  'notify.ListSubscriptions': method('notify', 'ListSubscriptions'),
  'notify.DeleteSubscription': method('notify', 'DeleteSubscription'),
  'notify.ListDeliveries': method('notify', 'ListDeliveries'),
  'notify.SendTestNotification': method('notify', 'SendTestNotification'),
  'audit.SearchAuditEntries': method('audit', 'SearchAuditEntries'),
  'audit.GetAccountImpact': method('audit', 'GetAccountImpact'),
  'audit.GetSecretImpact': method('audit', 'GetSecretImpact'),
  'audit.GetGroupImpact': method('audit', 'GetGroupImpact'),
  'audit.GetProviderImpact': method('audit', 'GetProviderImpact'),
} as const;

export type RpcMethodName = keyof typeof rpcMethods;
type Ctx<N extends RpcMethodName> = (typeof rpcMethods)[N]['context'];
type Method<N extends RpcMethodName> = (typeof rpcMethods)[N]['method'];

/** Decoded request of an RPC, e.g. RpcRequest<'oauth.GetAccessToken'>. */
export type RpcRequest<N extends RpcMethodName> = MessageJson<Ctx<N>, `${Method<N>}Request`>;
/** Decoded response of an RPC. */
export type RpcResponse<N extends RpcMethodName> = MessageJson<Ctx<N>, `${Method<N>}Response`>;

export type RpcMethod<N extends RpcMethodName> = (typeof rpcMethods)[N] & {
  /** The NATS subject of the endpoint, namespaced when asked. */
  subject: string;
  codec: RpcCodec<
    RpcRequest<N>,
    RpcResponse<N>,
    MessageInput<Ctx<N>, `${Method<N>}Request`>,
    MessageInput<Ctx<N>, `${Method<N>}Response`>
  >;
};

export function isRpcMethodName(name: string): name is RpcMethodName {
  return Object.hasOwn(rpcMethods, name);
}

/** An RPC endpoint with its subject and typed codec; throws ERR_UNKNOWN_RPC_METHOD for a name not in the table. */
export function rpcMethod<N extends RpcMethodName>(name: N, opts: { namespace?: string } = {}): RpcMethod<N> {
  if (!isRpcMethodName(name)) throw new ContractError('ERR_UNKNOWN_RPC_METHOD', `unknown RPC method ${safeName(name)}`);
  const info = rpcMethods[name];
  return {
    ...info,
    subject: busNames(opts.namespace).rpc(info.context, info.method),
    codec: rpcCodec(info.requestType, info.responseType) as RpcMethod<N>['codec'],
  };
}
