export { TestClock, systemClock, type Clock } from './clock.js';
export { deciderSpec, type DeciderSpec, type ErrorCheck, type GivenEvents, type Outcome, type WhenCommand } from './decider.js';
export { createTestDatabase, testBus, testRoot, uniqueName, type TestDatabase } from './suite.js';
export { eventually, sleep } from './wait.js';
export { TestBrowser, type BrowserRequest, type Navigation, type OriginHandler } from './browser.js';
export { metricValue, scrapeMetric } from './metrics.js';
export { startNatsServer, startPostgres, freePort, type RunningNatsServer } from '@keywarden/local-infra';
export { startOtlpReceiver, type AttributeValue, type OtlpReceiver, type ReceivedSpan } from './otlp/receiver.js';
