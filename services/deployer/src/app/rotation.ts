// Ends the batching windows of secret rotations: each application whose
// window has passed gets one redeploy of its current version (trigger
// secret_rotation, the secrets listed). The pending row is removed in the
// transaction that requests the deployment, so a crash redeploys once, later;
// the deployment id is derived from the window, so two replicas ending the
// same window collide instead of deploying twice. A window waits while the
// application has a deployment queued or rolling out: that one may carry a
// newer version than the current one (redeploying the current one would
// undo it), and once it is done the redeploy takes the version it left.
import type { ConsumedEvent } from '@keywarden/bus';
import type { Database, Tx } from '@keywarden/db';
import { retryThroughOutage, type BackgroundTask } from '@keywarden/runtime';
import { extractTraceContext, injectTraceContext, withSpan, type Logger, type Tracer } from '@keywarden/telemetry';
import { findApplication } from '../projections/queries.js';
import { uuidV5 } from './signature.js';
import type { DeploymentsApp } from './deployments.js';
import { ApplicationBusy, type DeployerStore } from './ports.js';

/**
 * A secret rotated (SecretValueChanged, SecretRolledBack): opens a window for each auto-deploying
 * application that used the secret (the window's end is kept when one is already open, so a burst of
 * rotations ends in one redeploy), adding the secret id to those it lists.
 */
export async function openRotationWindows(store: DeployerStore, tx: Tx, event: ConsumedEvent, windowMs: number): Promise<void> {
  const secretId = String(event.data['secretId'] ?? '');
  if (!secretId) return;
  const carrier = injectTraceContext<Record<string, string>>({});
  await store.openRotationWindows(tx, secretId, windowMs, carrier['traceparent'] ?? '');
}

export class RotationFlusher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private stopping = new AbortController();

  constructor(
    private readonly deps: { database: Database; store: DeployerStore; deployments: DeploymentsApp; windowMs: number; logger: Logger; tracer: Tracer },
  ) {}

  task(): BackgroundTask {
    return {
      name: 'rotation-flusher',
      start: async () => {
        this.stopped = false;
        this.stopping = new AbortController();
        this.schedule(0);
      },
      stop: async () => {
        this.stopped = true;
        this.stopping.abort();
        clearTimeout(this.timer);
        await this.running;
      },
    };
  }

  /** Windows are polled for (an indexed lookup): a quarter of the window, between 50 ms and 1 s. */
  private get pollMs() {
    return Math.min(1000, Math.max(50, Math.floor(this.deps.windowMs / 4)));
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.running) return this.schedule(this.pollMs);
      // A database outage is waited out (logged once by the database's availability), not reported every poll.
      this.running = retryThroughOutage(this.deps.database, () => this.flush(), this.stopping.signal)
        .then(() => undefined, (error: unknown) => this.deps.logger.error({ err: { type: (error as Error).name, code: (error as { code?: string }).code } }, 'secret rotation redeploys failed'))
        .finally(() => {
          this.running = undefined;
          this.schedule(this.pollMs);
        });
    }, Math.min(delayMs, this.pollMs));
  }

  /** Requests the redeploys of every window that has ended; returns how many. */
  async flush(): Promise<number> {
    const { store } = this.deps;
    const due = await store.dueRotations();
    let requested = 0;
    for (const pending of due) {
      const parent = extractTraceContext({ traceparent: pending.traceparent || undefined });
      await withSpan(this.deps.tracer, 'secret rotation redeploy', { parent, attributes: { 'keywarden.application_id': pending.applicationId } }, async () => {
        const app = await findApplication(this.deps.database.db, pending.applicationId);
        // Never deployed (nothing runs), no longer deploying automatically, or stopped or deleted (a start deploys
        // again with the environment as it is then): the window just closes.
        if (!app || !app.currentVersion || !app.autoDeploy || app.lifecycle !== 'active') {
          await store.closeRotationWindow(pending, false);
          return;
        }
        if (await store.deploymentQueued(app.id)) return;
        const secretIds = [...pending.secretIds].sort();
        const deploymentId = uuidV5(`rotation\n${app.id}\n${pending.dueAt.toISOString()}\n${secretIds.join('\n')}`);
        try {
          // whenIdle re-checks in the request's transaction what was read above: a deployment requested meanwhile
          // (or finished, moving the current version) rolls the request back and the window waits.
          await this.deps.deployments.request(app, { deploymentId, version: app.currentVersion, trigger: 'secret_rotation', actorUserId: '', secretIds, whenIdle: true });
        } catch (error) {
          if (error instanceof ApplicationBusy) return;
          throw error;
        }
        // Only the window as it was read: a rotation that joined it meanwhile (the consumer adds to an open window)
        // keeps it, and its next end gives the redeploy that rotation needs (another id: the secrets differ).
        await store.closeRotationWindow(pending, true);
        requested++;
      });
    }
    return requested;
  }
}
