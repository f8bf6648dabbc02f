export type { ContractData, ContractEvent, Decider, DomainCommand, DomainEvent, Narrowing } from './decider.js';
export { assertNever } from './assert-never.js';
