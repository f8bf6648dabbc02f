import { deciderSpec } from '@keywarden/testing/decider';
import { describe, it } from 'vitest';
import { channelDecider, type ChannelEvent, type ChannelFacts } from './decider.js';

const at = new Date('2026-05-01T00:00:00Z');
const later = new Date('2026-05-02T00:00:00Z');
const webhook: ChannelFacts = {
  channelId: 'c-1', organizationId: 'o-1', userId: '', kind: 'webhook', name: 'alerts', locale: 'en', endpointHost: 'https://hooks.example.com', signed: true,
};
const email: ChannelFacts = {
  channelId: 'c-2', organizationId: '', userId: 'u-1', kind: 'email', name: 'mail', locale: 'zh-CN', endpointHost: 'smtp://mail.example.com', signed: false,
  email: { host: 'mail.example.com', port: 587, security: 'starttls', tlsSkipVerify: false, username: 'kw', from: 'kw@example.com', to: ['ann@example.com'] },
};
const created: ChannelEvent = { type: 'ChannelCreated', data: { ...webhook, createdAt: at.toISOString() } };
const disabled: ChannelEvent = { type: 'ChannelDisabled', data: { channelId: 'c-1', organizationId: 'o-1', userId: '', disabledAt: later.toISOString() } };
const spec = deciderSpec(channelDecider);

describe('channel decider', () => {
  it('given no channel, when one is created, then ChannelCreated with its settings and no secret', () => {
    spec.given([]).when({ type: 'CreateChannel', channel: webhook, at }).then([created]);
  });

  it("given no channel, when an e-mail channel is created, then its SMTP settings are in the event", () => {
    spec.given([]).when({ type: 'CreateChannel', channel: email, at }).thenMatches([
      { type: 'ChannelCreated', data: { channelId: 'c-2', userId: 'u-1', email: { host: 'mail.example.com', to: ['ann@example.com'] } } },
    ]);
  });

  it('given a channel, when it is created again, then it is refused', () => {
    spec.given([created]).when({ type: 'CreateChannel', channel: webhook, at: later }).thenThrows({ code: 'ERR_CONFLICT', errorId: 'NOTIFY-ch02' });
  });

  it('given an enabled channel, when it is disabled, then ChannelDisabled names it and its owner', () => {
    spec.given([created]).when({ type: 'DisableChannel', at: later }).then([disabled]);
  });

  it('given a disabled channel, when it is disabled again, then nothing changes', () => {
    spec.given([created, disabled]).when({ type: 'DisableChannel', at: later }).thenNothing();
  });

  it('given no channel, when it is disabled, then it is not found', () => {
    spec.given([]).when({ type: 'DisableChannel', at }).thenThrows({ code: 'ERR_NOT_FOUND', errorId: 'NOTIFY-ch01' });
  });
});
