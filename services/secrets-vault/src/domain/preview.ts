// Masked previews such as `postgres://****@****`: enough to recognise a value's shape, never
// enough to learn it. At most a scheme or a short well-known prefix survives.
const KNOWN_PREFIXES = /^(sk_live_|sk_test_|pk_live_|pk_test_|ghp_|glpat-|xox[bpa]-|AKIA|whk_|kwp_)/;

export function maskedPreview(value: string): string {
  if (value.length === 0) return '';
  const url = /^([a-z][a-z0-9+.-]{1,15}):\/\/(.*)$/i.exec(value);
  if (url) return `${url[1]}://${url[2]!.includes('@') ? '****@****' : '****'}`;
  const prefix = KNOWN_PREFIXES.exec(value);
  if (prefix && value.length > prefix[1]!.length + 8) return `${prefix[1]}****`;
  return '****';
}
