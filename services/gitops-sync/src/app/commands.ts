// The one place gitops-sync's deciders meet the event store: a handler per aggregate, each with the
// inline projections its events update in the command's own transaction.
import type { Database } from '@keywarden/db';
import { commandHandler } from '@keywarden/event-store';
import { bindingDecider } from '../domain/binding/binding.js';
import { projectDecider } from '../domain/project/project.js';
import { reconcileDecider } from '../domain/reconcile.js';
import { bindingSnapshot, projections } from '../projections/read-models.js';

export function commands(database: Database) {
  return {
    project: commandHandler(database, projectDecider, projections),
    binding: commandHandler(database, bindingDecider, projections, bindingSnapshot),
    // A reconcile pass's record: no read model of its own.
    reconcile: commandHandler(database, reconcileDecider),
  };
}
export type Commands = ReturnType<typeof commands>;
