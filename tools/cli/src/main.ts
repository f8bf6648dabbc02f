#!/usr/bin/env node
// `kw <command>` (the package's bin; `npm run kw -- <command>` in the repository) on this
// process's streams. Ctrl-C ends `kw ops tail`; during `kw run` signals go to the child.
import { signals } from './io.js';
import { runCli } from './program.js';

const stop = new AbortController();
let interrupted = false;
process.on('SIGINT', () => {
  if (signals.forwarding) return;
  // A second Ctrl-C leaves at once.
  if (interrupted) process.exit(130);
  interrupted = true;
  stop.abort();
});
const code = await runCli(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  env: process.env,
  // npm run kw runs in the repository root, as npm start does: the same ./.keywarden (kw ops).
  cwd: process.cwd(),
  signal: stop.signal,
});
process.exitCode = code;
