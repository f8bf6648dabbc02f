// Exit codes and argument parsing of runCli without any server: help is 0, a command line that
// names no command or breaks a command's rules is bad usage (2), as the README's table says,
// with the usage on stderr; a user command without a token says to log in (2), one with a
// gateway nobody answers fails (1).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './program.js';

const config = () => mkdtempSync(join(tmpdir(), 'kw-config-'));

async function run(argv: string[], env: Record<string, string> = { XDG_CONFIG_HOME: config() }) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t), env, cwd: '/nonexistent' });
  return { code, out, err };
}

describe('runCli exit codes', () => {
  it('exits 0 for --help and for help on one command', async () => {
    expect((await run(['--help'])).code).toBe(0);
    const replay = await run(['ops', 'help', 'replay']);
    expect(replay.code).toBe(0);
    expect(replay.out).toContain('Usage: kw ops replay [options] <service>');
    const runHelp = await run(['help', 'run']);
    expect(runHelp.out).toContain('Usage: kw run [options] <command...>');
  });

  it('exits 2 when no command is given, with the usage on stderr', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Usage: kw [options] [command]');
    expect(none.out).toBe('');
  });

  it('exits 2 on an unknown command or a missing argument', async () => {
    expect((await run(['rewind'])).code).toBe(2);
    expect((await run(['ops', 'replay'])).code).toBe(2);
    // The operator commands live under ops only.
    expect((await run(['replay', 'identity'])).code).toBe(2);
  });

  it('kw run needs --app and a command; kw secrets get needs --reason; kw completion a known shell', async () => {
    const noApp = await run(['run', '--', 'node', '-v']);
    expect(noApp.code).toBe(2);
    expect(noApp.err).toContain("required option '--app <name>' not specified");
    expect((await run(['run', '--app', 'web-shop'])).code).toBe(2);
    expect((await run(['secrets', 'get', 'shop', 'DB'])).code).toBe(2);
    expect((await run(['completion', 'tcsh'])).code).toBe(2);
    expect((await run(['env', '--app', 'web-shop', '--reveal'])).code).toBe(2);
  });

  it('without a token a user command says to log in (2); a gateway nobody answers is a failure (1)', async () => {
    const loggedOut = await run(['whoami']);
    expect(loggedOut.code).toBe(2);
    expect(loggedOut.err).toContain('not logged in: run kw login');
    const unreachable = await run(['--gateway', 'http://127.0.0.1:1', 'whoami'], { XDG_CONFIG_HOME: config(), KW_TOKEN: 'kwp_unreachable' });
    expect(unreachable.code).toBe(1);
    expect(unreachable.err).toContain('cannot reach the gateway at http://127.0.0.1:1');
    expect(unreachable.err).not.toContain('kwp_unreachable');
    expect((await run(['--gateway', 'not a url', 'whoami'], { XDG_CONFIG_HOME: config(), KW_TOKEN: 'kwp_x' })).code).toBe(2);
  });

  it('kw login --token refuses what is not a personal access token', async () => {
    const notPat = await run(['login', '--token', 'eyJhbGciOi']);
    expect(notPat.code).toBe(2);
    expect(notPat.err).toContain('--token takes a personal access token (kwp_...)');
  });

  it('completes the command words, the operator commands included', async () => {
    const bash = await run(['completion', 'bash']);
    expect(bash.code).toBe(0);
    expect(bash.out).toContain('complete -F _kw kw');
    expect(bash.out).toMatch(/"" \) words="login logout whoami run env secrets deploy projects connections completion ops|"" ?\) words="[^"]*\brun\b[^"]*\bops\b/);
    expect(bash.out).toMatch(/"ops"\) words="[^"]*\breplay\b[^"]*\btail\b/);
    expect((await run(['completion', 'fish'])).out).toContain("complete -c kw -f -n '__fish_seen_subcommand_from secrets' -a 'set'");
  });
});
