import type { Database } from '@keywarden/db';
import { commandHandler } from '@keywarden/event-store';
import { patDecider } from '../../domain/pat/pat.js';
import { patsProjection } from '../../projections/pats.js';

/** Load, decide, append with the PAT projection, in one transaction (of its own, or the caller's through withinTransaction). */
export const patCommands = (database: Database) => ({ pat: commandHandler(database, patDecider, [patsProjection]) });
export type PatCommands = ReturnType<typeof patCommands>;
