// The credentials file: where it lives per platform, written 0600 in a 0700 directory (also
// when the directory existed with a looser mode), read back, refused when it is not ours.
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configDir, credentialsFile, deleteCredentials, readCredentials, writeCredentials } from './credentials.js';

const temp = () => mkdtempSync(join(tmpdir(), 'kw-cred-'));
const mode = (path: string) => statSync(path).mode & 0o777;

describe('credentials', () => {
  it('live in $XDG_CONFIG_HOME/keywarden, else the OS config directory', () => {
    expect(configDir({ env: { XDG_CONFIG_HOME: '/x' } })).toBe('/x/keywarden');
    expect(configDir({ env: { HOME: '/home/a' } }, 'linux')).toBe('/home/a/.config/keywarden');
    expect(configDir({ env: { HOME: '/Users/a' } }, 'darwin')).toBe('/Users/a/Library/Application Support/keywarden');
    expect(configDir({ env: { HOME: 'C:\\u', APPDATA: 'C:\\u\\AppData\\Roaming' } }, 'win32')).toContain('AppData');
  });

  it('are written 0600 in a 0700 directory, tightening a directory that was looser, and read back', () => {
    const home = temp();
    mkdirSync(join(home, 'keywarden'), { mode: 0o755 });
    const io = { env: { XDG_CONFIG_HOME: home } };
    const file = writeCredentials(io, { gateway: 'http://127.0.0.1:8080', token: 'kwp_abc', savedAt: new Date().toISOString() });
    expect(file).toBe(credentialsFile(io));
    expect(mode(file)).toBe(0o600);
    expect(mode(join(home, 'keywarden'))).toBe(0o700);
    expect(readCredentials(io)?.token).toBe('kwp_abc');
    expect(deleteCredentials(io)).toBe(true);
    expect(readCredentials(io)).toBeUndefined();
    expect(deleteCredentials(io)).toBe(false);
  });

  it('refuse a file that is not a credentials file without quoting it', () => {
    const home = temp();
    mkdirSync(join(home, 'keywarden'));
    writeFileSync(join(home, 'keywarden', 'credentials.json'), '{"token": "kwp_secretish", ');
    expect(() => readCredentials({ env: { XDG_CONFIG_HOME: home } })).toThrow(/not valid JSON: run kw login again$/);
    writeFileSync(join(home, 'keywarden', 'credentials.json'), '{"token": "kwp_secretish"}');
    expect(() => readCredentials({ env: { XDG_CONFIG_HOME: home } })).toThrow(/not a credentials file/);
  });
});
