// The channel aggregate (stream channel-<id>): a place an owner's notifications go, created
// enabled and possibly disabled. Its URL, signing secret and SMTP password are no part of it:
// the command path keeps them encrypted beside the event (app/channels.ts), never in it.
// Pure: the channel's id, settings and time come in with the command.
import { assertNever, type ContractData, type ContractEvent, type Decider } from '@keywarden/domain';
import { commonError } from '@keywarden/errors';
import type { ChannelKind, Owner } from './channel.js';

// Event data is the contract's (notify/v1/channel.proto); times are RFC 3339 strings.
type CreatedNarrowing = { kind: ChannelKind; createdAt: string };
export type ChannelEvent = ContractEvent<'ChannelCreated', CreatedNarrowing> | ContractEvent<'ChannelDisabled', { disabledAt: string }>;

/** What a new channel is, as its event tells it. */
export type ChannelFacts = Omit<ContractData<'ChannelCreated', CreatedNarrowing>, 'createdAt'>;

export type ChannelCommand =
  | { type: 'CreateChannel'; channel: ChannelFacts; at: Date }
  | { type: 'DisableChannel'; at: Date };

export type ChannelState = { status: 'none' } | { status: 'enabled' | 'disabled'; channelId: string; owner: Owner };

const noSuchChannel = () => commonError('ERR_NOT_FOUND', 'no such channel', { errorId: 'NOTIFY-ch01' });
const channelExists = () => commonError('ERR_CONFLICT', 'the channel exists already', { errorId: 'NOTIFY-ch02' });

export const channelDecider: Decider<ChannelState, ChannelCommand, ChannelEvent> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => {
    switch (command.type) {
      case 'CreateChannel':
        if (state.status !== 'none') throw channelExists();
        return [{ type: 'ChannelCreated', data: { ...command.channel, createdAt: command.at.toISOString() } }];
      case 'DisableChannel':
        if (state.status === 'none') throw noSuchChannel();
        // Disabling a disabled channel is a repeat: nothing changes.
        if (state.status === 'disabled') return [];
        return [{
          type: 'ChannelDisabled',
          data: { channelId: state.channelId, organizationId: state.owner.organizationId ?? '', userId: state.owner.userId ?? '', disabledAt: command.at.toISOString() },
        }];
      default:
        return assertNever(command);
    }
  },
  evolve: (state, event) => {
    switch (event.type) {
      case 'ChannelCreated':
        return { status: 'enabled', channelId: event.data.channelId, owner: { organizationId: event.data.organizationId || undefined, userId: event.data.userId || undefined } };
      case 'ChannelDisabled':
        return state.status === 'none' ? state : { ...state, status: 'disabled' };
      default:
        return assertNever(event);
    }
  },
};
