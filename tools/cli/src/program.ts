// The `kw` program: the user commands (login, run, env, secrets, deploy, ...) on the
// gateway's public API, and the operator commands under `kw ops` (ops.ts). Output goes
// through Io; exit codes are 0 done, 1 failed, 2 bad usage, or the child's for `kw run`.
// runCli is what main.ts and the tests call.
import { Argument, Command, CommanderError, Option } from 'commander';
import { CliError, ExitWith, type Io } from './io.js';
import { opsCommand } from './ops.js';
import { cliErrorOf, type UserOptions } from './user/gateway.js';

const userHelp = `
Gateway and token: --gateway / KW_GATEWAY_URL (else the one kw login stored, else http://127.0.0.1:8080);
KW_TOKEN (a personal access token) else the token kw login stored in $XDG_CONFIG_HOME/keywarden/credentials.json.
Exit codes: 0 done, 1 failed, 2 bad usage; kw run exits with its command's code (128 + signal when killed).`;

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

export function buildProgram(io: Io): Command {
  const program = new Command('kw')
    .description('Keywarden: run your application with its environment, manage secrets and deployments; operators: kw ops')
    .option('--gateway <url>', 'the gateway (KW_GATEWAY_URL)')
    .option('--json', 'one JSON document on stdout, for scripts')
    .addHelpText('after', userHelp)
    .enablePositionalOptions()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (text, write) => write(text) })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  const user = (): UserOptions => program.opts<UserOptions>();
  // Loaded when used: `kw run` pays only for what it runs.
  const login = () => import('./user/login.js');
  const commands = () => import('./user/commands.js');
  const appOptions = (command: Command) => command
    .requiredOption('--app <name>', 'the application, by name')
    .option('--env <environment>', 'its environment, when several applications have the name')
    .option('--project <projectId>', 'its project, when several applications have the name')
    .option('--org <organizationId>', 'look only in this organization (default: all of yours)');

  program.command('login').description('store a personal access token for this gateway (checked first)')
    .option('--token <pat>', "a personal access token, kwp_... ('-' reads it from stdin; KW_TOKEN): a value on the command line shows in ps and shell history")
    .action(async (options: { token?: string }) => await (await login()).loginCommand({ ...user(), ...options }, io, readStdin));
  program.command('logout').description('forget the stored token')
    .action(async () => await (await login()).logoutCommand(user(), io));
  program.command('whoami').description('who the token belongs to, and their organizations')
    .action(async () => await (await login()).whoamiCommand(user(), io));

  appOptions(program.command('run'))
    .description("run a command with the application's environment (what its deployment gets; secrets revealed with the reason \"kw run\", audited)")
    .argument('<command...>', 'the command and its arguments, after --')
    .passThroughOptions()
    .addHelpText('after', '\nExample: kw run --app web-shop -- npm start\nValues reach only the command\'s environment: never printed, written or passed in argv.')
    .action(async (command: string[], options) => await (await import('./user/run.js')).runCommand(command, options, user(), io));

  appOptions(program.command('env'))
    .description("the application's environment: each variable with its scope and source, values masked")
    .option('--reveal', 'show the values (secrets:reveal; audited)')
    .option('--reason <why>', 'why the values are needed (recorded with each reveal)')
    .action(async (options) => await (await commands()).envCommand(options, { ...user(), ...options }, io));

  const secrets = program.command('secrets').description('secret groups and their secrets');
  secrets.command('list').argument('[group]', 'only this group').description('secrets with version and preview (never values)')
    .action(async (group: string | undefined) => await (await commands()).secretsCommands.list(group, user(), io));
  secrets.command('get').argument('<group>').argument('<name>').description("a secret's value on stdout (audited)")
    .requiredOption('--reason <why>', 'why it is needed (recorded with the reveal)')
    .action(async (group: string, name: string, options: { reason: string }) => await (await commands()).secretsCommands.get(group, name, { ...user(), ...options }, io));
  secrets.command('set').argument('<group>').argument('<name>').description('set a secret (a new version if it exists); the value from stdin or --from-file, never argv')
    .option('--from-file <path>', 'read the value from this file')
    .option('--description <text>')
    .action(async (group: string, name: string, options: { fromFile?: string; description?: string }) =>
      await (await commands()).secretsCommands.set(group, name, { ...user(), ...options }, io, readStdin));
  secrets.command('import').argument('<group>').argument('<file>', '.env or .json').description('import secrets from a file')
    .addOption(new Option('--format <format>').choices(['dotenv', 'json']))
    .option('--overwrite', 'give existing names the imported value as a new version')
    .action(async (group: string, file: string, options: { format?: 'json' | 'dotenv'; overwrite?: boolean }) =>
      await (await commands()).secretsCommands.import(group, file, { ...user(), ...options }, io));
  secrets.command('export').argument('<group>').description('the group as .env on stdout (audited)')
    .requiredOption('--reason <why>', 'why the values are needed')
    .action(async (group: string, options: { reason: string }) => await (await commands()).secretsCommands.export(group, { ...user(), ...options }, io));

  program.command('deploy').argument('<app>').argument('<version>', 'the image tag').description('deploy a version of an application')
    .option('--env <environment>').option('--project <projectId>').option('--org <organizationId>')
    .option('--wait', 'show progress until it succeeded or failed (exit 1 when it failed)')
    .action(async (app: string, version: string, options) => await (await commands()).deployCommand(app, version, { ...user(), ...options }, io));

  program.command('projects').description('GitOps projects').command('refresh').argument('<projectId>')
    .description("refresh now: a fresh token into every environment, drift repaired")
    .option('--org <organizationId>').option('--force', 'take over fields another field manager owns')
    .action(async (projectId: string, options) => await (await commands()).projectsRefreshCommand(projectId, { ...user(), ...options }, io));

  program.command('connections').description('your OAuth connections with their expiry')
    .action(async () => await (await commands()).connectionsCommand(user(), io));

  program.command('completion').addArgument(new Argument('<shell>').choices(['bash', 'zsh', 'fish']))
    .description('a shell completion script: kw completion bash > /etc/bash_completion.d/kw')
    .action(async (shell: 'bash' | 'zsh' | 'fish') => io.out((await import('./user/completion.js')).completionScript(program, shell)));

  program.addCommand(opsCommand(io));
  return program;
}

/** Runs one command line (without node and the script: ['ops', 'replay', 'identity']) and returns the exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof ExitWith) return error.exitCode;
    if (error instanceof CommanderError) {
      // --help and `help <command>` exit 0; help shown because no command was given is usage (exitCode 1 there).
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      if (error.code === 'commander.help') return error.exitCode === 0 ? 0 : 2;
      // commander.executeSubCommandAsync and the like do not happen here: every other one is usage.
      return 2;
    }
    const known = error instanceof CliError ? error : cliErrorOf(error);
    if (known) {
      io.err(`kw: ${known.message}\n`);
      return known.exitCode;
    }
    io.err(`kw: ${(error as Error).name ?? 'Error'}: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}
