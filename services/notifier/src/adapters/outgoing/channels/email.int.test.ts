import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../../domain/notification/templates/render.js';
import { sendEmail } from './email.js';
import type { ChannelTarget } from '../../../app/ports.js';

// smtp-server offers STARTTLS with its built-in self-signed certificate.
describe('e-mail channel over STARTTLS', () => {
  const mails: Array<{ secure: boolean; user: string | undefined; raw: string }> = [];
  let server: SMTPServer;
  let port: number;
  beforeAll(async () => {
    server = new SMTPServer({
      authMethods: ['PLAIN', 'LOGIN'],
      onAuth(auth, _session, cb) {
        if (auth.username === 'kw' && auth.password === 'smtp-pass') cb(null, { user: auth.username });
        else cb(new Error('Invalid username or password'));
      },
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({ secure: session.secure, user: session.user as string | undefined, raw: Buffer.concat(chunks).toString('utf8') });
          done();
        });
      },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const target = (over: { tlsRejectUnauthorized: boolean; password: string }): ChannelTarget => ({
    id: 'c1',
    kind: 'email',
    settings: { email: { host: '127.0.0.1', port, security: 'starttls', tlsRejectUnauthorized: over.tlsRejectUnauthorized, username: 'kw', from: 'kw@example.com', to: ['ops@example.com'] } },
    secrets: { smtpPassword: over.password },
  });
  const message = render('refresh_token_expired', { provider: 'gitlab', accountId: 'a1', reconnectUrl: 'https://kw.example.com/r' }, 'zh-CN');
  const ctx = { deliveryId: 'd1', now: new Date(), timeoutMs: 5000, allowPrivateTargets: true };

  it('upgrades to TLS, authenticates and delivers the message', async () => {
    expect(await sendEmail(target({ tlsRejectUnauthorized: false, password: 'smtp-pass' }), message, ctx)).toEqual({ ok: true });
    expect(mails.at(-1)).toMatchObject({ secure: true, user: 'kw' });
    expect(mails.at(-1)!.raw).toContain('X-Keywarden-Kind: refresh_token_expired');
  });

  it('refuses an unverified certificate unless told otherwise, and reports a rejected login as a final SMTP error', async () => {
    expect(await sendEmail(target({ tlsRejectUnauthorized: true, password: 'smtp-pass' }), message, ctx)).toMatchObject({ ok: false, retryable: true });
    expect(await sendEmail(target({ tlsRejectUnauthorized: false, password: 'wrong' }), message, ctx)).toMatchObject({ ok: false, errorClass: 'smtp', statusCode: 535, retryable: false });
  });
});

// Each step answered just inside nodemailer's per-phase timeouts: together they outlast the deadline.
describe('e-mail channel with a server that stalls', () => {
  const mails: string[] = [];
  let server: SMTPServer;
  let port: number;
  const STEP_MS = 250;
  const later = (cb: () => void) => setTimeout(cb, STEP_MS);
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onConnect: (_session, cb) => later(() => cb()),
      onMailFrom: (_address, _session, cb) => later(() => cb()),
      onRcptTo: (_address, _session, cb) => later(() => cb()),
      onData(stream, _session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push(Buffer.concat(chunks).toString('utf8'));
          done();
        });
      },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('gives up at the overall deadline, aborting the connection before the message is handed over', async () => {
    const target: ChannelTarget = {
      id: 'c2',
      kind: 'email',
      settings: { email: { host: '127.0.0.1', port, security: 'none', tlsRejectUnauthorized: true, username: '', from: 'kw@example.com', to: ['ops@example.com'] } },
      secrets: {},
    };
    const message = render('test', {}, 'en');
    const started = Date.now();
    const outcome = await sendEmail(target, message, { deliveryId: 'd2', now: new Date(), timeoutMs: 400, allowPrivateTargets: true });
    const took = Date.now() - started;
    expect(outcome).toEqual({ ok: false, errorClass: 'timeout', retryable: true });
    expect(took).toBeGreaterThanOrEqual(390);
    expect(took).toBeLessThan(700);
    // Had the connection stayed open, the slow server would have taken the mail by now.
    await new Promise((r) => setTimeout(r, STEP_MS * 5));
    expect(mails).toEqual([]);
  });
});
