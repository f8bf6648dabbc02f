// Exit codes of runCli without any server: help is 0, a command line that names no command is
// bad usage (2), as the README's table says, with the usage on stderr.
import { describe, expect, it } from 'vitest';
import { runCli } from './program.js';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t), env: {}, cwd: '/nonexistent' });
  return { code, out, err };
}

describe('runCli exit codes', () => {
  it('exits 0 for --help and for help on one command', async () => {
    expect((await run(['--help'])).code).toBe(0);
    const replay = await run(['help', 'replay']);
    expect(replay.code).toBe(0);
    expect(replay.out).toContain('Usage: kw replay [options] <service>');
  });

  it('exits 2 when no command is given, with the usage on stderr', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Usage: kw [options] [command]');
    expect(none.out).toBe('');
  });

  it('exits 2 on an unknown command or a missing argument', async () => {
    expect((await run(['rewind'])).code).toBe(2);
    expect((await run(['replay'])).code).toBe(2);
  });
});
