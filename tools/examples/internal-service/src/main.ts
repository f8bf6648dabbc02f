// A company's own service on Keywarden's bus, as integration `KW_INTEGRATION` (created with
// `kw ops integrations create`): publishes one project creation for its organization, then follows
// what Keywarden does with it, printing the project's GitCredentialsSynced and the TokenRefreshed
// of the OAuth accounts those credentials come from. Nothing of Keywarden but its public contract
// (@keywarden/contracts) and the ordinary NATS client.
import { randomUUID } from 'node:crypto';
import { decodeEvent, encodeInbound } from '@keywarden/contracts';
import { jetstream } from '@nats-io/jetstream';
import { connect, headers } from '@nats-io/transport-node';

const env = (name: string): string => process.env[name] || (console.error(`set ${name}`), process.exit(2));
const integration = env('KW_INTEGRATION');
const organizationId = env('KW_ORGANIZATION_ID');
const [slug = 'web-shop', repositoryUrl = 'https://gitlab.com/acme/web-shop.git'] = process.argv.slice(2);
const untilSynced = process.argv.includes('--until-synced');

// The password from the environment, never argv (ps shows argv). Replies come to the integration's own inbox prefix.
const user = `int-${integration}`;
const nc = await connect({ servers: process.env['KW_NATS_URL'] ?? 'nats://127.0.0.1:4222', user, pass: env('KW_INTEGRATION_PASSWORD'), inboxPrefix: `_INBOX_${user}` });
const js = jetstream(nc);

// One project creation. ce-id is also Nats-Msg-Id; Keywarden handles an id once, so a retry with it is safe.
const message = encodeInbound({ integration, organizationId, type: 'ProjectCreated', id: randomUUID(), source: 'example-internal-service', data: { slug, name: slug, repositoryUrl, branch: 'main', environments: ['staging', 'production'] } });
const h = headers();
for (const [name, value] of Object.entries(message.headers)) h.set(name, value);
await js.publish(message.subject, message.data, { headers: h, msgID: message.headers['ce-id'] });
console.log(`published ProjectCreated ${slug} (${message.headers['ce-id']})`);

// Its consumers, provisioned by the operator: int-<name>--<context>-<aggregate>, one per followed aggregate.
// They run side by side, so credentials synced before the project's id is known wait for it.
let projectId: string | undefined;
const early: Array<Record<string, unknown>> = [];
const accounts = new Set<string>();
const synced = (data: Record<string, unknown>) => {
  accounts.add(String(data['accountId']));
  console.log(`GitCredentialsSynced ${slug} ${String(data['environment'])}: Secret ${String(data['namespace'])}/${String(data['secretName'])}, token generation ${String(data['tokenGeneration'])}`);
  if (untilSynced) void finish();
};
// Drained once: every environment's GitCredentialsSynced (and Ctrl-C) may ask for it, and a second drain rejects.
let closing: Promise<void> | undefined;
const finish = () => (closing ??= nc.drain().then(() => process.exit(0)));
const follow = async (stream: string, consumer: string) => {
  for await (const m of await (await js.consumers.get(stream, `${user}--${consumer}`)).consume()) {
    const { type, data } = decodeEvent({ subject: m.subject, headers: Object.fromEntries([...(m.headers ?? [])].map(([k, v]) => [k, v.join(',')])), data: m.data });
    m.ack();
    if (type === 'ProjectCreated' && data['slug'] === slug && data['organizationId'] === organizationId) {
      projectId = String(data['projectId']);
      console.log(`project ${slug} is ${projectId}`);
      early.filter((d) => d['projectId'] === projectId).forEach(synced);
    }
    if (type === 'ProjectRequestRejected' && data['integration'] === integration) console.log(`rejected ${String(data['ceId'])}: ${String(data['reason'])}`);
    if (type === 'GitCredentialsSynced' && data['organizationId'] === organizationId) {
      if (projectId === undefined) early.push(data);
      else if (data['projectId'] === projectId) synced(data);
    }
    if (type === 'TokenRefreshed' && accounts.has(String(data['accountId']))) console.log(`TokenRefreshed account ${String(data['accountId'])} generation ${String(data['generation'])}`);
  }
};
void follow('EVT_GITOPS', 'gitops-project');
void follow('EVT_GITOPS', 'gitops-inbound');
void follow('EVT_GITOPS', 'gitops-binding');
void follow('EVT_OAUTH', 'oauth-account');
process.on('SIGINT', () => void finish());
