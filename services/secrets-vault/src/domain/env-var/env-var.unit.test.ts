import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { checkScope, envVarDecider, parseEnvValue, type EnvVarCommand, type EnvVarEvent, type Scope, type Target } from './env-var.js';

const spec = deciderSpec(envVarDecider);
const APP = '0b6f3c8e-6a59-4d1e-9c3e-4f7f9d2a1b11';
const none: Target = { projectId: '', environment: '', applicationId: '' };
const set = (value: string, fingerprint = '', scope: Scope = 'project', target: Target = { ...none, projectId: 'p1' }): EnvVarCommand =>
  ({ type: 'SetEnvVar', envVarId: 'e1', scope, target, key: 'DB', parsed: parseEnvValue(value), fingerprint, description: '', actor: 'u1' });
const setPlain: EnvVarEvent = { type: 'EnvVarSet', data: { envVarId: 'e1', scope: 'project', projectId: 'p1', environment: '', applicationId: '', key: 'DB', kind: 'plain',
  reference: '', valueFingerprint: 'fp-hello', description: '', actorUserId: 'u1' } };

describe('environment variable decider', () => {
  it('sets a plain value by fingerprint only, and ignores setting the same again', () => {
    const { events } = spec.given().when(set('hello', 'fp-hello')).then([setPlain]);
    expect(JSON.stringify(events)).not.toContain('"hello"');
    spec.given([setPlain]).when(set('hello', 'fp-hello')).thenNothing();
    spec.given([setPlain]).when(set('@group:prod-db')).thenMatches([{ data: { kind: 'group_ref', reference: 'prod-db' } }]);
  });

  it('sets environment and application variables with their targets, and deletes them with the same', () => {
    const envTarget = { projectId: 'p1', environment: 'staging', applicationId: '' };
    spec.given().when(set('@secret:11111111-1111-4111-8111-111111111111', '', 'environment', envTarget))
      .thenMatches([{ data: { scope: 'environment', projectId: 'p1', environment: 'staging', applicationId: '', kind: 'secret_ref' } }]);
    const appTarget = { projectId: 'p1', environment: 'production', applicationId: APP };
    const onApp = spec.given().when(set('plain', 'fp', 'application', appTarget))
      .thenMatches([{ data: { scope: 'application', projectId: 'p1', environment: 'production', applicationId: APP } }]);
    spec.given(onApp.events).when({ type: 'DeleteEnvVar', actor: 'u2' }).then([{ type: 'EnvVarDeleted', data: {
      envVarId: 'e1', scope: 'application', projectId: 'p1', environment: 'production', applicationId: APP, key: 'DB', actorUserId: 'u2' } }]);
  });

  it('reads a variable set before environments and applications existed (no such fields in its event)', () => {
    const old = { type: 'EnvVarSet', data: { envVarId: 'e1', scope: 'project', projectId: 'p1', key: 'DB', kind: 'plain', reference: '', valueFingerprint: 'f',
      description: '', actorUserId: 'u1' } } as unknown as EnvVarEvent;
    spec.given([old]).when({ type: 'DeleteEnvVar', actor: 'u1' }).thenMatches([{ data: { environment: '', applicationId: '' } }]);
  });

  it('refuses a bad key', () => {
    spec.given().when({ ...set('x'), key: '9LIVES' } as EnvVarCommand).thenThrows('ERR_VALIDATION');
  });

  it('deletes a set variable only', () => {
    spec.given([setPlain]).when({ type: 'DeleteEnvVar', actor: 'u1' }).thenMatches([{ type: 'EnvVarDeleted' }]);
    spec.given().when({ type: 'DeleteEnvVar', actor: 'u1' }).thenThrows('ERR_NOT_FOUND');
  });
});

describe('checkScope', () => {
  it('accepts each scope with exactly the target fields it names', () => {
    expect(checkScope('global', {})).toBe('global');
    expect(checkScope('project', { projectId: 'p1' })).toBe('project');
    expect(checkScope('environment', { projectId: 'p1', environment: 'prod-eu' })).toBe('environment');
    expect(checkScope('application', { applicationId: APP })).toBe('application');
  });

  it.each([
    ['global', { projectId: 'p1' }],
    ['project', {}],
    ['project', { projectId: 'p1', environment: 'prod' }],
    ['environment', { projectId: 'p1' }],
    ['environment', { environment: 'prod' }],
    ['environment', { projectId: 'p1', environment: 'Prod' }],
    ['environment', { projectId: 'p1', environment: 'prod', applicationId: APP }],
    ['application', {}],
    ['application', { applicationId: 'web-shop' }],
    ['application', { applicationId: APP, projectId: 'p1' }],
    ['team', {}],
  ] as const)('refuses scope %s with %j', (scope, target) => {
    expect(() => checkScope(scope, target)).toThrowError(expect.objectContaining({ code: 'ERR_VALIDATION' }));
  });
});
