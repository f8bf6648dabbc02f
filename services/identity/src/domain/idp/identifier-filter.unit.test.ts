import { describe, expect, it } from 'vitest';
import { compileIdentifierFilter, identifierAllowed } from './identifier-filter.js';

const compiled = (pattern: string) => {
  const check = compileIdentifierFilter(pattern);
  if (!check.ok) throw new Error(check.reason);
  return check.regex;
};

describe('identifier filter', () => {
  it('matches the whole e-mail, case-insensitively (anchors implied)', () => {
    const regex = compiled('[^@]+@example\\.com');
    expect(identifierAllowed(regex, 'Alice@Example.COM')).toBe(true);
    expect(identifierAllowed(regex, 'alice@example.com.evil.test')).toBe(false);
    expect(identifierAllowed(regex, 'x@notexample.com')).toBe(false);
    expect(identifierAllowed(compiled('.*@(example\\.com|corp\\.example\\.com)'), 'a@corp.example.com')).toBe(true);
    expect(identifierAllowed(compiled(''), 'anyone@anywhere.test')).toBe(true);
  });

  it('lets explicit anchors and alternation at the top level mean what they say', () => {
    const regex = compiled('^a@x\\.test$|b@y\\.test');
    expect(identifierAllowed(regex, 'a@x.test')).toBe(true);
    expect(identifierAllowed(regex, 'b@y.test')).toBe(true);
    expect(identifierAllowed(regex, 'a@x.testb@y.test')).toBe(false);
  });

  it('refuses invalid, overlong and catastrophic patterns', () => {
    for (const pattern of ['([', '(a+)+@x', '(\\w|\\d)*@x', '(x*y){2,}', '(.+)\\1', '(?<n>a)\\k<n>', 'a'.repeat(201), '([a-z]+\\.)*@x']) {
      expect(compileIdentifierFilter(pattern), pattern).toMatchObject({ ok: false });
    }
    for (const pattern of ['(a+)?@x', '[(+)]+@x', '(ab){2}@x', '\\(a+\\)+@x', 'user\\d{2,}@x\\.test']) {
      expect(compileIdentifierFilter(pattern), pattern).toMatchObject({ ok: true });
    }
  });

  it('refuses counted repetition of a risky group and long chains of ambiguous quantifiers', () => {
    // Each of these backtracks for seconds to hours on an e-mail of legal length; all were accepted before.
    for (const pattern of ['(a*){1,20}b', '(a|a){25}', '(?:a+){2}z', '.*.*.*.*.*.*z', `${'a?'.repeat(40)}z`, '.{0,250}.{0,250}.{0,250}.{0,250}z']) {
      expect(compileIdentifierFilter(pattern), pattern).toMatchObject({ ok: false });
    }
    for (const pattern of ['(?:ab)+@x', '(?<local>[a-z]+)@x\\.test', '[a-z]+\\.[a-z]+@(eng|ops)\\.example\\.(com|org)', '[^@]+@[^@]+\\.example\\.com', '(a|b)?@x', '.*@.*']) {
      expect(compileIdentifierFilter(pattern), pattern).toMatchObject({ ok: true });
    }
  });

  it('never runs the pattern on an e-mail longer than RFC 5321 allows', () => {
    expect(identifierAllowed(compiled('.*'), `${'a'.repeat(250)}@x.test`)).toBe(false);
  });
});
