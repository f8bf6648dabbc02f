import { describe, expect, it } from 'vitest';
import { oneEachOf, type ProjectedEvent } from './projection.js';

const event = (type: string, row: string): ProjectedEvent => ({ eventId: row, type, streamId: `x-${row}`, streamVersion: 1, data: { row }, time: new Date(0) });
const rowOf = (e: ProjectedEvent) => String(e.data['row']);

describe('oneEachOf', () => {
  it('takes two or more events of the type, each for another row', () => {
    expect(oneEachOf([event('A', '1'), event('A', '2')], 'A', rowOf)).toBe(true);
  });

  it('refuses one event, another type among them, or a row twice (its events keep their order)', () => {
    expect(oneEachOf([event('A', '1')], 'A', rowOf)).toBe(false);
    expect(oneEachOf([event('A', '1'), event('B', '2')], 'A', rowOf)).toBe(false);
    expect(oneEachOf([event('A', '1'), event('A', '2'), event('A', '1')], 'A', rowOf)).toBe(false);
  });
});
