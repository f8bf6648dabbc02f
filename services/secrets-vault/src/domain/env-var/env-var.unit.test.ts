import { describe, expect, it } from 'vitest';
import { checkScope, envVarDecider, parseEnvValue, type EnvVarEvent } from './env-var.js';

const set = (value: string, fingerprint = '') => ({ type: 'SetEnvVar' as const, envVarId: 'e1', scope: 'project' as const, projectId: 'p1', key: 'DB',
  parsed: parseEnvValue(value), fingerprint, description: '', actor: 'u1' });
const state = (events: EnvVarEvent[]) => events.reduce(envVarDecider.evolve, envVarDecider.initialState());

describe('environment variable decider', () => {
  it('sets a plain value by fingerprint only, and ignores setting the same again', () => {
    const events = envVarDecider.decide(set('hello', 'fp-hello'), state([]));
    expect(events).toEqual([{ type: 'EnvVarSet', data: { envVarId: 'e1', scope: 'project', projectId: 'p1', key: 'DB', kind: 'plain', reference: '',
      valueFingerprint: 'fp-hello', description: '', actorUserId: 'u1' } }]);
    expect(JSON.stringify(events)).not.toContain('"hello"');
    expect(envVarDecider.decide(set('hello', 'fp-hello'), state(events))).toEqual([]);
    expect(envVarDecider.decide(set('@group:prod-db'), state(events))[0]?.data).toMatchObject({ kind: 'group_ref', reference: 'prod-db' });
  });

  it('refuses a bad key and checks the scope', () => {
    expect(() => envVarDecider.decide({ ...set('x'), key: '9LIVES' }, state([]))).toThrowError(expect.objectContaining({ code: 'ERR_VALIDATION' }));
    expect(() => checkScope('project', '')).toThrowError(expect.objectContaining({ code: 'ERR_VALIDATION' }));
    expect(() => checkScope('global', 'p1')).toThrowError(expect.objectContaining({ code: 'ERR_VALIDATION' }));
    expect(() => checkScope('team', '')).toThrowError(expect.objectContaining({ code: 'ERR_VALIDATION' }));
  });

  it('deletes a set variable only', () => {
    const events = envVarDecider.decide(set('x', 'f'), state([]));
    expect(envVarDecider.decide({ type: 'DeleteEnvVar', actor: 'u1' }, state(events))[0]?.type).toBe('EnvVarDeleted');
    expect(() => envVarDecider.decide({ type: 'DeleteEnvVar', actor: 'u1' }, state([]))).toThrowError(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
  });
});
