// The fault suite's steady workload: one client per team, each a seeded
// sequence of what people and CI jobs do through the gateway (sign-ups that
// join the organization, secrets and new versions, project variables, new
// projects with an application, webhook deploys), every write retried like a
// real client would and recorded in the ledger once acknowledged.
import type { Reply } from './gateway-client.js';
import type { AppRecord, Ledger, ProjectRecord, TeamRecord } from './ledger.js';
import { seededRandom } from './ledger.js';
import { UnexpectedAnswer, type ResilientClient } from './resilient-client.js';

const pick = <T>(items: T[], random: () => number): T | undefined => items[Math.floor(random() * items.length)];

export const PASSWORD = 'correct horse battery staple';
const MAX_PROJECTS = 2;
const MAX_SECRETS = 4;
/** Webhook deploys of one application at most this often: the deployer allows 30 a minute per application. */
const DEPLOY_EVERY_MS = 5_000;

const api = '/api/v1';
// The deployer and secrets-vault learn of a project from gitops-sync's events and ask gitops-sync about one they
// have not heard of yet; only while gitops-sync does not answer (a fault the suite injects) do they say 404 and
// ask the client to try again (documented; a client retries).
const projectNotYetKnown = (reply: Reply) => reply.status === 404 && /no such project|takes a moment to arrive/.test(JSON.stringify(reply.body));

export class Workload {
  readonly errors: string[] = [];
  private running: Promise<void>[] = [];
  private stopped = false;
  private counter = 0;

  constructor(private readonly client: ResilientClient, readonly ledger: Ledger, private readonly seed: number, private readonly tokens: Map<number, string>) {}

  /** The loops, one per team, until stop(). */
  start(): void {
    this.stopped = false;
    this.running = this.ledger.teams.map((team) => this.loop(team));
  }

