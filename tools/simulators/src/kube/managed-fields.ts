import type { ApplyConflict } from './errors.js';
import { applyConflict } from './errors.js';
import { deletePath, fromFieldsV1, getPath, keyPath, leaves, setPath, showPath, toFieldsV1 } from './fields.js';
import type { Json, JsonObject } from './types.js';
import { deepEqual, isObject, metadataOf, stringField } from './types.js';

/** One metadata.managedFields entry, with its field set decoded. */
interface Manager {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  subresource?: string;
  fields: Set<string>;
}

/** Who is writing: the request's fieldManager, the apiVersion it used, and when. */
export interface Writer {
  manager: string;
  apiVersion: string;
  /** RFC 3339 with seconds, as managedFields carries it. */
  time: string;
  subresource?: string;
}

function readManagers(object: JsonObject | undefined): Manager[] {
  const entries = object && isObject(object.metadata) ? object.metadata.managedFields : undefined;
  if (!Array.isArray(entries)) return [];
  return entries.filter(isObject).map((e) => ({
    manager: stringField(e, 'manager') ?? '',
    operation: e.operation === 'Apply' ? 'Apply' : 'Update',
    apiVersion: stringField(e, 'apiVersion') ?? '',
    time: stringField(e, 'time') ?? '',
    ...(typeof e.subresource === 'string' ? { subresource: e.subresource } : {}),
    fields: fromFieldsV1(e.fieldsV1),
  }));
}

function writeManagers(object: JsonObject, managers: Manager[]): void {
  const entries: Json[] = managers
    .filter((m) => m.fields.size > 0)
    .map((m) => ({
      manager: m.manager,
      operation: m.operation,
      apiVersion: m.apiVersion,
      time: m.time,
      fieldsType: 'FieldsV1',
      fieldsV1: toFieldsV1([...m.fields].sort()),
      ...(m.subresource ? { subresource: m.subresource } : {}),
    }));
  const metadata = metadataOf(object);
  if (entries.length > 0) metadata.managedFields = entries;
  else delete metadata.managedFields;
}

const isSame = (m: Manager, manager: string, operation: Manager['operation'], subresource?: string) =>
  m.manager === manager && m.operation === operation && (m.subresource ?? '') === (subresource ?? '');

/** How the API names a manager in conflict messages (managedfields/internal/conflict.go). */
function describe(m: Manager): string {
  const name = JSON.stringify(m.manager) + (m.subresource ? ` with subresource ${JSON.stringify(m.subresource)}` : '');
  return m.operation === 'Update' ? `${name} using ${m.apiVersion} at ${m.time}` : name;
}

/**
 * Ownership after a non-apply write (create, update, merge patch, a test's edit): the writer's
 * Update entry takes every field it changed, and no other manager keeps a field that changed or
 * disappeared. Updates never conflict.
 */
export function recordUpdate(before: JsonObject | undefined, after: JsonObject, writer: Writer): void {
  const scope = writer.subresource === 'status' ? 'status' : 'main';
  const old = leaves(before, scope);
  const now = leaves(after, scope);
  const changed = [...now].filter(([key, value]) => !old.has(key) || !deepEqual(old.get(key), value)).map(([key]) => key);
  const removed = [...old.keys()].filter((key) => !now.has(key));
  const managers = readManagers(before);
  for (const m of managers) for (const key of [...changed, ...removed]) m.fields.delete(key);
  if (changed.length > 0) {
    let mine = managers.find((m) => isSame(m, writer.manager, 'Update', writer.subresource));
    if (!mine) {
      mine = { manager: writer.manager, operation: 'Update', apiVersion: '', time: '', fields: new Set(), ...(writer.subresource ? { subresource: writer.subresource } : {}) };
      managers.push(mine);
    }
    for (const key of changed) mine.fields.add(key);
    mine.apiVersion = writer.apiVersion;
    mine.time = writer.time;
  }
  writeManagers(after, managers);
}

/**
 * Server-side apply of `config` onto `current` (undefined: the object is created). Returns the
 * merged object with managedFields updated, or throws a 409 listing the conflicts.
 *
 * - a field another manager owns and `config` sets to a different value conflicts, unless `force`,
 *   which moves the field to this manager;
 * - a field set to the same value becomes shared;
 * - a field this manager applied before and now omits is removed, unless someone else owns it too.
 */
export function applyConfig(current: JsonObject | undefined, config: JsonObject, writer: Writer, force: boolean): JsonObject {
  const wanted = leaves(config, 'main');
  const managers = readManagers(current);
  const others = managers.filter((m) => !isSame(m, writer.manager, 'Apply'));
  const previous = managers.find((m) => isSame(m, writer.manager, 'Apply'))?.fields ?? new Set<string>();
  const next: JsonObject = current ? structuredClone(current) : {};

  const conflicts: ApplyConflict[] = [];
  const differing: string[] = [];
  for (const [key, value] of wanted) {
    const actual = current ? getPath(current, keyPath(key)) : undefined;
    if (actual === undefined || deepEqual(actual, value)) continue;
    differing.push(key);
    for (const m of others) if (m.fields.has(key)) conflicts.push({ manager: describe(m), field: showPath(key) });
  }
  if (conflicts.length > 0 && !force) throw applyConflict(conflicts);
  for (const m of others) for (const key of differing) m.fields.delete(key);

  for (const key of previous) {
    if (wanted.has(key) || others.some((m) => m.fields.has(key))) continue;
    const value = getPath(next, keyPath(key));
    // A map that still has children someone else set stays; only what this manager alone held goes.
    if (isObject(value) && Object.keys(value).length > 0) continue;
    deletePath(next, keyPath(key));
  }
  for (const [key, value] of wanted) setPath(next, keyPath(key), value);

  const mine: Manager = { manager: writer.manager, operation: 'Apply', apiVersion: writer.apiVersion, time: writer.time, fields: new Set(wanted.keys()) };
  const unchangedOwnership = deepEqual([...previous].sort(), [...mine.fields].sort());
  const old = managers.find((m) => isSame(m, writer.manager, 'Apply'));
  // Keep the old timestamp when nothing about this manager changed, so a no-op apply stays a no-op.
  if (old && unchangedOwnership && old.apiVersion === writer.apiVersion) mine.time = old.time;
  const ordered = old ? managers.map((m) => (m === old ? mine : m)) : [...managers, mine];
  writeManagers(next, ordered);
  return next;
}
