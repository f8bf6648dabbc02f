// The one place the deployer's deciders meet the event store: a handler per aggregate, each with the
// inline projections its events update in the command's own transaction.
import type { Database } from '@keywarden/db';
import { commandHandler } from '@keywarden/event-store';
import { applicationDecider } from '../domain/application/application.js';
import { deploymentDecider } from '../domain/deployment/deployment.js';
import { driftDecider } from '../domain/drift/drift.js';
import { applicationSnapshot, projections } from '../projections/read-models.js';

export function commands(database: Database) {
  return {
    application: commandHandler(database, applicationDecider, projections, applicationSnapshot),
    deployment: commandHandler(database, deploymentDecider, projections),
    drift: commandHandler(database, driftDecider, projections),
  };
}
export type Commands = ReturnType<typeof commands>;
