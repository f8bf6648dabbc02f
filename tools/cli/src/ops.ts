// `kw ops ...`: the operator commands (provision, replay, republish, tail, lag, dead-letters), unchanged in
// behaviour from when they were the whole `kw`. They talk to NATS and the databases with the services' own
// credentials, never to the gateway.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Io } from './io.js';
import type { GlobalOptions } from './settings.js';

/** The services with projections to replay (catalogue.ts, checked by a test: the catalogue loads lazily). */
export const REPLAYABLE = ['identity', 'oauth-broker', 'secrets-vault', 'gitops-sync', 'deployer', 'notifier', 'audit'];

const positiveInt = (value: string): number => {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('a positive integer expected');
  return Number(value);
};

const connectionHelp = `
Connection (flags first, then the environment, then the data directory of \`npm start\`):
  NATS        --nats-url / KW_NATS_URL (default nats://127.0.0.1:$KW_NATS_PORT, 4222), as
              --nats-user / KW_NATS_USER (default operator) with KW_NATS_PASSWORD or the
              password in <data dir>/secrets.json
  PostgreSQL  --database-url / KW_DATABASE_URL_<SERVICE> (e.g. KW_DATABASE_URL_OAUTH_BROKER), or
              the service's role from <data dir>/secrets.json on 127.0.0.1:$KW_PG_PORT (5433)
  data dir    --data-dir / KW_DATA_DIR (default ./.keywarden)
Exit codes: 0 done, 1 failed, 2 bad usage.`;

