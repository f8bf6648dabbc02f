// How identity's hot paths and read models reach the tables: the postgres.js client under drizzle (prepared statements).
export { sqlClient as pg } from '@keywarden/db';

// drizzle's postgres-js driver makes timestamps travel as text both ways on this
// client: parameters go in as ISO strings, results come back as PostgreSQL text.
export const iso = (d: Date): string => d.toISOString();
export const toDate = (value: Date | string): Date => new Date(value);
