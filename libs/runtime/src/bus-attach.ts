// A service's stream and durable consumers are provisioned by a privileged
// step (libs/bus provisionBus), not by the service: its NATS user may create
// neither. So the service attaches to what is there, and keeps trying while
// something is not: it serves everything else meanwhile, and readiness says
// what is missing.
import { PROVISION_HINT, isBusSetupError, isStreamMissing, type BusSetupError } from '@keywarden/bus';
import type { Logger } from '@keywarden/telemetry';

export type Attachment<T> = {
  /** Settles after the first try: the attached thing, or undefined while it keeps trying in the background. */
  started: Promise<T | undefined>;
  /** For /readyz: 'ok', or 'not provisioned' / 'misconfigured (…)' while the service cannot use it. */
  readiness: () => string;
  stop: () => Promise<void>;
};

export type AttachOptions<T> = {
  /** 'consumer notifier--oauth-warnings', 'stream EVT_NOTIFY': what the logs and readiness name. */
  what: string;
  logger: Logger;
  attach: () => Promise<T>;
  detach: (attached: T) => Promise<void> | void;
  retryMs?: number;
  /** Whether an unexpected error on the first try is thrown (default) or logged and retried like later ones. */
  throwFirstError?: boolean;
};

/**
 * Attaches now, or keeps trying every `retryMs`:
 * - its stream does not exist yet (an open server, the producer has not started):
 *   waits quietly and stays ready, as the service serves everything else;
 * - not provisioned (missing, and this NATS user may not create it): waits, not ready,
 *   and says how to provision it;
 * - misconfigured (e.g. a push consumer): never used, not ready, logged as an error
 *   each time what differs changes, until a provisioning run puts it right.
 * Any other error fails the first try (wrong credentials, no JetStream: nothing a wait
 * fixes); on a later try it is logged and tried again.
 */
export function keepAttaching<T>(options: AttachOptions<T>): Attachment<T> {
  const { what, logger } = options;
  const retryMs = options.retryMs ?? 2000;
  let attached: T | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let problem: string | undefined;
  let told: string | undefined;

  const tell = (key: string, log: () => void) => {
    if (told !== key) log();
    told = key;
  };
  const setUp = (error: BusSetupError) => {
    if (error.code === 'ERR_BUS_NOT_PROVISIONED') {
      problem = 'not provisioned';
      tell('not provisioned', () => logger.warn({ target: what, code: error.code }, `${what} is not provisioned: ${PROVISION_HINT}`));
    } else {
      problem = `misconfigured (${error.differences.map((d) => d.slice(0, d.indexOf(':'))).join(', ')})`;
      tell(`misconfigured ${error.differences.join(';')}`, () =>
        logger.error({ target: what, code: error.code, differences: error.differences }, `${what} is configured otherwise than the bus topology and is NOT used: ${PROVISION_HINT}`),
      );
    }
  };

  const attempt = async (first: boolean): Promise<T | undefined> => {
    if (stopped) return undefined;
    try {
      const result = await options.attach();
      if (stopped) {
        await options.detach(result);
        return undefined;
      }
      attached = result;
      problem = undefined;
      if (told) logger.info({ target: what }, `${what} is there now; attached`);
      return result;
    } catch (error) {
      if (isBusSetupError(error)) setUp(error);
      else if (isStreamMissing(error)) tell('no stream', () => logger.warn({ target: what }, `${what}: its stream does not exist yet; attaching when it does`));
      else if (first && options.throwFirstError !== false) throw error;
      else logger.error({ target: what, err: { type: (error as Error).name, code: (error as { code?: unknown }).code } }, `${what} could not be attached; trying again`);
      timer = setTimeout(() => void attempt(false), retryMs);
      return undefined;
    }
  };

  return {
    started: attempt(true),
    readiness: () => problem ?? 'ok',
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      if (attached !== undefined) await options.detach(attached);
    },
  };
}

