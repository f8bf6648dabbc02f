// A DeployTarget test double for the app layer's tests: records every apply
// (env included, so tests can check what would reach the cluster) and ends
// each rollout as the test says: complete, failed, or never (which runs into
// the caller's timeout). The real adapter is tested against the Kubernetes API
// test server in src/adapters/kube. Shared by several deployer replicas it is
// one cluster, and it notes every apply of an application made while another
// rollout of it was still open (from its apply to the end of its wait, or the
// caller calling the wait off): two replicas rolling one application out at once.
import type { DeployTarget, RolloutResult, WorkloadSpec } from '../app/ports.js';

/** hold: the rollout waits (past any timeout) until release(name) completes it. */
export type RolloutMode = 'complete' | 'fail' | 'hang' | 'hold' | 'reject-apply';

export class RecordingTarget implements DeployTarget {
  readonly kind = 'kubernetes' as const;
  readonly description = 'recording test target';
  readonly applies: WorkloadSpec[] = [];
  private readonly generations = new Map<string, number>();
  private readonly modes = new Map<string, RolloutMode>();
  private readonly waiting = new Set<() => void>();
  private readonly held = new Map<string, Array<{ generation: number; end: (result: RolloutResult) => void }>>();
  private readonly unreachable = new Set<string>();
  /** Apply calls per image, those that threw included. */
  readonly applyCalls = new Map<string, number>();
  /** Rollouts open per application: generations applied whose wait has not ended. */
  private readonly open = new Map<string, Set<number>>();
  /** Applications applied while another rollout of them was open. */
  readonly overlaps: string[] = [];
  /** Scales and removals, in order ("scale web 0", "remove web"). */
  readonly lifecycle: string[] = [];

  /** Applies of this image ("<image>:<version>") fail as if the API server were down (ClusterError unavailable). */
  unavailableFor(image: string): void {
    this.unreachable.add(image);
  }

  /** How the rollouts of one application (by name) end from now on; 'complete' by default. */
  mode(name: string, mode: RolloutMode): void {
    this.modes.set(name, mode);
  }

  /** Rollouts of the application waiting in 'hold' mode now. */
  holding(name: string): number {
    return this.held.get(name)?.length ?? 0;
  }

  /** The generations of those rollouts. */
  heldGenerations(name: string): number[] {
    return (this.held.get(name) ?? []).map((h) => h.generation);
  }

  /** Completes the held rollouts of the application (and lets later ones complete at once). */
  release(name: string): void {
    this.modes.set(name, 'complete');
    for (const held of this.held.get(name) ?? []) held.end({ status: 'complete' });
    this.held.delete(name);
  }

  /** Ends the held rollout of one applied generation as told (the others stay held). */
  end(name: string, generation: number, result: RolloutResult): void {
    const list = this.held.get(name) ?? [];
    for (const held of list.filter((h) => h.generation === generation)) held.end(result);
    this.held.set(name, list.filter((h) => h.generation !== generation));
  }

  appliesOf(name: string): WorkloadSpec[] {
    return this.applies.filter((a) => a.name === name);
  }

  async apply(spec: WorkloadSpec): Promise<{ generation: number }> {
    this.applyCalls.set(spec.image, (this.applyCalls.get(spec.image) ?? 0) + 1);
    if (this.unreachable.has(spec.image)) {
      throw Object.assign(new Error('kubernetes unavailable: HTTP 503'), { name: 'ClusterError', kind: 'unavailable', detail: 'HTTP 503' });
    }
    if (this.modes.get(spec.name) === 'reject-apply') {
      throw Object.assign(new Error('kubernetes rejected: admission webhook denied the request'), { name: 'ClusterError', kind: 'rejected', detail: 'admission webhook denied the request' });
    }
    const open = this.open.get(spec.name) ?? new Set<number>();
    if (open.size > 0) this.overlaps.push(spec.name);
    this.applies.push(structuredClone(spec));
    const key = `${spec.namespace}/${spec.name}`;
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    this.open.set(spec.name, open.add(generation));
    return { generation };
  }

  async waitForRollout(_namespace: string, name: string, generation: number, timeoutMs: number, signal?: AbortSignal): Promise<RolloutResult> {
    try {
      return await this.rollout(name, generation, timeoutMs, signal);
    } finally {
      this.open.get(name)?.delete(generation);
    }
  }

  private rollout(name: string, generation: number, timeoutMs: number, signal: AbortSignal | undefined): Promise<RolloutResult> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    switch (this.modes.get(name) ?? 'complete') {
      case 'fail':
        return Promise.resolve({ status: 'failed', reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${name}-7d9f" has timed out progressing.` });
      case 'hold':
        return new Promise((resolve, reject) => {
          const held = {
            generation,
            end: (result: RolloutResult) => {
              signal?.removeEventListener('abort', off);
              resolve(result);
            },
          };
          const off = () => {
            this.held.set(name, (this.held.get(name) ?? []).filter((h) => h !== held));
            reject(signal!.reason);
          };
          signal?.addEventListener('abort', off, { once: true });
          this.held.set(name, [...(this.held.get(name) ?? []), held]);
        });
      case 'hang':
        return new Promise((resolve, reject) => {
          const done = () => {
            clearTimeout(timer);
            this.waiting.delete(done);
            signal?.removeEventListener('abort', off);
            resolve({ status: 'timeout', message: `the rollout did not complete within ${timeoutMs} ms` });
          };
          const off = () => {
            clearTimeout(timer);
            this.waiting.delete(done);
            reject(signal!.reason);
          };
          const timer = setTimeout(done, timeoutMs);
          this.waiting.add(done);
          signal?.addEventListener('abort', off, { once: true });
        });
      default:
        return Promise.resolve({ status: 'complete' });
    }
  }

  async scale(_namespace: string, name: string, replicas: number): Promise<void> {
    this.lifecycle.push(`scale ${name} ${replicas}`);
  }

  async remove(_namespace: string, name: string): Promise<void> {
    this.lifecycle.push(`remove ${name}`);
  }

  async close(): Promise<void> {
    for (const done of [...this.waiting]) done();
  }
}
