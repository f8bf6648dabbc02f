// RPC endpoints (rpc.gitops.<Method>), called by the gateway with the actor; LookupProject is
// service to service (secrets-vault and the deployer reading through to a project they have not heard of yet).
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import { refreshFailed } from '../../domain/errors.js';
import type { ProjectsApp } from '../../app/projects.js';
import type { Reconciler } from '../../app/reconcile.js';

export function gitopsEndpoints(apps: { projects: ProjectsApp; reconciler: Reconciler }): AnyRpcEndpoint[] {
  const { projects, reconciler } = apps;
  return [
    endpoint('gitops.CreateProject', async (r) => projects.create(r.actor, {
      organizationId: r.organizationId, name: r.name, slug: r.slug, repositoryUrl: r.repositoryUrl, branch: r.branch, environments: r.environments,
    }, r.idempotencyKey)),
    endpoint('gitops.ListProjects', async (r) => ({ projects: await projects.list(r.actor, r.organizationId) })),
    endpoint('gitops.GetProject', async (r) => ({ project: await projects.get(r.actor, r.projectId) })),
    endpoint('gitops.LookupProject', async (r) => {
      const project = await projects.lookup(r.projectId);
      return project ? { found: true, projectId: project.id, organizationId: project.organizationId, slug: project.slug, environments: project.environments, streamVersion: project.streamVersion } : { found: false };
    }),
    endpoint('gitops.AddEnvironment', async (r) => projects.addEnvironment(r.actor, r.projectId, r.environment, r.idempotencyKey)),
    endpoint('gitops.RemoveEnvironment', async (r) => ({ project: await projects.removeEnvironment(r.actor, r.projectId, r.environment) })),
    endpoint('gitops.DeleteProject', async (r) => {
      await projects.delete(r.actor, r.projectId);
      return {};
    }),
    endpoint('gitops.ReconcileProject', async (r) => {
      const project = await projects.authorized(r.actor, r.projectId, 'write');
      const result = await reconciler.run({ trigger: 'manual', projectId: project.id, force: r.force });
      // "Refresh" tells the truth: not every environment written is an error, with what happened in each.
      if (result.failed > 0) throw refreshFailed(result.environments, result.runId);
      return {
        runId: result.runId, refreshed: result.refreshed, failed: result.failed, driftFixed: result.driftFixed, project: await projects.view(project.id),
        environments: result.environments,
      };
    }),
  ];
}
