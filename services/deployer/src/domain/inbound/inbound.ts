// The inbound aggregate (stream inbound-<rejection id>): the answer to one deploy request a company's service
// published on ext.<integration>.<organization>.deploy.DeployRequested that the deployer refused. One event per
// stream: each refusal is its own fact, and no two refusals contend for a stream version.
import { assertNever, type ContractData, type ContractEvent, type Decider } from '@keywarden/domain';
import { conflict } from '../errors.js';

export type DeployRequestRejectedData = ContractData<'DeployRequestRejected'>;
export type InboundEvent = ContractEvent<'DeployRequestRejected'>;
export type InboundCommand = { type: 'RejectDeployRequest'; data: DeployRequestRejectedData };
export type InboundState = { status: 'none' } | { status: 'rejected' };

export const initialState = (): InboundState => ({ status: 'none' });

export function decide(command: InboundCommand, state: InboundState): InboundEvent[] {
  switch (command.type) {
    case 'RejectDeployRequest':
      if (state.status !== 'none') throw conflict('the request was answered already', 'DEPLOY-in01');
      return [{ type: 'DeployRequestRejected', data: command.data }];
    default:
      return assertNever(command.type);
  }
}

export function evolve(_state: InboundState, event: InboundEvent): InboundState {
  switch (event.type) {
    case 'DeployRequestRejected':
      return { status: 'rejected' };
    default:
      return assertNever(event.type);
  }
}

export const inboundDecider: Decider<InboundState, InboundCommand, InboundEvent> = { decide, evolve, initialState };
