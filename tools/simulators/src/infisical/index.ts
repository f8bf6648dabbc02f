export { startInfisicalSimulator, type InfisicalIdentity, type InfisicalSimulator } from './infisical.js';
export { startJsonServer, type JsonReply, type JsonRequest, type JsonServer } from './json-server.js';
