// What the operator tools may rebuild of the deployer (tools/cli `replay`), exported as
// `@keywarden/deployer/projections`: the inline projections and the projects read model
// its consumer keeps of gitops-sync's events, nothing else of the service.
import type { ProjectionCatalog, StreamProjection } from '@keywarden/event-store';
import { onProjectEvent } from '@keywarden/runtime';
import { sql } from 'drizzle-orm';
import { projects } from '../schema.js';
import { applicationsProjection, deploymentsProjection, driftProjection, projections } from './read-models.js';

// The consumer's handler (@keywarden/runtime's projects read model) reads type, data, stream version and time.
const projectsFromGitops: StreamProjection = {
  name: 'projects',
  context: 'gitops',
  handles: ['ProjectCreated', 'EnvironmentAdded', 'EnvironmentRemoved', 'ProjectDeleted'],
  apply: (tx, event) => onProjectEvent(tx, event),
  reset: async (tx) => void (await tx.delete(projects)),
};

export const projectionCatalog: ProjectionCatalog = {
  service: 'deployer',
  context: 'deploy',
  projections,
  consumed: [projectsFromGitops],
  // deployments moves the application rows' status and current version; drift their drift verdict.
  together: [[applicationsProjection.name, deploymentsProjection.name, driftProjection.name]],
  hooks: {
    // The applications reset keeps its rows, because the webhook token's hash lives on them
    // and no event carries it; a rebuild from scratch keeps the hashes aside, starts from no
    // rows, and puts them back on the rebuilt rows.
    [applicationsProjection.name]: {
      before: async (tx) => {
        await tx.execute(sql`create temp table kw_rebuild_applications on commit drop as select id, token_hash, token_prefix from applications`);
        await tx.execute(sql`delete from applications`);
      },
      after: async (tx) => {
        await tx.execute(sql`update applications a set token_hash = k.token_hash, token_prefix = k.token_prefix from kw_rebuild_applications k where k.id = a.id`);
        await tx.execute(sql`drop table kw_rebuild_applications`);
      },
    },
    // deployments.seq is the history's pagination key (a bigserial, in no event): rebuilt rows
    // get their old one back, so page tokens handed out before stay valid. The old values are
    // all below the sequence's current value, so they cannot meet a new row's.
    [deploymentsProjection.name]: {
      before: async (tx) => {
        await tx.execute(sql`create temp table kw_rebuild_deployments on commit drop as select id, seq from deployments`);
      },
      after: async (tx) => {
        await tx.execute(sql`update deployments d set seq = k.seq from kw_rebuild_deployments k where k.id = d.id`);
        await tx.execute(sql`drop table kw_rebuild_deployments`);
      },
    },
  },
};
