// What the operator tools may rebuild of the vault (tools/cli `replay`), exported as
// `@keywarden/secrets-vault/projections`: the inline projections, nothing else of the service.
import type { Projection, ProjectionCatalog } from '@keywarden/event-store';
import { projections } from './read-models.js';

export const projectionCatalog: ProjectionCatalog = {
  service: 'secrets-vault',
  context: 'secrets',
  projections: projections as readonly Projection[],
};
