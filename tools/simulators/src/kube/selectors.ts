import { badRequest } from './errors.js';
import type { JsonObject } from './types.js';
import { metadataOf, stringField, stringMap } from './types.js';

type Requirement =
  | { op: 'eq' | 'neq'; key: string; value: string }
  | { op: 'in' | 'notin'; key: string; values: string[] }
  | { op: 'exists' | 'notexists'; key: string };

export type Selector = (object: JsonObject) => boolean;

const everything: Selector = () => true;

/** Splits on commas that are not inside an `in (...)` value list. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

function parseRequirement(term: string): Requirement {
  const setMatch = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
  if (setMatch) {
    const [, key = '', op, list = ''] = setMatch;
    return { op: op === 'in' ? 'in' : 'notin', key, values: list.split(',').map((v) => v.trim()).filter(Boolean) };
  }
  const cmp = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(term);
  if (cmp) {
    const [, key = '', op, value = ''] = cmp;
    return { op: op === '!=' ? 'neq' : 'eq', key, value };
  }
  const exists = /^(!?)([^=!\s(),]+)$/.exec(term);
  if (exists) return { op: exists[1] === '!' ? 'notexists' : 'exists', key: exists[2] ?? '' };
  throw badRequest(`unable to parse requirement: ${term}`);
}

function matches(req: Requirement, labels: Record<string, string>): boolean {
  const has = Object.hasOwn(labels, req.key);
  const value = labels[req.key];
  switch (req.op) {
    case 'eq':
      return has && value === req.value;
    case 'neq':
      return !has || value !== req.value;
    case 'in':
      return has && req.values.includes(value ?? '');
    case 'notin':
      return !has || !req.values.includes(value ?? '');
    case 'exists':
      return has;
    case 'notexists':
      return !has;
    default: {
      const never: never = req;
      return never;
    }
  }
}

/** `app=web,tier in (a,b),!legacy` — the label selector grammar of the API (equality and set based). */
export function parseLabelSelector(text: string | null | undefined): Selector {
  if (!text) return everything;
  const requirements = splitTopLevel(text).map(parseRequirement);
  return (object) => {
    const labels = stringMap(metadataOf(object).labels);
    return requirements.every((req) => matches(req, labels));
  };
}

/** Only the fields every resource supports: metadata.name and metadata.namespace, with = == and !=. */
export function parseFieldSelector(text: string | null | undefined): Selector {
  if (!text) return everything;
  const checks = splitTopLevel(text).map((term) => {
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(term);
    if (!m) throw badRequest(`invalid selector: '${term}'; can't understand '${term}'`);
    const [, field = '', op, value = ''] = m;
    if (field !== 'metadata.name' && field !== 'metadata.namespace') {
      throw badRequest(`field label not supported: ${field}`);
    }
    const key = field === 'metadata.name' ? 'name' : 'namespace';
    return (object: JsonObject) => {
      const actual = stringField(metadataOf(object), key) ?? '';
      return op === '!=' ? actual !== value : actual === value;
    };
  });
  return (object) => checks.every((check) => check(object));
}
