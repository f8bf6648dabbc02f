import {
  isContractError, isErrorCodeOf, rpcMethod, type CommonErrorCode, type ErrorCodeOf, type RpcContext, type RpcErrorCode, type RpcMethodName, type RpcRequest, type RpcResponse,
} from '@keywarden/contracts';
import { KeywardenError, errorLogFields, isKeywardenError, unstorableTextError, type FieldIssue, type KeywardenErrorOptions } from '@keywarden/errors';
import type { NatsConnection } from '@nats-io/nats-core';
import { Svcm, type Service, type ServiceMsg } from '@nats-io/services';
import type { BusLogger } from './connection.js';
import { headerRecord, toNatsHeaders } from './headers.js';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';

const tracer = trace.getTracer('@keywarden/bus');

export type RpcCallContext = { deadline: number; headers: Record<string, string> };

/** A handler for one RPC of contracts (`rpc.<context>.<Method>`), typed by its protobuf messages. */
export type RpcEndpoint<N extends RpcMethodName = RpcMethodName> = {
  method: N;
  handler: (request: RpcRequest<N>, ctx: RpcCallContext) => Promise<Parameters<ReturnType<typeof rpcMethod<N>>['codec']['encodeResponse']>[0]>;
};

/** Any endpoint of contracts, each typed by its own method. */
export type AnyRpcEndpoint = { [N in RpcMethodName]: RpcEndpoint<N> }[RpcMethodName];

/** Keeps each endpoint's handler typed by its own method name. */
export const endpoint = <N extends RpcMethodName>(method: N, handler: RpcEndpoint<N>['handler']): RpcEndpoint<N> => ({ method, handler });

/**
 * Errors a caller sees: the remote's stable code, or ours for no responders and deadlines (common codes).
 * `context` is the callee's (rpc.<context>.*); narrow a failure to its context's codes with isRpcError.
 */
export class RpcError<C extends string = string> extends KeywardenError<C> {
  readonly context: RpcContext | undefined;
  constructor(code: C, status: number, detail?: string, options: KeywardenErrorOptions & { context?: RpcContext } = {}) {
    super(code, status, detail, options);
    this.context = options.context;
  }
}

/**
 * A failure of rpc.<context>.* (or of the RPC `method`) carrying one of that context's codes (contracts'
 * union): `switch (error.code)` over it is checked by the compiler. A code the contracts do not list for the
 * context (a callee newer than the caller) is not narrowed: the caller handles it as any other error.
 */
export function isRpcError<C extends RpcContext>(error: unknown, context: C): error is RpcError<ErrorCodeOf<C>>;
export function isRpcError<N extends RpcMethodName>(error: unknown, method: N): error is RpcError<RpcErrorCode<N>>;
export function isRpcError(error: unknown, contextOrMethod: string): boolean {
  const context = contextOrMethod.split('.', 1)[0] as RpcContext;
  return error instanceof RpcError && error.context === context && isErrorCodeOf(context, error.code);
}

const ERROR_CODE = 'kw-error-code';
/** The errorId of the callee's throw site, so that a problem names where the failure was raised. */
const ERROR_ID = 'kw-error-id';
/** Field issues of a validation error (paths and messages, never values), as JSON. */
const ERROR_ISSUES = 'kw-error-issues';
/** Extension members of the problem (KeywardenError.extensions), as JSON; left out when larger than this. */
const ERROR_EXTENSIONS = 'kw-error-extensions';
const MAX_EXTENSIONS_BYTES = 16 * 1024;
const ERROR_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const DEADLINE = 'kw-deadline';

/**
 * Serves a context's RPC endpoints as one NATS micro service; replicas share
 * each endpoint through the service's queue group. Errors go back as typed
 * error replies (status and stable code), never as a stack or a secret.
 */
export async function startRpcService(
  nc: NatsConnection,
  options: {
    name: string;
    version: string;
    description?: string;
    namespace?: string;
    endpoints: readonly AnyRpcEndpoint[];
    /**
     * Turns what a handler threw into what the caller gets (e.g. a database that
     * cannot be reached into ERR_UNAVAILABLE, 503, which callers may retry).
     */
    mapError?: (error: unknown) => unknown;
    /** Where a handler's unexpected error is explained (with the trace id of the active span). */
    logger?: BusLogger;
  },
): Promise<Service> {
  const service = await new Svcm(nc).add({ name: options.name, version: options.version, description: options.description ?? '' });
  for (const endpoint of options.endpoints as unknown as readonly AnyEndpoint[]) {
    const rpc = rpcMethod(endpoint.method, { namespace: options.namespace }) as unknown as AnyMethod;
    service.addEndpoint(rpc.method, {
      subject: rpc.subject,
      handler: (error, msg) => {
        if (error || !answersToInbox(msg.reply)) return;
        void serveOne(msg, rpc, endpoint, options);
      },
    });
  }
  return service;
}

