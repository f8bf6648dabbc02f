import {
  SpanKind,
  SpanStatusCode,
  context,
  trace,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { KeywardenError } from '@keywarden/errors';

export interface SpanOptions {
  kind?: SpanKind;
  attributes?: Attributes;
  /** Parent context, e.g. from extractTraceContext(headers); defaults to the active context. */
  parent?: Context;
}

export function getTracer(name: string, version?: string): Tracer {
  return trace.getTracer(name, version);
}

/** The span of the active context, if any (a non-recording span when tracing is off). */
export function activeSpan(): Span | undefined {
  return trace.getSpan(context.active());
}

function errorName(error: unknown): string {
  if (error instanceof Error) return error.name || error.constructor.name || 'Error';
  return typeof error;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
}

/**
 * Marks a span as failed without putting secrets into it: any error's message may quote a
 * token, a connection string or a provider response, so only its type and code are recorded.
 * A KeywardenError's message is written by us for clients, so it is recorded too.
 */
export function recordSpanError(span: Span, error: unknown): void {
  const type = errorName(error);
  const code = errorCode(error);
  const eventAttributes: Attributes = { 'exception.type': type };
  span.setAttribute('error.type', code ?? type);
  if (code !== undefined) span.setAttribute('error.code', code);
  if (error instanceof KeywardenError) {
    eventAttributes['exception.message'] = error.message;
    if (error.errorId !== undefined) span.setAttribute('error.id', error.errorId);
  }
  span.addEvent('exception', eventAttributes);
  span.setStatus({ code: SpanStatusCode.ERROR, message: code ?? type });
}

/**
 * Runs `fn` inside a new active span and ends it afterwards. A throw is recorded with
 * recordSpanError and re-thrown; `fn` may also set the status itself (e.g. from a result).
 */
export async function withSpan<T>(
  tracer: Tracer,
  name: string,
  options: SpanOptions,
  fn: (span: Span) => Promise<T> | T,
): Promise<T> {
  const spanOptions: { kind?: SpanKind; attributes?: Attributes } = {};
  if (options.kind !== undefined) spanOptions.kind = options.kind;
  if (options.attributes !== undefined) spanOptions.attributes = options.attributes;
  return tracer.startActiveSpan(name, spanOptions, options.parent ?? context.active(), async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      recordSpanError(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

export { SpanKind, SpanStatusCode };
export type { Attributes, Context, Span, Tracer };
