// Text PostgreSQL cannot store, found before it gets there. `text`, `varchar`
// and `jsonb` refuse U+0000 (the driver's error becomes a 500 otherwise); a lone
// UTF-16 surrogate has no UTF-8 form, so drivers and protobuf write U+FFFD or
// invalid bytes instead: the value would change silently. One walk serves every
// edge: HTTP requests at the gateway, RPC requests and events at libs/bus.
import { validationError, type FieldIssue, type KeywardenError } from './keywarden-error.js';

/** JSON-like values nest a few levels; deeper ones are refused before anything recurses into them. */
export const MAX_INPUT_DEPTH = 32;
const MAX_ISSUES = 20;

const NUL = '\u0000';
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Why `text` cannot be stored, or undefined when it can. */
export function unstorableReason(text: string): string | undefined {
  if (text.includes(NUL)) return 'must not contain NUL (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone surrogate (text that is not valid Unicode)';
  return undefined;
}

/**
 * Every string of `value` (object keys too, arrays and objects at any depth)
 * that cannot be stored, as field issues that name the path ('items.0.name')
 * and never the value, which may be a token. Nesting deeper than `maxDepth` is
 * an issue of its own. `prefix` goes in front of every path.
 */
export function unstorableText(value: unknown, options: { prefix?: string; maxDepth?: number } = {}): FieldIssue[] {
  const maxDepth = options.maxDepth ?? MAX_INPUT_DEPTH;
  const issues: FieldIssue[] = [];
  // Iterative, so a 100 000-deep array cannot overflow the stack before the depth check sees it.
  const pending: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: options.prefix ?? '', depth: 0 }];
  const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  while (pending.length > 0 && issues.length < MAX_ISSUES) {
    const { value: current, path, depth } = pending.pop()!;
    if (typeof current === 'string') {
      const reason = unstorableReason(current);
      if (reason) issues.push({ path, message: reason });
    } else if (current !== null && typeof current === 'object' && !ArrayBuffer.isView(current)) {
      if (depth >= maxDepth) {
        issues.push({ path, message: `must not be nested deeper than ${maxDepth} levels` });
        continue;
      }
      const entries: Array<[string | number, unknown]> = Array.isArray(current) ? current.map((item, index) => [index, item]) : Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i]!;
        const keyReason = typeof key === 'string' ? unstorableReason(key) : undefined;
        // The key itself is the bad text: name the object that holds it.
        if (keyReason) issues.push({ path, message: `a field name ${keyReason}` });
        else pending.push({ value: item, path: join(path, key), depth: depth + 1 });
      }
    }
  }
  return issues;
}

/**
 * Text from elsewhere (a provider's error message, a prefix of what a caller sent) made
 * storable: NUL and lone surrogates become U+FFFD, and it is cut to at most `maxLength`
 * UTF-16 units without splitting a surrogate pair (a plain slice can, and PostgreSQL's
 * jsonb then refuses the whole event).
 */
export function storableText(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const clean = text.replaceAll(NUL, '\uFFFD').replace(LONE_SURROGATES, '\uFFFD');
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A 400 ERR_VALIDATION listing the issues of unstorableText, when there are any. */
export function unstorableTextError(value: unknown, what: string, options: { prefix?: string; maxDepth?: number; errorId?: string } = {}): KeywardenError | undefined {
  const issues = unstorableText(value, options);
  if (issues.length === 0) return undefined;
  return validationError(`${what} holds text that cannot be stored or is nested too deeply`, { issues, errorId: options.errorId ?? 'ERR-text1' });
}
