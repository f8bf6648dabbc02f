import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { FAILURE_CODES, knownFailureCode } from './failure-codes';

const GATEWAY = new URL('../../../../gateway/src/routes/oauth-browser.ts', import.meta.url);

describe('connect failure codes', () => {
  it('are exactly the gateway’s CONNECT_FAILURE_CODES, each worded in English and Chinese', async () => {
    const source = await readFile(GATEWAY, 'utf8');
    const block = /CONNECT_FAILURE_CODES = \[([\s\S]*?)\] as const/.exec(source)?.[1] ?? '';
    const gateway = [...block.matchAll(/'(ERR_[A-Z_]+)'/g)].map((m) => m[1]);
    expect(gateway.length).toBeGreaterThan(10);
    expect([...FAILURE_CODES].sort()).toEqual([...gateway].sort());
    for (const code of FAILURE_CODES) {
      expect(en.connectFailed[code], code).toMatch(/\w/);
      expect(zh.connectFailed[code], code).not.toBe(en.connectFailed[code]);
    }
  });

  it('reads anything else as the catch-all', () => {
    expect(knownFailureCode('ERR_CONNECT_DENIED')).toBe('ERR_CONNECT_DENIED');
    expect(knownFailureCode('<script>')).toBe('ERR_CONNECT_FAILED');
    expect(knownFailureCode(null)).toBe('ERR_CONNECT_FAILED');
  });
});
