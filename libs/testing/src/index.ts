export { TestClock, systemClock, type Clock } from './clock.js';
export { createTestDatabase, testBus, testRoot, uniqueName, type TestDatabase } from './suite.js';
export { eventually, sleep } from './wait.js';
export { startNatsServer, startPostgres, freePort, type RunningNatsServer } from '@keywarden/local-infra';
export * from './kube/index.js';
