// The inbound aggregate (stream inbound-<rejection id>): the answer to one message a company's service
// published on ext.<integration>.<organization>.gitops.<Type> that gitops-sync refused. One event per stream:
// each refusal is its own fact, and no two refusals contend for a stream version.
import { assertNever, type ContractData, type ContractEvent, type Decider } from '@keywarden/domain';
import { conflict } from '../errors.js';

export type ProjectRequestRejectedData = ContractData<'ProjectRequestRejected'>;
export type InboundEvent = ContractEvent<'ProjectRequestRejected'>;
export type InboundCommand = { type: 'RejectProjectRequest'; data: ProjectRequestRejectedData };
export type InboundState = { status: 'none' } | { status: 'rejected' };

export const initialState = (): InboundState => ({ status: 'none' });

export function decide(command: InboundCommand, state: InboundState): InboundEvent[] {
  switch (command.type) {
    case 'RejectProjectRequest':
      if (state.status !== 'none') throw conflict('the request was answered already', 'GITOPS-in01');
      return [{ type: 'ProjectRequestRejected', data: command.data }];
    default:
      return assertNever(command.type);
  }
}

export function evolve(_state: InboundState, event: InboundEvent): InboundState {
  switch (event.type) {
    case 'ProjectRequestRejected':
      return { status: 'rejected' };
    default:
      return assertNever(event.type);
  }
}

export const inboundDecider: Decider<InboundState, InboundCommand, InboundEvent> = { decide, evolve, initialState };
