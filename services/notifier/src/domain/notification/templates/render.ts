// Message templates in English and Simplified Chinese. The 7-day, 3-day and expired texts
// follow the seed document's warnings (refresh token, not app secret; what to do next).
import type { NotificationKind } from '../kinds.js';
import { deploymentFailed, deploymentSucceeded, gitCredentialsSyncFailed } from './gitops-deploy.js';
import { isLocale, locales, type Locale, type Message, type Severity, type Template, type Vars } from './message.js';

export { isLocale, locales, type Locale, type Message, type Severity, type Template };

const v = (vars: Vars, key: string) => vars[key] || '-';
const account = (x: Vars): Array<[string, string]> => [['Provider', v(x, 'provider')], ['Account', v(x, 'accountId')]];
const accountZh = (x: Vars): Array<[string, string]> => [['平台', v(x, 'provider')], ['账号', v(x, 'accountId')]];
const reconnect = (x: Vars) => ({ label: 'Reconnect account', url: v(x, 'reconnectUrl') });
const reconnectZh = (x: Vars) => ({ label: '重新授权', url: v(x, 'reconnectUrl') });

const templates: Record<NotificationKind, Template> = {
  refresh_token_expiring: {
    severity: 'warning',
    en: (x) => ({
      title: 'Refresh token expiry warning',
      summary: `The refresh token of your ${v(x, 'provider')} connection expires in ${v(x, 'daysLeft')} days. After that you must authorize again.`,
      facts: [...account(x), ['Expires at', v(x, 'expiresAt')]],
      steps: ['Reconnect the account before it expires to start a new grant.', 'Access tokens keep refreshing automatically until then.', 'This is about the refresh token, not the app secret.'],
      action: reconnect(x),
    }),
    'zh-CN': (x) => ({
      title: 'Refresh Token 即将过期提醒',
      summary: `您的 ${v(x, 'provider')} 连接的 Refresh Token 将在 ${v(x, 'daysLeft')} 天后过期,过期后需要重新授权。`,
      facts: [...accountZh(x), ['过期时间', v(x, 'expiresAt')]],
      steps: ['请在过期前重新授权,以获得新的授权。', '在此之前 Access Token 会继续自动刷新。', '这与 app_secret 无关,无需重新生成应用凭证。'],
      action: reconnectZh(x),
    }),
  },
  refresh_token_expiring_urgent: {
    severity: 'urgent',
    en: (x) => ({
      title: 'URGENT: refresh token expiring soon',
      summary: `The refresh token of your ${v(x, 'provider')} connection expires in ${v(x, 'daysLeft')} days! After that, access tokens can no longer be refreshed.`,
      facts: [...account(x), ['Expires at', v(x, 'expiresAt')]],
      steps: ['Reconnect the account now.', 'Check that the OAuth redirect URL still works.', 'No need to regenerate app credentials: this is the refresh token.'],
      action: reconnect(x),
    }),
    'zh-CN': (x) => ({
      title: '紧急:Refresh Token 即将过期',
      summary: `您的 ${v(x, 'provider')} 连接的 Refresh Token 将在 ${v(x, 'daysLeft')} 天后过期!过期后 Access Token 将无法自动刷新。`,
      facts: [...accountZh(x), ['过期时间', v(x, 'expiresAt')]],
      steps: ['请立即重新授权。', '确认 OAuth 回调地址仍然有效。', '这是 Refresh Token 的问题,无需重新生成应用凭证。'],
      action: reconnectZh(x),
    }),
  },
  refresh_token_expired: {
    severity: 'critical',
    en: (x) => ({
      title: 'Refresh token expired',
      summary: `The refresh token of your ${v(x, 'provider')} connection has EXPIRED. Re-authorization is now required.`,
      facts: [...account(x), ['Expired at', v(x, 'expiredAt')]],
      steps: ['Reconnect the account to obtain new tokens.', 'Existing access tokens work until they expire (typically 2 hours).', 'This is NOT an app secret issue.'],
      action: reconnect(x),
    }),
    'zh-CN': (x) => ({
      title: 'Refresh Token 已过期',
      summary: `您的 ${v(x, 'provider')} 连接的 Refresh Token 已过期,需要重新授权。`,
      facts: [...accountZh(x), ['过期时间', v(x, 'expiredAt')]],
      steps: ['请重新授权以获取新的令牌。', '现有 Access Token 在过期前(通常 2 小时)仍可使用。', '这不是 app_secret 的问题。'],
      action: reconnectZh(x),
    }),
  },
  reauthorization_required: {
    severity: 'critical',
    en: (x) => ({
      title: 'Reauthorization required',
      summary: `Keywarden can no longer refresh your ${v(x, 'provider')} connection (${v(x, 'errorClass')}). Connect the account again.`,
      facts: [...account(x), ['Provider code', v(x, 'providerCode')]],
      steps: ['Open the reconnect link and authorize again.'],
      action: reconnect(x),
    }),
    'zh-CN': (x) => ({
      title: '需要重新授权',
      summary: `Keywarden 已无法刷新您的 ${v(x, 'provider')} 连接(${v(x, 'errorClass')}),请重新连接该账号。`,
      facts: [...accountZh(x), ['错误码', v(x, 'providerCode')]],
      steps: ['打开重新授权链接并完成授权。'],
      action: reconnectZh(x),
    }),
  },
  token_refresh_failed: {
    severity: 'warning',
    en: (x) => ({
      title: 'Token refresh keeps failing',
      summary: `Refreshing your ${v(x, 'provider')} connection failed ${v(x, 'attempt')} times in a row (${v(x, 'errorClass')}).`,
      facts: [...account(x), ['Provider code', v(x, 'providerCode')], ['Next attempt', v(x, 'nextAttemptAt')]],
      steps: ['Keywarden keeps retrying with backoff.', 'If the provider is reachable and it still fails, reconnect the account.'],
    }),
    'zh-CN': (x) => ({
      title: '令牌刷新持续失败',
      summary: `您的 ${v(x, 'provider')} 连接已连续 ${v(x, 'attempt')} 次刷新失败(${v(x, 'errorClass')})。`,
      facts: [...accountZh(x), ['错误码', v(x, 'providerCode')], ['下次重试', v(x, 'nextAttemptAt')]],
      steps: ['Keywarden 会按退避策略继续重试。', '如果平台可访问但仍然失败,请重新连接该账号。'],
    }),
  },
  app_credential_invalid: {
    severity: 'critical',
    en: (x) => ({
      title: 'App secret invalid',
      summary: `The ${v(x, 'provider')} provider rejected the app's own credentials (${v(x, 'errorClass')}). An administrator must update the app secret.`,
      facts: [['Provider', v(x, 'provider')], ['Provider app', v(x, 'providerAppId')], ['Provider code', v(x, 'providerCode')]],
      steps: ['Check the app secret in the provider console.', 'Update it in Keywarden; user grants stay valid.'],
      action: { label: 'Open provider app', url: v(x, 'settingsUrl') },
    }),
    'zh-CN': (x) => ({
      title: '应用密钥无效',
      summary: `${v(x, 'provider')} 拒绝了应用自身的凭证(${v(x, 'errorClass')}),需要管理员更新 app_secret。`,
      facts: [['平台', v(x, 'provider')], ['应用', v(x, 'providerAppId')], ['错误码', v(x, 'providerCode')]],
      steps: ['在开放平台控制台检查 app_secret。', '在 Keywarden 中更新它;用户授权仍然有效。'],
      action: { label: '打开应用设置', url: v(x, 'settingsUrl') },
    }),
  },
  refresh_token_reuse_detected: {
    severity: 'critical',
    en: (x) => ({
      title: 'Security alert: refresh token reuse detected',
      summary: 'A refresh token of one of your sessions was used again after it had been rotated. The session was revoked; sign in again.',
      facts: [['Session', v(x, 'sessionId')], ['Client IP', v(x, 'clientIp')], ['User agent', v(x, 'userAgent')]],
      steps: ['If this was not you, change your password and review your sessions.'],
      action: { label: 'Review sessions', url: v(x, 'sessionsUrl') },
    }),
    'zh-CN': (x) => ({
      title: '安全警报:检测到 Refresh Token 重复使用',
      summary: '您的某个会话的 Refresh Token 在轮换后被再次使用,该会话已被撤销,请重新登录。',
      facts: [['会话', v(x, 'sessionId')], ['客户端 IP', v(x, 'clientIp')], ['User agent', v(x, 'userAgent')]],
      steps: ['如果不是您本人操作,请修改密码并检查您的会话。'],
      action: { label: '查看会话', url: v(x, 'sessionsUrl') },
    }),
  },
  git_credentials_sync_failed: gitCredentialsSyncFailed,
  provider_sync_failed: {
    severity: 'warning',
    en: (x) => ({
      title: 'Secret provider sync failed',
      summary: `Syncing secrets from ${v(x, 'providerName')} into group ${v(x, 'group')} failed (${v(x, 'errorClass')}).`,
      facts: [['Provider', v(x, 'providerName')], ['Group', v(x, 'group')]],
      steps: ['Check the provider\'s credentials and reachability.'],
    }),
    'zh-CN': (x) => ({
      title: '密钥提供方同步失败',
      summary: `从 ${v(x, 'providerName')} 同步密钥到分组 ${v(x, 'group')} 失败(${v(x, 'errorClass')})。`,
      facts: [['提供方', v(x, 'providerName')], ['分组', v(x, 'group')]],
      steps: ['请检查提供方的凭证与网络连通性。'],
    }),
  },
  deployment_succeeded: deploymentSucceeded,
  deployment_failed: deploymentFailed,
  test: {
    severity: 'info',
    en: () => ({ title: 'Keywarden test notification', summary: 'This channel is set up correctly.', facts: [], steps: [] }),
    'zh-CN': () => ({ title: 'Keywarden 测试通知', summary: '此通知渠道配置正确。', facts: [], steps: [] }),
  },
};

/** Renders one kind of notification in one language. */
export function render(kind: NotificationKind, vars: Record<string, string>, locale: Locale): Message {
  const template = templates[kind];
  return { kind, severity: template.severity, ...template[locale](vars) };
}

/** Plain text of a message (e-mail body, fallbacks). */
export function plainText(message: Message): string {
  const lines = [message.title, '', message.summary, ''];
  for (const [label, value] of message.facts) lines.push(`${label}: ${value}`);
  if (message.steps.length) lines.push('', ...message.steps.map((s, i) => `${i + 1}. ${s}`));
  if (message.action) lines.push('', `${message.action.label}: ${message.action.url}`);
  return lines.join('\n');
}
