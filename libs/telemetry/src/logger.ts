import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Level, type Logger, type LoggerOptions as LoggerSettings } from 'pino';

export type { Logger };
export type LogLevel = Level | 'silent';

export interface LoggerOptions {
  service: string;
  level?: LogLevel;
  /** Where JSON lines go; stdout by default. Tests pass a stream and parse what it receives. */
  destination?: DestinationStream;
}

/** Field names whose values are censored wherever they appear, up to four levels deep. */
export const REDACTED_KEYS: readonly string[] = [
  'password',
  'newPassword',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'idToken',
  'id_token',
  'secret',
  'clientSecret',
  'client_secret',
  'apiKey',
  'api_key',
  'privateKey',
  'private_key',
  'masterKey',
  'authorization',
  'Authorization',
  'cookie',
  'Cookie',
  'set-cookie',
  'value',
  // A database driver's query values (postgres.js attaches them to errors in debug mode).
  'parameters',
  'params',
];

export const REDACTION_CENSOR = '[redacted]';

function redactPaths(keys: readonly string[]): string[] {
  const prefixes = ['', '*', '*.*', '*.*.*'];
  return keys.flatMap((key) => {
    const plain = /^[A-Za-z_$][\w$]*$/.test(key);
    return prefixes.map((prefix) => {
      if (!plain) return `${prefix}["${key}"]`;
      return prefix ? `${prefix}.${key}` : key;
    });
  });
}

/** trace_id/span_id of the active span, so a log line can be found from its trace and back. */
function traceFields(): Record<string, string> {
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const spanContext = span.spanContext();
  if (!isSpanContextValid(spanContext)) return {};
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}

/**
 * A pino JSON logger: ISO time, `level` as a label, `service` on every line, the active
 * trace ids, and secret-looking fields censored. Redaction is a safety net for structured
 * fields; never put secrets in messages, which are not redacted.
 */
export function createLogger(options: LoggerOptions): Logger {
  const settings: LoggerSettings = {
    level: options.level ?? 'info',
    base: { service: options.service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: traceFields,
    redact: { paths: redactPaths(REDACTED_KEYS), censor: REDACTION_CENSOR },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
