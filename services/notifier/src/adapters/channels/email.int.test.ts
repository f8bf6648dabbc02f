import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../templates/render.js';
import { sendEmail } from './email.js';
import type { ChannelTarget } from './types.js';

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
  const ctx = { deliveryId: 'd1', now: new Date(), timeoutMs: 5000 };

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
