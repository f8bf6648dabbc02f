import { describe, expect, it } from 'vitest';
import { postJson } from './http.js';
import { guardedLookup, isPrivateAddress, PrivateTargetError, targetProblem } from './targets.js';

describe('channel targets', () => {
  it('classifies loopback, RFC 1918, link-local, unique-local and unspecified addresses as private', () => {
    for (const ip of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', 'fc00::2', '::ffff:127.0.0.1', '::ffff:a9fe:a9fe', '[::1]']) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ['8.8.8.8', '172.32.0.1', '192.169.0.1', '203.0.113.9', '2001:db8::1', '::ffff:8.8.8.8']) expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it('requires https and a public host unless private targets are allowed', () => {
    expect(targetProblem(new URL('https://hooks.slack.com/services/T/B/x'), false)).toBeUndefined();
    expect(targetProblem(new URL('http://hooks.slack.com/services/T/B/x'), false)).toBe('must be an https URL');
    for (const url of ['https://127.0.0.1/x', 'https://169.254.169.254/latest/meta-data', 'https://[::1]:8443/', 'https://10.0.0.5/', 'https://localhost/', 'https://api.localhost/', 'https://2130706433/', 'https://[fe80::1]/']) {
      expect(targetProblem(new URL(url), false), url).toMatch(/loopback, private, link-local/);
    }
    expect(targetProblem(new URL('http://127.0.0.1:8080/x'), true)).toBeUndefined();
    expect(targetProblem(new URL('ftp://example.com/'), true)).toBe('must be an http(s) URL');
  });

  it('refuses a host that resolves to a private address when connecting', async () => {
    const error = await new Promise((resolve) => guardedLookup('localhost', {}, (e) => resolve(e)));
    expect(error).toBeInstanceOf(PrivateTargetError);
  });

  it('does not send to a private target, as a final configuration error', async () => {
    expect(await postJson('http://127.0.0.1:9/x', '{}', {}, 1000, false)).toEqual({ failed: { ok: false, errorClass: 'invalid_config', retryable: false } });
    expect(await postJson('https://169.254.169.254/x', '{}', {}, 1000, false)).toEqual({ failed: { ok: false, errorClass: 'invalid_config', retryable: false } });
  });
});
