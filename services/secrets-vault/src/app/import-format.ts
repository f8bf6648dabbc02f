// Bulk import input: a JSON object of name to string, or a .env file.
import { invalid } from '../domain/errors.js';

export function parseImport(format: string, content: string): Array<[string, string]> {
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch {
      throw invalid('the JSON import is not valid JSON', 'VAULT-31ae');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid('the JSON import is an object of name to string value', 'VAULT-4b78');
    return Object.entries(parsed).map(([name, value]) => {
      if (typeof value !== 'string') throw invalid(`the JSON import's ${name} is not a string`, 'VAULT-774b');
      return [name, value];
    });
  }
  if (format === 'dotenv') return parseDotenv(content);
  throw invalid('format is "json" or "dotenv"', 'VAULT-ee95');
}

export function parseDotenv(content: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw invalid(`.env line ${index + 1} is not NAME=value`, 'VAULT-953c');
    let value = match[2]!;
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
      // One pass, so the "\\n" of an escaped backslash before an "n" (C:\\new) stays a backslash and an n.
      value = value.slice(1, -1).replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
    } else if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) {
      value = value.slice(1, -1);
    } else {
      value = value.replace(/\s+#.*$/, '');
    }
    out.push([match[1]!, value]);
  });
  return out;
}

/** A value as a .env line's right side; parseDotenv reads it back unchanged. */
export function dotenvQuote(value: string): string {
  if (/^[A-Za-z0-9_./:@+-]*$/.test(value)) return value;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
