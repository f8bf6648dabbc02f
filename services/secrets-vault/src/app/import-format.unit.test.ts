import { describe, expect, it } from 'vitest';
import { dotenvQuote, parseDotenv } from './import-format.js';

describe('.env export and import', () => {
  it('round-trips backslashes, quotes and newlines', () => {
    const values = ['C:\\new', 'C:\\\\server\\share', 'a\\"b', 'line1\nline2', 'ends with \\', '\\n literally', 'plain'];
    const text = values.map((v, i) => `K${i}=${dotenvQuote(v)}`).join('\n');
    expect(parseDotenv(text).map(([, v]) => v)).toEqual(values);
  });

  it('reads escapes in double quotes only', () => {
    expect(parseDotenv('A="C:\\\\new"\nB=\'C:\\new\'\nC="x\\ny"')).toEqual([['A', 'C:\\new'], ['B', 'C:\\new'], ['C', 'x\ny']]);
  });
});
