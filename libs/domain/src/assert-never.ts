/**
 * The default branch of a switch over a closed union: a missing case is a compile error. At run time
 * (an event type the code does not know, a cast that lied) it throws naming the value's `type` only,
 * never its fields, which may hold more than an error message should.
 */
export function assertNever(value: never): never {
  const seen: unknown = value;
  const type = typeof seen === 'object' && seen !== null && 'type' in seen ? (seen as { type: unknown }).type : seen;
  throw new Error(`unexpected ${typeof type === 'string' ? JSON.stringify(type) : typeof type}`);
}
