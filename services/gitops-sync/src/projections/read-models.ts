// Inline read models: projects and the credential state of each environment.
import type { Projection, ProjectedEvent, SnapshotLoader } from '@keywarden/event-store';
import { and, eq } from 'drizzle-orm';
import { bindings, projects } from '../schema.js';
import type { BindingState, FailedData, FailureReason, SyncedData, Verification, VerificationFailedData, VerifiedData } from '../domain/binding/binding.js';
import type { VerificationReason, VerificationStatus } from '../domain/binding/verification.js';
import { namespaceOf, secretNameOf } from '../domain/project/naming.js';
import type { ProjectCreatedData } from '../domain/project/project.js';

type EnvData = { projectId: string; environment: string };

export const projectsProjection: Projection = {
  name: 'projects',
  handles: ['ProjectCreated', 'EnvironmentAdded', 'EnvironmentRemoved', 'ProjectDeleted'],
  async apply(tx, event: ProjectedEvent) {
    switch (event.type) {
      case 'ProjectCreated': {
        const d = event.data as ProjectCreatedData;
        await tx.insert(projects).values({
          id: d.projectId, organizationId: d.organizationId, name: d.name, slug: d.slug, repositoryUrl: d.repositoryUrl,
          provider: d.provider, branch: d.branch, environments: d.environments, createdBy: d.actorUserId, createdAt: event.time,
        });
        if (d.environments.length) await tx.insert(bindings).values(d.environments.map((environment) => pendingBinding(d, environment, event.time)));
        return;
      }
      case 'EnvironmentAdded': {
        const d = event.data as EnvData;
        const [project] = await tx.select().from(projects).where(eq(projects.id, d.projectId));
        if (!project) return;
        await tx.update(projects).set({ environments: [...project.environments, d.environment] }).where(eq(projects.id, d.projectId));
        await tx.insert(bindings).values(pendingBinding({ projectId: project.id, organizationId: project.organizationId, slug: project.slug }, d.environment, event.time))
          .onConflictDoNothing();
        return;
      }
      case 'EnvironmentRemoved': {
        const d = event.data as EnvData;
        const [project] = await tx.select().from(projects).where(eq(projects.id, d.projectId));
        if (!project) return;
        await tx.update(projects).set({ environments: project.environments.filter((e) => e !== d.environment) }).where(eq(projects.id, d.projectId));
        await tx.delete(bindings).where(and(eq(bindings.projectId, d.projectId), eq(bindings.environment, d.environment)));
        return;
      }
      case 'ProjectDeleted': {
        const { projectId } = event.data as { projectId: string };
        await tx.delete(bindings).where(eq(bindings.projectId, projectId));
        await tx.delete(projects).where(eq(projects.id, projectId));
        return;
      }
    }
  },
  reset: async (tx) => {
    await tx.delete(bindings);
    await tx.delete(projects);
  },
};

function pendingBinding(p: { projectId: string; organizationId: string; slug: string }, environment: string, at: Date) {
  return {
    projectId: p.projectId, environment, organizationId: p.organizationId, namespace: namespaceOf(p.slug, environment),
    secretName: secretNameOf(p.slug), status: 'pending', updatedAt: at,
  };
}

/** Runs after projectsProjection (it needs the binding rows that one inserts). */
export const bindingsProjection: Projection = {
  name: 'bindings',
  handles: ['GitCredentialsSynced', 'GitCredentialsSyncFailed', 'GitCredentialsVerified', 'GitCredentialsVerificationFailed'],
  async apply(tx, event: ProjectedEvent) {
    const of = (d: { projectId: string; environment: string }) => and(eq(bindings.projectId, d.projectId), eq(bindings.environment, d.environment));
    if (event.type === 'GitCredentialsSynced') {
      const d = event.data as SyncedData;
      // A new Secret: what Flux said of the previous one no longer holds.
      await tx.update(bindings).set({
        status: 'synced', accountId: d.accountId, tokenGeneration: d.tokenGeneration, tokenFingerprint: d.tokenFingerprint,
        reason: '', detail: '', lastSyncedAt: event.time, updatedAt: event.time, streamVersion: event.streamVersion,
        reconcileRequestedAt: d.reconcileRequestedAt ?? '', verification: d.reconcileRequestedAt ? 'pending' : 'unverified',
        verificationReason: '', verificationMessage: '', verificationFailedAt: null,
      }).where(of(d));
    } else if (event.type === 'GitCredentialsVerified') {
      const d = event.data as VerifiedData;
      await tx.update(bindings).set({
        verification: 'verified', verifiedAt: new Date(d.verifiedAt || event.time), verificationReason: '', verificationMessage: '', verificationFailedAt: null,
        updatedAt: event.time, streamVersion: event.streamVersion,
      }).where(of(d));
    } else if (event.type === 'GitCredentialsVerificationFailed') {
      const d = event.data as VerificationFailedData;
      await tx.update(bindings).set({
        verification: 'failing', verificationReason: d.reason, verificationMessage: d.message, verificationFailedAt: new Date(d.failedAt || event.time),
        updatedAt: event.time, streamVersion: event.streamVersion,
      }).where(of(d));
    } else {
      const d = event.data as FailedData;
      // The account stays what the Secret holds, so a later TokenRefreshed of it still finds this binding.
      await tx.update(bindings).set({
        status: d.stale ? 'stale' : 'failed', reason: d.reason, detail: d.detail, updatedAt: event.time, streamVersion: event.streamVersion,
        ...(d.accountId ? { accountId: d.accountId } : {}),
      }).where(and(eq(bindings.projectId, d.projectId), eq(bindings.environment, d.environment)));
    }
  },
  reset: async () => undefined,
};

export const projections = [projectsProjection, bindingsProjection];

/**
 * A binding's decider state from its row (the stream's version included), so
 * recording a sync reads one row instead of replaying a stream that grows with
 * every refresh. A row without binding events yet (version 0) replays the
 * stream from the start, which covers an environment removed and added again.
 */
export const bindingSnapshot: SnapshotLoader<BindingState> = async (tx, streamId) => {
  const [projectId, environment] = streamId.slice('binding-'.length).split('.') as [string, string];
  const [row] = await tx.select().from(bindings).where(and(eq(bindings.projectId, projectId), eq(bindings.environment, environment)));
  if (!row || row.streamVersion === 0) return undefined;
  const verification: Verification = {
    status: row.verification as VerificationStatus, requestedAt: row.reconcileRequestedAt, reason: row.verificationReason as VerificationReason | '',
  };
  if (row.status === 'synced') {
    return { version: row.streamVersion, state: { status: 'synced', accountId: row.accountId, generation: row.tokenGeneration, fingerprint: row.tokenFingerprint, verification } };
  }
  return { version: row.streamVersion, state: { status: 'failed', reason: row.reason as FailureReason, detail: row.detail, stale: row.status === 'stale', verification } };
};
