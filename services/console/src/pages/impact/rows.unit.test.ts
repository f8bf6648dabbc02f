import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { impactCount, impactSections } from './rows';

const binding = (projectName: string, environment: string, repository = `flux-system/${projectName}`): Schemas['ImpactGitBinding'] => ({
  projectId: `p-${projectName}`, projectName, organizationId: 'o1', environment, namespace: `${projectName}-${environment}`, secretName: 'git-credentials',
  tokenGeneration: 3, tokenFingerprint: 'f'.repeat(64),
  gitRepository: { namespace: repository.split('/')[0]!, name: repository.split('/')[1]!, url: `https://gitlab.example/${projectName}.git` },
});
const secret = (secretId: string, name: string, version = 2): Schemas['ImpactSecret'] => ({ secretId, name, groupId: 'g1', providerId: '', version, valueFingerprint: `${secretId}abcdef0123456789` });
const envVar = (envVarId: string, key: string, scope: string, reference: string, referenceKind = 'secret', applicationId = ''): Schemas['ImpactEnvVar'] => ({
  envVarId, key, scope, reference, referenceKind, applicationId, projectId: 'p1', environment: scope === 'environment' ? 'prod' : '', organizationId: 'o1',
});
const application = (
  applicationId: string, name: string, live: string, versions: Schemas['ImpactCarriedVersion'][], extra: Partial<Schemas['ImpactApplication']> = {},
): Schemas['ImpactApplication'] => ({
  applicationId, name, organizationId: 'o1', projectId: 'p1', environment: 'prod', namespace: 'web-prod', status: 'active',
  liveDeploymentId: live, liveVersion: live ? 'v1.4.0' : '', secretVersions: versions,
  liveEnvFingerprint: live ? 'aaaa0000bbbb1111' : '', versionsExact: live !== '', drift: false, driftLiveEnvFingerprint: '', ...extra,
});

describe('impactSections', () => {
  it("lists an account's bindings and each GitRepository once", () => {
    const sections = impactSections({ kind: 'account', data: { accountId: 'a1', bindings: [binding('web', 'dev', 'flux-system/web'), binding('web', 'prod', 'flux-system/web'), binding('api', 'dev')] } });
    expect(sections.map((s) => s.name)).toEqual(['bindings', 'gitRepositories']);
    expect(sections[0]!.rows.map((r) => [r.title, r.href, r.details, r.generation])).toEqual([
      ['web · dev', '/projects/p-web', ['web-dev/git-credentials'], '3'],
      ['web · prod', '/projects/p-web', ['web-prod/git-credentials'], '3'],
      ['api · dev', '/projects/p-api', ['api-dev/git-credentials'], '3'],
    ]);
    expect(sections[1]!.rows.map((r) => [r.title, r.details])).toEqual([
      ['flux-system/web', ['https://gitlab.example/web.git']],
      ['flux-system/api', ['https://gitlab.example/api.git']],
    ]);
    expect(impactCount(sections)).toBe(5);
  });

  it('gives no section for an account nothing depends on', () => {
    const sections = impactSections({ kind: 'account', data: { accountId: 'a1', bindings: [] } });
    expect(sections).toEqual([]);
    expect(impactCount(sections)).toBe(0);
  });

  it("lists a secret's variables with their scope and reference, its applications, and the versions live deployments carry", () => {
    const data: Schemas['SecretImpact'] = {
      secret: secret('s1', 'DATABASE_PASSWORD', 3),
      envVars: [envVar('e1', 'DATABASE_PASSWORD', 'application', 's1', 'secret', 'app1'), envVar('e2', 'DB', 'environment', 'web', 'group')],
      applications: [
        application('app1', 'shop', 'd1', [{ secretId: 's1', version: 2, valueFingerprint: '0123456789abcdef', current: false }]),
        application('app2', 'idle', '', []),
      ],
    };
    const sections = impactSections({ kind: 'secret', data });
    expect(sections.map((s) => s.name)).toEqual(['envVars', 'applications', 'deployments']);
    expect(sections[0]!.rows.map((r) => [r.title, r.scope, r.href, r.details])).toEqual([
      ['DATABASE_PASSWORD', 'application', '/applications/app1', ['DATABASE_PASSWORD', 'shop']],
      ['DB', 'environment', '/projects/p1', ['web/*', 'prod']],
    ]);
    expect(sections[1]!.rows.map((r) => [r.title, r.status, r.details])).toEqual([
      ['shop', 'active', ['prod', 'web-prod']],
      ['idle', 'active', ['prod', 'web-prod']],
    ]);
    // Only a deployed application has a live deployment; its carried version is named, with a short fingerprint.
    expect(sections[2]!.rows).toEqual([
      { key: 'app1/d1', title: 'shop', href: '/applications/app1', details: ['v1.4.0'], versions: [{ secretName: 'DATABASE_PASSWORD', version: 2, fingerprint: '0123456789ab', current: false }] },
    ]);
    expect(impactCount(sections)).toBe(5);
  });

  it("lists a group's secrets first, and names which of them a variable references", () => {
    const data: Schemas['GroupImpact'] = {
      group: { groupId: 'g1', name: 'web', providerId: '' },
      secrets: [secret('s1', 'A'), secret('s2', 'B')],
      envVars: [envVar('e1', 'B_KEY', 'project', 's2')],
      applications: [],
    };
    const sections = impactSections({ kind: 'group', data });
    expect(sections.map((s) => [s.name, s.rows.map((r) => r.title)])).toEqual([
      ['secrets', ['A', 'B']],
      ['envVars', ['B_KEY']],
    ]);
    expect(sections[0]!.rows[0]!.details).toEqual(['v2', 's1abcdef0123']);
    expect(sections[1]!.rows[0]!.details).toEqual(['B']);
  });

  it('marks a live deployment whose running environment drifted, and one whose versions were inferred', () => {
    const data: Schemas['SecretImpact'] = {
      secret: secret('s1', 'DATABASE_PASSWORD'),
      envVars: [envVar('e1', 'DATABASE_PASSWORD', 'project', 's1')],
      applications: [
        application('app1', 'shop', 'd1', [], { drift: true, driftLiveEnvFingerprint: 'ffff0000eeee1111', driftDetectedAt: '2026-12-07T10:00:00.000Z' }),
        application('app2', 'old', 'd2', [], { versionsExact: false, liveEnvFingerprint: '' }),
        application('app3', 'fine', 'd3', []),
      ],
    };
    const deployments = impactSections({ kind: 'secret', data }).find((s) => s.name === 'deployments')!.rows;
    expect(deployments.map((r) => [r.title, r.drift, r.inferred])).toEqual([
      ['shop', { applied: 'aaaa0000bbbb1111', live: 'ffff0000eeee1111', detectedAt: '2026-12-07T10:00:00.000Z' }, undefined],
      ['old', undefined, true],
      ['fine', undefined, undefined],
    ]);
  });
});
