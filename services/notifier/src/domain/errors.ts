import { notifyErrorStatus, type NotifyErrorCode } from '@keywarden/contracts';
import { COMMON_ERROR_STATUS, KeywardenError, type KeywardenErrorOptions } from '@keywarden/errors';

/** The notifier's codes: contracts' `notify` union. */
export type NotifierErrorCode = NotifyErrorCode;

export const NOTIFIER_ERROR_STATUS: Readonly<Record<NotifierErrorCode, number>> = { ...COMMON_ERROR_STATUS, ...notifyErrorStatus };

/** A notifier failure; `errorId` names the throw site (greppable, unique across the repository: tools/repo-checks). */
export class NotifierError extends KeywardenError<NotifierErrorCode> {
  constructor(code: NotifierErrorCode, detail: string, options: KeywardenErrorOptions & { errorId: string }) {
    super(code, NOTIFIER_ERROR_STATUS[code], detail, options);
  }
}
