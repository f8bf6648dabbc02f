// @keywarden/cli: the kw program as a function, for tests and other tools.
export { buildProgram, runCli } from './program.js';
export type { Io } from './io.js';
