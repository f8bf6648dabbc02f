export { startFeishuSimulator, type FeishuApp, type FeishuSimulator, type FeishuSimulatorOptions, type FeishuUser } from './feishu.js';
export { FEISHU_SIM_ERRORS } from './feishu-codes.js';
