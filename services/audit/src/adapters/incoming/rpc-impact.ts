// The impact RPCs: decode, call the impact use case, encode (versions and fingerprints, never values).
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import type { ImpactQueries } from '../../app/impact.js';
import type { ApplicationImpact, GroupRef, SecretRef } from '../../projections/impact-queries.js';

const secretOut = (s: SecretRef) => ({ secretId: s.secretId, name: s.name, groupId: s.groupId, providerId: s.providerId, version: s.version, valueFingerprint: s.valueFingerprint });
const groupOut = (g: GroupRef) => ({ groupId: g.groupId, name: g.name, providerId: g.providerId });
const applicationOut = (a: ApplicationImpact) => ({
  applicationId: a.applicationId, name: a.name, organizationId: a.organizationId, projectId: a.projectId, environment: a.environment,
  namespace: a.namespace, status: a.status, liveDeploymentId: a.liveDeploymentId, liveVersion: a.liveVersion,
  ...(a.liveSucceededAt ? { liveSucceededAt: a.liveSucceededAt.toISOString() } : {}), secretVersions: a.secretVersions,
  liveEnvFingerprint: a.liveEnvFingerprint, versionsExact: a.versionsExact, drift: a.drift, driftLiveEnvFingerprint: a.driftLiveEnvFingerprint,
  ...(a.driftDetectedAt ? { driftDetectedAt: a.driftDetectedAt.toISOString() } : {}),
});

export function impactRpc(impact: ImpactQueries): AnyRpcEndpoint[] {
  return [
    endpoint('audit.GetAccountImpact', async (req) => {
      const bindings = await impact.account(req.actor, { accountId: req.accountId, organizationId: req.organizationId });
      return { accountId: req.accountId ?? '', bindings };
    }),
    endpoint('audit.GetSecretImpact', async (req) => {
      const answer = await impact.secret(req.actor, { secretId: req.secretId, organizationId: req.organizationId });
      return { secret: secretOut(answer.secret), envVars: answer.envVars, applications: answer.applications.map(applicationOut) };
    }),
    endpoint('audit.GetGroupImpact', async (req) => {
      const answer = await impact.group(req.actor, { groupId: req.groupId, organizationId: req.organizationId });
      return { group: groupOut(answer.group), secrets: answer.secrets.map(secretOut), envVars: answer.envVars, applications: answer.applications.map(applicationOut) };
    }),
    endpoint('audit.GetProviderImpact', async (req) => {
      const { provider, groups, secrets } = await impact.provider(req.actor, { providerId: req.providerId });
      return {
        providerId: provider.providerId, name: provider.name, providerType: provider.providerType, lastSyncOutcome: provider.lastSyncOutcome,
        ...(provider.lastSyncAt ? { lastSyncAt: provider.lastSyncAt.toISOString() } : {}), groups: groups.map(groupOut), secrets: secrets.map(secretOut),
      };
    }),
  ];
}
