export { startGitLabSimulator, type GitLabApp, type GitLabSimulator, type GitLabSimulatorOptions, type GitLabUser } from './gitlab.js';
