import { fork, type ChildProcess } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FromReader, ReaderStart, ToReader } from './reader-process.js';

export type ReaderProcess = { pid: number; stop: () => Promise<void> };

/** Forks the reader service (reader-process.ts) and starts its live consumer. */
export async function forkReader(
  options: Omit<ReaderStart, 'type'> & { onProjected: (ids: readonly string[], at: number) => void },
): Promise<ReaderProcess> {
  // Same node flags as this process (--conditions=source --import tsx); .ts from source, .js from dist.
  const script = new URL(`./reader-process${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
  const child = fork(script, [], { execArgv: process.execArgv, stdio: 'inherit' });
  const send = (message: ToReader) => child.send(message);
  let waiting: { type: FromReader['type']; resolve: () => void; reject: (error: Error) => void } | undefined;
  const until = (type: FromReader['type']) => new Promise<void>((resolve, reject) => (waiting = { type, resolve, reject }));
  child.on('message', (message: FromReader) => {
    if (message.type === 'projected') options.onProjected(message.ids, message.at);
    else if (message.type === 'failed') waiting?.reject(new Error(`reader process failed: ${message.error}`));
    else if (message.type === waiting?.type) waiting.resolve();
  });
  child.once('exit', (code) => waiting?.reject(new Error(`reader process exited with code ${code}`)));
  const ready = until('ready');
  const { onProjected: _, ...start } = options;
  send({ type: 'start', ...start });
  await ready;
  return {
    pid: child.pid ?? -1,
    stop: async () => {
      if (!child.connected) return;
      const stopped = until('stopped');
      send({ type: 'stop' });
      await stopped.catch(() => {});
      await exited(child);
    },
  };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}
