// How events and rows are shown: one line each, long values cut, and values of fields whose
// name says credential never shown (events carry none; this is the second line of defence).

const MAX_VALUE = 40;
const MAX_SUMMARY = 200;
// A field named like a credential: accessToken, clientSecret, password, privateKey; not
// tokenId, secretId, valueFingerprint or refreshTokenId (ids and fingerprints are fine).
const credentialName = /(password|passphrase|secret|token|credential|key|ciphertext)s?$/i;

export function cut(text: string, max = MAX_VALUE): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return /[\s"=]/.test(value) || value === '' ? JSON.stringify(cut(value)) : cut(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return cut(JSON.stringify(value) ?? 'undefined');
}

/** `key=value key2=value2`, the fields in the event's order, cut to a line. */
export function summarize(data: Record<string, unknown>): string {
  const parts = Object.entries(data)
    .filter(([, value]) => value !== '' && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => `${key}=${credentialName.test(key) ? '‹hidden›' : shown(value)}`);
  return cut(parts.join(' '), MAX_SUMMARY);
}

/** Columns padded to their widest cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const render = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [render(header), ...rows.map(render)].map((l) => `${l}\n`).join('');
}

export function ago(iso: string | undefined, now: Date): string {
  if (!iso) return '-';
  const ms = now.getTime() - new Date(iso).getTime();
  if (!Number.isFinite(ms) || new Date(iso).getTime() <= 0) return '-';
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.floor(s / 60)}m ago`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h ago`;
  return `${Math.floor(s / 86_400)}d ago`;
}
