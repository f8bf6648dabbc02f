// The event store's queries run on the postgres.js client under drizzle
// (prepared statements); libs/db owns the accessor.
export { sqlClient as pgClient } from '@keywarden/db';
