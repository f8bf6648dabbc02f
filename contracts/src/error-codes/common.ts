// The codes every context may answer with (and the bus answers with for a transport failure: no
// responders, a deadline, a refused subject). @keywarden/errors gives each its standard status.
export const commonErrorCodes = [
  'ERR_VALIDATION',
  'ERR_UNAUTHENTICATED',
  'ERR_FORBIDDEN',
  'ERR_NOT_FOUND',
  'ERR_CONFLICT',
  'ERR_RATE_LIMITED',
  'ERR_INTERNAL',
  'ERR_UNAVAILABLE',
  'ERR_TIMEOUT',
] as const;

export type CommonErrorCode = (typeof commonErrorCodes)[number];

/** A context's own codes, each with the status its service answers with (a few vary it: see the context's file). */
export type OwnErrorStatus = Readonly<Record<`ERR_${string}`, number>>;