/**
 * nats-server does not check a request's reply subject against the requester's
 * permissions, and allow_responses lets a responder publish there: a caller
 * naming `evt.oauth.x` as the reply would have the broker's answer (a token)
 * stored in the oauth stream. Callers' clients reply on an inbox (`_INBOX_<user>.`
 * from connectBus, `_INBOX.` by default); anything else, or no reply at all
 * (a message the server delivered here for someone), is not answered and not handled.
 */
export function answersToInbox(reply: string | undefined): boolean {
  return reply !== undefined && /^_INBOX[._]/.test(reply);
}

type AnyMethod = { method: string; subject: string; codec: { decodeRequest(d: Uint8Array): unknown; encodeResponse(r: unknown): Uint8Array } };
type AnyEndpoint = { method: RpcMethodName; handler: (request: unknown, ctx: RpcCallContext) => Promise<unknown> };

async function serveOne(
  msg: ServiceMsg, rpc: AnyMethod, endpoint: AnyEndpoint,
  { mapError, logger }: { mapError?: (error: unknown) => unknown; logger?: BusLogger | undefined },
): Promise<void> {
  const subject = rpc.subject;
  const headers = headerRecord(msg.headers);
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer.startSpan(subject, { kind: SpanKind.SERVER, attributes: { 'rpc.system': 'nats', 'rpc.method': rpc.method } }, parent);
  await context.with(trace.setSpan(parent, span), async () => {
    try {
      const deadline = Number(headers[DEADLINE] ?? Date.now() + 5000);
      if (Date.now() > deadline) throw new KeywardenError('ERR_TIMEOUT', 504, 'the caller stopped waiting before the request was handled', { errorId: 'BUS-465f' });
      const request = rpc.codec.decodeRequest(msg.data);
      // Whoever the caller is, no string PostgreSQL cannot store gets to a handler.
      const invalid = unstorableTextError(request, 'the request', { errorId: 'BUS-rpc6' });
      if (invalid) throw invalid;
      const response = await endpoint.handler(request, { deadline, headers });
      msg.respond(rpc.codec.encodeResponse(response));
    } catch (thrown) {
      const error = mapError ? mapError(thrown) : thrown;
      const known = isKeywardenError(error) || hasCode(error);
      const code = known ? (error as { code: string }).code : 'ERR_INTERNAL';
      const status = known ? ((error as { status?: number }).status ?? 400) : 500;
      const detail = isKeywardenError(error) ? (error.detail ?? code) : known ? code : 'internal error';
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('error.type', code);
      // The caller gets ERR_INTERNAL and nothing more; the cause is told here, once, inside the span (its trace id).
      if (!known || status === 500) logger?.error({ rpc: subject, error: errorLogFields(error) }, 'rpc handler failed unexpectedly');
      const replyHeaders: Record<string, string> = { [ERROR_CODE]: code };
      if (isKeywardenError(error) && error.errorId && ERROR_ID_PATTERN.test(error.errorId)) replyHeaders[ERROR_ID] = error.errorId;
      if (isKeywardenError(error) && error.issues?.length) replyHeaders[ERROR_ISSUES] = JSON.stringify(error.issues.slice(0, 20));
      const extensions = isKeywardenError(error) && error.extensions ? JSON.stringify(error.extensions) : '';
      if (extensions && Buffer.byteLength(extensions) <= MAX_EXTENSIONS_BYTES) replyHeaders[ERROR_EXTENSIONS] = extensions;
      msg.respondError(status, detail, undefined, { headers: toNatsHeaders(replyHeaders) });
    } finally {
      span.end();
    }
  });
}