export function opsCommand(io: Io): Command {
  const program = new Command('ops')
    .description('operator commands on the bus and the databases (the services\' own credentials): provision, replay, republish, tail, lag, dead-letters, integrations')
    .option('--nats-url <url>', 'NATS server URL (KW_NATS_URL)')
    .option('--nats-user <user>', 'NATS user (KW_NATS_USER; default operator)')
    .option('--data-dir <dir>', 'data directory of `npm start` (KW_DATA_DIR; default ./.keywarden)')
    .addOption(new Option('--namespace <ns>', 'bus namespace (KW_BUS_NAMESPACE; tests only)').hideHelp())
    .addHelpText('after', connectionHelp)
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (text, write) => write(text) })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  // The command modules load the service packages (projection catalogues, drizzle, postgres): imported when an
  // operator command runs, so `kw run` and the other user commands start without them.
  const commands = {
    provision: () => import('./commands/provision.js'),
    replay: () => import('./commands/replay.js'),
    republish: () => import('./commands/republish.js'),
    tail: () => import('./commands/tail.js'),
    lag: () => import('./commands/lag.js'),
    deadLetters: () => import('./commands/dead-letters.js'),
    integrations: () => import('./commands/integrations.js'),
  };
  const global = (): GlobalOptions => program.opts<GlobalOptions>();

  program
    .command('provision')
    .description("create or update every event stream and every service's durable consumer as the bus topology says (run as the operator before the services start)")
    .option('--replicas <n>', 'replicas of each event stream, 1 to 5 (KW_STREAM_REPLICAS; default 1; 3 in deploy/k8s)', (value: string) => {
      if (!/^[1-5]$/.test(value)) throw new InvalidArgumentError('an integer from 1 to 5 expected');
      return Number(value);
    })
    .option('--dry-run', 'say what would change, change nothing')
    .addHelpText('after', '\nA durable an update cannot fix (e.g. a push consumer) is recreated; push consumers the topology does not have are deleted.\nThe services\' NATS users may create no stream and no consumer: until this ran, they wait and are not ready.')
    .action(async (options) => await (await commands.provision()).provisionCommand(options, global(), io));

  program
    .command('replay')
    .description("rebuild a service's projections from scratch with its own projection code, in one transaction")
    .argument('<service>', `one of: ${REPLAYABLE.join(', ')}`)
    .option('-p, --projection <name...>', 'only these projections (default: all of the service); those rebuilt together come along')
    .addOption(new Option('--from <source>', "the service's own events from its event store or its JetStream stream; read models of other services' events always come from their streams").choices(['store', 'jetstream']))
    .option('--database-url <url>', "the service's database")
    .option('--batch <n>', 'events per page read (from JetStream a page grows up to 4x while the projections apply the previous one)', positiveInt, 1000)
    .option('--force', 'replay even while the service is connected to its database (its writes would race the rebuild)')
    .addHelpText('after', '\nStop the service first: a rebuild beside a running service races its writes.\nExample: npm run kw -- ops replay identity --projection users sessions')
    .action(async (service: string, options) => await (await commands.replay()).replayCommand(service, options, global(), io));

  program
    .command('republish')
    .description("publish a range of a service's events to JetStream again, with their original ids")
    .argument('<service>', 'the service whose event store holds the events')
    .requiredOption('--from <position>', 'first global position (events.global_position)')
    .option('--to <position>', 'last global position (default: the last event)')
    .option('--database-url <url>', "the service's database")
    .option('--batch <n>', 'events per page', positiveInt, 500)
    .addHelpText('after', '\nInside JetStream\'s duplicate window the copies are dropped; after it, the consumers\' inbox drops them.')
    .action(async (service: string, options) => await (await commands.republish()).republishCommand(service, options, global(), io));

  program
    .command('tail')
    .description('follow the event streams, decoded, one line per event: time, subject, type, aggregate id, data')
    .argument('[context...]', 'identity, oauth, secrets, gitops, deploy, notify (default: all)')
    .option('--since <from>', 'start at a stream sequence (42), a duration ago (10m, 2h, 1d) or a time (ISO 8601); default: new events only')
    .option('--limit <n>', 'stop after this many events')
    .addHelpText('after', '\nCtrl-C stops. Long values are cut; fields named like credentials are never shown.')
    .action(async (selected: string[], options) => await (await commands.tail()).tailCommand(selected, options, global(), io));

  program
    .command('lag')
    .description('every durable consumer on the event streams: pending, awaiting ack, redelivered, last activity')
    .argument('[context...]', 'only these contexts\' streams (default: every stream)')
    .action(async (selected: string[]) => await (await commands.lag()).lagCommand(selected, global(), io));

  program
    .command('dead-letters')
    .description("list a service's parked messages with the reason, or retry one")
    .argument('<service>', 'the service whose consumers parked them')
    .option('--retry <id>', 'publish this dead letter again (ID column); only its consumer acts on it, the others\' inbox skips it')
    .option('--consumer <name>', 'only this consumer\'s')
    .option('--limit <n>', 'rows to show', positiveInt, 100)
    .option('--database-url <url>', "the service's database")
    .action(async (service: string, options) => await (await commands.deadLetters()).deadLettersCommand(service, options, global(), io));

  const files = (command: Command) => command
    .option('--registry <file>', 'the integrations registry (KW_INTEGRATIONS_FILE; default <data dir>/integrations.json)')
    .option('--nats-config <file>', 'the rendered nats-server config to write (KW_NATS_CONFIG_FILE; default <data dir>/nats-server.conf)')
    .option('--base-config <file>', 'the config it is rendered from (KW_NATS_BASE_CONFIG; default deploy/nats/nats-server.conf)')
    .option('--store-dir <dir>', "nats-server's JetStream store directory, written into the config (KW_NATS_STORE_DIR; default <data dir>/nats)")
    .option('--nats-pid-file <file>', 'signal this nats-server to reload (KW_NATS_PID_FILE; default <data dir>/nats-server.pid when it exists)')
    .option('--no-reload', 'only render the config: the config reloader (deploy/k8s) or you reload nats-server');
  const integrations = program.command('integrations').description("a company's own services as NATS users: publish granted inbound events, follow public events through their own pull consumers");
  files(integrations.command('create'))
    .description('register an integration, reload nats-server with its user, provision its consumers; prints its password once')
    .argument('<name>', 'lower case, digits and -, 2 to 31 characters; its NATS user is int-<name>')
    .requiredOption('--organization <id>', 'the organization (UUID) it publishes for')
    .option('--publish <types...>', 'inbound types it may send, comma-separated: gitops.ProjectCreated,gitops.ProjectChanged,gitops.ProjectDeleted,deploy.DeployRequested')
    .option('--follow <aggregates...>', 'public aggregates it reads, comma-separated, e.g. oauth.account,gitops.binding (contracts publicAggregates)')
    .option('--json', 'the credentials as one JSON document')
    .addHelpText('after', '\nExample: npm run kw -- ops integrations create shop-portal --organization <uuid> --publish gitops.ProjectCreated --follow oauth.account,gitops.binding')
    .action(async (name: string, options) => await (await commands.integrations()).createIntegrationCommand(name, options, global(), io));
  files(integrations.command('list'))
    .description('registered integrations with their grants (no secrets)')
    .option('--json', 'one JSON document')
    .action(async (options) => await (await commands.integrations()).listIntegrationsCommand(options, global(), io));
  files(integrations.command('render'))
    .description('render the nats-server config from deploy/nats and the registry as it is (and reload nats-server when its pid file is there)')
    .action(async (options) => await (await commands.integrations()).renderIntegrationsCommand(options, global(), io));
  files(integrations.command('revoke'))
    .description('remove an integration: nats-server reloads without its user (its connections are closed), its consumers are deleted')
    .argument('<name>')
    .action(async (name: string, options) => await (await commands.integrations()).revokeIntegrationCommand(name, options, global(), io));

  return program;
}
