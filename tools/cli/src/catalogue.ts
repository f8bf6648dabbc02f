// The read models each service lets the operator rebuild, from its curated export
// `@keywarden/<service>/projections` (never the service's internals).
import { projectionCatalog as audit } from '@keywarden/audit/projections';
import type { ProjectionCatalog } from '@keywarden/event-store';
import { projectionCatalog as deployer } from '@keywarden/deployer/projections';
import { projectionCatalog as gitopsSync } from '@keywarden/gitops-sync/projections';
import { projectionCatalog as identity } from '@keywarden/identity/projections';
import { projectionCatalog as notifier } from '@keywarden/notifier/projections';
import { projectionCatalog as oauthBroker } from '@keywarden/oauth-broker/projections';
import { projectionCatalog as secretsVault } from '@keywarden/secrets-vault/projections';
import { usage } from './io.js';

export const catalogues: ReadonlyMap<string, ProjectionCatalog> = new Map(
  [identity, oauthBroker, secretsVault, gitopsSync, deployer, notifier, audit].map((c) => [c.service, c]),
);

export function catalogueOf(service: string): ProjectionCatalog {
  const catalogue = catalogues.get(service);
  if (!catalogue) throw usage(`${JSON.stringify(service)} has no projections to replay; one of: ${[...catalogues.keys()].join(', ')}`);
  return catalogue;
}
