export { REQUEST_ID_HEADER, createHttpApp, type HttpAppOptions, type HttpEnv } from './app.js';
export { problem } from './problem.js';
export { readJson } from './read-json.js';
export { serve, type FetchApp, type RunningServer, type ServeOptions } from './serve.js';
export { UNMATCHED_ROUTE, httpMetrics } from './metrics.js';
