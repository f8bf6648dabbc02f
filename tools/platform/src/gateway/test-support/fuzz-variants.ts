// Malformed variants of one operation's plausible request: NUL (U+0000) and lone
// surrogates in every path parameter, query parameter, header and body field;
// wrong types; numbers beyond int32/int64; huge strings; odd dates and ids;
// missing and extra fields; bodies that are not objects, not JSON, not UTF-8,
// nested too deep, too big or sent with another content type. Seeded, so the
// same seed gives the same requests.
import { leavesOf, replaceAt, REMOVE, type Operation } from './fuzz-schema.js';


/** mulberry32: a small, good-enough seeded generator for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POOLS = ['a', 'Z', '7', '-', '.', '/', '%', '"', '\\', '\u0000', '\u0001', '\u001f', '\u007f', '\ud800', '\udfff', '\ud83d\ude00', '\u4e2d', '\u202e', '\ufffe', '\uffff', ' '];

/** A short string of characters PostgreSQL, protobuf and HTTP each find awkward. */
export function randomText(random: () => number): string {
  const length = 1 + Math.floor(random() * 16);
  let text = '';
  for (let i = 0; i < length; i++) text += POOLS[Math.floor(random() * POOLS.length)];
  return text;
}

/** A value that goes into the JSON text as written (JSON.stringify cannot write 1e400). */
type Raw = { raw: string };
const raw = (text: string): Raw => ({ raw: text });

export type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; contentType?: string }
  | { kind: 'bytes'; data: string | Uint8Array; contentType?: string };

export type Variant = {
  name: string;
  params: Record<string, string | Raw>;
  query: Array<[string, string | Raw]>;
  headers: Record<string, string>;
  body: Body;
};

export const HUGE_TEXT = 'x'.repeat(70_000);
const textValues = (random: () => number): Array<[string, unknown]> => [
  ['nul-inside', 'fu\u0000zz'], ['nul-first', '\u0000whk_fuzz'], ['lone-high-surrogate', 'fu\ud800zz'], ['lone-low-surrogate', '\udc00'],
  // A pair across the 8th character: a prefix cut there by a plain slice is a lone surrogate.
  ['pair-across-8', 'whk_fuz\ud83d\ude00zz'],
  ['huge', HUGE_TEXT], ['empty', ''], ['blank', '   '], ['random', randomText(random)],
  ['int', 7], ['int32+1', 2 ** 31], ['int64+1', raw('9223372036854775808')], ['float', 1.5], ['true', true], ['null', null],
  ['object', { nested: 'fu\u0000zz' }], ['array', ['fu\u0000zz']],
  ['bad-uuid', 'not-a-uuid'], ['nil-uuid', '00000000-0000-0000-0000-000000000000'],
  ['year-0', '0000-01-01T00:00:00Z'], ['year-275760', '+275760-09-13T00:00:00.000Z'], ['feb-30', '2024-02-30T25:61:00Z'],
];
const numberValues: Array<[string, unknown]> = [
  ['int32+1', 2 ** 31], ['int32-min-1', -(2 ** 31) - 1], ['uint32+1', 2 ** 32], ['int64+1', raw('9223372036854775808')], ['beyond-safe', raw('9007199254740993')],
  ['1e308', 1e308], ['1e400', raw('1e400')], ['-1e400', raw('-1e400')], ['negative', -1], ['zero', 0], ['fraction', 1.5], ['string', '12'], ['nul-string', '1\u00002'], ['null', null], ['object', {}],
];
const otherValues: Array<[string, unknown]> = [
  ['string', 'fu\u0000zz'], ['number', 1], ['null', null], ['object', { nested: '\ud800' }], ['array', [null, '\u0000', 2 ** 63]], ['long-array', Array.from({ length: 5000 }, (_, i) => `item-${i}\u0000`)],
];
const paramValues = (random: () => number): Array<[string, string | Raw]> => [
  ['nul-inside', 'fu\u0000zz'], ['nul-only', '\u0000'], ['nul-encoded-twice', raw('%2500')], ['surrogate-bytes', raw('%ED%A0%80')], ['invalid-utf8', raw('%FF%FE')],
  ['huge', 'x'.repeat(3000)], ['negative', '-1'], ['beyond-int64', '99999999999999999999'], ['bad-uuid', 'not-a-uuid'], ['nil-uuid', '00000000-0000-0000-0000-000000000000'],
  ['dot-dot', raw('%2e%2e')], ['space', ' '], ['random', randomText(random).replace(/[\ud800-\udfff]/g, '\u0000')],
];

