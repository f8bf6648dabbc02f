// The signing key aggregate (stream "signing_key-<kid>"): a key becomes active
// once; the previous key keeps verifying until retirePreviousAt. Pure.
import { commonError } from '@keywarden/errors';
import type { ContractEvent, Decider } from '@keywarden/domain';

export type SigningKeyEvent = ContractEvent<'SigningKeyRotated'>;
export type SigningKeyState = { status: 'none' } | { status: 'activated'; keyId: string };
export type SigningKeyCommand = {
  type: 'Activate'; keyId: string; algorithm: 'EdDSA' | 'ES256'; publicKeyFingerprint: string;
  previousKeyId: string; retirePreviousAt: string | undefined; actorUserId: string;
};

export function decideSigningKey(command: SigningKeyCommand, state: SigningKeyState): SigningKeyEvent[] {
  if (state.status !== 'none') throw commonError('ERR_CONFLICT', 'the signing key was already activated', { errorId: 'IDENT-key1' });
  if (command.previousKeyId && !command.retirePreviousAt) throw new Error('a rotation needs the previous key\'s retire time');
  return [{
    type: 'SigningKeyRotated',
    data: {
      keyId: command.keyId, algorithm: command.algorithm, publicKeyFingerprint: command.publicKeyFingerprint,
      previousKeyId: command.previousKeyId, retirePreviousAt: command.retirePreviousAt, actorUserId: command.actorUserId,
    },
  }];
}

export const signingKeyDecider: Decider<SigningKeyState, SigningKeyCommand, SigningKeyEvent> = {
  decide: decideSigningKey,
  evolve: (_state, event) => ({ status: 'activated', keyId: event.data.keyId }),
  initialState: () => ({ status: 'none' }),
};

/** Cleanup runs (stream "cleanup-<run_id>"): one event per run, nothing to decide but the figures. */
export type CleanupEvent = ContractEvent<'ExpiredTokensPurged'>;
export type CleanupCommand = { type: 'RecordPurge'; figures: CleanupEvent['data'] };
export const cleanupDecider: Decider<{ recorded: boolean }, CleanupCommand, CleanupEvent> = {
  decide: (command, state) => (state.recorded ? [] : [{ type: 'ExpiredTokensPurged', data: command.figures }]),
  evolve: () => ({ recorded: true }),
  initialState: () => ({ recorded: false }),
};
