// The identifier filter: an admin's regular expression that an SSO user's
// e-mail must match. It runs on every SSO sign-in, so a pattern that can
// backtrack catastrophically (ReDoS) is refused when it is configured.
//
// Semantics: the whole lower-cased e-mail must match (the pattern is wrapped in
// ^(?:…)$, so anchors are implied), case-insensitively, with the `u` flag.
// Refused: patterns over MAX_FILTER_LENGTH characters, back-references, any
// quantifier but "at most once" on a group that itself contains a quantifier or
// an alternation, e.g. (a+)+, (\w|\d)*, (x*y){2,}, (a*){1,20}, and patterns whose
// repeats and alternations multiply to too many ways of matching (MAX_AMBIGUITY_BITS:
// .*.*.*.*z, a?a?a?…z). The input is bounded too:
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

type Group = { quantified: boolean; alternation: boolean; branches: number };

/**
 * How much choice the pattern may give the backtracker, in bits: the log2 of the product of every
 * quantifier's span (counts over an e-mail's length) and every alternation's branch count. 24 bits is
 * about three unbounded repeats over 254 characters; chains of overlapping repeats such as .*.*.*.*z
 * or a?a?a?…z are polynomial or exponential in the e-mail's length even without nested groups.
 */
const MAX_AMBIGUITY_BITS = 24;

const NESTED = 'must not repeat a group that itself repeats or alternates (catastrophic backtracking), e.g. (a+)+, (a|b)* or (a*){2,9}';

/** The quantifier at pattern[i], if any: its smallest and largest count and its length. */
function quantifierAt(pattern: string, i: number): { min: number; max: number; length: number } | undefined {
  const c = pattern[i];
  if (c === '*') return { min: 0, max: Infinity, length: 1 };
  if (c === '+') return { min: 1, max: Infinity, length: 1 };
  if (c === '?') return { min: 0, max: 1, length: 1 };
  const counted = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i)) : null;
  if (!counted) return undefined;
  const min = Number(counted[1]);
  const max = counted[2] === undefined ? min : counted[3] === '' ? Infinity : Number(counted[3]);
  return { min, max, length: counted[0].length };
}

const bits = (choices: number) => Math.log2(Math.max(1, choices));

/** Scans the pattern (skipping escapes and character classes) for constructs that backtrack badly. */
function riskyConstruct(pattern: string): string | undefined {
  const stack: Group[] = [{ quantified: false, alternation: false, branches: 1 }];
  let closed: Group | undefined;
  let ambiguity = 0;
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
      stack.push({ quantified: false, alternation: false, branches: 1 });
      // (?:…), (?=…), (?!…), (?<=…), (?<!…), (?<name>…): the "?" opens the group, it repeats nothing.
      const modifier = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(pattern.slice(i + 1));
      if (modifier) i += modifier[0].length;
      continue;
    }
    if (c === ')') {
      const group = stack.length > 1 ? stack.pop()! : undefined;
      const parent = stack.at(-1)!;
      if (group) {
        parent.quantified ||= group.quantified;
        parent.alternation ||= group.alternation;
        ambiguity += bits(group.branches);
        closed = group;
      }
      continue;
    }
    if (c === '|') {
      const group = stack.at(-1)!;
      group.alternation = true;
      group.branches++;
      continue;
    }
    const quantifier = quantifierAt(pattern, i);
    if (!quantifier) continue;
    // Only "at most once" may follow a group that repeats or alternates: any count above one multiplies its ways to match.
    if (quantifier.max > 1 && previousClosed && (previousClosed.quantified || previousClosed.alternation)) return NESTED;
    const span = Math.min(quantifier.max, MAX_EMAIL_LENGTH) - Math.min(quantifier.min, MAX_EMAIL_LENGTH) + 1;
    ambiguity += bits(span);
    if (ambiguity > MAX_AMBIGUITY_BITS) return 'repeats or alternates too much (catastrophic backtracking): use fewer, non-overlapping repeats such as [^@]+@example\\.com';
    if (quantifier.max > 1 || quantifier.min !== quantifier.max) stack.at(-1)!.quantified = true;
    i += quantifier.length - 1;
    // A lazy or possessive-looking suffix belongs to this quantifier.
    if (pattern[i + 1] === '?') i++;
  }
  if (ambiguity + bits(stack[0]!.branches) > MAX_AMBIGUITY_BITS) return 'repeats or alternates too much (catastrophic backtracking)';
  return undefined;
}

function skipClass(pattern: string, start: number): number {
  for (let i = start + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']' && i > start + 1) return i;
  }
  return pattern.length;
}
