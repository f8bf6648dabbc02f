import { describe, expect, it } from 'vitest';
import { traceHref } from './trace';

const id = '4bf92f3577b34da6a3ce929d0e0e4736';

describe('traceHref', () => {
  it("links a trace id to Jaeger's trace page", () => {
    expect(traceHref('http://localhost:16686', id)).toBe(`http://localhost:16686/trace/${id}`);
    expect(traceHref('https://jaeger.example.com/ui/', id.toUpperCase())).toBe(`https://jaeger.example.com/ui/trace/${id}`);
  });

  it('links nothing without a Jaeger address', () => {
    expect(traceHref(null, id)).toBeUndefined();
    expect(traceHref(undefined, id)).toBeUndefined();
    expect(traceHref('', id)).toBeUndefined();
  });

  it('links only W3C trace ids and http(s) addresses', () => {
    for (const bad of ['', 'abc', `${id}0`, '0'.repeat(32), `../${id.slice(3)}`, `${id.slice(0, 31)}g`]) {
      expect(traceHref('http://localhost:16686', bad), bad).toBeUndefined();
    }
    expect(traceHref('javascript:alert(1)//', id)).toBeUndefined();
  });
});
