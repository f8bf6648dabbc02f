// What the permission tests ask of the raw client: which probes got through, and an answer's body.
import type { ConsumerInfo, JetStreamManager } from '@nats-io/jetstream';
import { expect, vi } from 'vitest';
import type { Outcome, RawMsg, RawNatsClient } from './raw-nats.js';

/** Sends each probe and returns the ones the server accepted (each refusal must be a publish permission violation on its subject). */
export async function accepted(raw: RawNatsClient, probes: Array<[subject: string, body: unknown]>): Promise<string[]> {
  const through: string[] = [];
  for (const [subject, body] of probes) {
    const outcome: Outcome = await raw.pub(subject, typeof body === 'string' ? body : JSON.stringify(body), `${raw.inbox}.probe`);
    if (outcome === 'ok') through.push(subject);
    else expect(outcome).toBe(`Permissions Violation for Publish to "${subject}"`);
  }
  return through;
}

/** The JSON body of an answer; a refusal throws. */
export const json = (answer: RawMsg | Outcome) => {
  if (typeof answer === 'string') throw new Error(`refused: ${answer}`);
  return JSON.parse(answer.data.toString()) as Record<string, unknown> & { error?: unknown };
};

/**
 * The consumer's state once a raw client's plain `+ACK` was applied. The PING after it proves the server
 * read the ack, not that JetStream's consumer processed it (that happens on another goroutine), so the ack
 * floor is waited for rather than read once (it was read too early on a loaded CI machine).
 */
export async function acknowledged(jsm: JetStreamManager, stream: string, name: string): Promise<ConsumerInfo> {
  return vi.waitFor(
    async () => {
      const info = await jsm.consumers.info(stream, name);
      expect(info.ack_floor.stream_seq, `${name}: the ack floor`).toBeGreaterThan(0);
      return info;
    },
    { timeout: 5_000, interval: 50 },
  );
}
