// The deployment aggregate (stream deployment-<id>): requested once, then
// finished once (succeeded or failed). A repeated finish is ignored, so a
// worker that crashed after recording and runs again records nothing twice.
import { storableText } from '@keywarden/errors';
import { assertNever, type ContractData, type ContractEvent, type Decider } from '@keywarden/domain';
import { conflict, notFound } from '../errors.js';

export type Trigger = 'webhook' | 'manual' | 'rollback' | 'secret_rotation';
export type FailureStage = 'environment' | 'apply' | 'rollout_timeout' | 'rollout_failed';
export const TRIGGERS: readonly Trigger[] = ['webhook', 'manual', 'rollback', 'secret_rotation'];
export const STATUSES = ['pending', 'in_progress', 'succeeded', 'failed'] as const;

// Event data is the contract's (deploy/v1/deployment.proto); only what the contract leaves open is narrowed here.
export type DeploymentRequestedData = ContractData<'DeploymentRequested', { trigger: Trigger }>;
export type DeploymentSucceededData = ContractData<'DeploymentSucceeded', { trigger: Trigger }>;
export type DeploymentFailedData = ContractData<'DeploymentFailed', { trigger: Trigger; stage: FailureStage }>;

export type DeployedSecretVersion = { secretId: string; version: number; valueFingerprint: string };

export type DeploymentEvent =
  | ContractEvent<'DeploymentRequested', { trigger: Trigger }>
  | ContractEvent<'DeploymentSucceeded', { trigger: Trigger }>
  | ContractEvent<'DeploymentFailed', { trigger: Trigger; stage: FailureStage }>;

export type DeploymentCommand =
  | { type: 'RequestDeployment'; data: DeploymentRequestedData }
  /** `versionsUsed`/`envFingerprint`: what the applied environment was built with (versions and a fingerprint, never a value). */
  | { type: 'SucceedDeployment'; durationMs: number; versionsUsed?: DeployedSecretVersion[]; envFingerprint?: string }
  | { type: 'FailDeployment'; durationMs: number; stage: FailureStage; error: string };

export type DeploymentState =
  | { status: 'none' }
  | { status: 'requested' | 'succeeded' | 'failed'; requested: DeploymentRequestedData };

export const initialState = (): DeploymentState => ({ status: 'none' });

/** Errors are ours (stage and cluster reason), but cap what one event repeats. */
const ERROR_CHARS = 1000;

export function decide(command: DeploymentCommand, state: DeploymentState): DeploymentEvent[] {
  switch (command.type) {
    case 'RequestDeployment':
      if (state.status !== 'none') throw conflict('the deployment exists already', 'DEPLOY-8411');
      return [{ type: 'DeploymentRequested', data: command.data }];
    case 'SucceedDeployment':
    case 'FailDeployment': {
      if (state.status === 'none') throw notFound('no such deployment', 'DEPLOY-793c');
      if (state.status !== 'requested') return [];
      const r = state.requested;
      const outcome = {
        deploymentId: r.deploymentId, applicationId: r.applicationId, applicationName: r.applicationName, projectId: r.projectId,
        environment: r.environment, version: r.version, trigger: r.trigger, durationMs: Math.max(0, Math.round(command.durationMs)),
      };
      if (command.type === 'FailDeployment') {
        return [{ type: 'DeploymentFailed', data: { ...outcome, stage: command.stage, error: storableText(command.error, ERROR_CHARS) } }];
      }
      const versionsUsed = [...(command.versionsUsed ?? [])].sort((a, b) => (a.secretId < b.secretId ? -1 : a.secretId > b.secretId ? 1 : 0));
      const succeeded: DeploymentSucceededData = { ...outcome, versionsUsed, envFingerprint: command.envFingerprint ?? '' };
      return [{ type: 'DeploymentSucceeded', data: succeeded }];
    }
    default:
      return assertNever(command);
  }
}

export function evolve(state: DeploymentState, event: DeploymentEvent): DeploymentState {
  switch (event.type) {
    case 'DeploymentRequested':
      return { status: 'requested', requested: event.data };
    case 'DeploymentSucceeded':
      return state.status === 'none' ? state : { ...state, status: 'succeeded' };
    case 'DeploymentFailed':
      return state.status === 'none' ? state : { ...state, status: 'failed' };
    default:
      return assertNever(event);
  }
}

export const deploymentDecider: Decider<DeploymentState, DeploymentCommand, DeploymentEvent> = { decide, evolve, initialState };
export const deploymentStreamId = (deploymentId: string) => `deployment-${deploymentId}`;
