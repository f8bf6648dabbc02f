import { KeywardenError } from '@keywarden/errors';

/** A stale expected version: someone appended to the stream since it was read. Nothing was appended. */
export class ConcurrencyError extends KeywardenError<'ERR_CONCURRENCY'> {
  constructor(
    readonly streamId: string,
    readonly expected: number | 'no_stream',
    readonly actual?: number,
  ) {
    const now = actual === undefined ? 'was appended to concurrently' : `is at version ${actual}`;
    super('ERR_CONCURRENCY', 409, `stream ${streamId} ${now}, expected ${expected}`, { errorId: 'EVSTORE-c0nc' });
  }
}
