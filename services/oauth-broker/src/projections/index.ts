// What the operator tools may rebuild of the broker (tools/cli `replay`), exported as
// `@keywarden/oauth-broker/projections`: the inline projections, nothing else of the service.
import type { ProjectionCatalog } from '@keywarden/event-store';
import { accountsProjection } from './accounts.js';
import { providerAppsProjection } from './provider-apps.js';

export const projectionCatalog: ProjectionCatalog = {
  service: 'oauth-broker',
  context: 'oauth',
  projections: [providerAppsProjection, accountsProjection],
};
