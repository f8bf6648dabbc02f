// E-mail over SMTP with nodemailer: implicit TLS, required STARTTLS, or plain for local relays.
import nodemailer from 'nodemailer';
import { plainText, type Message } from '../../../domain/notification/templates/render.js';
import type { Sender } from '../../../app/ports.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function emailHtml(message: Message): string {
  const facts = message.facts.map(([l, v]) => `<tr><th align="left">${escapeHtml(l)}</th><td>${escapeHtml(v)}</td></tr>`).join('');
  const steps = message.steps.length ? `<ol>${message.steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>` : '';
  const action = message.action ? `<p><a href="${escapeHtml(message.action.url)}">${escapeHtml(message.action.label)}</a></p>` : '';
  return `<h2>${escapeHtml(message.title)}</h2><p>${escapeHtml(message.summary)}</p><table>${facts}</table>${steps}${action}`;
}

export const sendEmail: Sender = async (target, message, ctx) => {
  const email = target.settings.email;
  if (!email || email.to.length === 0) return { ok: false, errorClass: 'invalid_config', retryable: false };
  const transport = nodemailer.createTransport({
    host: email.host,
    port: email.port,
    secure: email.security === 'tls',
    requireTLS: email.security === 'starttls',
    ignoreTLS: email.security === 'none',
    tls: { rejectUnauthorized: email.tlsRejectUnauthorized },
    ...(email.username ? { auth: { user: email.username, pass: target.secrets.smtpPassword ?? '' } } : {}),
    connectionTimeout: ctx.timeoutMs,
    greetingTimeout: ctx.timeoutMs,
    socketTimeout: ctx.timeoutMs,
  });
  // nodemailer's timeouts are per phase and reset with every reply, so a server that answers
  // each step slowly can outlast the worker's lease (3 x timeoutMs) and be sent the mail again by
  // the next claim. One overall deadline aborts the connection (before the final "." when the
  // server stalls earlier) and reports a retryable timeout well inside the lease.
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = Object.assign(new Error('SMTP send deadline exceeded'), { code: 'ETIMEDOUT' });
      abort.abort(error);
      reject(error);
    }, ctx.timeoutMs);
  });
  try {
    const sending = transport.sendMail({
      from: email.from,
      to: email.to,
      subject: `[Keywarden] ${message.title}`,
      text: plainText(message),
      html: emailHtml(message),
      headers: { 'X-Keywarden-Delivery': ctx.deliveryId, 'X-Keywarden-Kind': message.kind },
      messageId: `<${ctx.deliveryId}@keywarden>`,
      signal: abort.signal,
    });
    await Promise.race([sending, deadline]);
    return { ok: true };
  } catch (error) {
    if (abort.signal.aborted) return { ok: false, errorClass: 'timeout', retryable: true };
    const e = error as { responseCode?: number; code?: string };
    if (typeof e.responseCode === 'number') {
      // 4xx replies are transient in SMTP, 5xx permanent.
      return { ok: false, errorClass: 'smtp', statusCode: e.responseCode, retryable: e.responseCode < 500 };
    }
    const timeout = e.code === 'ETIMEDOUT';
    return { ok: false, errorClass: timeout ? 'timeout' : 'network', retryable: true };
  } finally {
    clearTimeout(timer);
    transport.close();
  }
};
