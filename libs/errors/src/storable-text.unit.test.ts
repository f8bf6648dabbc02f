import { describe, expect, it } from 'vitest';
import { errorLogFields, storableText, toProblem, unstorableText, unstorableTextError } from './index.js';

describe('unstorableText', () => {
  it('finds NUL and lone surrogates in any string, at any depth, by path', () => {
    const issues = unstorableText({
      name: 'ok \ud83d\ude00',
      token: '\u0000whk_secret',
      items: [{ label: 'fine' }, { label: 'bad \ud800 high' }],
      nested: { deeper: ['\udc00 low first'] },
    });
    expect(issues).toEqual([
      { path: 'token', message: 'must not contain NUL (U+0000)' },
      { path: 'items.1.label', message: expect.stringContaining('lone surrogate') },
      { path: 'nested.deeper.0', message: expect.stringContaining('lone surrogate') },
    ]);
    expect(JSON.stringify(issues)).not.toContain('whk_secret');
  });

  it('finds bad field names, names the root "" and takes a prefix', () => {
    expect(unstorableText({ a: { 'b\u0000': 1 } })).toEqual([{ path: 'a', message: 'a field name must not contain NUL (U+0000)' }]);
    expect(unstorableText('x\u0000')).toEqual([{ path: '', message: 'must not contain NUL (U+0000)' }]);
    expect(unstorableText({ id: '\u0000' }, { prefix: 'query' })).toEqual([{ path: 'query.id', message: 'must not contain NUL (U+0000)' }]);
  });

  it('accepts what PostgreSQL stores: pairs, controls other than NUL, bytes, numbers', () => {
    expect(unstorableText({ emoji: '\ud83d\ude00', tab: '\t\u0001\u007f', bytes: new Uint8Array([0, 1]), n: 2 ** 63, b: true, nil: null })).toEqual([]);
  });

  it('refuses nesting deeper than the limit without recursing (100 000 levels)', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(unstorableText({ a: deep })).toEqual([{ path: `a${'.0'.repeat(31)}`, message: 'must not be nested deeper than 32 levels' }]);
    expect(unstorableText({ a: [[1]] }, { maxDepth: 2 })).toEqual([{ path: 'a.0', message: 'must not be nested deeper than 2 levels' }]);
  });

  it('stops after 20 issues', () => {
    expect(unstorableText(Array.from({ length: 100 }, () => '\u0000'))).toHaveLength(20);
  });

  it('makes a 400 ERR_VALIDATION that lists the fields, never the values', () => {
    const error = unstorableTextError({ password: 'hunter2\u0000' }, 'the request');
    expect(error).toMatchObject({ code: 'ERR_VALIDATION', status: 400 });
    const problem = toProblem(error);
    expect(problem.errors).toEqual([{ path: 'password', message: 'must not contain NUL (U+0000)' }]);
    expect(JSON.stringify(problem)).not.toContain('hunter2');
    expect(unstorableTextError({ fine: 'yes' }, 'the request')).toBeUndefined();
  });
});

describe('storableText', () => {
  it('cuts without splitting a surrogate pair and replaces what cannot be stored', () => {
    expect(storableText('ab\ud83d\ude00cd', 3)).toBe('ab');
    expect(storableText('ab\ud83d\ude00cd', 4)).toBe('ab\ud83d\ude00');
    expect(storableText('a\u0000b\ud800c')).toBe('a\ufffdb\ufffdc');
    expect(unstorableText(storableText('\udc00\u0000x\ud83d', 3))).toEqual([]);
  });
});

describe('errorLogFields', () => {
  it('keeps what explains a PostgreSQL error and drops what holds values', () => {
    const pg = Object.assign(new Error('invalid input syntax for type uuid: "hunter2-token"'), {
      name: 'PostgresError', code: '22P02', severity: 'ERROR', routine: 'string_to_uuid', table_name: 'users', column_name: 'id',
      detail: 'Key (email)=(hunter2@example.com) already exists.', where: "unnamed portal parameter $1 = 'hunter2'", hint: 'hunter2',
    });
    const wrapped = new Error('Failed query: select $1::uuid\nparams: hunter2-token', { cause: pg });
    wrapped.name = 'DrizzleQueryError';
    const fields = errorLogFields(wrapped);
    expect(fields).toMatchObject({
      type: 'DrizzleQueryError',
      cause: { type: 'PostgresError', code: '22P02', message: 'invalid input syntax for type uuid: "…"', pg: { severity: 'ERROR', routine: 'string_to_uuid', table_name: 'users', column_name: 'id' } },
    });
    expect(fields.message).toBeUndefined();
    expect(JSON.stringify(fields)).not.toContain('hunter2');
  });

  it('shows engine messages but cuts quoted parts and credentials in URLs; hides other messages', () => {
    expect(errorLogFields(new TypeError("Cannot read properties of undefined (reading 'id')")).message).toBe("Cannot read properties of undefined (reading '…')");
    expect(errorLogFields(new RangeError('connect postgres://kw:hunter2@db:5432 failed')).message).toBe('connect …@db:5432 failed');
    expect(errorLogFields(new Error('password=hunter2')).message).toBeUndefined();
    expect(errorLogFields('hunter2')).toEqual({ type: 'string' });
  });
});
