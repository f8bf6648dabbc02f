export { freePort } from './ports.js';
export type { ProcessExit } from './child-process.js';
export { findNatsServer, startNatsServer, type NatsServerOptions, type RunningNatsServer } from './nats-server.js';
export { startPostgres, type PostgresServerOptions, type RunningPostgres } from './postgres-server.js';
export { provisionServiceDatabase, type ServiceDatabase } from './postgres-databases.js';
