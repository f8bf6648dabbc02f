// Public surface of @keywarden/simulators: one export line per simulator.
export * from './oauth-kit/index.js';
export * from './gitlab/index.js';
export * from './feishu/index.js';
export * from './feishu-bot/index.js';
export * from './slack/index.js';
export * from './infisical/index.js';
export * from './vault/index.js';
export * from './aws/index.js';
