// google.protobuf.Timestamp <-> RFC 3339 string. Any RFC 3339 instant is accepted; the
// string given back is always UTC in Date#toISOString() form ('2025-01-31T08:00:00.000Z'),
// with nine fraction digits only when the instant has sub-millisecond precision. So a
// time produced by `new Date().toISOString()` survives a round trip unchanged.

export type ProtoTimestamp = { seconds: number; nanos: number };

const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

// The range google.protobuf.Timestamp allows: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z.
const minSeconds = -62_135_596_800;
const maxSeconds = 253_402_300_799;

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Parses an RFC 3339 timestamp; undefined when the string is not one (or is out of range). */
export function parseTimestamp(text: string): ProtoTimestamp | undefined {
  const m = rfc3339.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (!m[8]) {
    const offHours = Number(m[10]);
    const offMinutes = Number(m[11]);
    if (offHours > 23 || offMinutes > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (offHours * 60 + offMinutes);
  }
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  const seconds = date.getTime() / 1000 - offsetMinutes * 60;
  if (seconds < minSeconds || seconds > maxSeconds) return undefined;
  const nanos = Number((m[7] ?? '').padEnd(9, '0'));
  return { seconds, nanos };
}

/** Formats a Timestamp as described above; undefined when it is outside the Timestamp range. */
export function formatTimestamp(ts: ProtoTimestamp): string | undefined {
  const { seconds, nanos } = ts;
  if (!Number.isSafeInteger(seconds) || seconds < minSeconds || seconds > maxSeconds) return undefined;
  if (!Number.isInteger(nanos) || nanos < 0 || nanos > 999_999_999) return undefined;
  const iso = new Date(seconds * 1000).toISOString(); // always '.000Z' here
  const fraction = nanos % 1_000_000 === 0 ? String(nanos / 1_000_000).padStart(3, '0') : String(nanos).padStart(9, '0');
  return `${iso.slice(0, -4)}${fraction}Z`;
}
