// What of an unexpected error may be logged. Its cause must be findable from
// the log line (type, code, PostgreSQL's own fields, where it was thrown), but
// many messages repeat the input that failed ('invalid input syntax for type
// uuid: "<value>"', drizzle's "params: …", a URL with a password), and a value
// may be a token. So: a message only from errors whose messages are written
// about code or schema rather than data, with every quoted part cut out; never
// PostgreSQL's detail, where, hint or query parameters, which hold values.
import { KeywardenError } from './keywarden-error.js';

/** Errors whose messages describe code or schema, not the data: their message is logged (quoted parts cut). */
const DESCRIPTIVE = new Set(['TypeError', 'RangeError', 'ReferenceError', 'PostgresError', 'ContractError']);
// PostgreSQL's fields that name schema objects and the failing routine; detail, where and hint are left out: they quote values.
const PG_FIELDS = ['severity', 'routine', 'schema_name', 'table_name', 'column_name', 'data_type_name', 'constraint_name'] as const;
const MAX_MESSAGE = 300;
const MAX_CAUSES = 3;

export type ErrorLogFields = {
  type: string;
  code?: string;
  error_id?: string;
  message?: string;
  pg?: Record<string, string>;
  /** The stack's frames only (its first line repeats the message). */
  stack?: string[];
  cause?: ErrorLogFields;
};

/** Quoted parts (values, and identifiers the pg fields name anyway) become "…". */
function scrub(message: string): string {
  const cut = message.replace(/"[^"]*"/g, '"…"').replace(/'[^']*'/g, "'…'").replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s/@]*@/gi, '…@');
  return cut.length > MAX_MESSAGE ? `${cut.slice(0, MAX_MESSAGE)}…` : cut;
}

/**
 * An error as a log line may show it, causes included: type, code, greppable id, a
 * scrubbed message where the type's messages are about code, PostgreSQL's schema
 * fields and the stack frames. Never parameters or values.
 */
export function errorLogFields(error: unknown, depth = 0): ErrorLogFields {
  if (!(error instanceof Error)) return { type: error === null ? 'null' : typeof error };
  // Some libraries leave `name` at 'Error' (drizzle's DrizzleQueryError): the class name says more.
  const fields: ErrorLogFields = { type: error.name !== 'Error' ? error.name : error.constructor.name || 'Error' };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') fields.code = String(code);
  if (error instanceof KeywardenError) {
    // Its detail is written for clients and holds no secrets by contract.
    if (error.errorId !== undefined) fields.error_id = error.errorId;
    fields.message = error.message;
  } else if (DESCRIPTIVE.has(error.name)) {
    fields.message = scrub(error.message);
  }
  if (error.name === 'PostgresError') {
    const pg: Record<string, string> = {};
    for (const name of PG_FIELDS) {
      const value = (error as unknown as Record<string, unknown>)[name];
      if (typeof value === 'string' && value !== '') pg[name] = value;
    }
    fields.pg = pg;
  }
  const frames = error.stack?.split('\n').filter((line) => line.startsWith('    at ')).slice(0, 8);
  if (frames?.length) fields.stack = frames;
  if (error.cause !== undefined && depth < MAX_CAUSES) fields.cause = errorLogFields(error.cause, depth + 1);
  return fields;
}
