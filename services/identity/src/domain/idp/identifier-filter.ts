// The identifier filter: an admin's regular expression that an SSO user's
// e-mail must match. It runs on every SSO sign-in, so a pattern that can
// backtrack catastrophically (ReDoS) is refused when it is configured.
//
// Semantics: the whole lower-cased e-mail must match (the pattern is wrapped in
// ^(?:…)$, so anchors are implied), case-insensitively, with the `u` flag.
// Refused: patterns over MAX_FILTER_LENGTH characters, back-references, and an
// unbounded quantifier (*, +, {n,}) on a group that itself contains a quantifier
// or an alternation, e.g. (a+)+, (\w|\d)*, (x*y){2,}. The input is bounded too:
// e-mail addresses over 254 characters (RFC 5321) never reach the pattern.

export const MAX_FILTER_LENGTH = 200;
export const MAX_EMAIL_LENGTH = 254;

export type FilterCheck = { ok: true; regex: RegExp | undefined } | { ok: false; reason: string };

/** Validates and compiles a filter; an empty filter lets every identifier through. */
export function compileIdentifierFilter(pattern: string): FilterCheck {
  if (pattern === '') return { ok: true, regex: undefined };
  if (pattern.length > MAX_FILTER_LENGTH) return { ok: false, reason: `must be at most ${MAX_FILTER_LENGTH} characters` };
  const risk = riskyConstruct(pattern);
  if (risk) return { ok: false, reason: risk };
  try {
    return { ok: true, regex: new RegExp(`^(?:${pattern})$`, 'iu') };
  } catch {
    return { ok: false, reason: 'is not a valid regular expression' };
  }
}

/** True when the identifier passes the (already validated) filter. */
export function identifierAllowed(regex: RegExp | undefined, identifier: string): boolean {
  if (identifier.length > MAX_EMAIL_LENGTH) return false;
  return regex === undefined || regex.test(identifier.toLowerCase());
}

type Group = { quantified: boolean; alternation: boolean };

/** Scans the pattern (skipping escapes and character classes) for constructs that backtrack badly. */
function riskyConstruct(pattern: string): string | undefined {
  const stack: Group[] = [{ quantified: false, alternation: false }];
  let closed: Group | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const previousClosed = closed;
    closed = undefined;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9k]/.test(next)) return 'must not use back-references';
      i++;
      continue;
    }
    if (c === '[') {
      i = skipClass(pattern, i);
      continue;
    }
    if (c === '(') {
      stack.push({ quantified: false, alternation: false });
      continue;
    }
    if (c === ')') {
      const group = stack.length > 1 ? stack.pop()! : undefined;
      const parent = stack.at(-1)!;
      if (group) {
        parent.quantified ||= group.quantified;
        parent.alternation ||= group.alternation;
        closed = group;
      }
      continue;
    }
    if (c === '|') {
      stack.at(-1)!.alternation = true;
      continue;
    }
    const unbounded = c === '*' || c === '+' || (c === '{' && /^\{\d+,(\d*)\}/.exec(pattern.slice(i))?.[1] === '');
    const bounded = c === '?' || (c === '{' && /^\{\d+(,\d+)?\}/.test(pattern.slice(i)));
    if (unbounded && previousClosed && (previousClosed.quantified || previousClosed.alternation)) {
      return 'must not repeat a group that itself repeats or alternates (catastrophic backtracking), e.g. (a+)+ or (a|b)*';
    }
    if (unbounded || bounded) stack.at(-1)!.quantified = true;
  }
  return undefined;
}

function skipClass(pattern: string, start: number): number {
  for (let i = start + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']' && i > start + 1) return i;
  }
  return pattern.length;
}
