// The drift aggregate (stream drift-<application_id>): whether what runs in the cluster is the environment
// Keywarden last applied. The deployer's drift check observes the live Deployment's env checksum (as a
// fingerprint) next to the applied one; the decider records a change of verdict only, so a check that finds
// nothing new appends nothing.
import { assertNever, type ContractData, type ContractEvent, type Decider } from '@keywarden/domain';

export type DriftDetectedData = ContractData<'DeploymentDriftDetected'>;
export type DriftClearedData = ContractData<'DeploymentDriftCleared'>;
export type DriftEvent = ContractEvent<'DeploymentDriftDetected' | 'DeploymentDriftCleared'>;

export type ObservedApplication = {
  applicationId: string; applicationName: string; organizationId: string; projectId: string; environment: string; namespace: string;
  /** The last deployment Keywarden applied and its environment's fingerprint. */
  deploymentId: string; appliedEnvFingerprint: string;
};
export type DriftCommand = {
  type: 'ObserveLiveEnvironment'; application: ObservedApplication;
  /** The live Deployment's env checksum fingerprint; empty when the Deployment or its annotation is missing. */
  liveEnvFingerprint: string; at: string;
};

export type DriftState = { drifted: boolean; liveEnvFingerprint: string };
export const initialState = (): DriftState => ({ drifted: false, liveEnvFingerprint: '' });

export function decide(command: DriftCommand, state: DriftState): DriftEvent[] {
  switch (command.type) {
    case 'ObserveLiveEnvironment': {
      const a = command.application;
      const where = { applicationId: a.applicationId, applicationName: a.applicationName, organizationId: a.organizationId, projectId: a.projectId, environment: a.environment, namespace: a.namespace, deploymentId: a.deploymentId };
      if (command.liveEnvFingerprint === a.appliedEnvFingerprint) {
        return state.drifted ? [{ type: 'DeploymentDriftCleared', data: { ...where, envFingerprint: a.appliedEnvFingerprint, clearedAt: command.at } }] : [];
      }
      // Still drifted the same way: nothing new. Drifted to another live environment: recorded again.
      if (state.drifted && state.liveEnvFingerprint === command.liveEnvFingerprint) return [];
      return [{ type: 'DeploymentDriftDetected', data: { ...where, appliedEnvFingerprint: a.appliedEnvFingerprint, liveEnvFingerprint: command.liveEnvFingerprint, detectedAt: command.at } }];
    }
    default:
      return assertNever(command.type);
  }
}

export function evolve(state: DriftState, event: DriftEvent): DriftState {
  switch (event.type) {
    case 'DeploymentDriftDetected':
      return { drifted: true, liveEnvFingerprint: event.data.liveEnvFingerprint };
    case 'DeploymentDriftCleared':
      return initialState();
    default:
      return assertNever(event);
  }
}

export const driftDecider: Decider<DriftState, DriftCommand, DriftEvent> = { decide, evolve, initialState };
export const driftStreamId = (applicationId: string) => `drift-${applicationId}`;
