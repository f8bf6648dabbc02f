import { describe, expect, it } from 'vitest';
import { notificationKinds } from '../kinds.js';
import { plainText, render } from './render.js';

const vars = {
  provider: 'feishu', accountId: 'acc-1', daysLeft: '7', expiresAt: '2026-05-08T00:00:00Z', expiredAt: '2026-05-08T00:00:00Z',
  reconnectUrl: 'https://kw.example.com/connections/acc-1/reconnect', errorClass: 'invalid_grant', providerCode: '20037', attempt: '3',
  providerAppId: 'app-1', settingsUrl: 'https://kw.example.com/provider-apps/app-1', sessionId: 's-1', clientIp: '203.0.113.9', userAgent: 'curl',
  sessionsUrl: 'https://kw.example.com/account/sessions', project: 'shop', environment: 'prod', secretName: 'shop-git-auth', providerName: 'vault',
  group: 'payments', application: 'shop-api', version: '1.2.0', durationSeconds: '42.0', deploymentId: 'd-1', reason: 'kubernetes_unavailable',
  namespace: 'project-shop-prod', detail: 'connection refused', stale: 'false', projectUrl: 'https://kw.example.com/projects/p-1', trigger: 'webhook',
  stage: 'rollout_failed', error: 'ImagePullBackOff', deploymentUrl: 'https://kw.example.com/deployments/d-1',
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

  it('tell what to do about a failed Git credential sync: reconnect when stale, otherwise per reason', () => {
    const stale = render('git_credentials_sync_failed', { ...vars, reason: 'reauthorization_required', stale: 'true' }, 'en');
    expect(stale.action).toEqual({ label: 'Reconnect account', url: vars.reconnectUrl });
    expect(stale.summary).toContain('stale');
    expect(render('git_credentials_sync_failed', { ...vars, stale: 'true' }, 'zh-CN').action).toEqual({ label: '重新授权', url: vars.reconnectUrl });
    const down = render('git_credentials_sync_failed', vars, 'en');
    expect(down.action?.url).toBe(vars.projectUrl);
    expect(down.summary).toContain('(kubernetes_unavailable)');
    expect(down.steps[0]).toContain('cluster could not be reached');
    expect(render('git_credentials_sync_failed', vars, 'zh-CN').steps[0]).toContain('无法连接集群');
    expect(render('git_credentials_sync_failed', { ...vars, reason: 'apply_conflict' }, 'en').steps[0]).toContain('field manager');
  });

  it('name the failed deployment stage and error', () => {
    const en = render('deployment_failed', vars, 'en');
    expect(en.summary).toBe('Deploying shop-api 1.2.0 to prod failed while rolling out: ImagePullBackOff');
    expect(render('deployment_failed', vars, 'zh-CN').summary).toContain('阶段:滚动发布');
    expect(render('deployment_succeeded', vars, 'en')).toMatchObject({ severity: 'success', summary: 'shop-api 1.2.0 is live in prod (42.0 s).' });
  });
});
