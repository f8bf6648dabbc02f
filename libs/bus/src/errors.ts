import { KeywardenError } from '@keywarden/errors';

/** What the operator does about a stream or consumer that is missing or not as the topology says. */
export const PROVISION_HINT = 'run `npm run kw -- ops provision` (the local platform, docker-compose and deploy/k8s provision the bus before the services start)';

export type BusSetupCode = 'ERR_BUS_NOT_PROVISIONED' | 'ERR_BUS_MISCONFIGURED';

/**
 * A stream or durable consumer a service cannot use: missing while its NATS user
 * may not create it (ERR_BUS_NOT_PROVISIONED), or configured otherwise than the
 * bus topology says (ERR_BUS_MISCONFIGURED, e.g. a push consumer's deliver
 * subject), which is never used as it is.
 */
export class BusSetupError extends KeywardenError<BusSetupCode> {
  /** 'stream EVT_OAUTH' or 'consumer notifier--oauth-warnings'. */
  readonly target: string;
  /** The fields that differ, as `field: found, expected` (misconfigured only). */
  readonly differences: readonly string[];

  constructor(code: BusSetupCode, target: string, differences: readonly string[] = [], cause?: unknown) {
    const detail = code === 'ERR_BUS_NOT_PROVISIONED'
      ? `${target} is not provisioned and this NATS user may not create it: ${PROVISION_HINT}`
      : `${target} is configured otherwise than the bus topology (${differences.join('; ')}) and is not used: ${PROVISION_HINT}`;
    super(code, 503, detail, { errorId: code === 'ERR_BUS_NOT_PROVISIONED' ? 'BUS-prov1' : 'BUS-prov2', cause });
    this.target = target;
    this.differences = differences;
  }
}

export function isBusSetupError(error: unknown): error is BusSetupError {
  return error instanceof BusSetupError;
}

/** The server refused the request's subject to this user (a JetStream API call it may not make). */
export function isPermissionViolation(error: unknown): boolean {
  const e = error as { name?: string; message?: string } | undefined;
  return e?.name === 'PermissionViolationError' || /permissions violation/i.test(e?.message ?? '');
}

export function isStreamMissing(error: unknown): boolean {
  const e = error as { name?: string; message?: string; code?: number | string; api_error?: { err_code?: number } } | undefined;
  return e?.name === 'StreamNotFoundError' || e?.code === 10059 || e?.api_error?.err_code === 10059 || /stream not found/i.test(e?.message ?? '');
}

export function isConsumerMissing(error: unknown): boolean {
  const e = error as { name?: string; message?: string; code?: number | string } | undefined;
  return e?.name === 'ConsumerNotFoundError' || e?.code === 10014 || /consumer not found/i.test(e?.message ?? '');
}

/** `field: found (expected …)` for each [field, found, expected] that differs. */
export function listDifferences(fields: ReadonlyArray<readonly [string, unknown, unknown]>): string[] {
  const show = (value: unknown) => (value === '' || value === undefined ? 'none' : JSON.stringify(value));
  return fields.filter(([, found, expected]) => found !== expected).map(([field, found, expected]) => `${field}: ${show(found)} (expected ${show(expected)})`);
}
