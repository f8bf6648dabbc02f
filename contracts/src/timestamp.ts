// google.protobuf.Timestamp <-> RFC 3339 string. Any RFC 3339 instant is accepted; the
// string given back is always UTC in Date#toISOString() form ('2025-01-31T08:00:00.000Z'),
// with nine fraction digits only when the instant has sub-millisecond precision. So a
// time produced by `new Date().toISOString()` survives a round trip unchanged.

export type ProtoTimestamp = { seconds: number; nanos: number };

// The range google.protobuf.Timestamp allows: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z.
const minSeconds = -62_135_596_800;
const maxSeconds = 253_402_300_799;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The number written by `count` ASCII digits at `at`; -1 if any is not one. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Parses an RFC 3339 timestamp (YYYY-MM-DDTHH:MM:SS[.1 to 9 digits](Z|±HH:MM), T and Z in either case);
 * undefined when the string is not one (or is out of range). Read character by character: every event
 * decoded checks its ce-time here, and a regular expression and Date objects were a twentieth of a replay.
 */
export function parseTimestamp(text: string): ProtoTimestamp | undefined {
  if (typeof text !== 'string' || text.length < 20 || text.length > 35) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  const t = text.charCodeAt(10);
  if (text[4] !== '-' || text[7] !== '-' || (t !== 84 && t !== 116) || text[13] !== ':' || text[16] !== ':') return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let at = 19;
  let nanos = 0;
  if (text[at] === '.') {
    let count = 0;
    for (at++; count < 10; at++, count++) {
      const d = text.charCodeAt(at) - 48;
      if (!(d >= 0 && d <= 9)) break;
      nanos = nanos * 10 + d;
    }
    if (count < 1 || count > 9) return undefined;
    nanos *= 10 ** (9 - count);
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(at);
  if (zone === 90 || zone === 122) {
    if (text.length !== at + 1) return undefined;
  } else if (zone === 43 || zone === 45) {
    const offHours = digits(text, at + 1, 2);
    const offMinutes = digits(text, at + 4, 2);
    if (text.length !== at + 6 || text[at + 3] !== ':' || offHours < 0 || offMinutes < 0) return undefined;
    if (offHours > 23 || offMinutes > 59) return undefined;
    offsetMinutes = (zone === 45 ? -1 : 1) * (offHours * 60 + offMinutes);
  } else return undefined;
  const seconds = daysFromCivil(year, month, day) * 86_400 + hour * 3_600 + minute * 60 + second - offsetMinutes * 60;
  if (seconds < minSeconds || seconds > maxSeconds) return undefined;
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
