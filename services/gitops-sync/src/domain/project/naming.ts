// Names that end up in Kubernetes: the slug names the namespaces
// (project-<slug>-<env>, a DNS-1123 label of at most 63 characters), the
// Secret <slug>-git-auth and the GitRepository <slug>.
import { invalid } from '../errors.js';

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const MAX_SLUG = 30;
export const MAX_ENVIRONMENT = 24;
export const DEFAULT_ENVIRONMENTS = ['development', 'staging', 'production'] as const;

export function validSlug(slug: string): string {
  if (slug.length < 2 || slug.length > MAX_SLUG || !LABEL.test(slug)) {
    throw invalid(`slug must be 2-${MAX_SLUG} lowercase letters, digits or dashes, starting and ending with a letter or digit`, 'GITOPS-a0a0');
  }
  return slug;
}

/** A slug from a display name: lowercase, runs of anything else become one dash. */
export function slugFromName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, MAX_SLUG).replace(/-+$/, '');
}

export function validEnvironment(environment: string): string {
  if (environment.length < 1 || environment.length > MAX_ENVIRONMENT || !LABEL.test(environment)) {
    throw invalid(`environment must be 1-${MAX_ENVIRONMENT} lowercase letters, digits or dashes`, 'GITOPS-0f0d');
  }
  return environment;
}

export function environmentsOrDefault(environments: readonly string[]): string[] {
  const list = environments.length === 0 ? [...DEFAULT_ENVIRONMENTS] : environments.map(validEnvironment);
  if (new Set(list).size !== list.length) throw invalid('environments must be distinct', 'GITOPS-8e03');
  return list;
}

export const namespaceOf = (slug: string, environment: string) => `project-${slug}-${environment}`;
export const secretNameOf = (slug: string) => `${slug}-git-auth`;
