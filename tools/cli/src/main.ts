// `npm run kw -- <command>`: the operator CLI on this process's streams; Ctrl-C ends `tail`.
import { runCli } from './program.js';

const stop = new AbortController();
let interrupted = false;
process.on('SIGINT', () => {
  // A second Ctrl-C leaves at once.
  if (interrupted) process.exit(130);
  interrupted = true;
  stop.abort();
});
const code = await runCli(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  env: process.env,
  // npm run kw runs in the repository root, as npm start does: the same ./.keywarden.
  cwd: process.cwd(),
  signal: stop.signal,
});
process.exitCode = code;
