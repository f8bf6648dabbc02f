export { startGitLabSimulator, type GitLabApp, type GitLabSimulator, type GitLabSimulatorOptions, type GitLabUser } from './gitlab.js';
export type { GitLabRepository } from './git-http.js';
