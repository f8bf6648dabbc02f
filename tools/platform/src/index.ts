export {
  NATS_USERS,
  OPERATOR_NATS_USER,
  SERVICES,
  existingServices,
  httpPortEnv,
  natsPasswordEnv,
  type Context,
  type ServiceSpec,
} from './services.js';
