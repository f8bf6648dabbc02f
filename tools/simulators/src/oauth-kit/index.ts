export { SimClock, startSimServer, type Fault, type SimServer } from './server.js';
