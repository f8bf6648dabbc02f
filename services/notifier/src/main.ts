// Composition root: the runtime reads the configuration (with the notifier's own variables),
// starts database, bus, consumers, the delivery worker and RPC, and stops them on a signal.
import { loadConfig, runService } from '@keywarden/runtime';
import { notifierConfig, notifierSettings } from './config.js';
import { notifierService } from './service.js';

await runService(
  notifierService(() => notifierSettings(loadConfig('notifier', process.env, notifierConfig).extra)),
  { extraConfig: notifierConfig, requireMasterKeys: true },
);
