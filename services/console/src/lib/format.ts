// Times and durations in the user's language (Intl), and a clock that ticks
// so countdowns move without refetching.
import { useEffect, useState } from 'react';
import i18n from '../i18n';

const locale = () => (i18n.resolvedLanguage === 'zh' ? 'zh-CN' : 'en');

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000], ['second', 1000],
];

/** "in 3 days", "5 minutes ago" / "3 天后", "5 分钟前". */
export function relativeTime(at: string | number | undefined, now: number): string {
  if (at === undefined || at === '') return '—';
  const ms = (typeof at === 'number' ? at : Date.parse(at)) - now;
  // Clocks of browser and server differ by a few seconds: anything that close is "now".
  if (Math.abs(ms) < 30_000) return new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' }).format(0, 'second');
  const [unit, size] = UNITS.find(([, s]) => Math.abs(ms) >= s) ?? UNITS[UNITS.length - 1]!;
  return new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' }).format(Math.round(ms / size), unit);
}

/** "2d 4h" / "3h 12m" / "45s": a compact time left. */
export function timeLeft(at: string | number | undefined, now: number): string {
  if (at === undefined || at === '') return '—';
  let ms = Math.max(0, (typeof at === 'number' ? at : Date.parse(at)) - now);
  const d = Math.floor(ms / 86_400_000);
  ms -= d * 86_400_000;
  const h = Math.floor(ms / 3_600_000);
  ms -= h * 3_600_000;
  const m = Math.floor(ms / 60_000);
  const s = Math.floor((ms - m * 60_000) / 1000);
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${m}m`;
  if (m > 0) return `${m}m ${s}s`;
  return `${s}s`;
}

export function dateTime(at: string | undefined): string {
  if (!at) return '—';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

export function duration(ms: number | undefined): string {
  if (!ms) return '—';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)}m ${Math.round((ms % 60_000) / 1000)}s`;
}

/** The current time, updated every `everyMs`: countdowns re-render without a request. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/** A time to the second, for the audit trail, where the order of close steps matters. */
export function preciseTime(at: string | undefined): string {
  if (!at) return '—';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(at));
}
