// What the platform acknowledged (a 2xx) to the fault suite's clients, with
// what each write created: the end of the suite reads every entry back.

export type UserRecord = { email: string; password: string; userId: string; team: number };
export type SecretRecord = {
  secretId: string; groupId: string; name: string;
  /** The latest value a put was acknowledged with, and its version. */
  value: string; version: number;
  /** Acknowledged puts that made a version (the first one included). */
  versions: number;
};
export type ProjectRecord = {
  projectId: string; organizationId: string; slug: string; environments: string[];
  /** Key → the value last acknowledged: plain text, or `@secret:<id>`. */
  envVars: Map<string, string>;
};
export type AppRecord = {
  applicationId: string; name: string; projectId: string; organizationId: string; namespace: string;
  /** The webhook token last shown (registration, or a regeneration after a replayed registration). */
  token: string;
  deploys: number; lastDeployAt: number;
  /** Deployed only on purpose (the deployer's crash), never by the workload's loop. */
  reserved: boolean;
};
export type DeployRecord = { key: string; deploymentId: string; applicationId: string; version: string; acknowledgedAt: number };
export type TeamRecord = {
  index: number; owner: UserRecord; organizationId: string; slug: string; accountId: string; groupId: string;
  channelId: string; subscriptionId: string;
  secrets: SecretRecord[]; projects: ProjectRecord[]; apps: AppRecord[]; members: string[];
};

export class Ledger {
  readonly users: UserRecord[] = [];
  readonly teams: TeamRecord[] = [];
  readonly deployments: DeployRecord[] = [];
  /** Acknowledged operations by kind, for the report. */
  readonly acknowledged: Record<string, number> = {};

  ack(kind: string): void {
    this.acknowledged[kind] = (this.acknowledged[kind] ?? 0) + 1;
  }

  secret(secretId: string): SecretRecord | undefined {
    for (const team of this.teams) {
      const found = team.secrets.find((s) => s.secretId === secretId);
      if (found) return found;
    }
    return undefined;
  }

  get apps(): AppRecord[] {
    return this.teams.flatMap((t) => t.apps);
  }

  get projects(): ProjectRecord[] {
    return this.teams.flatMap((t) => t.projects);
  }
}

/** A small seeded generator (mulberry32): the same seed gives each team the same sequence of operations. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
