import { describe, expect, it } from 'vitest';
import { notificationKinds } from '../domain/notification/kinds.js';
import { plainText, render } from './render.js';

const vars = {
  provider: 'feishu', accountId: 'acc-1', daysLeft: '7', expiresAt: '2026-05-08T00:00:00Z', expiredAt: '2026-05-08T00:00:00Z',
  reconnectUrl: 'https://kw.example.com/connections/acc-1/reconnect', errorClass: 'invalid_grant', providerCode: '20037', attempt: '3',
  providerAppId: 'app-1', settingsUrl: 'https://kw.example.com/provider-apps/app-1', sessionId: 's-1', clientIp: '203.0.113.9', userAgent: 'curl',
  sessionsUrl: 'https://kw.example.com/account/sessions', project: 'shop', environment: 'prod', secretName: 'shop-git-auth', providerName: 'vault',
  group: 'payments', application: 'shop-api', image: 'shop:1.2', durationSeconds: '42', deploymentId: 'd-1', reason: 'image pull failed',
};

describe('templates', () => {
  it('render every kind in English and Simplified Chinese with all their variables filled', () => {
    for (const kind of notificationKinds) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const message = render(kind, vars, locale);
        expect(message.title.length).toBeGreaterThan(0);
        expect(plainText(message)).not.toContain(' - ');
        if (locale === 'zh-CN') expect(message.title + message.summary).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('follow the seed warnings: 7 days, 3 days urgent, expired, each with the reconnect link', () => {
    expect(render('refresh_token_expiring', vars, 'en').summary).toContain('expires in 7 days');
    expect(render('refresh_token_expiring_urgent', { ...vars, daysLeft: '3' }, 'en').title).toMatch(/^URGENT/);
    expect(render('refresh_token_expired', vars, 'zh-CN').title).toBe('Refresh Token 已过期');
    for (const kind of ['refresh_token_expiring', 'refresh_token_expiring_urgent', 'refresh_token_expired', 'reauthorization_required'] as const) {
      expect(render(kind, vars, 'en').action?.url).toBe(vars.reconnectUrl);
    }
    expect(render('refresh_token_reuse_detected', vars, 'en')).toMatchObject({ severity: 'critical', title: 'Security alert: refresh token reuse detected' });
  });
});
