export {
  COMMON_ERROR_STATUS,
  KeywardenError,
  commonError,
  conflict,
  forbidden,
  internalError,
  isKeywardenError,
  notFound,
  rateLimited,
  timeoutError,
  unauthenticated,
  unavailable,
  validationError,
  type CommonErrorCode,
  type FieldIssue,
  type KeywardenErrorOptions,
} from './keywarden-error.js';
export {
  PROBLEM_CONTENT_TYPE,
  problemTitle,
  problemType,
  toProblem,
  type ProblemDetails,
  type ToProblemOptions,
} from './problem.js';
export { MAX_INPUT_DEPTH, storableText, unstorableReason, unstorableText, unstorableTextError } from './storable-text.js';
export { errorLogFields, type ErrorLogFields } from './log-fields.js';
