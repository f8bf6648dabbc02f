export { freePort } from './ports.js';
export { findNatsServer, startNatsServer, type NatsServerOptions, type RunningNatsServer } from './nats-server.js';
export {
  provisionServiceDatabase,
  startPostgres,
  type PostgresServerOptions,
  type RunningPostgres,
  type ServiceDatabase,
} from './postgres-server.js';
