// The operations of an OpenAPI 3.1 document and a plausible request for each:
// every parameter and body field filled from its schema (enum, example, format,
// length bounds) or, for ids, from the fixtures the test created, so that the
// malformed variants built from it get as deep into the services as they can.
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  example?: unknown;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
};

export type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: JsonSchema };

export type Operation = {
  method: string;
  /** The document's template, e.g. '/api/v1/projects/{projectId}'. */
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
  /** Protected by the bearer scheme, the webhook token, or public. */
  security: 'bearer' | 'webhook' | 'public';
};

type OpenApiDocument = {
  paths?: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> }; security?: Array<Record<string, unknown>> }>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

/** Every operation of the document, in document order. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      const schemes = (op.security ?? []).flatMap((s) => Object.keys(s));
      const security = schemes.includes('webhookToken') ? 'webhook' : schemes.includes('bearerAuth') ? 'bearer' : 'public';
      const body = op.requestBody?.content?.['application/json']?.schema;
      operations.push({ method: method.toUpperCase(), path, parameters: op.parameters ?? [], ...(body ? { body } : {}), security });
    }
  }
  return operations;
}

/** Values for ids (and other names) the services know: a path's own id first, then by field name. */
export type Fixtures = { byName: Record<string, string>; byPath: Array<[RegExp, string]> };

export class SchemaValues {
  constructor(
    private readonly doc: OpenApiDocument,
    private readonly fixtures: Fixtures,
  ) {}

  resolve(schema: JsonSchema | undefined): JsonSchema {
    let current = schema ?? {};
    for (let hops = 0; current.$ref && hops < 20; hops++) {
      const name = current.$ref.replace('#/components/schemas/', '');
      current = { ...this.doc.components?.schemas?.[name], ...Object.fromEntries(Object.entries(current).filter(([k]) => k !== '$ref')) };
    }
    if (current.allOf) return Object.assign({}, ...current.allOf.map((s) => this.resolve(s)), { allOf: undefined }) as JsonSchema;
    return current;
  }

  /** The path parameter `name` of `path`, from the fixtures. */
  pathValue(path: string, name: string, schema: JsonSchema | undefined): string {
    const specific = this.fixtures.byPath.find(([pattern]) => pattern.test(`${path} ${name}`));
    if (specific) return specific[1];
    return String(this.value(schema, name));
  }

  /** A plausible value of `schema` for a field called `name`. */
  value(schema: JsonSchema | undefined, name = '', depth = 0): unknown {
    const s = this.resolve(schema);
    if (s.const !== undefined) return s.const;
    if (s.enum?.length) return s.enum[0];
    const options = s.anyOf ?? s.oneOf;
    if (options?.length) {
      const first = options.map((o) => this.resolve(o)).find((o) => o.type !== 'null') ?? options[0];
      return this.value(first, name, depth);
    }
    const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
    switch (type) {
      case 'object': {
        if (depth > 6) return {};
        const result: Record<string, unknown> = {};
        for (const [key, child] of Object.entries(s.properties ?? {})) result[key] = this.value(child, key, depth + 1);
        return result;
      }
      case 'array': {
        const count = Math.max(1, s.minItems ?? 1);
        return Array.from({ length: count }, () => this.value(s.items, name, depth + 1));
      }
      case 'integer':
      case 'number':
        return typeof s.example === 'number' ? s.example : Math.min(s.maximum ?? Number.MAX_SAFE_INTEGER, Math.max(s.minimum ?? 1, 1));
      case 'boolean':
        return false;
      default:
        return this.text(s, name);
    }
  }

  private text(s: JsonSchema, name: string): string {
    const known = this.fixtures.byName[name];
    if (known !== undefined) return known;
    if (typeof s.example === 'string') return s.example;
    if (typeof s.default === 'string') return s.default;
    switch (s.format) {
      case 'uuid':
        return '3f0c2a8e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
      case 'email':
        return 'fuzz-someone@example.com';
      case 'uri':
      case 'url':
        return 'https://example.com/fuzz';
      case 'date-time':
        return new Date().toISOString();
      default: {
        const length = Math.min(s.maxLength ?? 12, Math.max(s.minLength ?? 0, 12));
        return 'fuzz'.padEnd(length, 'z');
      }
    }
  }
}

export type Leaf = { path: Array<string | number>; value: unknown };

/** Every field of a JSON value (objects and arrays too), depth first; the root is not included. */
export function leavesOf(value: unknown, path: Array<string | number> = [], found: Leaf[] = []): Leaf[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      found.push({ path: [...path, index], value: item });
      leavesOf(item, [...path, index], found);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      found.push({ path: [...path, key], value: item });
      leavesOf(item, [...path, key], found);
    }
  }
  return found;
}

/** A copy of `value` with the field at `path` replaced (or removed when `replacement` is REMOVE). */
export const REMOVE = Symbol('remove');
export function replaceAt(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) }) as Record<string | number, unknown>;
  if (rest.length === 0 && replacement === REMOVE) {
    if (Array.isArray(copy)) copy.splice(head as number, 1);
    else delete copy[head!];
  } else copy[head!] = replaceAt(copy[head!], rest, replacement);
  return copy;
}
