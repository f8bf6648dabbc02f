// Before the faults: each team's owner signs up and in, makes an organization,
// connects a GitLab account through the simulator (so projects get Git
// credentials that refresh), a secret group with a first secret, a first
// project with an application, and a signed webhook channel subscribed to
// deployments. All through the gateway, each write acknowledged and recorded.
import type { Ledger, TeamRecord, UserRecord } from './ledger.js';
import type { ResilientClient } from './resilient-client.js';
import { PASSWORD, type Workload } from './workload.js';

const api = '/api/v1';

export type Hooks = { url: string; secret: string };

export async function signIn(client: ResilientClient, user: Pick<UserRecord, 'email' | 'password'>): Promise<string> {
  const session = await client.send<{ accessToken: string }>(`sign in ${user.email}`, 'POST', `${api}/auth/sign-in`, {
    body: { email: user.email, password: user.password }, headers: { 'x-keywarden-client': 'cli' }, expect: [200],
  });
  return session.body.accessToken;
}

/** Teams 0..count-1, one after the other (the first owner becomes the platform's administrator). */
export async function setUpTeams(client: ResilientClient, workload: Workload, tokens: Map<number, string>, count: number, seed: number, hooks: Hooks): Promise<void> {
  const ledger: Ledger = workload.ledger;
  for (let index = 0; index < count; index++) {
    const email = `owner-${index}-${seed}@example.com`;
    const signedUp = await client.send<{ user: { userId: string } }>('owner sign-up', 'POST', `${api}/auth/sign-up`, {
      body: { email, password: PASSWORD, displayName: `Owner ${index}` }, headers: { 'idempotency-key': `sign-up-${email}` }, expect: [201],
    });
    const owner: UserRecord = { email, password: PASSWORD, userId: signedUp.body.user.userId, team: index };
    ledger.users.push(owner);
    ledger.ack('sign-up');
    const token = await signIn(client, owner);
    tokens.set(index, token);
    const slug = `team${index}-${seed}`.slice(0, 20);
    const org = await client.send<{ organization: { organizationId: string } }>('organization', 'POST', `${api}/organizations`, {
      token, body: { name: `Team ${index}`, slug }, headers: { 'idempotency-key': `org-${slug}` }, expect: [201],
    });
    ledger.ack('organization');
    const team: TeamRecord = {
      index, owner, organizationId: org.body.organization.organizationId, slug, accountId: await connectGitLab(client, token),
      groupId: '', channelId: '', subscriptionId: '', secrets: [], projects: [], apps: [], members: [],
    };
    ledger.ack('account');
    const group = await client.send<{ group: { groupId: string } }>('secret group', 'POST', `${api}/secrets/groups`, {
      token, body: { name: `${slug}-secrets` }, headers: { 'idempotency-key': `group-${slug}` }, expect: [201],
    });
    team.groupId = group.body.group.groupId;
    ledger.ack('secret group');
    ledger.teams.push(team);
    await workload.putSecret(team, () => 0);
    await workload.createProject(team, () => 0);
    const q = `?organizationId=${team.organizationId}`;
    const channel = await client.send<{ channel: { channelId: string } }>('channel', 'POST', `${api}/notifications/channels${q}`, {
      token, body: { kind: 'webhook', name: `${slug}-deploys`, url: hooks.url, signingSecret: hooks.secret }, headers: { 'idempotency-key': `channel-${slug}` }, expect: [201],
    });
    team.channelId = channel.body.channel.channelId;
    ledger.ack('channel');
    const subscription = await client.send<{ subscription: { subscriptionId: string } }>('subscription', 'POST', `${api}/notifications/subscriptions${q}`, {
      token, body: { channelId: team.channelId, kinds: ['deployment_succeeded', 'deployment_failed'] }, headers: { 'idempotency-key': `subscription-${slug}` }, expect: [201],
    });
    team.subscriptionId = subscription.body.subscription.subscriptionId;
    ledger.ack('subscription');
  }
}

/** The GitLab simulator's authorization as a browser would follow it: it signs in as its dev user and sends the code back. */
async function connectGitLab(client: ResilientClient, token: string): Promise<string> {
  const apps = await client.send<{ providerApps: Array<{ provider: string; providerAppId: string }> }>('provider apps', 'GET', `${api}/oauth/provider-apps`, { token, expect: [200] });
  const gitlab = apps.body.providerApps.find((a) => a.provider === 'gitlab');
  if (!gitlab) throw new Error('no GitLab provider app registered');
  const started = await client.send<{ authorizeUrl: string }>('connect', 'POST', `${api}/oauth/provider-apps/${gitlab.providerAppId}/connect`, {
    token, body: { redirectUri: `${client.base}/connected` }, expect: [200],
  });
  const authorize = await fetch(started.body.authorizeUrl, { redirect: 'manual' });
  const back = new URL(authorize.headers.get('location') ?? '');
  const connected = await client.send<{ account: { accountId: string } }>('callback', 'GET', `${api}/oauth/callback${back.search}`, { token, expect: [200] });
  return connected.body.account.accountId;
}
