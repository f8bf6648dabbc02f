// A multi-row insert as one prepared statement with one parameter per column: each column's values go as
// one typed array and `unnest` turns the arrays back into rows. Cheaper for PostgreSQL than a JSON
// document taken apart by jsonb_to_recordset (no jsonb built and walked per row, and the statement is
// parsed and planned once per connection, not per batch), and, unlike a VALUES list, its text and its
// parameter count do not grow with the batch.
import { sqlClient } from './database.js';
import type { DbOrTx } from './types.js';

/** A column's PostgreSQL type, as the values are sent: `text`, `int`, `uuid`, `timestamptz`, `jsonb`, `text[]` is not one (arrays of arrays do not unnest). */
export type ColumnType = string;

/**
 * A value of a row: null/undefined are SQL NULL, a Date is sent as its ISO time, an object or array as its
 * JSON. A json/jsonb column's value is always sent as its JSON (a string becomes a JSON string), as
 * JSON.stringify of the row would have it.
 */
export type RowValue = string | number | bigint | boolean | Date | null | undefined | object;

export type InsertRows<R extends Record<string, RowValue>> = (db: DbOrTx, rows: readonly R[]) => Promise<void>;

const SPECIAL = /["\\]/;
const SPECIALS = /["\\]/g;
const TYPE = /^[a-z_][a-z0-9_ ]*(\(\d+(, *\d+)?\))?$/i;
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The insert of `rows` into `table`, one statement whatever their number (none for no rows). `columns`
 * names each column and its type; `conflict` is what follows `on conflict` (e.g. `(user_id) do nothing`,
 * or `(id) do update set name = excluded.name`). Runs on the transaction or pool it is given.
 */
export function insertRows<R extends Record<string, RowValue>>(
  table: string,
  columns: { readonly [K in keyof R & string]: ColumnType },
  options: { conflict?: string } = {},
): InsertRows<R> {
  const names = Object.keys(columns) as (keyof R & string)[];
  if (names.length === 0) throw new TypeError(`insertRows(${table}): no columns`);
  for (const name of names) {
    const type = columns[name];
    if (!TYPE.test(type) || type.endsWith('[]')) throw new TypeError(`insertRows(${table}): column ${name} has type ${JSON.stringify(type)}, not a scalar type name`);
  }
  const encoders = names.map((name) => (/^jsonb?$/i.test(columns[name].trim()) ? jsonElement : element));
  const list = names.map(ident).join(', ');
  const arrays = names.map((name, i) => `$${i + 1}::${columns[name]}[]`).join(', ');
  const text = `insert into ${table.split('.').map(ident).join('.')} (${list}) select * from unnest(${arrays}) as r(${list})` +
    (options.conflict ? ` on conflict ${options.conflict}` : '');
  return async (db, rows) => {
    if (rows.length === 0) return;
    const params = names.map((name, i) => arrayLiteral(rows, name, encoders[i]!));
    // Prepared: parsed and planned once per connection, as the statement's text is the same for every batch.
    await sqlClient(db).unsafe(text, params, { prepare: true });
  };
}

/** One column of the rows as a PostgreSQL array literal: `{"a","b",NULL}`, every element quoted. */
function arrayLiteral(rows: readonly Record<string, RowValue>[], name: string, encode: (value: RowValue) => string): string {
  let out = '{';
  for (let i = 0; i < rows.length; i++) {
    if (i > 0) out += ',';
    out += encode(rows[i]![name]);
  }
  return out + '}';
}

function element(value: RowValue): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return `"${value.toISOString()}"`;
  return quoted(JSON.stringify(value));
}

function jsonElement(value: RowValue): string {
  return value === null || value === undefined ? 'NULL' : quoted(JSON.stringify(value));
}

function quoted(text: string): string {
  // Inside a quoted element only the quote and the backslash are special (and rare: test before copying).
  return SPECIAL.test(text) ? `"${text.replace(SPECIALS, '\\$&')}"` : `"${text}"`;
}
