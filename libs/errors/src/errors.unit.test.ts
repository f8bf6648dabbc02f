import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  KeywardenError,
  commonError,
  conflict,
  isKeywardenError,
  notFound,
  problemTitle,
  problemType,
  toProblem,
  validationError,
} from './index.js';

type VaultErrorCode = 'ERR_SECRET_LOCKED';
class VaultError extends KeywardenError<VaultErrorCode> {}

describe('KeywardenError', () => {
  it('carries code, status, detail, error id and cause', () => {
    const cause = new Error('socket hang up');
    const error = new KeywardenError('ERR_UNAVAILABLE', 503, 'PostgreSQL is unreachable.', { errorId: 'EVSTORE-a81k', cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('ERR_UNAVAILABLE');
    expect(error.status).toBe(503);
    expect(error.detail).toBe('PostgreSQL is unreachable.');
    expect(error.errorId).toBe('EVSTORE-a81k');
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('[EVSTORE-a81k] ERR_UNAVAILABLE: PostgreSQL is unreachable.');
    expect(error.name).toBe('KeywardenError');
  });

  it('names subclasses after themselves and narrows codes', () => {
    const error: unknown = new VaultError('ERR_SECRET_LOCKED', 423);
    expect((error as Error).name).toBe('VaultError');
    expect(isKeywardenError(error, 'ERR_SECRET_LOCKED')).toBe(true);
    expect(isKeywardenError(error, 'ERR_NOT_FOUND')).toBe(false);
    expect(isKeywardenError(new Error('x'))).toBe(false);
  });

  it('gives the common codes their standard status', () => {
    expect(notFound().status).toBe(404);
    expect(conflict('stale').status).toBe(409);
    expect(validationError().code).toBe('ERR_VALIDATION');
    expect(commonError('ERR_RATE_LIMITED').status).toBe(429);
    expect(commonError('ERR_TIMEOUT').status).toBe(504);
    expect(commonError('ERR_UNAUTHENTICATED').status).toBe(401);
  });
});

describe('toProblem', () => {
  it('maps a KeywardenError to an RFC 9457 object', () => {
    const problem = toProblem(notFound('No project with that slug.', { errorId: 'GITOPS-p0r1' }), {
      instance: '/api/v1/projects/x',
      requestId: 'req-1',
    });
    expect(problem).toEqual({
      type: 'https://keywarden.dev/problems/err-not-found',
      title: 'Not found',
      status: 404,
      detail: 'No project with that slug.',
      code: 'ERR_NOT_FOUND',
      errorId: 'GITOPS-p0r1',
      instance: '/api/v1/projects/x',
      requestId: 'req-1',
    });
  });

  it('derives a title for service codes and falls back to it as detail', () => {
    const problem = toProblem(new VaultError('ERR_SECRET_LOCKED', 423));
    expect(problem.title).toBe('Secret locked');
    expect(problem.detail).toBe('Secret locked');
    expect(problem.type).toBe('https://keywarden.dev/problems/err-secret-locked');
    expect(problem.status).toBe(423);
  });

  it('hides unknown errors behind a generic 500', () => {
    const problem = toProblem(new Error('password=hunter2 leaked in a driver message'), { requestId: 'r' });
    expect(problem.status).toBe(500);
    expect(problem.code).toBe('ERR_INTERNAL');
    expect(JSON.stringify(problem)).not.toContain('hunter2');
    expect(toProblem('a thrown string').code).toBe('ERR_INTERNAL');
    expect(toProblem(undefined).status).toBe(500);
  });

  it('turns a ZodError into a 400 listing paths without echoing input', () => {
    const schema = z.object({ name: z.string().min(3), items: z.array(z.object({ qty: z.number() })) });
    const result = schema.safeParse({ name: 'sk', items: [{ qty: 'topsecret-value' }] });
    expect(result.success).toBe(false);
    const problem = toProblem(result.error);
    expect(problem.status).toBe(400);
    expect(problem.code).toBe('ERR_VALIDATION');
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['items.0.qty', 'name']);
    expect(problem.errors?.every((e) => e.message.length > 0)).toBe(true);
    expect(JSON.stringify(problem)).not.toContain('topsecret-value');
  });

  it('keeps field issues of a hand-made validation error', () => {
    const problem = toProblem(validationError('Bad slug.', { issues: [{ path: 'slug', message: 'must be lower-case' }] }));
    expect(problem.errors).toEqual([{ path: 'slug', message: 'must be lower-case' }]);
  });

  it('adds extension members, which never replace the standard ones', () => {
    const environments = [{ environment: 'production', outcome: 'failed', reason: 'token_unavailable' }];
    const problem = toProblem(new KeywardenError('ERR_REFRESH_FAILED', 502, 'one environment failed', { extensions: { environments, status: 200, code: 'ERR_OK' } }));
    expect(problem).toMatchObject({ code: 'ERR_REFRESH_FAILED', status: 502, detail: 'one environment failed', environments });
  });

  it('repairs an impossible status', () => {
    expect(toProblem(new KeywardenError('ERR_ODD', 200)).status).toBe(500);
  });

  it('exposes the type and title helpers', () => {
    expect(problemType('ERR_RATE_LIMITED')).toBe('https://keywarden.dev/problems/err-rate-limited');
    expect(problemTitle('ERR_VALIDATION')).toBe('Invalid request');
  });
});