  /** Lets every operation under way finish (acknowledged or given up), then resolves. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.running);
  }

  private async loop(team: TeamRecord): Promise<void> {
    const random = seededRandom(this.seed * 31 + team.index);
    while (!this.stopped) {
      const roll = random();
      try {
        if (roll < 0.3) await this.deploy(team, random);
        else if (roll < 0.55) await this.putSecret(team, random);
        else if (roll < 0.75) await this.setVariable(team, random);
        else if (roll < 0.9) await this.signUpMember(team);
        else await this.createProject(team, random);
      } catch (error) {
        if (!(error instanceof UnexpectedAnswer)) throw error;
        this.errors.push(`team ${team.index}: ${error.message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.floor(random() * 200)));
    }
  }

  private token(team: TeamRecord): string {
    return this.tokens.get(team.index)!;
  }

  private unique(): number {
    return ++this.counter;
  }

  async signUpMember(team: TeamRecord): Promise<void> {
    const n = this.unique();
    const email = `member-${team.index}-${n}-${this.seed}@example.com`;
    const signedUp = await this.client.send<{ user: { userId: string } }>('sign-up', 'POST', `${api}/auth/sign-up`, {
      body: { email, password: PASSWORD, displayName: `Member ${n}` }, headers: { 'idempotency-key': `sign-up-${email}` }, expect: [201],
    });
    const user = { email, password: PASSWORD, userId: signedUp.body.user.userId, team: team.index };
    this.ledger.users.push(user);
    this.ledger.ack('sign-up');
    await this.client.send('sign-in', 'POST', `${api}/auth/sign-in`, { body: { email, password: PASSWORD }, headers: { 'x-keywarden-client': 'cli' }, expect: [200] });
    await this.client.send('add member', 'POST', `${api}/organizations/${team.organizationId}/members`, {
      token: this.token(team), body: { userId: user.userId, role: 'member' }, headers: { 'idempotency-key': `member-${user.userId}` }, expect: [201],
    });
    team.members.push(user.userId);
    this.ledger.ack('member');
  }

  async putSecret(team: TeamRecord, random: () => number): Promise<void> {
    const existing = team.secrets.length >= MAX_SECRETS || (team.secrets.length > 0 && random() < 0.6) ? team.secrets[Math.floor(random() * team.secrets.length)] : undefined;
    const n = this.unique();
    const name = existing?.name ?? `SECRET_${team.index}_${n}`;
    const value = `value-${team.index}-${n}-${Math.floor(random() * 1e9).toString(36)}`;
    const put = await this.client.send<{ secret: { secretId: string; version: number }; changed: boolean }>('put secret', 'POST', `${api}/secrets/groups/${team.groupId}/secrets`, {
      token: this.token(team), body: { name, value, ...(existing ? { replace: true } : {}) }, headers: { 'idempotency-key': `secret-${team.index}-${n}` }, expect: [200],
    });
    if (existing) {
      Object.assign(existing, { value, version: put.body.secret.version, versions: existing.versions + 1 });
      this.ledger.ack('secret version');
    } else {
      team.secrets.push({ secretId: put.body.secret.secretId, groupId: team.groupId, name, value, version: put.body.secret.version, versions: 1 });
      this.ledger.ack('secret');
    }
  }

  async setVariable(team: TeamRecord, random: () => number): Promise<void> {
    const project = team.projects[Math.floor(random() * team.projects.length)];
    if (!project) return;
    const reference = random() < 0.4 && team.secrets.length > 0;
    const key = reference ? `SECRET_REF_${Math.floor(random() * 3)}` : `PLAIN_${Math.floor(random() * 4)}`;
    const value = reference ? `@secret:${team.secrets[Math.floor(random() * team.secrets.length)]!.secretId}` : `plain-${this.unique()}`;
    await this.variable(team, project, key, value);
  }

  async variable(team: TeamRecord, project: ProjectRecord, key: string, value: string): Promise<void> {
    await this.client.send('set variable', 'PUT', `${api}/secrets/projects/${project.projectId}/env-vars/${key}?organizationId=${team.organizationId}`, {
      token: this.token(team), body: { value }, expect: [200], alsoRetry: projectNotYetKnown,
    });
    project.envVars.set(key, value);
    this.ledger.ack('variable');
  }

  async createProject(team: TeamRecord, random: () => number): Promise<ProjectRecord | undefined> {
    if (team.projects.length >= MAX_PROJECTS) return this.setVariable(team, random).then(() => undefined);
    const n = team.projects.length + 1;
    const slug = `${team.slug}-p${n}`;
    const created = await this.client.send<{ project: { projectId: string; environments: Array<{ environment: string }> } }>('create project', 'POST', `${api}/projects?organizationId=${team.organizationId}`, {
      token: this.token(team), headers: { 'idempotency-key': `project-${slug}` }, expect: [201],
      body: { organizationId: team.organizationId, name: `Project ${slug}`, slug, repositoryUrl: `https://gitlab.com/${team.slug}/${slug}`, environments: ['development', 'production'] },
    });
    const project: ProjectRecord = {
      projectId: created.body.project.projectId, organizationId: team.organizationId, slug, environments: created.body.project.environments.map((e) => e.environment), envVars: new Map(),
    };
    team.projects.push(project);
    this.ledger.ack('project');
    // Every project's environment holds a secret: its new versions redeploy the application (secret rotation).
    if (team.secrets[0]) await this.variable(team, project, 'DATABASE_PASSWORD', `@secret:${team.secrets[0].secretId}`);
    await this.variable(team, project, 'LOG_LEVEL', 'info');
    await this.registerApp(team, project, `${slug}-app`);
    return project;
  }

  async registerApp(team: TeamRecord, project: ProjectRecord, name: string, reserved = false): Promise<AppRecord> {
    const registered = await this.client.send<{ application: { applicationId: string; namespace: string }; webhookToken?: string }>('register application', 'POST', `${api}/applications`, {
      token: this.token(team), headers: { 'idempotency-key': `application-${name}` }, expect: [201], alsoRetry: projectNotYetKnown,
      body: { organizationId: team.organizationId, projectId: project.projectId, name, environment: 'development', image: `registry.example.com/${team.slug}/${name}`, ports: [8080] },
    });
    let token = registered.body.webhookToken ?? '';
    if (!token) {
      // A replayed registration withholds the token shown once: a CI admin regenerates it.
      const regenerated = await this.client.send<{ webhookToken: string }>('regenerate webhook token', 'POST',
        `${api}/applications/${registered.body.application.applicationId}/webhook-token?organizationId=${team.organizationId}`, { token: this.token(team), body: {}, expect: [200] });
      token = regenerated.body.webhookToken;
    }
    const app: AppRecord = {
      applicationId: registered.body.application.applicationId, name, projectId: project.projectId, organizationId: team.organizationId,
      namespace: registered.body.application.namespace, token, deploys: 0, lastDeployAt: 0, reserved,
    };
    team.apps.push(app);
    this.ledger.ack('application');
    return app;
  }

  async deploy(team: TeamRecord, random: () => number, app = pick(team.apps.filter((a) => !a.reserved), random), key?: string): Promise<string | undefined> {
    if (!app || (key === undefined && Date.now() - app.lastDeployAt < DEPLOY_EVERY_MS)) return undefined;
    const n = ++app.deploys;
    const version = `1.${n}.0`;
    const idempotencyKey = key ?? `ci-${app.name}-${n}`;
    app.lastDeployAt = Date.now();
    const accepted = await this.client.send<{ deployment: { deploymentId: string } }>('webhook deploy', 'POST', '/webhook/deploy', {
      token: app.token, body: { applicationId: app.applicationId, version }, headers: { 'idempotency-key': idempotencyKey }, expect: [200, 202],
    });
    this.ledger.deployments.push({ key: idempotencyKey, deploymentId: accepted.body.deployment.deploymentId, applicationId: app.applicationId, version, acknowledgedAt: Date.now() });
    this.ledger.ack('deploy');
    return accepted.body.deployment.deploymentId;
  }
}
