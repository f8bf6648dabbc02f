// The impact views' answers (GET /api/v1/impact/{accounts,secrets,groups}/{id}) as the sections the
// console lists: what a change to an account, a secret or a group affects. Pure: the words are the
// component's (i18n), the rows here hold names, ids, versions and fingerprints (never a value).
import type { Schemas } from '../../api/client';

export type ImpactKind = 'account' | 'secret' | 'group';
export type ImpactSectionName = 'bindings' | 'gitRepositories' | 'secrets' | 'envVars' | 'applications' | 'deployments';

export type CarriedVersion = { secretName: string; version: number; fingerprint: string; current: boolean };

export type ImpactRow = {
  key: string;
  title: string;
  /** The console page of the object, when it has one. */
  href?: string;
  /** Names and addresses shown after the title (no words to translate). */
  details: string[];
  /** A variable's scope (global, project, environment, application). */
  scope?: string;
  /** A Git credential binding's token generation. */
  generation?: string;
  /** An application's state. */
  status?: string;
  /** The secret versions a live deployment carries. */
  versions?: CarriedVersion[];
  /** A live deployment's versions were inferred by time (recorded before deployments named them), not recorded. */
  inferred?: boolean;
  /** The deployer's drift check found the running environment differing from the one Keywarden last applied. */
  drift?: { applied: string; live: string; detectedAt?: string };
};

export type ImpactSection = { name: ImpactSectionName; rows: ImpactRow[] };

export type ImpactAnswer =
  | { kind: 'account'; data: Schemas['AccountImpact'] }
  | { kind: 'secret'; data: Schemas['SecretImpact'] }
  | { kind: 'group'; data: Schemas['GroupImpact'] };

const FINGERPRINT = 12;
const page = (base: string, id: string) => (id ? `${base}/${encodeURIComponent(id)}` : undefined);

/** The sections with rows, in the order a reader checks them; an empty answer gives none. */
export function impactSections(answer: ImpactAnswer): ImpactSection[] {
  const sections: ImpactSection[] =
    answer.kind === 'account'
      ? accountSections(answer.data)
      : answer.kind === 'secret'
        ? usageSections([answer.data.secret], answer.data.envVars, answer.data.applications)
        : [{ name: 'secrets', rows: answer.data.secrets.map(secretRow) }, ...usageSections(answer.data.secrets, answer.data.envVars, answer.data.applications)];
  return sections.filter((section) => section.rows.length > 0);
}

/** How many objects are listed in all (a live deployment counts apart from its application: both change). */
export function impactCount(sections: ImpactSection[]): number {
  return sections.reduce((sum, section) => sum + section.rows.length, 0);
}

function accountSections(data: Schemas['AccountImpact']): ImpactSection[] {
  const bindings = data.bindings.map((b): ImpactRow => ({
    key: `${b.projectId}/${b.environment}/${b.namespace}/${b.secretName}`,
    title: `${b.projectName} · ${b.environment}`,
    href: page('/projects', b.projectId),
    details: [`${b.namespace}/${b.secretName}`],
    generation: String(b.tokenGeneration),
  }));
  // Several bindings may feed one GitRepository only in odd set-ups; each is listed once.
  const repositories = new Map<string, ImpactRow>();
  for (const b of data.bindings) {
    const key = `${b.gitRepository.namespace}/${b.gitRepository.name}`;
    if (b.gitRepository.name && !repositories.has(key)) repositories.set(key, { key, title: key, details: b.gitRepository.url ? [b.gitRepository.url] : [] });
  }
  return [
    { name: 'bindings', rows: bindings },
    { name: 'gitRepositories', rows: [...repositories.values()] },
  ];
}

function secretRow(s: Schemas['ImpactSecret']): ImpactRow {
  return { key: s.secretId, title: s.name, details: [`v${s.version}`, s.valueFingerprint.slice(0, FINGERPRINT)] };
}

function usageSections(secrets: Schemas['ImpactSecret'][], envVars: Schemas['ImpactEnvVar'][], applications: Schemas['ImpactApplication'][]): ImpactSection[] {
  const secretName = new Map(secrets.map((s) => [s.secretId, s.name]));
  const appName = new Map(applications.map((a) => [a.applicationId, a.name]));
  const variables = envVars.map((v): ImpactRow => ({
    key: v.envVarId,
    title: v.key,
    scope: v.scope,
    href: v.applicationId ? page('/applications', v.applicationId) : page('/projects', v.projectId),
    details: [
      // What it references: the secret by name (its id when this answer does not name it), or the group.
      v.referenceKind === 'group' ? `${v.reference}/*` : (secretName.get(v.reference) ?? v.reference),
      ...(v.environment ? [v.environment] : []),
      ...(v.applicationId && appName.has(v.applicationId) ? [appName.get(v.applicationId)!] : []),
    ],
  }));
  const apps = applications.map((a): ImpactRow => ({
    key: a.applicationId,
    title: a.name,
    href: page('/applications', a.applicationId),
    details: [a.environment, a.namespace].filter(Boolean),
    status: a.status,
  }));
  const deployments = applications
    .filter((a) => a.liveDeploymentId)
    .map((a): ImpactRow => ({
      key: `${a.applicationId}/${a.liveDeploymentId}`,
      title: a.name,
      href: page('/applications', a.applicationId),
      details: [a.liveVersion].filter(Boolean),
      versions: a.secretVersions.map((v) => ({ secretName: secretName.get(v.secretId) ?? v.secretId, version: v.version, fingerprint: v.valueFingerprint.slice(0, FINGERPRINT), current: v.current })),
      ...(a.versionsExact ? {} : { inferred: true }),
      ...(a.drift ? { drift: { applied: a.liveEnvFingerprint, live: a.driftLiveEnvFingerprint, ...(a.driftDetectedAt ? { detectedAt: a.driftDetectedAt } : {}) } } : {}),
    }));
  return [
    { name: 'envVars', rows: variables },
    { name: 'applications', rows: apps },
    { name: 'deployments', rows: deployments },
  ];
}

/** The impact path of a kind (the API's plural). */
export const IMPACT_PATH = {
  account: '/api/v1/impact/accounts/{accountId}',
  secret: '/api/v1/impact/secrets/{secretId}',
  group: '/api/v1/impact/groups/{groupId}',
} as const;
