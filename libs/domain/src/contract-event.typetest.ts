// Compile-time checks of ContractEvent and ContractData, run by `npm run typecheck`: each line marked
// as an expected error fails the typecheck when it stops being one.
import type { ContractData, ContractEvent } from './decider.js';
type R = 'a' | 'b';
export type A = ContractData<'WebhookRejected', { reason: R }>;
export const a: A = { applicationId: '', applicationRef: '', reason: 'a', sourceAddress: '', tokenPrefix: '' };
// @ts-expect-error reason narrowed
export const b: A = { applicationId: '', applicationRef: '', reason: 'c', sourceAddress: '', tokenPrefix: '' };
// @ts-expect-error a field the contract does not have
export type C = ContractData<'WebhookRejected', { nope: string }>;
// @ts-expect-error a type the field does not accept
export type D = ContractData<'WebhookRejected', { reason: number }>;
export type E = ContractEvent<'DeploymentFailed' | 'DeploymentSucceeded'>;
export const e: E = { type: 'DeploymentSucceeded', data: { deploymentId: '', applicationId: '', applicationName: '', projectId: '', environment: '', version: '', trigger: '', durationMs: 1, versionsUsed: [], envFingerprint: '' } };
export type F = ContractData<'GitCredentialsVerified', { verifiedAt: string }>;
// @ts-expect-error verifiedAt now required
export const f: F = { projectId: '', organizationId: '', environment: '', namespace: '', accountId: '', tokenGeneration: 1, reconcileRequestedAt: '', revision: '' };
export type G = ContractData<'ApplicationRegistered', { resources: { cpuRequest: string; cpuLimit: string; memoryRequest: string; memoryLimit: string } }>;
