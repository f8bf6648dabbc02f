import { createWriteStream, type WriteStream } from 'node:fs';
import type { Say } from './infra.js';
import { SERVICES } from './services.js';

/** Width of the name column every prefixed line shares (services and the platform). */
export const NAME_WIDTH = Math.max('platform'.length, ...SERVICES.map((s) => s.name.length));

/**
 * The platform's own lines: on the terminal with the "platform |" prefix, and
 * timestamped in <data dir>/logs/platform.log once open() has named it, so
 * what was restarted when can be read after the terminal has scrolled away.
 */
export class PlatformLog {
  #file: WriteStream | undefined;
  readonly say: Say = (line) => this.#write(process.stdout, line);
  readonly shout: Say = (line) => this.#write(process.stderr, `✖ ${line}`);

  open(path: string): void {
    this.#file = createWriteStream(path, { flags: 'a' });
  }

  async close(): Promise<void> {
    const file = this.#file;
    if (file) await new Promise<void>((resolve) => file.end(() => resolve()));
  }

  #write(to: NodeJS.WritableStream, line: string): void {
    to.write(`${'platform'.padEnd(NAME_WIDTH)} | ${line}\n`);
    if (this.#file && !this.#file.writableEnded) this.#file.write(`${new Date().toISOString()} ${line}\n`);
  }
}
