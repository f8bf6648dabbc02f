export { startFeishuBotReceiver, type FeishuBotMessage, type FeishuBotOptions, type FeishuBotReceiver, type FeishuCard } from './receiver.js';
