// The channels' protocols, as app/'s ChannelSenders port.
import type { ChannelSenders } from '../../../app/ports.js';
import { sendEmail } from './email.js';
import { sendFeishu } from './feishu.js';
import { sendSlack } from './slack.js';
import { targetProblem } from './targets.js';
import { isWebhookSecret, sendWebhook } from './webhook.js';

export const channelSenders: ChannelSenders = {
  send: { feishu: sendFeishu, slack: sendSlack, email: sendEmail, webhook: sendWebhook },
  targetProblem,
  isWebhookSecret,
};
