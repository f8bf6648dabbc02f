// What the permission tests ask of the raw client: which probes got through, and an answer's body.
import { expect } from 'vitest';
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
