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
  const json = names.map((name) => /^jsonb?$/i.test(columns[name].trim()));
  const list = names.map(ident).join(', ');
  const arrays = names.map((name, i) => `$${i + 1}::${columns[name]}[]`).join(', ');
  const text = `insert into ${table.split('.').map(ident).join('.')} (${list}) select * from unnest(${arrays}) as r(${list})` +
    (options.conflict ? ` on conflict ${options.conflict}` : '');
  return async (db, rows) => {
    if (rows.length === 0) return;
    const params = names.map((name, i) => arrayLiteral(rows, name, json[i]!));
    // Prepared: parsed and planned once per connection, as the statement's text is the same for every batch.
    await sqlClient(db).unsafe(text, params, { prepare: true });
  };
}

/**
 * One column of the rows as a PostgreSQL array literal: `{"a","b",NULL}`. Written by JSON.stringify, which
 * is native and much cheaper than building the text in JavaScript: a JSON array of strings, numbers,
 * booleans and nulls is an array literal once its brackets are braces, as long as JSON escaped nothing but
 * quotes and backslashes (which the array literal escapes the same way). A control character or a lone
 * surrogate makes JSON write another escape (`\n`, `\u0001`), which the literal would read as a plain letter:
 * that column is then written element by element.
 */
function arrayLiteral(rows: readonly Record<string, RowValue>[], name: string, json: boolean): string {
  const values: unknown[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) values[i] = json ? jsonValue(rows[i]![name]) : plainValue(rows[i]![name]);
  const text = JSON.stringify(values);
  if (!OTHER_ESCAPE.test(text)) return `{${text.slice(1, -1)}}`;
  return `{${values.map(element).join(',')}}`;
}

// JSON's only other escapes; a false alarm (a backslash in the data before an `n`) merely takes the slower way.
const OTHER_ESCAPE = /\\[bfnrtu]/;

/** What the element is sent as: a string, a finite number, a boolean or null. */
function plainValue(value: RowValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return value instanceof Date ? value.toISOString() : JSON.stringify(value);
  // JSON would write NaN and Infinity as null, and cannot write a bigint: as text, PostgreSQL decides.
  if (typeof value === 'bigint' || (typeof value === 'number' && !Number.isFinite(value))) return String(value);
  return value;
}

/** A json/jsonb column's element: its JSON as text (a string becomes a JSON string). */
function jsonValue(value: RowValue): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function element(value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') {
    // Inside a quoted element only the quote and the backslash are special.
    return `"${value.replace(SPECIALS, '\\$&')}"`;
  }
  return String(value);
}
