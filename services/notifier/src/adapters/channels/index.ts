import { sendEmail } from './email.js';
import { sendFeishu } from './feishu.js';
import { sendSlack } from './slack.js';
import type { ChannelKind, Sender } from './types.js';
import { sendWebhook } from './webhook.js';

export const senders: Record<ChannelKind, Sender> = { feishu: sendFeishu, slack: sendSlack, email: sendEmail, webhook: sendWebhook };
export * from './types.js';
