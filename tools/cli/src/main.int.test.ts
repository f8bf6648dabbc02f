// The real entry point (`npm run kw -- ...` runs this file): exit codes from the process, and
// Ctrl-C (SIGINT) ending `kw ops tail` cleanly with its count line.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { closeBus, connectBus, ensureEventStream } from '@keywarden/bus';
import { encodeEvent } from '@keywarden/contracts';
import { testBus } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { describe, expect, it } from 'vitest';
import { emptyDataDir } from './test-support.js';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
// Where `npm run kw` runs (tsx resolves from there); the data directory stays an empty one.
const root = fileURLToPath(new URL('../../..', import.meta.url));

function kwProcess(args: string[], onStdout?: (text: string, signal: (s: NodeJS.Signals) => void) => void) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', main, ...args], { env: { PATH: process.env['PATH'] ?? '' }, cwd: root });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += String(chunk);
    onStdout?.(out, (s) => child.kill(s));
  });
  child.stderr.on('data', (chunk: Buffer) => void (err += String(chunk)));
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

describe('kw as a process', () => {
  it('exits 0 with help, 2 on bad usage', async () => {
    const [help, bad] = await Promise.all([kwProcess(['--help']), kwProcess(['ops', '--data-dir', emptyDataDir(), 'replay', 'no-such-service'])]);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: kw [options] [command]');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('"no-such-service" has no projections to replay');
  }, 60_000);

  it('tails until Ctrl-C, then says how many events it showed', async () => {
    const { natsUrl, namespace } = testBus();
    const nc = await connectBus({ servers: natsUrl, name: 'cli-main-test' });
    try {
      await ensureEventStream(nc, 'oauth', { namespace });
      const providerAppId = randomUUID();
      const m = encodeEvent({ eventId: randomUUID(), type: 'ProviderAppConfigured', streamId: `provider_app-${providerAppId}`, streamVersion: 1,
        time: new Date().toISOString(), source: 'test', data: { providerAppId, provider: 'gitlab', name: 'GitLab', clientId: 'app-1' } }, { namespace });
      const h = natsHeaders();
      for (const [k, v] of Object.entries(m.headers)) if (k !== 'Nats-Msg-Id') h.set(k, v);
      await jetstream(nc).publish(m.subject, m.data, { msgID: m.msgId, headers: h });
      let sent = false;
      const result = await kwProcess(['ops', '--data-dir', emptyDataDir(), '--nats-url', natsUrl, '--namespace', namespace, 'tail', 'oauth', '--since', '1'], (out, signal) => {
        if (!sent && out.includes('\n')) {
          sent = true;
          signal('SIGINT');
        }
      });
      expect(result.code).toBe(0);
      expect(result.out).toMatch(new RegExp(`^\\S+ ${namespace}\\.evt\\.oauth\\.provider_app\\.ProviderAppConfigured ProviderAppConfigured ${providerAppId} providerAppId=${providerAppId} provider=gitlab name=GitLab clientId=app-1\\n$`));
      expect(result.err).toContain('1 event shown');
    } finally {
      await closeBus(nc);
    }
  }, 60_000);
});
