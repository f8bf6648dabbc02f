// One supervision model for every kind of child the platform runs: a service,
// nats-server, PostgreSQL. A part is launched, watched for exit, restarted
// with backoff (RestartPolicy) and, on stop, never restarted again whatever
// state it was in: up, waiting to restart, or in the middle of a restart.
import type { ProcessExit } from '@keywarden/local-infra';
import type { RestartPolicy } from './restart-policy.js';

/** One run of a part: a process that is up. */
export type PartInstance = {
  pid: number;
  exited: Promise<ProcessExit>;
  /** Asks it to stop and forces it after `graceMs`; resolves once it has exited. */
  stop: (graceMs: number) => Promise<ProcessExit>;
  /** Ends it at once (the second Ctrl-C). */
  kill: () => void;
};

export type PartEvent = 'crashed' | 'restarted' | 'gave-up';

export type SupervisedPartOptions<I extends PartInstance> = {
  /** As the log says it: 'gateway', 'nats-server', 'PostgreSQL'. */
  name: string;
  /** Starts one run; resolves once it is up. Cancelled through `signal` when the platform stops meanwhile. */
  launch: (signal: AbortSignal) => Promise<I>;
  policy: RestartPolicy;
  say: (line: string) => void;
  shout: (line: string) => void;
  /** Too many fast crashes: the part stays down and the platform should stop. */
  onGiveUp: (reason: string) => void;
  /** What the log adds after "restarted <name>", e.g. "(pid 12) on nats://...". */
  describe?: (instance: I) => string;
  /** A run is up; `restart` is false for the first one. */
  onUp?: (instance: I, restart: boolean) => void;
  onEvent?: (event: PartEvent) => void;
  now?: () => number;
};

type State = 'new' | 'starting' | 'up' | 'waiting' | 'restarting' | 'stopping' | 'stopped' | 'given-up';

export class SupervisedPart<I extends PartInstance> {
  #state: State = 'new';
  #current: I | undefined;
  #upSince = 0;
  #timer: NodeJS.Timeout | undefined;
  #launching: { controller: AbortController; run: Promise<I> } | undefined;
  #held = false;

  constructor(private readonly options: SupervisedPartOptions<I>) {}

  get name(): string {
    return this.options.name;
  }

  /** The run that is up now, if any. */
  get current(): I | undefined {
    return this.#state === 'up' ? this.#current : undefined;
  }

  /**
   * The first run; a failure is the caller's (the platform cannot start), not
   * restarted. Aborting `signal` cancels it; a run that came up all the same
   * is kept for stop().
   */
  async start(signal?: AbortSignal): Promise<I> {
    if (this.#state !== 'new') throw new Error(`${this.name} was started already`);
    signal?.throwIfAborted();
    this.#state = 'starting';
    const run = this.#launch();
    const onAbort = () => this.#launching?.controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const instance = await run;
      if (this.#state === 'starting') this.#watch(instance, false);
      return instance;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /**
   * Stops it for good: a pending restart is cancelled, a restart in progress
   * aborted, a running process asked to stop (forced after `graceMs`).
   * Resolves with how the last run ended, or undefined when none was up.
   */
  async stop(graceMs: number): Promise<ProcessExit | undefined> {
    this.#state = 'stopping';
    clearTimeout(this.#timer);
    if (this.#launching) {
      this.#launching.controller.abort();
      // A launch that won the race with the abort is up: stop it like any other.
      this.#current = await this.#launching.run.catch(() => undefined);
    }
    const instance = this.#current;
    const exit = instance ? await instance.stop(graceMs) : undefined;
    this.#state = 'stopped';
    return exit;
  }

  /**
   * No more restarts (the platform is stopping): a pending one is cancelled,
   * a later death is only reported. The run that is up stays up until stop().
   */
  hold(): void {
    this.#held = true;
    clearTimeout(this.#timer);
  }

  /** Ends it at once: no restart, the process killed, a launch aborted. Pair with stop() to wait for it. */
  kill(): void {
    if (this.#state !== 'stopped') this.#state = 'stopping';
    clearTimeout(this.#timer);
    this.#launching?.controller.abort();
    this.#current?.kill();
  }

  #launch(): Promise<I> {
    const controller = new AbortController();
    const run = this.options.launch(controller.signal);
    this.#launching = { controller, run };
    const done = () => {
      if (this.#launching?.run === run) this.#launching = undefined;
    };
    run.then(done, done);
    return run;
  }

  #watch(instance: I, restart: boolean): void {
    this.#state = 'up';
    this.#current = instance;
    this.#upSince = this.#now();
    this.options.onUp?.(instance, restart);
    void instance.exited.then((exit) => {
      if (this.#state !== 'up' || this.#current !== instance) return;
      this.#current = undefined;
      const upForMs = this.#now() - this.#upSince;
      this.#crashed(`${this.name} (pid ${instance.pid}) exited unexpectedly with ${describeProcessExit(exit)} after ${seconds(upForMs)}`, upForMs);
    });
  }

  #crashed(what: string, upForMs: number): void {
    this.options.onEvent?.('crashed');
    if (this.#held) {
      this.#state = 'waiting';
      this.options.shout(`${what} (not restarted: the platform is stopping)`);
      return;
    }
    const decision = this.options.policy.crashed(this.#now(), upForMs);
    if (!decision.restart) {
      this.#state = 'given-up';
      const reason = `${this.name} crashed ${decision.fastCrashes} times within ${seconds(decision.windowMs)}, each soon after it started`;
      this.options.shout(`${what}. ${reason}: giving up on it, stopping the platform.`);
      this.options.onEvent?.('gave-up');
      this.options.onGiveUp(reason);
      return;
    }
    this.#state = 'waiting';
    this.options.shout(`${what}: restarting it in ${seconds(decision.delayMs)} (restart ${decision.attempt})`);
    this.#timer = setTimeout(() => void this.#restart(), decision.delayMs);
  }

  async #restart(): Promise<void> {
    if (this.#state !== 'waiting' || this.#held) return;
    this.#state = 'restarting';
    let instance: I;
    try {
      instance = await this.#launch();
    } catch (error) {
      if (this.#state === 'restarting') this.#crashed(`${this.name} did not start again: ${firstLine(error)}`, 0);
      return;
    }
    // Stopped meanwhile: stop() has taken this run over.
    if (this.#state !== 'restarting') return;
    const described = this.options.describe?.(instance) ?? `(pid ${instance.pid})`;
    this.options.say(`restarted ${this.name} ${described}`);
    this.options.onEvent?.('restarted');
    this.#watch(instance, true);
  }

  #now(): number {
    return (this.options.now ?? Date.now)();
  }
}

export function describeProcessExit(exit: ProcessExit): string {
  return exit.code !== null ? `exit code ${exit.code}` : `signal ${exit.signal ?? 'unknown'}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