/** Calls an RPC with a deadline; the trace continues on the server. */
export async function callRpc<N extends RpcMethodName>(
  nc: NatsConnection,
  method: N,
  request: Parameters<ReturnType<typeof rpcMethod<N>>['codec']['encodeRequest']>[0],
  options: { timeoutMs?: number; namespace?: string } = {},
): Promise<RpcResponse<N>> {
  const rpc = rpcMethod(method, { namespace: options.namespace });
  const callee = rpc.context;
  const subject = rpc.subject;
  const timeout = options.timeoutMs ?? 5000;
  return await tracer.startActiveSpan(subject, { kind: SpanKind.CLIENT, attributes: { 'rpc.system': 'nats', 'rpc.method': rpc.method } }, async (span) => {
    try {
      const carrier: Record<string, string> = { [DEADLINE]: String(Date.now() + timeout) };
      propagation.inject(context.active(), carrier);
      const payload = encodeRequest(rpc, request, callee);
      let reply;
      try {
        reply = await nc.request(subject, payload, { timeout, headers: toNatsHeaders(carrier) });
      } catch (error) {
        throw transportError(error, subject, callee);
      }
      const errorStatus = reply.headers?.get('Nats-Service-Error-Code');
      if (errorStatus) {
        // Typed by the callee's context (contracts); isRpcError checks the code really is one of them.
        const code = (reply.headers?.get(ERROR_CODE) || 'ERR_INTERNAL') as RpcErrorCode<N>;
        const issues = parseIssues(reply.headers?.get(ERROR_ISSUES));
        const extensions = parseExtensions(reply.headers?.get(ERROR_EXTENSIONS));
        const remoteId = reply.headers?.get(ERROR_ID) ?? '';
        throw new RpcError(code, Number(errorStatus) || 500, reply.headers?.get('Nats-Service-Error') || code, {
          errorId: ERROR_ID_PATTERN.test(remoteId) ? remoteId : 'BUS-rpc1', context: callee, ...(issues ? { issues } : {}), ...(extensions ? { extensions } : {}),
        });
      }
      return rpc.codec.decodeResponse(reply.data);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('error.type', (error as { code?: string }).code ?? 'Error');
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * A request with text PostgreSQL cannot store, or that does not fit its protobuf message
 * (a number beyond int32, say), is the request's fault, not the transport's: 400 naming
 * the field (never the value).
 */
function encodeRequest<N extends RpcMethodName>(
  rpc: ReturnType<typeof rpcMethod<N>>, request: Parameters<ReturnType<typeof rpcMethod<N>>['codec']['encodeRequest']>[0], context: RpcContext,
): Uint8Array {
  // The server checks again (other callers exist); here it saves the round trip, and a lone surrogate never becomes invalid UTF-8 on the wire.
  const unstorable = unstorableTextError(request, 'the request', { errorId: 'BUS-rpc8' });
  if (unstorable) throw new RpcError('ERR_VALIDATION', 400, unstorable.detail ?? 'the request holds text that cannot be stored', { errorId: 'BUS-rpc9', context, issues: unstorable.issues ?? [] });
  try {
    return rpc.codec.encodeRequest(request);
  } catch (error) {
    if (!isContractError(error)) throw error;
    const field = error.field ?? '';
    const reason = error.message.split(': ').at(-1) ?? 'does not fit the contract';
    throw new RpcError('ERR_VALIDATION', 400, `the request does not fit ${rpc.method}`, { errorId: 'BUS-rpc7', context, cause: error, issues: [{ path: field, message: reason }] });
  }
}

function transportError(error: unknown, subject: string, context: RpcContext): RpcError<CommonErrorCode> {
  const text = `${(error as Error)?.name ?? ''} ${(error as Error)?.message ?? ''}`;
  if (/no ?responders|503/i.test(text)) {
    return new RpcError('ERR_UNAVAILABLE', 503, `no service answers ${subject}`, { errorId: 'BUS-rpc2', context, cause: error });
  }
  if (/timeout/i.test(text)) {
    return new RpcError('ERR_TIMEOUT', 504, `${subject} did not answer in time`, { errorId: 'BUS-rpc3', context, cause: error });
  }
  if (/permission/i.test(text)) {
    return new RpcError('ERR_FORBIDDEN', 403, `this service may not call ${subject}`, { errorId: 'BUS-rpc4', context, cause: error });
  }
  return new RpcError('ERR_UNAVAILABLE', 503, `${subject} could not be reached`, { errorId: 'BUS-rpc5', context, cause: error });
}

function parseIssues(header: string | undefined): FieldIssue[] | undefined {
  if (!header) return undefined;
  try {
    const parsed: unknown = JSON.parse(header);
    if (!Array.isArray(parsed)) return undefined;
    return parsed.filter((i): i is FieldIssue => typeof i?.path === 'string' && typeof i?.message === 'string').map(({ path, message }) => ({ path, message }));
  } catch {
    return undefined;
  }
}

function parseExtensions(header: string | undefined): Record<string, unknown> | undefined {
  if (!header) return undefined;
  try {
    const parsed: unknown = JSON.parse(header);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function hasCode(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('ERR_');
}
