import {
  ROOT_CONTEXT,
  context,
  defaultTextMapSetter,
  type Context,
  type TextMapGetter,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/** Headers or metadata that may carry `traceparent`/`tracestate` (HTTP, NATS, outbox rows). */
export type TraceCarrier = Record<string, string | string[] | undefined>;

// Used directly rather than through the global propagator: carriers must work the same in a
// process that has not called initTelemetry (tools, unit tests of other libraries).
const propagator = new W3CTraceContextPropagator();

// HTTP and NATS header names are case-insensitive; outbox metadata uses lower case.
const getter: TextMapGetter<TraceCarrier> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => {
    const direct = carrier[key];
    if (direct !== undefined) return direct;
    const lower = key.toLowerCase();
    const match = Object.keys(carrier).find((name) => name.toLowerCase() === lower);
    return match === undefined ? undefined : carrier[match];
  },
};

/** Writes traceparent (and tracestate, if any) of `ctx` into `carrier` and returns it. */
export function injectTraceContext<T extends Record<string, string>>(
  carrier: T = {} as T,
  ctx: Context = context.active(),
): T & { traceparent?: string; tracestate?: string } {
  propagator.inject(ctx, carrier, defaultTextMapSetter);
  return carrier;
}

/**
 * The context described by a carrier, to use as a span's parent. Without a valid traceparent
 * it is `base` (the root context by default), so the work starts a new trace rather than
 * joining whatever happens to be active.
 */
export function extractTraceContext(carrier: TraceCarrier, base: Context = ROOT_CONTEXT): Context {
  return propagator.extract(base, carrier, getter);
}

/** The W3C traceparent of the active span, or undefined outside a (sampled or not) span. */
export function currentTraceparent(): string | undefined {
  return injectTraceContext<Record<string, string>>({}).traceparent;
}
