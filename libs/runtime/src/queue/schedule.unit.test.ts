import { describe, expect, it } from 'vitest';
import { slotOf } from './schedule.js';

describe('slotOf', () => {
  it('cuts a six-field (seconds) schedule to the second it was due, however late within that second it fired', () => {
    expect(slotOf('*/10 * * * * *', new Date('2031-01-01T03:00:10.000Z'))).toEqual(new Date('2031-01-01T03:00:10.000Z'));
    expect(slotOf('*/10 * * * * *', new Date('2031-01-01T03:00:10.950Z'))).toEqual(new Date('2031-01-01T03:00:10.000Z'));
    expect(slotOf(' 0 0 3 * * * ', new Date('2031-01-01T03:00:01.000Z'))).toEqual(new Date('2031-01-01T03:00:01.000Z'));
  });

  it('cuts a five-field schedule or a nickname to the minute', () => {
    expect(slotOf('5 3 * * *', new Date('2031-01-01T03:05:00.020Z'))).toEqual(new Date('2031-01-01T03:05:00.000Z'));
    expect(slotOf('5 3 * * *', new Date('2031-01-01T03:05:59.999Z'))).toEqual(new Date('2031-01-01T03:05:00.000Z'));
    expect(slotOf('@hourly', new Date('2031-01-01T04:00:30.000Z'))).toEqual(new Date('2031-01-01T04:00:00.000Z'));
  });
});
