export { slackBlocksValid, startSlackWebhookReceiver, type SlackBlock, type SlackMessage, type SlackWebhookReceiver } from './receiver.js';