/** The variants of `op`, each a change of `base` (the plausible request). */
export function variantsOf(op: Operation, base: Variant, random: () => number): Variant[] {
  const variants: Variant[] = [base];
  const withParam = (name: string, value: string | Raw): Variant => ({ ...base, name: `path ${name}`, params: { ...base.params, [name]: value } });
  for (const p of op.parameters.filter((p) => p.in === 'path')) {
    for (const [label, value] of paramValues(random)) variants.push({ ...withParam(p.name, value), name: `path ${p.name}: ${label}` });
  }
  for (const p of op.parameters.filter((p) => p.in === 'query')) {
    const others = base.query.filter(([k]) => k !== p.name);
    const own = base.query.find(([k]) => k === p.name)?.[1] ?? 'fuzz';
    variants.push({ ...base, name: `query ${p.name}: missing`, query: others });
    variants.push({ ...base, name: `query ${p.name}: repeated`, query: [...base.query, [p.name, own]] });
    const numbers: Array<[string, string]> = [['int32+1', '2147483648'], ['int64+1', '9223372036854775808'], ['huge', '1e400'], ['fraction', '1.5'], ['negative', '-1']];
    for (const [label, value] of [...paramValues(random), ...numbers]) {
      variants.push({ ...base, name: `query ${p.name}: ${label}`, query: [...others, [p.name, value as string | Raw]] });
    }
  }
  variants.push({ ...base, name: 'query: unknown parameters', query: [...base.query, ['extra', 'fu\u0000zz'], ['extra\u0000name', 'x'], ['extra2', raw('%ED%A0%80')]] });
  for (const p of op.parameters.filter((p) => p.in === 'header')) {
    for (const [label, value] of [['huge', 'x'.repeat(6000)], ['latin1', 'caf\u00e9 \u00ff'], ['empty', ''], ['blank', ' ']]) {
      variants.push({ ...base, name: `header ${p.name}: ${label}`, headers: { ...base.headers, [p.name]: value! } });
    }
  }
  for (const [label, cookie] of [['huge', `kw_refresh=${'x'.repeat(3000)}`], ['nul-encoded', 'kw_refresh=ab%00cd; kw_sso=%00'], ['surrogate-bytes', 'kw_refresh=%ED%A0%80'], ['garbage', '=;;=\u00ff']]) {
    variants.push({ ...base, name: `cookie: ${label}`, headers: { ...base.headers, cookie: cookie! } });
  }
  if (base.body.kind === 'json') variants.push(...bodyVariants(base, random));
  return variants;
}

function bodyVariants(base: Variant, random: () => number): Variant[] {
  const body = base.body as { kind: 'json'; value: unknown };
  const json = (name: string, value: unknown, contentType?: string): Variant => ({ ...base, name: `body ${name}`, body: { kind: 'json', value, ...(contentType ? { contentType } : {}) } });
  const bytes = (name: string, data: string | Uint8Array, contentType = 'application/json'): Variant => ({ ...base, name: `body ${name}`, body: { kind: 'bytes', data, contentType } });
  const text = serialize(body.value);
  const deep = JSON.parse(`${'['.repeat(2000)}${']'.repeat(2000)}`) as unknown;
  const variants: Variant[] = [
    { ...base, name: 'body: none', body: { kind: 'none' } },
    bytes(': empty', ''), bytes(': not JSON', '{nope'), bytes(': truncated', text.slice(0, Math.max(1, text.length - 2))),
    json(': array of it', [body.value]), json(': string', 'fu\u0000zz'), json(': number', 42), json(': null', null), json(': true', true), json(': empty object', {}),
    json(': extra fields', { ...(body.value as object), 'extra\u0000key': 'v\u0000', extra: { deeper: ['\ud800'] } }),
    bytes(': __proto__', text.replace(/^\{/, '{"__proto__":{"isAdmin":true,"x":"\\u0000"},')),
    json(': nested 2000 deep', { ...(body.value as object), extra: deep }),
    bytes(': nested 100k deep', `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
    bytes(': invalid UTF-8', new Uint8Array([...Buffer.from(text.slice(0, -1)), ...Buffer.from(',"x":"'), 0xff, 0xfe, 0xed, 0xa0, 0x80, ...Buffer.from('"}')])),
    bytes(': BOM first', `\ufeff${text}`),
    bytes(': as text/plain', text, 'text/plain'), bytes(': as a form', 'a=b&c=%00', 'application/x-www-form-urlencoded'),
    bytes(': as multipart', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--', 'multipart/form-data; boundary=x'),
    bytes(': without content type', Buffer.from(text), ''), bytes(': as JSON in latin1', text, 'application/json; charset=iso-8859-1'),
    json(': 5 MiB', { ...(body.value as object), extra: 'x'.repeat(5 * 1024 * 1024) }),
  ];
  for (const leaf of leavesOf(body.value)) {
    const field = leaf.path.join('.');
    variants.push(json(`${field}: missing`, replaceAt(body.value, leaf.path, REMOVE)));
    const choices = typeof leaf.value === 'string' ? textValues(random) : typeof leaf.value === 'number' ? numberValues : otherValues;
    for (const [label, value] of choices) variants.push(json(`${field}: ${label}`, replaceAt(body.value, leaf.path, value)));
  }
  return variants;
}

/** JSON text of `value`, with Raw values written as they are. */
export function serialize(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && 'raw' in v && Object.keys(v).length === 1) {
      raws.push((v as Raw).raw);
      return `\u0000raw${raws.length - 1}\u0000`;
    }
    return v;
  });
  return text.replace(/"\\u0000raw(\d+)\\u0000"/g, (_m, i: string) => raws[Number(i)]!);
}

/** The path (with its query) and RequestInit of a variant. */
export function requestOf(op: Operation, variant: Variant): { url: string; init: RequestInit } {
  const encode = (value: string | Raw) => (typeof value === 'string' ? encodeURIComponent(value) : value.raw);
  const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encode(variant.params[name] ?? 'missing'));
  const query = variant.query.map(([k, v]) => `${encodeURIComponent(k)}=${encode(v)}`).join('&');
  const headers: Record<string, string> = { ...variant.headers };
  let body: RequestInit['body'];
  if (variant.body.kind === 'json') {
    body = serialize(variant.body.value);
    headers['content-type'] = variant.body.contentType ?? 'application/json';
  } else if (variant.body.kind === 'bytes') {
    body = variant.body.data as RequestInit['body'];
    if (variant.body.contentType) headers['content-type'] = variant.body.contentType;
  }
  return { url: query ? `${path}?${query}` : path, init: { method: op.method, headers, ...(body !== undefined ? { body } : {}) } };
}
