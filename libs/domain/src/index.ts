export type { ContractEvent, Decider, DomainCommand, DomainEvent } from './decider.js';
export { assertNever } from './assert-never.js';
